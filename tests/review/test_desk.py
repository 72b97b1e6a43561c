"""The live desk and edits that never overwrite each other: two Workbenches on one file."""

from __future__ import annotations

import threading
import time

import pytest

from workbench.core.errors import StaleEdit
from workbench.services.desk import DeskChange

from .conftest import rated_claim


def test_changes_after_a_seq_name_the_claim_article_and_user(desk):
    alice, _ = desk.as_("alice")
    erin, erin_review = desk.as_("erin")
    since = erin.desk_head()
    claim = rated_claim(alice)
    alice_review = desk.as_("alice")[1]
    alice_review.submit(claim.id)
    erin_review.approve(claim.id)
    alice_review.comment(claim.id, "شكرًا")

    seen = erin.desk_changes(since)
    assert [c.event for c in seen.changes] == ["verdict.set", "review.submit", "comment.add"]
    first = seen.changes[0]
    assert (first.claim_id, first.article_id, first.user) == (claim.id, claim.article_id, "alice")
    assert all(c.article_id == claim.article_id for c in seen.changes)
    assert seen.head == erin.desk_head() > since
    everything = erin.desk_changes(since, others_only=False)
    assert "review.approve" in [c.event for c in everything.changes]
    assert erin.desk_changes(seen.head).changes == ()
    approve = next(c for c in everything.changes if c.event == "review.approve")
    assert approve.line() == f"erin approved claim {claim.id} (article {claim.article_id})"
    assert approve.to_json() == {"event": "review.approve", "claim_id": claim.id,
                                 "article_id": claim.article_id, "user": "erin",
                                 "at": approve.at, "seq": approve.seq}


def test_article_events_carry_the_article_and_no_claim(desk):
    alice, _ = desk.as_("alice")
    erin, _ = desk.as_("erin")
    since = erin.desk_head()
    art = alice.add_article("خبر", "نص الخبر هنا.").article_id
    (change,) = erin.desk_changes(since).changes
    assert change == DeskChange(change.seq, "article.add", None, art, "alice", change.at)


def test_wait_for_change_wakes_on_a_write_from_another_connection(desk):
    alice, _ = desk.as_("alice")
    erin, _ = desk.as_("erin")
    head = erin.desk_head()
    t0 = time.monotonic()
    assert erin.wait_for_change(head, 0.3) is False
    assert time.monotonic() - t0 >= 0.3
    claim = alice.claims()[0]
    timer = threading.Timer(0.3, lambda: alice.edit_statement(claim.id, "نص آخر"))
    timer.start()
    try:
        t0 = time.monotonic()
        assert erin.wait_for_change(head, 5.0) is True
        assert time.monotonic() - t0 < 2.0
    finally:
        timer.join()


def test_a_save_on_stale_data_is_refused_naming_who_changed_what(desk):
    alice, _ = desk.as_("alice")
    bob, _ = desk.as_("bob")
    claim = alice.claims()[0]
    alice.set_verdict(claim.id, "false", "أول")
    opened_by_bob = bob.desk_head()
    opened_by_alice = alice.desk_head()
    alice.set_verdict(claim.id, "false", "تعليل أليس", opened=opened_by_alice)  # her own: fine
    with pytest.raises(StaleEdit) as refused:
        bob.set_verdict(claim.id, "false", "تعليل بوب", opened=opened_by_bob)
    at = alice.history(claim.id)[-1].at[11:16]
    assert str(refused.value).startswith(
        f"alice changed the rationale of claim {claim.id} at {at} UTC since you opened it")
    assert bob.claim(claim.id).rationale == "تعليل أليس"  # nothing overwritten
    # the same refusal for a statement, sources and a review step
    with pytest.raises(StaleEdit):
        bob.edit_statement(claim.id, "جديد", opened=opened_by_bob)
    with pytest.raises(StaleEdit):
        bob.add_source(claim.id, "https://example.org/a", opened=opened_by_bob)
    with pytest.raises(StaleEdit):
        desk.as_("bob")[1].submit(claim.id, opened=opened_by_bob)
    # reloaded (a fresh seq), bob's save goes through; without ``opened`` it acts on the latest
    bob.set_verdict(claim.id, "false", "تعليل بوب", opened=bob.desk_head())
    assert bob.claim(claim.id).rationale == "تعليل بوب"
    alice.edit_statement(claim.id, "آخر")
    assert alice.claim(claim.id).statement == "آخر"


def test_comments_and_other_claims_do_not_make_an_edit_stale(desk):
    alice, alice_review = desk.as_("alice")
    bob, _ = desk.as_("bob")
    first, second = alice.claims()[:2]
    opened = bob.desk_head()
    alice_review.comment(first.id, "سؤال")
    alice.edit_statement(second.id, "ادعاء آخر")
    bob.edit_statement(first.id, "بيان بوب", opened=opened)
    assert bob.claim(first.id).statement == "بيان بوب"


def test_sources_verdict_and_review_changes_are_named(desk):
    alice, alice_review = desk.as_("alice")
    bob, _ = desk.as_("bob")
    claim = rated_claim(alice)
    opened = bob.desk_head()
    alice.add_source(claim.id, "https://example.org/x")
    with pytest.raises(StaleEdit, match="alice changed the sources"):
        bob.set_verdict(claim.id, "true", "سبب", opened=opened)
    opened = bob.desk_head()
    alice.set_verdict(claim.id, "true", "سبب")
    with pytest.raises(StaleEdit, match="alice changed the verdict"):
        bob.edit_statement(claim.id, "x", opened=opened)
    opened = bob.desk_head()
    alice_review.submit(claim.id)
    with pytest.raises(StaleEdit, match="alice changed the review state"):
        bob.edit_statement(claim.id, "x", opened=opened)
