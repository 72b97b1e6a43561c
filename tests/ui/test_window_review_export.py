"""The main window's review and export entry points, driven as a user drives them."""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workbench.services import open_workbench
from workbench.services.review import Review
from workbench.ui.app import create_window, make_app

from .helpers import when_modal


def test_submit_then_editor_approves_from_the_queue(window, qtbot, db_path):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    window.set_verdict(claim.id, "mostly-true", "بيان الشرطة يؤكد")
    qtbot.keyClick(window, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.wb.claim(claim.id).review_state == "in_review"
    row = window.claims_model.row_of(claim.id)
    assert window.claims_model.index(row, 4).data() == "In review"

    # an editor joins on the same desk and approves from the queue (Ctrl+R, then Ctrl+Return)
    Review(window.wb).add_user("nadia", "editor")
    window.wb.user = "nadia"
    decided = []

    def approve(dialog):
        dialog.decided.connect(lambda cid, action: decided.append((cid, action)))
        dialog.activateWindow()
        when_modal(lambda box: next(b for b in box.buttons()
                                    if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click())
        assert dialog.approve_current()
        dialog.accept()

    when_modal(approve)
    window.act_queue.trigger()
    assert decided and decided[0][0] == claim.id
    assert window.wb.claim(claim.id).review_state == "approved"
    assert window.claims_model.index(row, 4).data() == "Approved"

    # editing the approved verdict sends it back to draft, and the window says so
    window.wb.user = "alice"
    when_modal(lambda box: next(b for b in box.buttons()
                                if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click())
    window.set_verdict(claim.id, "true", "بيان الشرطة يؤكد")
    assert window.wb.claim(claim.id).review_state == "draft"
    assert "back to draft" in window.statusBar().currentMessage()


def test_history_dock_shows_the_timeline(window, qtbot):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    window.set_verdict(claim.id, "false", "x")
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.history_dock.isVisible()
    users = {window.history_view.tree.topLevelItem(i).text(1)
             for i in range(window.history_view.tree.topLevelItemCount())}
    assert "alice" in users and window.history_view.tree.topLevelItemCount() >= 2


def test_export_dialog_opens_from_the_file_menu(window, qtbot):
    seen = []

    def close(dialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_modal(close)
    window.act_export.trigger()
    assert seen == ["Export verdicts"]


def test_tampered_trail_shows_a_banner(qtbot, db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    wb = open_workbench(db_path, "alice")
    wb.set_verdict(wb.claims()[0].id, "false", "x")
    wb.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE events SET user = 'mallory' WHERE seq = 2")
    conn.commit()
    conn.close()
    wb = open_workbench(db_path, "alice")
    win = create_window(wb, make_app(), language="en")
    qtbot.addWidget(win)
    win.show()
    win.check_trail_in_background()  # as at start-up: on a worker, the window stays live
    qtbot.waitUntil(win.banner.isVisible, timeout=10000)
    assert "2" in win.banner.text()
    win.banner.hide()
    win.check_trail()
    assert win.banner.isVisible() and "2" in win.banner.text()
    win.close()
    wb.close()


def test_comment_from_the_window_reaches_the_history(window, qtbot):
    from workbench.services.review import Review

    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    window.add_comment("المصدر الثاني غير موثوق")
    (comment,) = Review(window.wb).comments(claim.id)
    assert comment.text == "المصدر الثاني غير موثوق" and comment.author == "alice"
    assert "comment.add" in [e.action for e in window.wb.history(claim.id)]
    assert window.statusBar().currentMessage() == "Comment added"


def test_reopening_returns_to_the_last_claim(window, qtbot, db_path):
    from workbench.ui.app import create_window, make_app

    third = window.claims_model.claims()[2]
    window.select_claim(third.id)
    window.close()
    again = create_window(window.wb, make_app(), language="en")
    qtbot.addWidget(again)
    assert again.claim_panel.claim.id == third.id


def test_statement_box_follows_its_text_direction(window, qtbot):
    from PySide6.QtCore import Qt

    box = window.claim_panel.statement
    box.setPlainText("أذربيجان عرضت مباحثات")
    assert box.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    box.setPlainText("Azerbaijan offered talks")
    assert box.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight


def test_export_preview_names_verdicts_in_the_windows_language(window, qtbot):
    """An English window listed the Arabic sample's verdicts as «صحيح» beside "no verdict"
    (a tester's re-test): the preview speaks the window's language; the tooltip says what the
    file will carry."""
    from workbench.ui.export_dialog import ExportDialog

    claim = window.claims_model.claims()[0]
    window.set_verdict(claim.id, "true", "بيان رسمي")
    dialog = ExportDialog(window, window.wb, window.article_id)
    dialog.all_states.setChecked(True)
    items = [dialog.preview.topLevelItem(i) for i in range(dialog.preview.topLevelItemCount())]
    rated = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == claim.id)
    assert rated.text(0) == "True" and "صحيح" in rated.toolTip(0)
    assert all(not any("\u0600" <= ch <= "\u06ff" for ch in i.text(0)) for i in items)
    dialog.close()


def test_a_refusal_names_the_claim_by_its_number(window, qtbot):
    """Submitting a claim with no verdict was refused naming the claim by its UUID, which the
    window shows nowhere (a tester's re-test): it is the checklist's number now."""
    claim = window.claims_model.claims()[2]
    assert claim.rating is None
    window.select_claim(claim.id)
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    window.review_actions.submit(claim.id)
    assert shown and "claim 3 has no verdict yet" in shown[0] and claim.id not in shown[0]
