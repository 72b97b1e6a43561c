"""Moving a whole desk (services/desk_copy.py, ``workbench copy-to``): a realistic session on
the sample desk, copied into an empty store, is the same record by record and passes ``check``.

The target is made by the ``empty_target`` fixture, parametrised by engine: SQLite files today;
a PostgreSQL store adds its own parameter and every test here runs against it too.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from tests.cli.test_cli import run
from tests.importing import pages
from tests.importing.conftest import Server
from workbench.core.errors import InvalidInput
from workbench.services import importing, open_workbench
from workbench.services import proposals as props
from workbench.services.desk_copy import KINDS, copy_desk, desk_contents
from workbench.services.review import check
from workbench.services.search import search

from .conftest import rated_claim


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_target(request, tmp_path):
    """Makes an empty store of the parametrised engine, as a Workbench acting as erin: a new
    SQLite file, or a new, empty database on the throwaway PostgreSQL cluster."""
    opened = []
    databases = []

    def make(name: str = "target"):
        if request.param == "sqlite":
            wb = open_workbench(tmp_path / f"{name}.sqlite", "erin")
        else:
            from tests.pg import fresh_database

            cluster = request.getfixturevalue("pg_cluster")
            databases.append(fresh_database(cluster))
            wb = open_workbench(cluster.uri(databases[-1]), "erin")
        opened.append(wb)
        return wb

    yield make
    for wb in opened:
        wb.close()
    if databases:
        from tests.pg import drop_database

        for name in databases:
            drop_database(request.getfixturevalue("pg_cluster"), name)


@pytest.fixture
def web_server():
    srv = Server()
    srv.route("/news/1", pages.arabic_news("utf-8"))
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.fixture
def session(desk, tmp_path, web_server):
    """The sample desk after a day's work: verdicts, sources with files, a submission and an
    approval, a comment thread, proposals accepted and dismissed, a web article imported
    with its page, an export setting and a deleted claim (with a comment left on it)."""
    alice, alice_review = desk.as_("alice")
    erin, erin_review = desk.as_("erin")
    claim = rated_claim(alice)
    files = []
    for name, data in (("statement.pdf", b"%PDF-1.4 ministry statement \x00\xff"),
                       ("map.png", bytes(range(256)) * 40),
                       ("note.txt", "بيان وزارة الدفاع".encode())):
        path = tmp_path / name
        path.write_bytes(data)
        files.append(path)
    alice.add_source(claim.id, "https://mod.example/statement", title="بيان الوزارة",
                     publisher="وزارة الدفاع", excerpt="لم يسجل أي انفجار", stance="refutes",
                     files=files[:2])
    alice.add_source(claim.id, "https://news.example/report", title="تقرير", stance="context",
                     files=files[2:])
    alice_review.submit(claim.id, "جاهز للمراجعة")
    erin_review.approve(claim.id, "موافق")

    other = alice.claims()[1]
    alice.set_verdict(other.id, "misleading", "السياق ناقص")
    first = erin_review.comment(other.id, "ما المصدر؟")
    alice_review.comment(other.id, "بيان الوزارة", parent_id=first.id)

    gone = alice.claims()[2]
    erin_review.comment(gone.id, "هذا ليس ادعاءً")
    alice.delete_claim(gone.id)

    article = alice.article(importing.import_url(alice, web_server.base + "/news/1").article_id)
    for c in alice.claims(article.id):
        alice.delete_claim(c.id)
    found = props.propose(alice, article.id, min_score=0.0)
    props.accept(alice, found[0].id, "قتلى مدنيون")
    props.dismiss(alice, found[1].id)
    erin.set_setting("export.org_name", "مرصد التحقق")
    return desk


def dump(store) -> dict:
    """Everything a desk holds, as plain data, by id."""
    claims = store.claims()
    return {
        "users": [(u.name, str(u.role), u.created_at) for u in store.users()],
        "settings": {k: v for k, v in store.settings().items() if k != "default_user"},
        "articles": [a for a in store.articles()],
        "evidence": {a.id: (store.evidence(a.id), store.evidence_data(a.id))
                     for a in store.articles()},
        "claims": [c.to_json() for c in claims],
        "files": {f.id: store.file_data(f.id) for c in claims for s in c.sources for f in s.files},
        "comments": sorted(c.to_json().items() for c in store.all_comments()),
        "proposals": sorted((p.to_json() for p in store.all_proposals()), key=lambda p: p["id"]),
        "events": [e.to_json() for e in store.events()],
        "head": store.chain_head(),
    }


def test_a_copied_desk_is_the_same_record_by_record_and_checks_clean(session, empty_target):
    source, _ = session.as_("alice")
    target = empty_target()
    seen: dict[str, tuple[int, int]] = {}
    report = copy_desk(source.store, target.store,
                       lambda kind, done, total: seen.__setitem__(kind, (done, total)))

    before, after = dump(source.store), dump(target.store)
    # the session left every kind of record behind, so the comparison below compares something
    assert {"alice", "bob", "erin"} <= {u[0] for u in before["users"]} and before["settings"]["export.org_name"] == "مرصد التحقق"
    assert len(before["files"]) == 3 and sum(e[1] is not None for e in before["evidence"].values()) == 1
    assert {p["decision"] for p in before["proposals"]} >= {"accepted", "dismissed", None}
    assert any(dict(c)["parent_id"] for c in before["comments"])
    assert any(e["action"] == "claim.delete" for e in before["events"])
    assert any(c["review_state"] == "approved" for c in before["claims"])
    for kind in before:
        assert after[kind] == before[kind], kind

    assert report.users == len(before["users"]) and report.files == 3 and report.evidence == 1
    assert report.events == len(before["events"]) and report.claims == len(before["claims"])
    assert report.comments == len(before["comments"]) == 5 and report.proposals == len(before["proposals"])
    assert report.file_bytes == sum(map(len, before["files"].values()))
    assert seen["events"] == (report.events, report.events)
    assert set(seen) <= set(KINDS)
    sha256 = {f["id"]: f["sha256"] for c in after["claims"] for s in c["sources"] for f in s["files"]}
    assert {i: hashlib.sha256(data).hexdigest() for i, data in after["files"].items()} == sha256

    result = check(target)
    assert result.ok, result.message()
    # the copy is a working desk: the search index was built, the trail goes on from its head
    for query in ("لم يسجل أي انفجار", "السياق ناقص", "يفلاخ"):
        assert [(h.kind, h.claim_id, h.source_id) for h in search(target, query)] == [
            (h.kind, h.claim_id, h.source_id) for h in search(source, query)] != [], query
    approved = next(c for c in target.claims() if c.review_state == "approved")
    target.set_verdict(approved.id, "false", "مراجعة")  # erin works on in the copy
    assert check(target).ok
    assert target.store.last_event().seq == report.events + 1


def test_a_target_that_holds_a_desk_is_refused_and_left_unchanged(session, empty_target):
    source, _ = session.as_("alice")
    target = empty_target()
    target.add_article("مقال", "نص المقال هنا")
    before = dump(target.store)
    with pytest.raises(InvalidInput) as exc:
        copy_desk(source.store, target.store)
    assert exc.value.code == "copy.target_not_empty"
    assert "articles" in exc.value.message and "events" in exc.value.message
    assert dump(target.store) == before

    only_people = empty_target("people")
    from workbench.services.review import Review

    Review(only_people).add_user("omar", "editor")
    with pytest.raises(InvalidInput, match="users"):
        copy_desk(source.store, only_people.store)
    assert [u.name for u in only_people.store.users()] == ["omar"]


def _corrupt(path, sql):
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("sql", "code"), [
    ("UPDATE files SET data = CAST('tampered' AS BLOB) WHERE name = 'map.png'", "copy.file_hash"),
    ("UPDATE article_evidence SET data = CAST('<html>other page</html>' AS BLOB) "
     "WHERE data IS NOT NULL", "copy.evidence_hash"),
    ("UPDATE events SET user = 'mallory' WHERE seq = 3", "copy.source_trail_broken"),
])
def test_a_damaged_source_is_refused_with_nothing_written(session, empty_target, sql, code):
    session.close()
    _corrupt(session.path, sql)
    source = open_workbench(session.path, "alice")
    target = empty_target()
    try:
        with pytest.raises(InvalidInput) as exc:
            copy_desk(source.store, target.store)
    finally:
        source.close()
    assert exc.value.code == code
    assert desk_contents(target.store) == []
    assert target.store.settings() == {} and target.store.all_comments() == []
    assert target.store.all_proposals() == []


def test_a_desk_is_not_copied_onto_itself(session):
    wb, _ = session.as_("alice")
    with pytest.raises(InvalidInput) as exc:
        copy_desk(wb.store, wb.store)
    assert exc.value.code == "copy.same_store"


def test_cli_copy_to_reports_counts_checks_and_refuses(session, tmp_path):
    session.close()
    dest = tmp_path / "moved.sqlite"
    result = run(session.path, "copy-to", str(dest), "--json")
    doc = json.loads(result.stdout)
    assert doc["check"]["ok"] is True and doc["users"] == 4 and doc["files"] == 3
    assert doc["events"] == doc["check"]["events"] > 0
    assert run(dest, "check").returncode == 0

    text = run(session.path, "copy-to", str(tmp_path / "again.sqlite"))
    assert "files      3" in text.stdout and "check on" in text.stdout

    again = run(session.path, "copy-to", str(dest), "--json", check=False)
    assert again.returncode == 1 and again.stdout == ""
    assert "already holds a desk" in again.stderr and len(again.stderr.splitlines()) == 1

    itself = run(session.path, "copy-to", str(session.path), check=False)
    assert itself.returncode == 1 and "onto itself" in itself.stderr

    notes = tmp_path / "notes.txt"
    notes.write_text("not a desk")
    refused = run(session.path, "copy-to", str(notes), check=False)
    assert refused.returncode == 1 and "not a workbench database" in refused.stderr
    assert notes.read_text() == "not a desk"

    helped = run(session.path, "copy-to", "--help")
    assert "DEST" in helped.stdout and "empty database" in helped.stdout


def test_cli_copy_to_a_new_file_leaves_no_file_when_refused(session, tmp_path):
    session.close()
    _corrupt(session.path, "UPDATE files SET data = CAST('tampered' AS BLOB)")
    dest = tmp_path / "moved.sqlite"
    result = run(session.path, "copy-to", str(dest), check=False)
    assert result.returncode == 1 and "no longer matches its SHA-256" in result.stderr
    assert result.stdout == "" and list(tmp_path.glob("moved.sqlite*")) == []


def test_cli_copy_to_names_what_check_finds_wrong_in_the_copy(session, tmp_path):
    """A verdict changed by hand in the source (the chain itself intact) is copied as it is;
    the check run on the copy names it and the command exits 1."""
    session.close()
    _corrupt(session.path, "UPDATE claims SET rating = 'true' WHERE review_state = 'approved'")
    dest = tmp_path / "moved.sqlite"
    result = run(session.path, "copy-to", str(dest), "--json", check=False)
    assert result.returncode == 1
    doc = json.loads(result.stdout)
    assert doc["check"]["ok"] is False and doc["check"]["drift"]
    assert "fails its check: changed outside workbench" in result.stderr


def test_an_empty_database_a_window_has_opened_is_a_fine_target(session, empty_target):
    """A window records its user in a new database: that alone is no desk, and the copy keeps
    the target machine's own last user (the source's is not carried over)."""
    source, _ = session.as_("alice")
    source.remember_user()
    target = empty_target()
    target.remember_user()
    assert desk_contents(target.store) == [] and target.store.settings() == {"default_user": "erin"}
    copy_desk(source.store, target.store)
    assert target.store.setting("default_user") == "erin"
    assert target.store.setting("export.org_name") == "مرصد التحقق"


def test_cli_moves_a_sqlite_desk_to_the_server_and_back(session, tmp_path, pg_cluster):
    """``copy-to postgresql://…`` from a SQLite desk, ``check`` clean on the server, then
    ``copy-to`` from the server into a new file: the same desk record by record, hashes and all;
    a server database that holds a desk is refused."""
    from tests.pg import drop_database, fresh_database

    source, _ = session.as_("alice")
    original = dump(source.store)
    source.close()
    name = fresh_database(pg_cluster)
    uri = pg_cluster.uri(name, password=False)  # the password from PGPASSFILE, as libpq does
    try:
        doc = json.loads(run(session.path, "copy-to", uri, "--json").stdout)
        assert doc["check"]["ok"] is True and doc["files"] == 3 and doc["events"] > 0
        assert run(uri, "check").returncode == 0
        server = open_workbench(uri, "alice")
        try:
            assert dump(server.store) == original
        finally:
            server.close()

        again = run(session.path, "copy-to", uri, "--json", check=False)
        assert again.returncode == 1 and again.stdout == ""
        assert "already holds a desk" in again.stderr

        back = tmp_path / "back.sqlite"
        doc = json.loads(run(uri, "copy-to", str(back), "--json").stdout)
        assert doc["check"]["ok"] is True
        assert run(back, "check").returncode == 0
        home = open_workbench(back, "alice")
        try:
            assert dump(home.store) == original
        finally:
            home.close()
    finally:
        drop_database(pg_cluster, name)
