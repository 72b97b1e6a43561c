"""The window follows the desk: another Workbench on the same file changes claims, submits,
approves and comments; the window shows it within about two seconds. A save made on a version
someone else changed since is refused and settled in a dialog showing both versions."""

from __future__ import annotations

import pytest

from workbench.services import open_workbench
from workbench.services.review import Review

from .helpers import when_modal

SOON_MS = 3000  # the window looks every second; "about two seconds" with room for a busy machine


@pytest.fixture
def omar(window):
    wb = open_workbench(window.wb.db_path, "omar")
    Review(wb).add_user("omar", "editor")
    yield wb
    wb.close()


def _row_claim(window, claim_id):
    return window.claims_model.claim_at(window.claims_model.row_of(claim_id))


def test_a_verdict_set_elsewhere_shows_in_the_list_panel_and_status_bar(window, qtbot, omar):
    current = window.current_claim_id()
    other = next(c for c in omar.claims(window.article_id) if c.id != current)
    omar.set_verdict(other.id, "false", "من عمر")
    qtbot.waitUntil(lambda: _row_claim(window, other.id).rating == "false", timeout=SOON_MS)
    number = window.claims_model.row_of(other.id) + 1
    assert window.statusBar().currentMessage() == f"omar set the verdict of claim {number}"
    omar.set_verdict(current, "true", "سبب من عمر")  # the claim in the panel, nobody typing
    qtbot.waitUntil(lambda: window.claim_panel.rationale.toPlainText() == "سبب من عمر", timeout=SOON_MS)
    assert window.claim_panel.rating.currentData() == "true"
    assert not window.reload_banner.isVisible()


def test_submit_approve_and_comment_elsewhere_are_followed(window, qtbot, omar, db_path):
    claim_id = window.current_claim_id()
    sara = open_workbench(db_path, "sara")
    try:
        sara.set_verdict(claim_id, "false", "لا دليل")
        Review(sara).submit(claim_id)
        qtbot.waitUntil(lambda: str(window.claim_panel.claim.review_state) == "in_review", timeout=SOON_MS)
        Review(omar).approve(claim_id)
        qtbot.waitUntil(lambda: str(_row_claim(window, claim_id).review_state) == "approved", timeout=SOON_MS)
        number = window.claims_model.row_of(claim_id) + 1
        assert window.statusBar().currentMessage() == f"omar approved claim {number}"
        Review(omar).comment(claim_id, "أحسنت")
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"omar commented on claim {number}",
                        timeout=SOON_MS)
    finally:
        sara.close()


def test_the_window_does_not_announce_its_own_steps(window, qtbot):
    claim_id = window.current_claim_id()
    window.set_verdict(claim_id, "false", "من أليس")
    seen = []
    window.desk.changed.connect(seen.append)
    window.desk.poll()
    assert seen == [] and window.desk.seen == window.wb.desk_head()


def test_typing_is_kept_and_a_banner_offers_to_reload(window, qtbot, omar):
    claim_id = window.current_claim_id()
    panel = window.claim_panel
    panel.rationale.setPlainText("ما أكتبه الآن")
    omar.set_verdict(claim_id, "true", "سبب عمر")
    qtbot.waitUntil(window.reload_banner.isVisible, timeout=SOON_MS)
    assert "omar changed this claim" in window.reload_banner.label.text()
    assert panel.rationale.toPlainText() == "ما أكتبه الآن"  # the typing stays
    window.reload_banner.reload.click()
    assert panel.rationale.toPlainText() == "سبب عمر"
    assert not window.reload_banner.isVisible()


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_a_stale_save_shows_both_versions_and_keeps_the_one_chosen(window, qtbot, omar, side):
    claim_id = window.current_claim_id()
    window.desk.timer.stop()  # omar's change is not seen before the save: it is stale
    panel = window.claim_panel
    panel.statement.setPlainText("بيان أليس")
    omar.edit_statement(claim_id, "بيان عمر")
    shown = []

    def settle(dialog):
        shown.append((dialog.views[0].toPlainText(), dialog.views[1].toPlainText()))
        assert dialog is window.stale_dialog
        dialog.keep(side)

    when_modal(settle)
    panel.commit_statement()
    qtbot.waitUntil(lambda: bool(shown) and window.stale_dialog is None, timeout=SOON_MS)
    mine, theirs = shown[0]
    assert mine.startswith("بيان أليس") and theirs.startswith("بيان عمر")
    expected = "بيان أليس" if side == "mine" else "بيان عمر"
    qtbot.waitUntil(lambda: window.wb.claim(claim_id).statement == expected, timeout=SOON_MS)
    assert panel.statement.toPlainText() == expected
    assert _row_claim(window, claim_id).statement == expected


def test_a_submit_of_a_stale_version_is_refused_and_the_claim_shown_as_stored(window, qtbot, omar):
    claim_id = window.current_claim_id()
    window.set_verdict(claim_id, "false", "من أليس")
    window.desk.timer.stop()  # omar's change is not seen before the submit
    omar.set_verdict(claim_id, "true", "من عمر")
    said = []
    when_modal(lambda box: (said.append(box.text()), box.accept()))
    window.review_actions.submit(claim_id)
    qtbot.waitUntil(lambda: bool(said), timeout=SOON_MS)
    assert "omar changed the verdict of claim" in said[0] and "since you opened it" in said[0]
    stored = window.wb.claim(claim_id)
    assert str(stored.review_state) == "draft" and stored.rating == "true"
    assert window.claim_panel.rationale.toPlainText() == "من عمر"
    window.review_actions.submit(claim_id)  # now on the version shown: it goes through
    assert str(window.wb.claim(claim_id).review_state) == "in_review"


