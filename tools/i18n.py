"""Refresh the Arabic translation: ``python tools/i18n.py``.

1. pyside6-lupdate collects every tr()/QT_TRANSLATE_NOOP string of workbench/ui into
   resources/i18n/workbench_ar.ts (existing translations are kept, vanished ones dropped);
2. translate the entries marked ``type="unfinished"`` (Qt Linguist, or any text editor);
3. run this again: pyside6-lrelease compiles the .qm that ships in the package.
tests/ui/test_i18n.py fails while a string is untranslated or the .qm is stale.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "workbench_ar.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workbench" / "ui").glob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", "ar", "-ts", str(ts)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    update()
    release()
    unfinished = TS.read_text(encoding="utf-8").count('type="unfinished"')
    print(f"{TS.relative_to(ROOT)}: {unfinished} untranslated")
