"""Undo and the review state, at the service level: an undone edit gives an approved claim its
approval back only when the content is exactly what was approved; an undone submit withdraws
the claim; an undone comment or proposal decision is taken back — each recorded, and
``check`` finds the claims table and the trail in agreement afterwards."""

from workbench.core.changes import ChangeKind
from workbench.core.model import ReviewState
from workbench.services import proposals
from workbench.services.review import check

from .conftest import rated_claim


def _approved(desk):
    wb, review = desk.as_("alice")
    claim = rated_claim(wb)
    review.submit(claim.id)
    desk.as_("erin")[1].approve(claim.id)
    return claim.id


def test_undone_verdict_edit_gives_the_approval_back(desk):
    claim_id = _approved(desk)
    wb, review = desk.as_("erin")
    before = wb.claim(claim_id)
    change = wb.set_verdict(claim_id, "misleading", before.rationale)
    assert change.returned_to_draft and wb.claim(claim_id).review_state is ReviewState.DRAFT
    assert ChangeKind.REVIEW_STATE in change.kinds and ChangeKind.VERDICT in change.kinds
    undo = wb.set_verdict(claim_id, before.rating, before.rationale, restore_review=ReviewState.APPROVED)
    assert undo.review_restored == "approved" and not undo.returned_to_draft
    assert wb.claim(claim_id).review_state is ReviewState.APPROVED
    actions = [e.action for e in wb.history(claim_id)]
    assert actions[-4:] == ["review.approve", "verdict.set", "verdict.set", "review.restore"]
    assert review.state_note(claim_id).by == "erin"  # the approval it got back is erin's
    assert check(wb).ok, check(wb).message()


def test_no_approval_back_for_content_that_was_not_approved(desk):
    claim_id = _approved(desk)
    wb, _ = desk.as_("alice")
    before = wb.claim(claim_id)
    wb.set_verdict(claim_id, "misleading", before.rationale)
    # an "undo" to something other than what erin approved stays a draft
    change = wb.set_verdict(claim_id, before.rating, before.rationale + " (تعديل)",
                            restore_review=ReviewState.APPROVED)
    assert change.review_restored == "" and wb.claim(claim_id).review_state is ReviewState.DRAFT
    assert check(wb).ok


def test_undone_source_removal_gives_the_approval_back(desk):
    wb, review = desk.as_("alice")
    claim = rated_claim(wb)
    wb.add_source(claim.id, "https://example.org/report", title="تقرير")
    review.submit(claim.id)
    desk.as_("erin")[1].approve(claim.id)
    snap = wb.snapshot_source(wb.claim(claim.id).sources[0].id)
    wb.remove_source(snap.source.id)
    assert wb.claim(claim.id).review_state is ReviewState.DRAFT
    back = wb.restore_source(snap, restore_review=ReviewState.APPROVED)
    assert back.review_restored == "approved"
    assert wb.claim(claim.id).review_state is ReviewState.APPROVED
    assert check(wb).ok


def test_withdraw_takes_a_submitted_claim_out_of_the_queue(desk):
    wb, review = desk.as_("alice")
    claim = rated_claim(wb)
    review.submit(claim.id)
    assert [i.claim.id for i in review.queue()] == [claim.id]
    change = review.withdraw(claim.id)
    assert change.claim.review_state is ReviewState.DRAFT and review.queue() == []
    assert wb.history(claim.id)[-1].action == "review.withdraw"
    assert check(wb).ok


def test_a_comment_taken_back_leaves_the_thread_but_not_the_trail(desk):
    wb, review = desk.as_("alice")
    claim = wb.claims()[0]
    c = review.comment(claim.id, "المصدر الثاني ضعيف")
    review.retract_comment(c.id)
    assert review.comments(claim.id) == []
    assert [e.action for e in wb.history(c.id)] == ["comment.add", "comment.retract"]
    again = review.comment(claim.id, "المصدر الثاني ضعيف", comment_id=c.id)  # redo
    assert again.id == c.id and [x.id for x in review.comments(claim.id)] == [c.id]


def test_undone_accept_reopens_the_proposal_and_removes_its_claim(desk, unclaimed):
    wb, _ = desk.as_("alice")
    found = proposals.propose(wb, unclaimed.id)
    first = found[0]
    change = proposals.accept(wb, first.id)
    claim_id = change.claim.id
    undone = proposals.unaccept(wb, first.id)
    assert ChangeKind.CLAIM_REMOVED in undone.kinds and ChangeKind.PROPOSALS in undone.kinds
    assert wb.store.claim(claim_id) is None
    reopened = wb.store.proposal(first.id)
    assert reopened.decision is None and not reopened.claim_id
    assert first.id in [p.id for p in proposals.proposals(wb, unclaimed.id)]
    redo = proposals.accept(wb, first.id, claim_id=claim_id)  # the same claim comes back
    assert redo.claim.id == claim_id
    assert check(wb).ok


def test_undone_dismiss_reopens_the_proposal(desk, unclaimed):
    wb, _ = desk.as_("alice")
    first = proposals.propose(wb, unclaimed.id)[0]
    proposals.dismiss(wb, first.id)
    assert first.id not in [p.id for p in proposals.proposals(wb, unclaimed.id)]
    proposals.reopen(wb, first.id)
    assert first.id in [p.id for p in proposals.proposals(wb, unclaimed.id)]
