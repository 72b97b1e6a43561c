"""ruff ([tool.ruff] in pyproject.toml) finds nothing in the code, tests, tools or benches; and
the check can fail: a file with an unused import and an unused loop variable in a lambda is
reported."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *args],
                          cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = ruff("workbench", "tests", "tools", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_reports_what_it_should(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\nfns = [lambda: i for i in range(3)]\n", encoding="utf-8")
    result = ruff("--config", str(ROOT / "pyproject.toml"), str(bad))
    assert result.returncode == 1
    assert "F401" in result.stdout and "B023" in result.stdout
