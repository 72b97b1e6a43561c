"""The layer rules (pyproject.toml [tool.importlinter]) hold: core never imports Qt or SQL,
only the store touches SQLite, the UI and CLI never reach into the store."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_core_imports_without_qt_or_sqlite():
    code = ("import sys, workbench.core.model, workbench.core.spans, workbench.core.ratings, "
            "workbench.core.arabic, workbench.core.audit; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlite3', 'sqlite_utils')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
