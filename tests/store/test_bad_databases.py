"""A database that is locked, read-only, not a database, or from a newer version: a clear
message, and the file is left exactly as it was."""

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest

from workbench.core.errors import StoreUnavailable
from workbench.store.sqlite import SqliteStore


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 50)
    before = _digest(path)
    with pytest.raises(StoreUnavailable, match="not a workbench database"):
        SqliteStore(path)
    assert _digest(path) == before


def test_someone_elses_sqlite_database(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreUnavailable, match="not a workbench database"):
        SqliteStore(path)
    assert _digest(path) == before


def test_newer_schema_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('workbench', 'm999_from_the_future', '2030-01-01')")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(StoreUnavailable, match="newer version of workbench"):
        SqliteStore(db_path)


def test_locked_database(db_path):
    # Another process holds the write lock while we try to open.
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1]); c.execute('BEGIN EXCLUSIVE');"
         "print('locked', flush=True); time.sleep(30)", str(db_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreUnavailable, match="locked by another program"):
            SqliteStore(db_path)
    finally:
        holder.kill()
        holder.wait()
    SqliteStore(db_path).close()  # and it opens once the lock is gone


def test_read_only_database(db_path):
    """A file we may not write. Root ignores file modes, so as root the file is made immutable."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(db_path)], capture_output=True).returncode != 0:
            pytest.skip("running as root and chattr +i is not available here")
        undo = ["chattr", "-i", str(db_path)]
    else:
        os.chmod(db_path, 0o444)
        undo = None
    before = _digest(db_path)
    try:
        with pytest.raises(StoreUnavailable, match="read-only"):
            SqliteStore(db_path)
        assert _digest(db_path) == before
    finally:
        if undo:
            subprocess.run(undo, check=True)
