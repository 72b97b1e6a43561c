"""The PostgreSQL store on a real throwaway cluster (tests/pg.py): opening a desk, refusing what
is not one, bytes kept with their SHA-256, the audit chain never forking, and the CLI's
one-line errors that never print the password."""

from __future__ import annotations

import hashlib
import threading

import pytest

from workbench.core.errors import StoreUnavailable
from workbench.services import open_workbench
from workbench.services.review import Review
from workbench.store.postgres import MIGRATIONS_TABLE, PostgresStore, migration_steps, redact

from tests.cli.test_cli import run
from tests.pg import PASSWORD, drop_database, fresh_database


@pytest.fixture
def empty_db(pg_cluster):
    name = fresh_database(pg_cluster)
    yield name
    drop_database(pg_cluster, name)


def test_a_new_database_gets_every_step_recorded(pg_cluster, empty_db):
    store = PostgresStore(pg_cluster.uri(empty_db))
    try:
        applied = [r[0] for r in store.conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY name")]
        assert applied == [n for n, _ in migration_steps()] and applied[0] == "0001_foundation"
        assert store.path == pg_cluster.uri(empty_db, password=False)  # never the password
        assert PASSWORD not in store.path
    finally:
        store.close()
    # opened again: nothing to apply, nothing refused
    PostgresStore(pg_cluster.uri(empty_db)).close()


def test_the_password_is_never_shown():
    assert redact("postgresql://omar:s3cret@db.example:5433/desk?password=x&sslmode=require") == \
        "postgresql://omar@db.example:5433/desk?sslmode=require"


def test_a_desk_from_a_newer_version_is_refused(pg_cluster, empty_db):
    PostgresStore(pg_cluster.uri(empty_db)).close()
    with pg_cluster.admin(empty_db) as conn:
        conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} VALUES ('0999_future', 'now')")
    with pytest.raises(StoreUnavailable) as exc:
        PostgresStore(pg_cluster.uri(empty_db))
    assert exc.value.code == "db.newer_steps" and "0999_future" in str(exc.value)


def test_a_database_that_is_not_a_desk_is_refused_and_left_alone(pg_cluster, empty_db):
    with pg_cluster.admin(empty_db) as conn:
        conn.execute("CREATE TABLE payroll (id int)")
    with pytest.raises(StoreUnavailable) as exc:
        PostgresStore(pg_cluster.uri(empty_db))
    assert exc.value.code == "db.pg_foreign"
    with pg_cluster.admin(empty_db) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}
    assert tables == {"payroll"}


def test_connection_faults_have_their_own_codes(pg_cluster, empty_db):
    with pytest.raises(StoreUnavailable) as exc:
        PostgresStore(pg_cluster.uri(empty_db).replace(PASSWORD, "wrong-password"))
    assert exc.value.code == "db.pg_password" and "wrong-password" not in str(exc.value)
    # no password at all is not a wrong one (a tester was told "wrong user name or password")
    with pytest.MonkeyPatch.context() as env:
        env.delenv("PGPASSWORD", raising=False)
        env.setenv("PGPASSFILE", "/nonexistent/pgpass")
        with pytest.raises(StoreUnavailable) as exc:
            PostgresStore(pg_cluster.uri("never_given_a_password", password=False))
    assert exc.value.code == "db.pg_no_password" and "none was given" in str(exc.value)
    with pytest.raises(StoreUnavailable) as exc:
        PostgresStore(pg_cluster.uri("no_such_desk"))
    assert exc.value.code == "db.pg_no_database"
    with pytest.raises(StoreUnavailable) as exc:
        PostgresStore(pg_cluster.uri(empty_db).replace(f":{pg_cluster.port}/", ":1/"))
    assert exc.value.code == "db.pg_unreachable"


def test_cli_errors_are_one_line_without_the_password(pg_cluster, empty_db):
    wrong = pg_cluster.uri(empty_db).replace(PASSWORD, "hunter2-wrong")
    result = run(wrong, "articles", check=False)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "refused the login" in result.stderr
    assert "hunter2-wrong" not in result.stderr + result.stdout
    result = run(pg_cluster.uri("nowhere"), "articles", check=False)
    assert result.returncode != 0 and "no database" in result.stderr


