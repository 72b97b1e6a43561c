"""The change path, tried as a person would through the real widgets and database: accept a
proposal and undo; change an approved verdict (asked first; cancel keeps it approved; go ahead,
then undo: approved again, the trail shows it all); Ctrl+Z inside the rationale box after adding
a source; submit and comment undone."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.core.model import ReviewState
from workbench.services import open_workbench, proposals
from workbench.services.review import Review, check
from workbench.ui.claim_panel import SourceDialog

from .helpers import when_modal

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _click(role):
    def answer(box):
        for button in box.buttons():
            if box.buttonRole(button) == role:
                button.click()
                return
        raise AssertionError(f"no {role} button in {box.text()!r}")
    return answer


def _activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _approved_claim(window):
    """A claim alice rated and submitted and erin (an editor) approved, shown in the window."""
    claim = next(c for c in window.claims_model.claims() if "أربعة شرطيين" in c.quote)
    window.wb.set_verdict(claim.id, "mostly-false", "لا سجل رسمياً للانفجارين")
    erin = open_workbench(window.wb.db_path, "erin")
    try:
        Review(erin).add_user("erin", "editor")
        Review(window.wb).submit(claim.id)
        Review(erin).approve(claim.id)
    finally:
        erin.close()
    window.open_article(window.article_id)
    window.select_claim(claim.id)
    assert window.claim_panel.claim.review_state is ReviewState.APPROVED
    return claim.id


def test_accept_a_proposal_then_undo_and_redo(window, qtbot):
    window.show_panel("proposals")
    panel = window.panel("proposals")
    with qtbot.waitSignal(panel.proposalsChanged, timeout=60_000):
        qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    model = panel.model
    row = next(r for r in range(model.rowCount()) if not model.row_at(r).covered_by)
    p = model.row_at(row)
    before = window.claims_model.count()
    panel.view.setCurrentIndex(model.index(row, 1))
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert window.claims_model.count() == before + 1
    claim_id = window.claim_panel.claim.id
    assert (window.claim_panel.claim.start, window.claim_panel.claim.end) == (p.start, p.end)
    assert window.wb.store.proposal(p.id).decision == "accepted"
    assert "Accept proposal" in window.act_undo.text()

    qtbot.keyClick(window.claims_view, Qt.Key.Key_Z, CTRL)  # one step takes back both
    assert window.claims_model.count() == before and window.claims_model.row_of(claim_id) < 0
    reopened = window.wb.store.proposal(p.id)
    assert reopened.decision is None and not reopened.claim_id
    assert p.id in [x.id for x in model.rows()]  # proposed again, in the panel too
    assert not model.row_at(model.rows().index(next(x for x in model.rows() if x.id == p.id))).covered_by

    window.act_redo.trigger()  # the same claim comes back, the proposal accepted again
    assert window.claims_model.row_of(claim_id) >= 0
    assert window.wb.store.proposal(p.id).claim_id == claim_id
    assert check(window.wb).ok


def test_changing_an_approved_verdict_asks_and_undo_gives_the_approval_back(window, qtbot):
    claim_id = _approved_claim(window)
    panel = window.claim_panel

    # Alt+6 (false) on the approved claim: asked first; Cancel keeps it approved and shown so
    when_modal(_click(QMessageBox.ButtonRole.RejectRole))
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)
    stored = window.wb.claim(claim_id)
    assert stored.review_state is ReviewState.APPROVED and stored.rating == "mostly-false"
    assert panel.rating.currentData() == "mostly-false"
    assert window.undo_stack.count() == 0

    # again, and go ahead: the dialog said who approved it; the claim is a draft again
    seen = []

    def go_ahead(box):
        seen.append(box.text())
        _click(QMessageBox.ButtonRole.AcceptRole)(box)

    when_modal(go_ahead)
    _activate(window, qtbot)  # the window is active again once the question has gone
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)
    assert seen and "erin" in seen[0] and "Approved by" in seen[0]
    stored = window.wb.claim(claim_id)
    assert stored.rating == "false" and stored.review_state is ReviewState.DRAFT
    row = window.claims_model.row_of(claim_id)
    assert window.claims_model.index(row, 4).data() == "Draft"

    # undo (focus in the rationale box, nothing typed there): approved again
    _activate(window, qtbot)
    panel.rationale.setFocus()
    qtbot.keyClick(panel.rationale, Qt.Key.Key_Z, CTRL)
    stored = window.wb.claim(claim_id)
    assert stored.rating == "mostly-false" and stored.review_state is ReviewState.APPROVED
    assert window.claims_model.index(row, 4).data() == "Approved"
    actions = [e.action for e in window.wb.history(claim_id)]
    assert actions[-4:] == ["review.approve", "verdict.set", "verdict.set", "review.restore"]
    window.history_dock.show()
    shown = [window.history_view.tree.topLevelItem(i).text(2)
             for i in range(window.history_view.tree.topLevelItemCount())]
    assert shown[-4:] == ["Approved", "Verdict set", "Verdict set", "Review state restored"]
    details = [window.history_view.tree.topLevelItem(i).text(3)
               for i in range(window.history_view.tree.topLevelItemCount())]
    assert "Approved" in details[-3] and "Draft" in details[-3]  # the edit says it unapproved
    assert "in_review" not in " ".join(details) and "approved" not in " ".join(details)
    assert check(window.wb).ok


def test_ctrl_z_in_the_rationale_box_follows_the_person(window, qtbot, tmp_path):
    claim = next(c for c in window.claims_model.claims() if "يفلاخ" in c.quote)
    window.select_claim(claim.id)
    panel = window.claim_panel
    dialog = SourceDialog(window)
    dialog.url.setText("https://example.org/yevlakh")
    dialog.capture.setChecked(False)  # a test never reaches a real site
    dialog.title_edit.setText("محادثات يفلاخ")
    when_modal(lambda d: d.accept())
    window.add_source(claim.id, dialog)
    assert len(window.wb.claim(claim.id).sources) == 1

    _activate(window, qtbot)
    panel.rationale.setFocus()  # where the checker goes next
    panel.rationale.insertPlainText("دعوة إلى محادثات")  # typing, not saved yet
    assert panel.has_pending()
    qtbot.keyClick(panel.rationale, Qt.Key.Key_Z, CTRL)  # undoes the typing, not the source
    assert panel.rationale.toPlainText() == "" and not panel.has_pending()
    assert len(window.wb.claim(claim.id).sources) == 1
    qtbot.keyClick(panel.rationale, Qt.Key.Key_Z, CTRL)  # nothing typed: the desk's last step
    assert window.wb.claim(claim.id).sources == ()
    assert panel.sources_model.rowCount() == 0
    qtbot.keyClick(panel.rationale, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.wb.claim(claim.id).sources) == 1  # redo: the same source back


def test_submit_and_comment_are_undone_and_recorded(window, qtbot):
    claim = next(c for c in window.claims_model.claims() if "ممرات" in c.quote)
    window.select_claim(claim.id)
    window.set_verdict(claim.id, "true", "أعلنت الوزارة الممرات")
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.wb.claim(claim.id).review_state is ReviewState.IN_REVIEW
    assert [i.claim.id for i in Review(window.wb).queue()] == [claim.id]
    window.add_comment("راجعوا المصدر الرسمي")
    assert len(Review(window.wb).comments(claim.id)) == 1
    window.undo()
    assert Review(window.wb).comments(claim.id) == []
    window.undo()  # the submit: withdrawn from the queue
    assert window.wb.claim(claim.id).review_state is ReviewState.DRAFT
    assert Review(window.wb).queue() == []
    assert [e.action for e in window.wb.history(claim.id)][-4:] == [
        "review.submit", "comment.add", "comment.retract", "review.withdraw"]
    assert check(window.wb).ok


def test_a_refused_step_is_shown_once_and_never_pushed(window, qtbot):
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    window.set_verdict(window.current_claim_id(), "no-such-rating", "")
    assert messages and "Nothing was changed" in messages[0]
    assert window.undo_stack.count() == 0 and window.save_label.text() == "Not saved"


def test_approve_in_the_queue_asks_and_clears_undo(window, qtbot):
    claim_id = _approved_claim(window)
    assert window.claim_panel.claim.id == claim_id
    # earlier steps cannot be undone past an approval: undoing them would quietly unapprove
    assert window.undo_stack.count() == 0


def test_accepting_from_a_stale_panel_says_why(window, qtbot):
    window.show_panel("proposals")
    panel = window.panel("proposals")
    found = proposals.propose(window.wb, window.article_id)
    panel.set_article(window.wb, window.article_id)
    fresh = next(p for p in found if not p.covered_by)
    window.wb.add_claim(window.article_id, fresh.start, fresh.end)  # made meanwhile, elsewhere
    row = [p.id for p in panel.model.rows()].index(fresh.id)
    panel.view.setCurrentIndex(panel.model.index(row, 1))
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    panel.accept_current()
    assert messages and "already claim" in messages[0]
    assert window.undo_stack.count() == 0


def test_in_arabic_the_question_and_the_history_speak_arabic(window, qtbot):
    claim_id = _approved_claim(window)
    window.act_arabic.trigger()
    seen = []

    def go_ahead(box):
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        _click(QMessageBox.ButtonRole.AcceptRole)(box)

    _activate(window, qtbot)
    when_modal(go_ahead)
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)
    title, text, buttons = seen[0]
    assert "اعتمده" in text and "erin" in text and "تغيير" in title
    assert window.wb.claim(claim_id).review_state is ReviewState.DRAFT
    _activate(window, qtbot)
    window.claims_view.setFocus()
    qtbot.keyClick(window.claims_view, Qt.Key.Key_Z, CTRL)
    assert window.wb.claim(claim_id).review_state is ReviewState.APPROVED
    window.history_dock.show()
    tree = window.history_view.tree
    whats = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert whats[-1] == "أُعيدت حالة المراجعة"
    details = tree.topLevelItem(tree.topLevelItemCount() - 3).text(3)
    assert "معتمد" in details and "approved" not in details


def test_a_rating_without_its_rationale_keeps_the_person_on_the_claim(window, qtbot):
    """A tester chose a rating, left the rationale empty and moved on: the choice was dropped
    (the store refuses a verdict without a rationale). Now the window stays on the claim and
    says what is missing; with the rationale typed, moving on saves both."""
    first, second = window.claims_model.claims()[:2]
    window.select_claim(first.id)
    panel = window.claim_panel
    assert first.rating is None
    panel.rating.setCurrentIndex(panel.rating.findData("false"))  # chosen, no rationale yet
    window.select_claim(second.id)  # F8, a click in the list or in the text: all come here
    assert panel.claim.id == first.id and window.current_claim_id() == first.id
    assert panel.rating.currentData() == "false"  # the choice is still there
    assert "before moving on" in window.statusBar().currentMessage()
    panel.rationale.setPlainText("بيان رسمي ينفي ذلك")
    window.select_claim(second.id)
    assert panel.claim.id == second.id
    saved = window.wb.claim(first.id)
    assert (saved.rating, saved.rationale) == ("false", "بيان رسمي ينفي ذلك")


def _rated_without_rationale(window, rating: str):
    """The first claim given ``rating`` and no rationale; the next question box answered No,
    its text kept: (claim, panel, asked)."""
    from PySide6.QtWidgets import QMessageBox

    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    panel = window.claim_panel
    panel.rating.setCurrentIndex(panel.rating.findData(rating))
    asked: list[str] = []
    when_modal(lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.No).click()))
    return claim, panel, asked


def test_closing_with_a_rating_but_no_rationale_asks_first(window, qtbot):
    """Closing the window would drop a chosen rating that has no rationale: the person is asked,
    and "No" keeps the window open with the choice."""
    from PySide6.QtWidgets import QMessageBox

    claim, panel, asked = _rated_without_rationale(window, "misleading")
    window.show()
    assert not window.close()  # refused: the window stays
    assert asked and "has no rationale" in asked[0] and panel.rating.currentData() == "misleading"
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert window.close()
    assert window.wb.claim(claim.id).rating is None  # dropped, knowingly, and nothing else said


def test_opening_another_article_with_a_rating_but_no_rationale_asks_first(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    sample_id = window.article_id
    other = window.wb.add_article("مقال آخر", "نص قصير عن موضوع آخر.", "ar").article_id
    claim, panel, asked = _rated_without_rationale(window, "false")
    window.open_article(other)
    assert asked and window.article_id == sample_id and panel.rating.currentData() == "false"
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.open_article(other)
    assert window.article_id == other and window.wb.claim(claim.id).rating is None
