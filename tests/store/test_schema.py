"""db/schema.sql is the schema the migrations produce."""

import re
from pathlib import Path

from workbench.store.sqlite import SqliteStore

SCHEMA = Path(__file__).resolve().parents[2] / "db" / "schema.sql"


def _normal(sql: str) -> str:
    sql = "\n".join(line for line in sql.splitlines() if not line.startswith("--"))
    return re.sub(r"\s+", " ", sql).strip()


def test_schema_file_matches_migrations(tmp_path):
    store = SqliteStore(tmp_path / "fresh.sqlite")
    try:
        produced = store.schema_sql()
    finally:
        store.close()
    assert _normal(SCHEMA.read_text(encoding="utf-8")) == _normal(produced), (
        "db/schema.sql is out of date: run python tools/dump_schema.py")


def test_foreign_keys_and_wal_are_on(tmp_path):
    store = SqliteStore(tmp_path / "fresh.sqlite")
    try:
        conn = store.db.conn
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_schema_version_counts_the_migration_steps(tmp_path):
    from workbench.store.migrations import known_migration_names
    from workbench.store.version import SCHEMA_VERSION

    assert SCHEMA_VERSION == len(known_migration_names()), (
        "a migration was added: raise SCHEMA_VERSION in workbench/store/version.py")
    store = SqliteStore(tmp_path / "fresh.sqlite")
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        store.close()
