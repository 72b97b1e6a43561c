"""The review queue and the history timeline, driven through the real widgets (offscreen)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import when_modal
from PySide6.QtWidgets import QApplication

from workbench.core.model import ReviewState
from workbench.services.review import chain_warning
from workbench.ui.history_view import HistoryView
from workbench.ui.review_queue import ReviewQueueDialog

from .conftest import rated_claim


@pytest.fixture
def submitted(desk):
    wb, alice = desk.as_("alice")
    claims = [rated_claim(wb, n, "false", f"سبب {n}") for n in (1, 0)]
    wb.add_source(claims[0].id, "https://mod.gov.az/en/news/1", title="MoD", stance="refutes")
    for c in claims:
        alice.submit(c.id)
    return claims


def _dialog(qtbot, desk, user):
    wb, _ = desk.as_(user)
    dlg = ReviewQueueDialog(None, wb)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    return dlg


def test_queue_shows_claim_sources_verdict_and_diff(qtbot, desk, submitted):
    dlg = _dialog(qtbot, desk, "erin")
    assert dlg.model.rowCount() == 2
    assert [dlg.model.item_at(r).claim.id for r in range(2)] == [c.id for c in submitted]
    assert dlg.model.index(0, 2).data() == submitted[0].quote
    assert dlg.model.index(0, 1).data() == "alice"
    assert submitted[0].quote in dlg.claim_view.toPlainText()
    assert "MoD" in dlg.sources_view.toPlainText()
    assert "سبب 1" in dlg.verdict_view.toPlainText()
    assert "First review" in dlg.diff_view.toPlainText()
    assert not dlg.empty_label.isVisible()


def test_approve_with_the_shortcut_and_request_changes_with_a_comment(qtbot, desk, submitted):
    dlg = _dialog(qtbot, desk, "erin")
    decided = []
    dlg.decided.connect(lambda cid, action: decided.append((cid, action)))
    dlg.table.setFocus()
    asked = []
    when_modal(lambda box: (asked.append(box.text()), _go(box)))  # asked first: not undoable
    qtbot.keyClick(dlg.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked and "not undone" in asked[0]
    assert decided == [(submitted[0].id, "review.approve")]
    wb = desk.as_("erin")[0]
    assert wb.claim(submitted[0].id).review_state == ReviewState.APPROVED
    assert dlg.model.rowCount() == 1
    # without a comment nothing happens and the reason is shown
    assert not dlg.request_changes_current()
    assert "needs a comment" in dlg.status.text()
    assert wb.claim(submitted[1].id).review_state == ReviewState.IN_REVIEW
    dlg.comment_edit.setPlainText("أضف مصدرا")
    when_modal(_go)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert wb.claim(submitted[1].id).review_state == ReviewState.CHANGES_REQUESTED
    assert dlg.model.rowCount() == 0 and dlg.empty_label.isVisible()
    assert not dlg.approve_button.isEnabled()


def test_cancelling_the_confirmation_decides_nothing(qtbot, desk, submitted):
    dlg = _dialog(qtbot, desk, "erin")
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not dlg.approve_current()
    wb = desk.as_("erin")[0]
    assert wb.claim(submitted[0].id).review_state == ReviewState.IN_REVIEW


def _go(box):
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def test_four_eyes_in_the_dialog(qtbot, desk):
    wb, erin = desk.as_("erin")
    claim = rated_claim(wb)
    erin.submit(claim.id)
    dlg = _dialog(qtbot, desk, "erin")
    dlg.approve_button.click()
    assert "four eyes" in dlg.status.text()
    assert wb.claim(claim.id).review_state == ReviewState.IN_REVIEW


def test_diff_after_changes_requested(qtbot, desk, submitted):
    desk.as_("bob")[1].request_changes(submitted[0].id, "المصدر ضعيف")
    wb, alice = desk.as_("alice")
    wb.set_verdict(submitted[0].id, "misleading", "سياق ناقص")
    alice.submit(submitted[0].id)
    dlg = _dialog(qtbot, desk, "erin")
    row = next(r for r in range(dlg.model.rowCount()) if dlg.model.item_at(r).claim.id == submitted[0].id)
    dlg.table.selectRow(row)
    text = dlg.diff_view.toPlainText()
    assert "Since request for changes by \u2068bob\u2069 at \u2068" in text  # isolated, for Arabic
    assert "Verdict: False Misleading" in text  # the scale's words, not its keys
    assert "سبب 1" in text and "سياق ناقص" in text and "المصدر ضعيف" in text


def test_history_view_shows_every_step_with_names(qtbot, desk, submitted):
    desk.as_("bob")[1].approve(submitted[0].id)
    wb, _ = desk.as_("alice")
    view = HistoryView()
    qtbot.addWidget(view)
    view.set_claim(wb, submitted[0].id)
    rows = [(view.tree.topLevelItem(i).text(1), view.tree.topLevelItem(i).text(2))
            for i in range(view.tree.topLevelItemCount())]
    assert rows == [("workbench-sample", "Claim marked"), ("alice", "Verdict set"), ("alice", "Source added"),
                    ("alice", "Submitted for review"), ("bob", "Approved")]
    assert "False" in view.tree.topLevelItem(1).text(3)  # the scale's word, not its key
    assert "\u2068—\u2069" not in view.tree.topLevelItem(1).text(3)  # no value: a bare dash
    assert "5" in view.title.text()
    view.set_claim(wb, None)
    assert view.tree.topLevelItemCount() == 0


def test_chain_warning_for_the_banner(desk, submitted):
    import sqlite3
    wb, _ = desk.as_("alice")
    assert chain_warning(wb) is None
    conn = sqlite3.connect(desk.path)
    conn.execute("UPDATE events SET user = 'mallory' WHERE seq = 5")
    conn.commit()
    conn.close()
    assert "event 5" in chain_warning(wb)
