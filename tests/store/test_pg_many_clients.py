"""Twenty clients on one PostgreSQL desk: edits of the same claim made on a version someone
else changed since are refused (StaleEdit), the chain's appends are serialised (never forked),
and every acknowledged edit is in the trail, the claim showing the last one; ``check`` is clean."""

from __future__ import annotations

import threading

from workbench.core.errors import StaleEdit
from workbench.services import open_workbench
from workbench.services.review import check

CLIENTS = 20
ROUNDS = 6


def _edit_all(pg_db, claim_id, work):
    acked: list[tuple[str, object]] = []
    refused: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(CLIENTS)
    lock = threading.Lock()

    def client(n: int) -> None:
        wb = open_workbench(pg_db, f"user{n:02d}")
        try:
            start.wait(30)
            for i in range(ROUNDS):
                text = f"user{n:02d}-{i}"
                try:
                    opened = work(wb, claim_id, text)
                except StaleEdit:
                    with lock:
                        refused.append(text)
                    continue
                with lock:
                    acked.append((text, opened))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            wb.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    return acked, refused


def test_twenty_clients_on_one_claim_lose_no_acknowledged_edit(pg_db):
    wb = open_workbench(pg_db, "tester")
    claim_id = wb.claims()[0].id
    head_before = wb.desk_head()
    wb.close()

    def edit(wb, cid, text):  # the window's way: the version opened, then the save
        opened = wb.desk_head()
        wb.set_verdict(cid, "false", text, opened=opened)
        return opened

    acked, refused = _edit_all(pg_db, claim_id, edit)
    assert acked and refused  # twenty at once on one claim: some saves were on stale data
    assert len(acked) + len(refused) == CLIENTS * ROUNDS

    wb = open_workbench(pg_db, "tester")
    try:
        events = [e for e in wb.store.events() if e.seq > head_before]
        seqs = [e.seq for e in events]
        assert seqs == list(range(head_before + 1, head_before + 1 + len(seqs)))  # no fork, no gap
        verdicts = [e for e in events if e.action == "verdict.set"]
        in_trail = [e.after["rationale"] for e in verdicts]
        assert sorted(in_trail) == sorted(t for t, _ in acked)  # every ack there, nothing refused there
        assert wb.claim(claim_id).rationale == in_trail[-1]
        # each acknowledged save was made on the version it opened: no one else's verdict
        # came between the seq it opened at and its own event
        opened_at = dict(acked)
        by_seq = [(e.seq, e.user, e.after["rationale"]) for e in verdicts]
        for seq, user, text in by_seq:
            between = [u for s, u, _ in by_seq if opened_at[text] < s < seq and u != user]
            assert between == [], (text, between)
        result = check(wb)
        assert result.ok, result.message()
    finally:
        wb.close()


def test_twenty_command_line_clients_appending_at_once_keep_one_chain(pg_db):
    """No ``opened`` (the command line acts on the latest version): every edit is acknowledged
    and chained, the trail one unbroken line, the claims table matching it."""
    wb = open_workbench(pg_db, "tester")
    claims = [c.id for c in wb.claims()]
    wb.close()

    def edit(wb, cid, text):
        n = int(text[4:6])
        wb.edit_statement(claims[n % len(claims)], text)

    acked, refused = _edit_all(pg_db, claims[0], edit)
    assert not refused and len(acked) == CLIENTS * ROUNDS
    wb = open_workbench(pg_db, "tester")
    try:
        statements = [e.after["statement"] for e in wb.store.events() if e.action == "claim.edit"]
        assert sorted(statements) == sorted(t for t, _ in acked)
        result = check(wb)
        assert result.ok, result.message()
    finally:
        wb.close()
