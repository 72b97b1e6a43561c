"""`check` catches an events row changed or deleted with plain SQL, in the middle or at the end."""

import sqlite3

import pytest

from workbench.services import open_workbench
from workbench.services.review import Review, chain_warning

from tests.cli.test_cli import run


def _tamper(path, sql, *params):
    conn = sqlite3.connect(path)
    # the search triggers call workbench's normalising function: a tamperer can supply one
    conn.create_function("wb_search_norm", 1, lambda text: text, deterministic=True)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.fixture
def worked(db_path):
    wb = open_workbench(db_path, "alice")
    for c in wb.claims()[:3]:
        wb.set_verdict(c.id, "false", "x")
    n = wb.store.last_event().seq
    wb.close()
    return db_path, n


def test_sound_database_passes(worked):
    path, n = worked
    wb = open_workbench(path, "alice")
    result = Review(wb).check()
    assert result.ok and result.events == n and chain_warning(wb) is None
    wb.close()
    r = run(path, "check")
    assert r.returncode == 0 and "unbroken" in r.stdout


@pytest.mark.parametrize("sql,where,reason", [
    ("UPDATE events SET user = 'mallory' WHERE seq = ?", "middle", "changed"),
    ("UPDATE events SET after = '{\"rating\":\"true\"}' WHERE seq = ?", "middle", "changed"),
    ("DELETE FROM events WHERE seq = ?", "middle", "removed"),
    ("DELETE FROM events WHERE seq = ?", "end", "removed"),
])
def test_tampering_is_caught(worked, sql, where, reason):
    path, n = worked
    seq = n - 2 if where == "middle" else n
    _tamper(path, sql, seq)
    r = run(path, "check", check=False)
    assert r.returncode == 1
    assert f"broken at event {seq}" in r.stderr and reason in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    wb = open_workbench(path, "alice")
    assert Review(wb).check().broken[0] == seq
    assert f"event {seq}" in chain_warning(wb)
    wb.close()


def test_rewritten_chain_is_caught_by_its_head(worked):
    """Someone deletes the last event and the trigger-kept head with it: the head still differs."""
    path, n = worked
    _tamper(path, "DELETE FROM events WHERE seq >= ?", n - 1)
    _tamper(path, "UPDATE events_head SET seq = ?", n - 2)
    wb = open_workbench(path, "alice")
    assert Review(wb).check().broken == (n - 2, "the chain was rewritten after it was written")
    wb.close()


def test_foreign_key_damage_is_reported(worked):
    path, _ = worked
    conn = sqlite3.connect(path)  # foreign keys are off in a plain connection
    conn.execute("INSERT INTO comments (id, claim_id, parent_id, author, at, text) "
                 "VALUES ('c1', 'x', 'no-such-parent', 'm', '2024', 't')")
    conn.commit()
    conn.close()
    r = run(path, "check", "--json", check=False)
    assert r.returncode == 1 and "comments row" in r.stderr


@pytest.mark.parametrize("sql,needle", [
    ("UPDATE claims SET rating = 'true' WHERE id = ?", "rating differs from the audit trail"),
    ("UPDATE claims SET review_state = 'approved' WHERE id = ?", "review_state differ"),
    ("UPDATE claims SET rationale = 'rewritten' WHERE id = ?", "rationale differ"),
    ("DELETE FROM claims WHERE id = ?", "in the audit trail but not in the table"),
])
def test_a_claim_changed_outside_workbench_is_caught(worked, sql, needle):
    """The chain can be intact while a row was edited by hand: check compares the two."""
    path, _ = worked
    wb = open_workbench(path, "alice")
    target = next(c for c in wb.claims() if c.rating == "false")
    wb.close()
    _tamper(path, "PRAGMA foreign_keys = OFF")
    _tamper(path, sql, target.id)
    r = run(path, "check", check=False)
    assert r.returncode == 1 and "changed outside workbench" in r.stderr
    assert target.id in r.stderr and needle in r.stderr and len(r.stderr.strip().splitlines()) == 1
    wb = open_workbench(path, "alice")
    assert Review(wb).check().broken is None  # the chain itself is intact
    assert "changed outside workbench" in chain_warning(wb)
    wb.close()


@pytest.mark.parametrize("sql,needle", [
    ("UPDATE sources SET title = 'rewritten' WHERE id = ?", "title differs from the audit trail"),
    ("UPDATE sources SET url = 'https://elsewhere.example/', stance = 'refutes' WHERE id = ?",
     "url, stance differ from the audit trail"),
    ("DELETE FROM sources WHERE id = ?", "in the audit trail but not in the table"),
])
def test_a_source_changed_outside_workbench_is_caught(db_path, sql, needle):
    """A source's address, title or stance changed by hand, or the source deleted, with the
    chain intact: check names the source (exit 1)."""
    wb = open_workbench(db_path, "alice")
    claim = wb.claims()[0]
    src = wb.add_source(claim.id, "https://example.org/report", "Report", stance="supports").claim.sources[0]
    other = wb.claims()[1]
    wb.add_source(other.id, "https://example.org/b", "B")
    wb.delete_claim(other.id)  # its source goes with it, and comes back with it
    assert Review(wb).check().ok
    wb.close()
    _tamper(db_path, "PRAGMA foreign_keys = OFF")
    _tamper(db_path, sql, src.id)
    r = run(db_path, "check", check=False)
    assert r.returncode == 1 and "changed outside workbench" in r.stderr
    assert f"source {src.id} of claim {claim.id}" in r.stderr and needle in r.stderr


def test_a_source_added_by_hand_is_caught(db_path):
    wb = open_workbench(db_path, "alice")
    claim = wb.claims()[0]
    wb.close()
    _tamper(db_path, "INSERT INTO sources (id, claim_id, position, url, stance, added_at) "
                     "VALUES ('s-by-hand', ?, 0, 'https://x.example/', 'supports', '2024')", claim.id)
    r = run(db_path, "check", check=False)
    assert r.returncode == 1 and "source s-by-hand" in r.stderr and "not in the audit trail" in r.stderr


def test_sourcing_a_claim_in_review_is_not_a_change_outside_workbench(desk):
    """A source added, edited or removed sends a submitted claim back to draft: the trail
    says so through the source's event, and check agrees with the table."""
    wb, alice = desk.as_("alice")
    claim = wb.claims()[0]
    wb.set_verdict(claim.id, "false", "x")
    alice.submit(claim.id)
    src = wb.add_source(claim.id, "https://example.org/a").claim.sources[0]
    assert wb.claim(claim.id).review_state == "draft"
    assert Review(wb).check().ok
    alice.submit(claim.id)
    wb.edit_source(src.id, title="t")
    assert Review(wb).check().ok
    alice.submit(claim.id)
    wb.remove_source(src.id)
    assert Review(wb).check().ok, Review(wb).check().message()
