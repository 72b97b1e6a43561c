"""mypy proves the store honours its interface: ``SqliteStore`` satisfies every role protocol
of ``workbench/services/ports.py`` (tests/store/store_conformance.py), and what is annotated in
``workbench`` holds."""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Outside the repository, kept between runs (a cold run takes ~20 s, a warm one a few).
CACHE = Path(tempfile.gettempdir()) / "workbench-mypy-cache"


def mypy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(CACHE), "--no-error-summary",
         "--hide-error-context", *args], cwd=ROOT, capture_output=True, text=True)


def test_workbench_type_checks_and_sqlite_store_satisfies_every_role():
    result = mypy()  # the files of [tool.mypy]: workbench/ and tests/store/store_conformance.py
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_store_that_breaks_a_protocol_is_caught(tmp_path):
    """The check above can fail: a store whose ``claim`` takes the wrong type, and one that
    lacks ``chain_head``, are refused as ClaimStore and AuditStore."""
    bad = tmp_path / "bad_store.py"
    bad.write_text(
        "from workbench.core.model import Claim\n"
        "from workbench.services.ports import AuditStore, ClaimStore\n"
        "from workbench.store.sqlite import SqliteStore\n\n"
        "class WrongClaim(SqliteStore):\n"
        "    def claim(self, claim_id: int) -> Claim | None: ...\n\n"
        "class NoHead:\n"
        "    def transaction(self): ...\n"
        "    def local_files(self): ...\n"
        "    def last_event(self): ...\n"
        "    def append_event(self, event): ...\n"
        "    def events(self, entity_id=None): ...\n"
        "    def integrity_problems(self): ...\n"
        "    def events_after(self, seq, scope_id=None, limit=None): ...\n"
        "    def head_seq(self): ...\n\n"
        "def _(w: WrongClaim, n: NoHead) -> None:\n"
        "    c: ClaimStore = w\n"
        "    a: AuditStore = n\n", encoding="utf-8")
    result = mypy(str(bad))
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'expression has type "WrongClaim", variable has type "ClaimStore"' in result.stdout
    assert 'expression has type "NoHead", variable has type "AuditStore"' in result.stdout
    assert "chain_head" in result.stdout
