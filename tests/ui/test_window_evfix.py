"""What a tester found in the window's evidence features: a malformed address refused in
Arabic before anything is stored, a swapped capture explained in the viewer, the integrity
banner translated. Real window, real database, pages served from 127.0.0.1."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.test_window_captures import add_with_capture, web  # noqa: F401 - the fixture
from workbench.services.review import Review
from workbench.ui.claim_panel import SourceDialog


def _captured(window, qtbot, web):  # noqa: F811
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/news/1")
    qtbot.waitUntil(lambda: not window.claim_actions.capturing, timeout=30_000)
    (src,) = window.wb.claim(claim.id).sources
    return src, src.captures[0]


def _swap(window, capture_id, data: bytes) -> None:
    """Bytes swapped outside workbench together with their sha256 and size columns."""
    conn = window.wb.store.db.conn
    conn.execute("UPDATE captures SET data = ?, sha256 = ?, size = ? WHERE id = ?",
                 [data, hashlib.sha256(data).hexdigest(), len(data), capture_id])
    conn.commit()


def test_an_address_with_a_space_is_refused_in_arabic_and_nothing_is_stored(window, qtbot):
    window.set_language("ar")
    claim = window.claims_model.claims()[0]
    dialog = SourceDialog(window)
    dialog.url.setText("http://exa mple.com/")
    said = []

    def first_try():
        QTimer.singleShot(0, dismiss_error)
        dialog.accept()

    def dismiss_error():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()
        QTimer.singleShot(0, dialog.reject)

    QTimer.singleShot(0, first_try)
    window.add_source(claim.id, dialog)
    assert said and "يحوي مسافات أو محارف تحكم" in said[0]
    assert "InvalidURL" not in said[0] and "control characters" not in said[0]
    assert window.wb.claim(claim.id).sources == ()
    assert not window.claim_actions.capturing  # no capture was started


def test_view_capture_of_swapped_garbage_says_why(window, qtbot, web):  # noqa: F811
    src, cap = _captured(window, qtbot, web)
    _swap(window, cap.id, b"garbage, not a WARC")
    viewer = window.claim_actions.view_capture(src.id)
    assert viewer is not None and viewer.isVisible()
    text = viewer.text.toPlainText()
    assert "cannot be shown" in text and "not the one the audit trail recorded" in text
    viewer.close()


def test_the_integrity_banner_names_the_capture_in_arabic(window, qtbot, web):  # noqa: F811
    src, cap = _captured(window, qtbot, web)
    data = window.wb.store.capture_data(cap.id) or b""
    conn = window.wb.store.db.conn
    conn.execute("UPDATE captures SET data = ? WHERE id = ?", [data[:-1] + bytes([data[-1] ^ 1]), cap.id])
    conn.commit()
    window.set_language("ar")
    window.review_actions.check_trail()
    banner = window.banner.text()
    assert window.banner.isVisible() and "تغيّرت أدلة خارج workbench" in banner
    assert cap.id in banner and src.id in banner and "evidence changed" not in banner


def test_the_windows_own_capture_is_not_announced_as_someone_elses(window, qtbot, web):  # noqa: F811
    seen = []
    window.desk.changed.connect(seen.append)
    src, cap = _captured(window, qtbot, web)
    window.desk.poll()
    assert seen == [] and window.desk.seen == window.wb.desk_head()
    assert "changed claim" not in window.statusBar().currentMessage()
    # the window's own capture does not make its next edit of the claim stale
    window.set_verdict(src.claim_id, "false", "بعد الالتقاط")
    assert window.wb.claim(src.claim_id).rationale == "بعد الالتقاط"


def test_cancel_of_a_stalled_capture_takes_effect_at_once_and_says_the_source_was_kept(window, qtbot, web):  # noqa: F811
    import time

    from tests.ui.test_window_captures import gone

    web.route("/stalled", b"<html>late</html>", delay=8.0)  # nothing at all for 8 s
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/stalled")
    actions = window.claim_actions
    (progress,) = [d for d, _c, _r in actions.capturing.values()]
    qtbot.wait(300)
    assert progress.bar.maximum() == 0  # busy, not a 0 % bar, until sizes are known
    started = time.monotonic()
    progress.button.click()
    qtbot.waitUntil(lambda: not actions.capturing, timeout=5000)
    assert time.monotonic() - started < 1.5 and gone(progress)
    assert "the source was kept, without evidence" in window.statusBar().currentMessage()
    (src,) = window.wb.claim(claim.id).sources
    assert src.captures == ()


def test_the_status_bar_capture_message_is_short_with_details_in_its_tooltip(window, qtbot, web):  # noqa: F811
    src, cap = _captured(window, qtbot, web)
    message = window.statusBar().currentMessage()
    assert message.startswith("Captured ✓ ") and len(message) < 45
    assert cap.sha256 in window.statusBar().toolTip() and cap.final_url in window.statusBar().toolTip()


def test_the_arabic_404_keeps_the_servers_words_isolated_and_wraps_whole(window, qtbot, web):  # noqa: F811
    window.set_language("ar")
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/gone/a/rather/long/address/that/needs/wrapping.html")
    actions = window.claim_actions
    (progress,) = [d for d, _c, _r in actions.capturing.values()]
    qtbot.waitUntil(lambda: progress.finished_, timeout=10_000)
    said = progress.label.text()
    assert "\u2068Not Found\u2069" in said  # the server's English in its own isolate
    label = progress.label
    assert label.heightForWidth(label.width()) <= label.height()  # nothing clipped
    assert progress.rect().contains(label.geometry())


def test_the_reload_banner_stays_in_sight_while_typing_at_the_bottom_of_the_rationale(window, qtbot):
    from workbench.services import open_workbench

    window.resize(1600, 1000)
    claim_id = window.current_claim_id()
    panel = window.claim_panel
    panel.rationale.setFocus()
    panel.rationale.setPlainText("ما أكتبه الآن")
    window.claim_scroll.ensureWidgetVisible(panel.rationale, 0, 0)
    window.claim_scroll.verticalScrollBar().setValue(window.claim_scroll.verticalScrollBar().maximum())
    omar = open_workbench(window.wb.db_path, "omar")
    Review(omar).add_user("omar", "editor")
    omar.set_verdict(claim_id, "true", "سبب عمر")
    qtbot.waitUntil(window.reload_banner.isVisible, timeout=3000)
    omar.close()
    banner = window.reload_banner
    # not inside the scrolled panel, and wholly on screen inside the window
    assert not window.claim_scroll.isAncestorOf(banner)
    top_left = banner.mapTo(window, banner.rect().topLeft())
    assert window.rect().contains(top_left) and banner.visibleRegion().boundingRect().height() == banner.height()
    banner.reload.click()
    assert not banner.isVisible() and panel.rationale.toPlainText() == "سبب عمر"


def test_the_stale_save_dialog_names_the_claim_by_its_number(window, qtbot):
    from tests.ui.helpers import when_modal
    from workbench.services import open_workbench

    claim_id = window.current_claim_id()
    window.desk.timer.stop()
    panel = window.claim_panel
    panel.statement.setPlainText("بيان أليس")
    omar = open_workbench(window.wb.db_path, "omar")
    Review(omar).add_user("omar", "editor")
    omar.edit_statement(claim_id, "بيان عمر")
    said = []

    def settle(dialog):
        said.append(dialog.intro.text())
        dialog.keep("theirs")

    when_modal(settle)
    panel.commit_statement()
    qtbot.waitUntil(lambda: bool(said) and window.stale_dialog is None, timeout=3000)
    omar.close()
    number = window.claims_model.row_of(claim_id) + 1
    assert f"of claim {number} at" in said[0] and claim_id not in said[0]
