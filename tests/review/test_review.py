"""The review step over a real database: four eyes, return to draft, comments, queue, diff."""

import pytest

from workbench.core.errors import Forbidden, InvalidInput
from workbench.core.model import ReviewState

from .conftest import rated_claim


def test_checker_submits_editor_approves(desk):
    wb, alice = desk.as_("alice")
    claim = rated_claim(wb)
    assert alice.submit(claim.id).claim.review_state == ReviewState.IN_REVIEW
    with pytest.raises(Forbidden, match="only an editor"):
        alice.approve(claim.id)
    wb_e, erin = desk.as_("erin")
    assert erin.approve(claim.id).claim.review_state == ReviewState.APPROVED
    actions = [(e.user, e.action) for e in wb_e.history(claim.id)]
    assert actions[-2:] == [("alice", "review.submit"), ("erin", "review.approve")]


def test_submit_needs_a_verdict_and_draft(desk):
    wb, alice = desk.as_("alice")
    claim = wb.claims()[0]
    with pytest.raises(InvalidInput, match="no verdict"):
        alice.submit(claim.id)
    rated_claim(wb)
    alice.submit(claim.id)
    with pytest.raises(InvalidInput, match="it is in_review"):
        alice.submit(claim.id)
    assert wb.claim(claim.id).review_state == ReviewState.IN_REVIEW


def test_four_eyes_editor_never_approves_own_verdict(desk):
    wb_e, erin = desk.as_("erin")
    claim = rated_claim(wb_e)  # erin wrote the verdict herself
    erin.submit(claim.id)
    with pytest.raises(Forbidden, match="four eyes"):
        erin.approve(claim.id)
    with pytest.raises(Forbidden, match="four eyes"):
        erin.request_changes(claim.id, "looks wrong")
    assert wb_e.claim(claim.id).review_state == ReviewState.IN_REVIEW
    _, bob = desk.as_("bob")
    assert bob.approve(claim.id).claim.review_state == ReviewState.APPROVED


def test_four_eyes_covers_whoever_last_changed_the_claim(desk, tmp_path):
    wb_a, alice = desk.as_("alice")
    claim = rated_claim(wb_a)
    wb_e, erin = desk.as_("erin")
    # erin only adds a source: she did not write the verdict but she last changed the claim
    wb_e.add_source(claim.id, "https://example.org/statement", stance="refutes")
    alice.submit(claim.id)
    with pytest.raises(Forbidden, match="erin wrote or last changed"):
        erin.approve(claim.id)
    # alice rewrites the verdict: erin is neither writer nor last changer now
    alice_claim = wb_a.set_verdict(claim.id, "false", "بيان الوزارة ينفي").claim
    alice.submit(alice_claim.id)
    assert erin.approve(claim.id).claim.review_state == ReviewState.APPROVED


def test_request_changes_needs_a_comment_and_keeps_it(desk):
    wb, alice = desk.as_("alice")
    claim = rated_claim(wb)
    alice.submit(claim.id)
    wb_b, bob = desk.as_("bob")
    with pytest.raises(InvalidInput, match="needs a comment"):
        bob.request_changes(claim.id, "   ")
    bob.request_changes(claim.id, "اذكر مصدر الوزارة")
    assert wb.claim(claim.id).review_state == ReviewState.CHANGES_REQUESTED
    (c,) = alice.comments(claim.id)
    assert (c.author, c.text, c.parent_id) == ("bob", "اذكر مصدر الوزارة", None)
    reply = alice.comment(claim.id, "أضفت الرابط", parent_id=c.id)
    assert [x.id for x in alice.comments(claim.id)] == [c.id, reply.id]
    assert alice.comments(claim.id)[1].parent_id == c.id
    actions = [e.action for e in wb.history(claim.id)]
    assert actions[-3:] == ["review.request_changes", "comment.add", "comment.add"]
    with pytest.raises(InvalidInput, match="empty"):
        alice.comment(claim.id, "  ")


def test_edit_after_approval_returns_to_draft_and_says_so(desk, tmp_path):
    wb, alice = desk.as_("alice")
    claim = rated_claim(wb)
    alice.submit(claim.id)
    desk.as_("erin")[1].approve(claim.id)
    change = wb.set_verdict(claim.id, "misleading", "السياق ناقص")
    assert change.returned_to_draft and "back to draft" in change.message
    assert wb.claim(claim.id).review_state == ReviewState.DRAFT
    # a source added to an approved claim does the same
    alice.submit(claim.id)
    desk.as_("erin")[1].approve(claim.id)
    change = wb.add_source(claim.id, "https://example.org/x")
    assert change.returned_to_draft and wb.claim(claim.id).review_state == ReviewState.DRAFT


def test_queue_lists_in_review_claims_oldest_submission_first(desk):
    wb, alice = desk.as_("alice")
    first, second, third = (rated_claim(wb, n) for n in (2, 0, 1))
    for c in (first, second, third):
        alice.submit(c.id)
    desk.as_("erin")[1].approve(third.id)
    queue = alice.queue()
    assert [i.claim.id for i in queue] == [first.id, second.id]
    assert all(i.submitted_by == "alice" and i.article.id == first.article_id for i in queue)
    # sent back and resubmitted: it goes to the end of the queue
    desk.as_("erin")[1].request_changes(first.id, "more sources")
    alice.submit(first.id)
    assert [i.claim.id for i in alice.queue()] == [second.id, first.id]


def test_diff_since_last_review(desk):
    wb, alice = desk.as_("alice")
    claim = rated_claim(wb, rating="false", rationale="أ")
    wb.add_source(claim.id, "https://example.org/old", title="Old")
    alice.submit(claim.id)
    first = alice.diff(claim.id)
    assert first.last_review is None
    assert {c.field for c in first.changes} == {"statement", "rating", "rationale", "source"}
    desk.as_("bob")[1].request_changes(claim.id, "fix it")
    assert alice.diff(claim.id).changes == ()
    old_src = wb.claim(claim.id).sources[0]
    wb.remove_source(old_src.id)
    wb.add_source(claim.id, "https://example.org/new", title="New", stance="refutes")
    wb.set_verdict(claim.id, "misleading", "ب")
    d = alice.diff(claim.id)
    assert (d.last_review.action, d.last_review.user) == ("review.request_changes", "bob")
    got = {(c.field, c.before, c.after) for c in d.changes}
    assert ("rating", "false", "misleading") in got and ("rationale", "أ", "ب") in got
    assert ("source", "(context) https://example.org/old — Old", None) in got
    assert ("source", None, "(refutes) https://example.org/new — New") in got


def test_roles_are_events_and_only_editors_hand_them_out(desk):
    wb, alice = desk.as_("alice")
    with pytest.raises(Forbidden, match="only an editor"):
        alice.add_user("alice", "editor")
    alice.add_user("dave")  # anyone may add a checker
    _, erin = desk.as_("erin")
    erin.add_user("dave", "editor")
    assert wb.store.user("dave").role == "editor"
    assert [(e.action, e.user, e.after) for e in wb.history("dave")] == [
        ("user.add", "alice", {"name": "dave", "role": "checker"}),
        ("user.role", "erin", {"role": "editor"}),
    ]
    with pytest.raises(InvalidInput, match="unknown role"):
        erin.add_user("zed", "boss")
