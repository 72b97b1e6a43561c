"""Evidence in the window: a source added with "Capture the page as evidence" is captured on a
worker (progress, Cancel), the sources table shows its latest capture, and "View capture" reads
the archived copy back from its WARC. Pages are served from 127.0.0.1."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from shiboken6 import isValid

from tests.capture.conftest import arabic_page
from tests.importing import pages
from tests.importing.conftest import Server
from workbench.ui.capture_dialogs import CaptureProgress
from workbench.ui.claim_panel import SourceDialog
from workbench.ui.models import SourcesModel


def png(width: int, height: int) -> bytes:
    """A real PNG made here (the capture tests' 1x1 PNG does not decode: a bad CRC)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data().data())


@pytest.fixture
def web():
    srv = Server()
    srv.route("/news/1", arabic_page())
    srv.route("/style.css", b"body { direction: rtl; }", content_type="text/css")
    srv.route("/tracker.js", b"document.title = 'SCRIPT RAN';", content_type="application/javascript")
    srv.route("/img/map.png", png(40, 20), content_type="image/png")
    srv.route("/slow", arabic_page(), trickle=0.05)  # minutes, one byte at a time
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


def gone(widget) -> bool:
    return not isValid(widget) or not widget.isVisible()


def add_with_capture(window, claim_id: str, url: str) -> SourceDialog:
    dialog = SourceDialog(window)
    dialog.url.setText(url)
    dialog.publisher.setText("الناشر")
    QTimer.singleShot(0, dialog.accept)
    window.add_source(claim_id, dialog)
    return dialog


def test_capture_box_follows_the_address_until_the_checker_decides(window):
    dialog = SourceDialog(window)
    assert not dialog.capture.isChecked()
    dialog.url.setText("https://example.org/a")
    assert dialog.capture.isChecked() and dialog.wants_capture()
    dialog.url.setText("ftp://example.org/a")
    assert not dialog.capture.isChecked() and not dialog.wants_capture()
    dialog.url.setText("http://example.org/a")
    dialog.capture.click()  # the checker says no: the address no longer decides
    dialog.url.setText("https://example.org/b")
    assert not dialog.capture.isChecked() and not dialog.wants_capture()


def test_add_source_captures_shows_it_and_views_it_offline(window, qtbot, web):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    url = web.base + "/news/1"
    dialog = add_with_capture(window, claim.id, url)
    assert dialog.capture.isChecked()
    actions = window.claim_actions
    (progress,) = [d for d, _c, _r in actions.capturing.values()]
    assert isinstance(progress, CaptureProgress) and progress.isVisible()
    qtbot.waitUntil(lambda: not actions.capturing, timeout=30_000)
    assert gone(progress)

    (src,) = window.wb.claim(claim.id).sources
    (cap,) = src.captures
    assert cap.final_url == url and cap.status == 200 and cap.resources == 4  # page, css, js, png
    model = window.claim_panel.sources_model
    line = model.data(model.index(0, SourcesModel.EVIDENCE))
    assert line.startswith("✓ ") and line.endswith(" UTC · no TSA") and len(line) <= 34
    tip = model.data(model.index(0, SourcesModel.EVIDENCE), Qt.ItemDataRole.ToolTipRole)
    assert f"sha256 {cap.sha256[:4]}…" in tip and "no trusted time" in tip and "1 capture of this source" in tip
    assert model.headerData(SourcesModel.EVIDENCE, Qt.Orientation.Horizontal) == "Evidence"
    assert cap.sha256 in model.data(model.index(0, SourcesModel.EVIDENCE), Qt.ItemDataRole.ToolTipRole)
    assert "Captured" in window.statusBar().currentMessage()

    # the server goes away: the capture is read from the WARC alone
    web.httpd.shutdown()
    window.claim_panel.sources.selectRow(0)
    viewer = actions.view_capture(src.id)
    assert viewer is not None and viewer.isVisible()
    banner = viewer.banner.text()
    assert "Archived copy, not the live page" in banner and url in banner and "UTC" in banner
    assert "No trusted time" in banner
    text = viewer.text.toPlainText()
    first = pages.ARTICLE_PARAGRAPHS[0]
    assert first[:30] in text
    assert "SCRIPT RAN" not in text and viewer.windowTitle() == "Archived copy"
    assert len(viewer.image_labels) == 1 and viewer.image_labels[0].pixmap().width() == 40
    assert web.base + "/img/map.png" == viewer.image_labels[0].toolTip()
    assert Qt.LayoutDirection.RightToLeft in viewer.paragraph_directions()
    assert all(d == Qt.LayoutDirection.RightToLeft for d in viewer.paragraph_directions()[:3])
    viewer.close()


def test_capture_again_adds_history_and_the_dialog_lists_it(window, qtbot, web):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/news/1")
    actions = window.claim_actions
    qtbot.waitUntil(lambda: not actions.capturing, timeout=30_000)
    (src,) = window.wb.claim(claim.id).sources
    window.claim_panel.sources.selectRow(0)
    window.act_capture_source.trigger()
    assert src.id in actions.capturing
    qtbot.waitUntil(lambda: not actions.capturing, timeout=30_000)
    (src,) = window.wb.claim(claim.id).sources
    first, second = src.captures
    assert first.id != second.id
    model = window.claim_panel.sources_model
    assert model.data(model.index(0, SourcesModel.EVIDENCE)).endswith(" · 2 captures")
    assert second.sha256 in model.data(model.index(0, SourcesModel.EVIDENCE), Qt.ItemDataRole.ToolTipRole)

    dialog = SourceDialog(window)
    dialog.fill(src)
    assert dialog.captures.count() == 2 and not dialog.wants_capture()
    assert dialog.captures.item(0).text().startswith("captured ")
    shown = []
    dialog.on_view_capture = shown.append
    dialog.captures.setCurrentRow(0)
    dialog.view_capture.click()
    assert shown == [first.id]


def test_cancel_a_slow_capture_keeps_the_window_responsive_and_stores_nothing(window, qtbot, web):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/slow")
    actions = window.claim_actions
    (progress,) = [d for d, _c, _r in actions.capturing.values()]
    # the window answers while the page trickles in: a timer fires on time, claims can be chosen
    fired = []
    started = time.monotonic()
    QTimer.singleShot(50, lambda: fired.append(time.monotonic() - started))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired[0] < 1.0 and actions.capturing
    other = window.claims_model.claims()[1]
    window.select_claim(other.id)
    assert window.claim_panel.claim.id == other.id
    qtbot.mouseClick(progress.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not actions.capturing, timeout=10_000)
    assert gone(progress)
    assert "cancelled" in window.statusBar().currentMessage()
    (src,) = window.wb.claim(claim.id).sources  # the source is kept
    assert src.captures == ()


def test_a_404_says_why_and_stores_nothing(window, qtbot, web):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/gone")
    actions = window.claim_actions
    (progress,) = [d for d, _c, _r in actions.capturing.values()]
    qtbot.waitUntil(lambda: progress.finished_, timeout=10_000)
    said = progress.label.text()
    assert "404" in said and "Not Found" in said and "nothing was stored as evidence" in said
    assert progress.isVisible() and progress.button.text() == "Close"
    (src,) = window.wb.claim(claim.id).sources
    assert src.captures == ()
    model = window.claim_panel.sources_model
    assert model.data(model.index(0, SourcesModel.EVIDENCE)) == "not captured"
    qtbot.mouseClick(progress.button, Qt.MouseButton.LeftButton)
    assert gone(progress)


def test_a_stamped_capture_shows_its_trusted_time(window, qtbot, web, tsa):
    """The desk names a TSA: the table and the viewer say the capture carries trusted time,
    and which authority gave it (a real token from the local TSA)."""
    from workbench.services.timestamp import set_tsa

    wb = window.wb
    set_tsa(wb, tsa.url)
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/news/1")
    qtbot.waitUntil(lambda: not window.claim_actions.capturing, timeout=30_000)
    (src,) = wb.claim(claim.id).sources
    (cap,) = src.captures
    assert cap.timestamped  # stamped by the capture service on the worker, with the desk's TSA
    assert wb.claim(claim.id).sources[0].captures[-1].id == cap.id
    model = window.claim_panel.sources_model
    line = model.data(model.index(0, SourcesModel.EVIDENCE))
    assert line.endswith(" UTC · TSA") and line.count("UTC") == 1
    assert tsa.url in model.data(model.index(0, SourcesModel.EVIDENCE), Qt.ItemDataRole.ToolTipRole)
    viewer = window.claim_actions.view_capture(src.id)
    assert viewer is not None and "Trusted time" in viewer.banner.text() and tsa.url in viewer.banner.text()
    viewer.close()


def test_in_arabic_the_capture_reads_in_arabic(window, qtbot, web):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/news/1")
    qtbot.waitUntil(lambda: not window.claim_actions.capturing, timeout=30_000)
    window.set_language("ar")
    (src,) = window.wb.claim(claim.id).sources
    model = window.claim_panel.sources_model
    line = model.data(model.index(0, SourcesModel.EVIDENCE))
    assert line.startswith("✓ ") and "بلا ختم زمني" in line
    assert model.headerData(SourcesModel.EVIDENCE, Qt.Orientation.Horizontal) == "الدليل"
    assert window.claim_panel.capture_again.text() == "التقاط مجددًا"
    viewer = window.claim_actions.view_capture(src.id)
    assert viewer is not None and viewer.banner.text().startswith("نسخة مؤرشفة، لا الصفحة الحية")
    assert viewer.windowTitle() == "نسخة مؤرشفة"
    assert web.base + "/news/1" in viewer.banner.text()
    viewer.close()


def test_an_altered_capture_is_not_shown_as_the_page_and_says_why(window, qtbot, web):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/news/1")
    qtbot.waitUntil(lambda: not window.claim_actions.capturing, timeout=30_000)
    (src,) = window.wb.claim(claim.id).sources
    (cap,) = src.captures
    data = window.wb.store.capture_data(cap.id) or b""
    conn = window.wb.store.db.conn
    conn.execute("UPDATE captures SET data = ? WHERE id = ?", [data[:-1] + bytes([data[-1] ^ 1]), cap.id])
    conn.commit()
    viewer = window.claim_actions.view_capture(src.id)
    assert viewer is not None and "Archived copy" in viewer.banner.text()
    text = viewer.text.toPlainText()
    assert "cannot be shown" in text and "no longer matches its SHA-256" in text
    assert pages.ARTICLE_PARAGRAPHS[0][:30] not in text and viewer.image_labels == []
    viewer.close()


def test_the_editor_opens_the_archived_copy_from_the_review_queue(window, qtbot, web):
    """A tester's editor could only reach the live page from the queue (and no browser was
    there): the queue links each captured source's archived copy, shown over the queue."""
    from workbench.services.review import Review
    from workbench.ui.capture_dialogs import CaptureViewer

    from .helpers import when_modal

    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    add_with_capture(window, claim.id, web.base + "/news/1")
    qtbot.waitUntil(lambda: not window.claim_actions.capturing, timeout=30_000)
    window.set_verdict(claim.id, "true", "بيان رسمي")
    Review(window.wb).submit(claim.id)
    Review(window.wb).add_user("sara", "editor")
    window.wb.user = "sara"
    seen = []

    def in_queue(dialog):
        html = dialog.sources_view.toHtml()
        assert "capture:" in html and "View the archived copy" in html
        src = window.wb.claim(claim.id).sources[-1]
        from PySide6.QtCore import QUrl

        dialog.sources_view.anchorClicked.emit(QUrl(f"capture:{src.id}"))  # the link clicked
        viewers = [w for w in dialog.findChildren(CaptureViewer) if w.isVisible()]
        seen.append(len(viewers))
        for v in viewers:
            v.close()
        dialog.reject()

    when_modal(in_queue)
    window.review_actions.open_queue()
    assert seen == [1]
