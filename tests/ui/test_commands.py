"""Undo commands on a bare QUndoStack, no widget: each redo() does the work through services,
a refused step is never pushed, and each step reports typed change flags."""

import pytest
from PySide6.QtGui import QUndoStack

from workbench.core.changes import ChangeKind
from workbench.core.model import ReviewState
from workbench.services.review import Review, check
from workbench.ui import commands
from workbench.ui.app import make_app
from workbench.ui.ops import Ops


@pytest.fixture
def ops(wb):
    make_app()
    stack = QUndoStack()
    ops = Ops(wb, stack)
    ops.seen, ops.errors = [], []
    ops.changed.connect(ops.seen.append)
    ops.failed.connect(ops.errors.append)
    yield ops
    stack.clear()


def test_add_claim_runs_in_redo_and_undoes_and_redoes_with_the_same_id(ops, wb, sample):
    start = sample.text.index("يفلاخ")
    cmd = commands.AddClaim(ops, sample.id, start, start + len("يفلاخ"))
    assert ops.push(cmd) and ops.stack.count() == 1
    claim_id = cmd.claim_id
    assert wb.claim(claim_id).quote == "يفلاخ"
    assert ChangeKind.CLAIM_ADDED in ops.seen[-1].kinds
    ops.stack.undo()
    assert wb.store.claim(claim_id) is None and ChangeKind.CLAIM_REMOVED in ops.seen[-1].kinds
    ops.stack.redo()
    assert wb.claim(claim_id).quote == "يفلاخ" and cmd.runs == 2
    assert check(wb).ok


def test_a_refused_step_is_reported_and_not_pushed(ops, sample):
    cmd = commands.AddClaim(ops, sample.id, 10, 5)  # backwards: the service refuses
    assert not ops.push(cmd)
    assert ops.stack.count() == 0 and not ops.seen
    assert len(ops.errors) == 1 and ops.errors[0].code


def test_verdict_flags_and_undo_to_the_approved_content(ops, wb, sample):
    claim = wb.claims(sample.id)[0]
    wb.set_verdict(claim.id, "false", "لا سجل")
    review = Review(wb)
    review.add_user("ed", "editor")
    review.submit(claim.id)
    from workbench.services import open_workbench

    ed = open_workbench(wb.db_path, "ed")
    try:
        Review(ed).approve(claim.id)
    finally:
        ed.close()
    cmd = commands.SetVerdict(ops, claim.id, "misleading", "لا سجل")
    assert ops.push(cmd)
    change = ops.seen[-1]
    assert ChangeKind.VERDICT in change.kinds and ChangeKind.REVIEW_STATE in change.kinds
    assert change.returned_to_draft
    ops.stack.undo()
    assert wb.claim(claim.id).review_state is ReviewState.APPROVED
    assert ops.seen[-1].review_restored == "approved"
    ops.stack.redo()
    assert wb.claim(claim.id).review_state is ReviewState.DRAFT


def test_an_undo_that_can_no_longer_be_done_is_dropped(ops, wb, sample):
    claim = wb.claims(sample.id)[0]
    cmd = commands.EditStatement(ops, claim.id, "بيان")
    assert ops.push(cmd)
    wb.delete_claim(claim.id)  # meanwhile, outside the stack
    ops.stack.undo()
    assert ops.errors and ops.stack.count() == 0  # said once, then gone from the stack