def test_files_are_bytea_with_their_sha256(wb_pg, tmp_path):
    claim = wb_pg.claims()[0]
    data = bytes(range(256)) * 3
    path = tmp_path / "scan.bin"
    path.write_bytes(data)
    wb_pg.add_source(claim.id, "https://example.org/a", stance="supports", files=[path])
    (attached,) = wb_pg.claim(claim.id).sources[-1].files
    assert wb_pg.file_data(attached.id) == data
    assert attached.sha256 == hashlib.sha256(data).hexdigest()
    row = wb_pg.store.conn.execute("SELECT sha256, size, pg_typeof(data)::text FROM files WHERE id = %s",
                                   [attached.id]).fetchone()
    assert row == (hashlib.sha256(data).hexdigest(), len(data), "bytea")


@pytest.fixture
def wb_pg(pg_db):
    workbench = open_workbench(pg_db, "alice")
    yield workbench
    workbench.close()


def test_concurrent_writers_never_fork_the_audit_chain(pg_db):
    """Four desks (connections) set verdicts at once: every write lands, the chain is one line
    and ``check`` replays it clean."""
    claim_ids = [c.id for c in open_workbench(pg_db, "setup").claims()][:4]
    errors: list[BaseException] = []

    def work(i: int) -> None:
        wb = open_workbench(pg_db, f"checker{i}")
        try:
            for n in range(8):
                wb.set_verdict(claim_ids[i], "false" if n % 2 else "true", f"round {n} by {i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            wb.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(claim_ids))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    wb = open_workbench(pg_db, "editor")
    try:
        events = list(wb.store.events())
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert all(b.prev_hash == a.hash for a, b in zip(events, events[1:]))
        assert len(events) >= 4 * 8
        assert Review(wb).check().ok
    finally:
        wb.close()


def test_a_service_name_and_the_shown_uri_open_the_same_desk(pg_cluster, empty_db, tmp_path, monkeypatch):
    """``postgresql:///desk?service=NAME`` through a pg_service.conf; and ``store.path`` (no
    password), which the window's workers reopen, reaches the same desk in this process."""
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[newsroom]\nhost=127.0.0.1\nport={pg_cluster.port}\nuser=wbtest\n"
                        f"password={PASSWORD}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.delenv("PGPASSFILE", raising=False)
    wb = open_workbench(f"postgresql:///{empty_db}?service=newsroom", "alice")
    try:
        wb.ensure_sample()
        n = len(wb.claims())
    finally:
        wb.close()
    first = PostgresStore(pg_cluster.uri(empty_db))
    again = PostgresStore(first.path)
    try:
        assert PASSWORD not in again.path and n and len(again.claims()) == n
    finally:
        first.close()
        again.close()


def test_search_without_the_trigram_index_finds_the_same(wb_pg):
    """A cluster without pg_trgm (the index could not be made) scans: the same hits."""
    from workbench.core.search import SearchRequest

    requests = [SearchRequest.all_of(["مدنيين"]), SearchRequest.any_of(["ممرات", "لغم"]),
                SearchRequest.all_of(["في"], kinds=("claim",))]
    before = [wb_pg.store.search(r) for r in requests]
    assert all(before)
    wb_pg.store.conn.execute("DROP EXTENSION pg_trgm CASCADE")  # and the trigram indexes
    assert [wb_pg.store.search(r) for r in requests] == before


def test_rebuilding_the_search_index_keeps_every_document(wb_pg):
    from workbench.core.search import SearchRequest

    request = SearchRequest.all_of(["مدنيين"])
    before = wb_pg.store.search(request)
    wb_pg.store.conn.execute("UPDATE search_docs SET body = ''")
    assert wb_pg.store.search(request) == []
    n = wb_pg.store.rebuild_search_index()
    assert n == wb_pg.store.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] > 0
    assert wb_pg.store.search(request) == before
