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


def test_a_version_4_database_is_brought_up_to_date_with_its_data(tmp_path):
    """A desk's database from before m005: opening it applies the step, and a source it already
    holds becomes searchable by its publisher."""
    import sqlite3

    from sqlite_utils import Database

    from workbench.core.normalize import normalize
    from workbench.services import open_workbench
    from workbench.services.search import search
    from workbench.store.migrations import SEARCH_NORM_FUNCTION, migrations

    path = tmp_path / "v4.sqlite"
    db = Database(sqlite3.connect(path))
    db.conn.create_function(SEARCH_NORM_FUNCTION, 1, normalize, deterministic=True)
    migrations.apply(db, stop_before="m005_search_source_names")
    now = "2025-01-01T00:00:00+00:00"
    db.conn.execute("INSERT INTO articles (id, title, language, text, added_at) "
                    "VALUES ('a', 'خبر', 'ar', 'قال المتحدث إن الممرات فتحت.', ?)", [now])
    db.conn.execute("INSERT INTO claims (id, article_id, start, end, quote, created_at, updated_at) "
                    "VALUES ('c', 'a', 17, 28, 'الممرات فتحت', ?, ?)", [now, now])
    db.conn.execute("INSERT INTO sources (id, claim_id, position, url, publisher, stance, added_at) "
                    "VALUES ('s', 'c', 0, 'https://aa.com.tr/ar/1', 'الأناضول', 'supports', ?)", [now])
    db.conn.execute("PRAGMA user_version = 4")
    db.conn.commit()
    assert db.conn.execute("SELECT count(*) FROM search_docs WHERE kind = 'source'").fetchone()[0] == 0
    db.conn.close()
    wb = open_workbench(path, "alice")
    from workbench.store.version import SCHEMA_VERSION

    assert wb.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert wb.store.captures() == []  # m006 added the (empty) captures table
    assert [(h.kind, h.claim_id, h.field) for h in search(wb, "الاناضول")] == [("source", "c", "publisher")]
    wb.close()


def test_postgres_schema_file_matches_migrations(pg_cluster):
    """db/schema-postgres.sql is what postgres_migrations/ produce on a new desk."""
    from tests.pg import drop_database, dump_schema, fresh_database
    from workbench.store.postgres import PostgresStore

    name = fresh_database(pg_cluster)
    try:
        PostgresStore(pg_cluster.uri(name)).close()
        produced = dump_schema(pg_cluster, name)
    finally:
        drop_database(pg_cluster, name)
    target = SCHEMA.with_name("schema-postgres.sql")
    assert _normal(target.read_text(encoding="utf-8")) == _normal(produced), (
        "db/schema-postgres.sql is out of date: run python tools/dump_schema.py --postgres")
    assert "CREATE TABLE public.claims" in produced and "review_state text" in produced
    assert '"user" text NOT NULL' in produced and "gin_trgm_ops" in produced