def test_a_source_edit_over_a_newer_change_is_refused_once_then_kept_knowingly(window, qtbot, omar):
    """Source edits carry the version the dialog was filled from, like statements and verdicts:
    omar's newer change is not overwritten unseen; the dialog comes back with what was typed,
    and OK again keeps it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui.claim_panel import SourceDialog

    claim_id = window.current_claim_id()
    source_id = omar.add_source(claim_id, "https://example.org/a", title="عنوان قديم").claim.sources[-1].id
    qtbot.waitUntil(lambda: source_id in {s.id for s in window.claim_panel.claim.sources}, timeout=SOON_MS)
    window.desk.timer.stop()  # omar's change is not seen while the dialog is open
    dialog, runs, said = SourceDialog(window), [], []

    def answer(d):
        if isinstance(d, QMessageBox):  # the refusal, shown over the dialog
            said.append(d.text())
            d.accept()
        elif len(runs) == 0:
            runs.append(1)
            omar.edit_source(source_id, title="عنوان عمر")  # meanwhile, elsewhere
            d.title_edit.setText("عنوان أليس")
            d.accept()
        else:
            runs.append(2)
            assert d.title_edit.text() == "عنوان أليس"  # what was typed came back
            if not said:  # OK only once the refusal has been read
                QTimer.singleShot(50, lambda: answer(d))
                return
            d.accept()
            return
        QTimer.singleShot(0, lambda: when_modal(answer))

    when_modal(answer)
    window.claim_actions.edit_source(source_id, dialog)
    assert said and "omar changed the sources of claim" in said[0]
    assert window.wb.source(source_id).title == "عنوان أليس"  # kept, knowingly, the second time


def test_moving_on_after_someone_changed_the_claim_settles_it_first(window, qtbot, omar):
    """A tester typed a rationale, someone else set the claim's verdict, the tester clicked the
    next claim: the panel moved on and the typing was gone, with a box and no choice. Now the
    window stays on the claim and shows both versions; nothing typed is lost."""
    first, second = window.claims_model.claims()[:2]
    window.select_claim(first.id)
    window.desk.timer.stop()  # omar's change is not seen before the click
    panel = window.claim_panel
    panel.rationale.setPlainText("ما كتبته أنا")
    omar.set_verdict(first.id, "true", "سبب عمر")
    shown = []

    def settle(dialog):
        shown.append(dialog.views[0].toPlainText())
        dialog.keep("mine")

    when_modal(settle)
    window.select_claim(second.id)  # F8 or a click
    assert window.current_claim_id() == first.id and panel.claim.id == first.id  # list and panel agree
    qtbot.waitUntil(lambda: bool(shown) and window.stale_dialog is None, timeout=SOON_MS)
    assert "ما كتبته أنا" in shown[0]
    qtbot.waitUntil(lambda: window.wb.claim(first.id).rationale == "ما كتبته أنا", timeout=SOON_MS)
    window.select_claim(second.id)  # settled: now it moves on
    assert panel.claim.id == second.id


def test_two_saves_of_one_stale_edit_ask_once(window, qtbot, omar):
    """Ctrl+Enter saved twice (the box left, then the shortcut) and two "someone else changed
    this claim" dialogs opened; the second, out of date, left the window showing what was not
    stored. One refusal, one dialog."""
    claim_id = window.current_claim_id()
    window.desk.timer.stop()
    panel = window.claim_panel
    panel.rationale.setPlainText("نصي")
    omar.set_verdict(claim_id, "unverifiable", "نص عمر")
    dialogs = []

    def settle(dialog):
        dialogs.append(dialog)
        dialog.keep("theirs")

    when_modal(settle)
    panel.commit_pending()
    panel.commit_pending()  # the second save, before the first refusal is settled
    qtbot.waitUntil(lambda: bool(dialogs) and window.stale_dialog is None, timeout=SOON_MS)
    qtbot.wait(300)
    assert len(dialogs) == 1
    stored = window.wb.claim(claim_id)
    assert (panel.rating.currentData(), panel.rationale.toPlainText()) == (stored.rating, stored.rationale)


def test_keep_mine_keeps_what_i_changed_and_their_rating_when_i_typed_only_a_rationale(window, qtbot, omar):
    """A tester typed only a rationale; omar set a rating meanwhile; "Keep mine" put back the
    rating omar had replaced. Mine is what I changed: my rationale, his rating."""
    claim_id = window.current_claim_id()
    window.desk.timer.stop()
    panel = window.claim_panel
    before = panel.rating.currentData()
    panel.rationale.setPlainText("تعليلي أنا")
    omar.set_verdict(claim_id, "unverifiable", "تعليل عمر")
    assert before != "unverifiable"
    shown = []

    def settle(dialog):
        shown.append(dialog.views[0].toPlainText())
        dialog.keep("mine")

    when_modal(settle)
    panel.commit_pending()
    qtbot.waitUntil(lambda: bool(shown) and window.stale_dialog is None, timeout=SOON_MS)
    qtbot.waitUntil(lambda: window.wb.claim(claim_id).rationale == "تعليلي أنا", timeout=SOON_MS)
    assert window.wb.claim(claim_id).rating == "unverifiable"
    assert "Unverifiable" in shown[0] and "تعليلي أنا" in shown[0]  # the dialog showed just that
