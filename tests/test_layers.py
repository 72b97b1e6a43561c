"""The layer rules (pyproject.toml [tool.importlinter]) hold: core never imports Qt or SQL,
only the store touches SQLite, the UI and CLI never reach into the store, exports import only
core."""

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
    assert "Exports import only core KEPT" in result.stdout  # the contract is there and checked


def test_core_imports_without_qt_or_sqlite():
    code = ("import sys, workbench.core.model, workbench.core.spans, workbench.core.ratings, "
            "workbench.core.arabic, workbench.core.audit; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlite3', 'sqlite_utils')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def _store_reaches(source: str, filename: str = "<source>") -> list[str]:
    """Every ``.store`` attribute access in ``source`` (``wb.store``, ``self.wb.store`` …)."""
    import ast

    return [f"{filename}:{node.lineno}: {ast.unparse(node)}"
            for node in ast.walk(ast.parse(source, filename))
            if isinstance(node, ast.Attribute) and node.attr == "store"]


def test_the_checker_below_sees_a_reach_into_the_store():
    assert _store_reaches("def f(wb):\n    return wb.store.user('x')\n")
    assert _store_reaches("x = self.wb.store\n")
    assert not _store_reaches("from workbench.services.search import search\nstored = 1\n")


def test_ui_and_cli_never_touch_the_store_object():
    """Imports are one thing (the contracts above); reaching ``wb.store`` through the session
    is the other: the UI, the command line and the exports go through services only."""
    found = []
    for package in ("ui", "cli", "export"):
        for path in sorted((ROOT / "workbench" / package).rglob("*.py")):
            found += _store_reaches(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "\n".join(found)
