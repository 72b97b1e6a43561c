"""LibraryDialog and ImportDialog with pytest-qt (offscreen), over a real database and a real
HTTP server on 127.0.0.1."""

import pytest
from PySide6.QtCore import Qt

from workbench.services import importing
from workbench.ui.import_dialog import FILE_TAB, TEXT_TAB, URL_TAB, ImportDialog
from workbench.ui.library_view import DATE, PROGRESS, TITLE, LibraryDialog

from . import pages
from .test_textio import ARABIC


@pytest.fixture
def library(wb, sample):
    """The sample (11 claims, 2 rated) and two imported articles without claims."""
    claims = wb.claims(sample.id)
    wb.set_verdict(claims[0].id, "false", "خطأ")
    wb.set_verdict(claims[1].id, "true", "صحيح")
    a = importing.import_text(wb, "Ministers met in Baku on Monday.", title="Baku meeting").article_id
    b = importing.import_text(wb, "نص \u202eمقلوب\u202c هنا", title="عنوان \u202eمقلوب\u202c").article_id
    return {"sample": sample.id, "baku": a, "bidi": b}


def _titles(dialog):
    return [dialog.proxy.index(r, TITLE).data() for r in range(dialog.proxy.rowCount())]


def test_library_lists_sorts_and_filters(qtbot, wb, library):
    dialog = LibraryDialog(None, wb)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.proxy.rowCount() == 3 and "3 of 3" in dialog.count.text()
    sample_row = next(r for r in range(3) if dialog.proxy.index(r, TITLE).data(Qt.UserRole + 1) == library["sample"])
    assert dialog.proxy.index(sample_row, PROGRESS).data() == f"2/{len(wb.claims(library['sample']))}"
    # Bidi overrides are shown as ◆ and cannot reorder the title.
    assert "عنوان ◆مقلوب◆" in _titles(dialog)
    assert not any("\u202e" in t for t in _titles(dialog))

    dialog.view.sortByColumn(PROGRESS, Qt.DescendingOrder)
    assert dialog.proxy.index(0, TITLE).data(Qt.UserRole + 1) == library["sample"]
    dialog.view.sortByColumn(PROGRESS, Qt.AscendingOrder)
    assert dialog.proxy.index(2, TITLE).data(Qt.UserRole + 1) == library["sample"]
    dialog.view.sortByColumn(TITLE, Qt.AscendingOrder)
    assert _titles(dialog)[0] == "Baku meeting"

    qtbot.keyClicks(dialog.filter, "baku")
    assert _titles(dialog) == ["Baku meeting"] and "1 of 3" in dialog.count.text()
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "ar")  # the language column matches too
    assert dialog.proxy.rowCount() == 2
    dialog.filter.clear()
    assert dialog.proxy.index(0, DATE).data()[:2] == "20"


def test_choosing_a_row_emits_the_article_id(qtbot, wb, library):
    dialog = LibraryDialog(None, wb)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.filter, "Baku")
    dialog.view.setCurrentIndex(dialog.proxy.index(0, TITLE))
    with qtbot.waitSignal(dialog.articleChosen, timeout=2000) as sig:
        qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    assert sig.args == [library["baku"]]
    assert not dialog.isVisible()


def _dialog(qtbot, wb, tab):
    dialog = ImportDialog(None, wb)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(tab)
    return dialog


def _import(qtbot, dialog, timeout=10000):
    with qtbot.waitSignal(dialog.imported, timeout=timeout) as sig:
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    return sig.args[0]


def test_import_dialog_file_url_and_text(qtbot, wb, tmp_path, server):
    path = tmp_path / "khabar.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    dialog = _dialog(qtbot, wb, FILE_TAB)
    dialog.path.setText(str(path))
    first = _import(qtbot, dialog)
    assert wb.article(first).text == ARABIC
    assert dialog.encoding == "Windows-1256" and "Read as Windows-1256." in dialog.status.text()
    again = tmp_path / "khabar-utf8.txt"  # the same text, other bytes: said, and both kept
    again.write_bytes(ARABIC.encode("utf-8"))
    dialog = _dialog(qtbot, wb, FILE_TAB)
    dialog.path.setText(str(again))
    assert _import(qtbot, dialog) != first and dialog.same_as == first
    assert "Read as UTF-8." in dialog.status.text() and "imported before" in dialog.status.text()

    dialog = _dialog(qtbot, wb, URL_TAB)
    dialog.url.setText(server.base + "/news/1")
    art = wb.article(_import(qtbot, dialog))
    assert pages.ARTICLE_PARAGRAPHS[2] in art.text and pages.COMMENT not in art.text

    dialog = _dialog(qtbot, wb, TEXT_TAB)
    dialog.title.setText("ملصق")
    dialog.text.setPlainText("نص ملصوق")
    art = wb.article(_import(qtbot, dialog))
    assert (art.title, art.text) == ("ملصق", "نص ملصوق")


def test_slow_fetch_runs_off_the_gui_thread_and_errors_show_in_the_dialog(qtbot, wb, server):
    server.route("/slowish", pages.arabic_news(), delay=0.8)
    before = [r.id for r in importing.library(wb)]
    dialog = _dialog(qtbot, wb, URL_TAB)
    dialog.url.setText(server.base + "/slowish")
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    # The event loop keeps running while the page is fetched: the busy bar is up.
    assert dialog.is_busy() and dialog.busy.isVisible() and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    assert not dialog.isVisible()

    dialog = _dialog(qtbot, wb, URL_TAB)
    dialog.url.setText(server.base + "/missing")
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)
    assert "404" in dialog.status.text() and dialog.isVisible()
    assert dialog.import_button.isEnabled() and not dialog.busy.isVisible()
    assert len(importing.library(wb)) == len(before) + 1  # only the slow page was added

    dialog.tabs.setCurrentIndex(FILE_TAB)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert "Choose a file" in dialog.status.text() and not dialog.is_busy()
