"""The window in Arabic: its title's application name, Qt's own words, the library's count."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from workbench.services import importing


@pytest.fixture
def arabic(window):
    window.act_arabic.trigger()
    yield window
    window.act_english.trigger()


def test_the_title_names_the_application_in_arabic(arabic, qtbot):
    window = arabic
    assert QApplication.applicationDisplayName() == "منضدة التحقق"
    titles: list[str] = []
    window.windowHandle().windowTitleChanged.connect(titles.append)
    # the title is sent again after a switch (Qt adds the display name only when it changes)
    window.act_english.trigger()
    assert QApplication.applicationDisplayName() == "Workbench"
    assert titles and titles[-1] == window.article.title
    window.act_arabic.trigger()
    assert QApplication.applicationDisplayName() == "منضدة التحقق"


def test_qt_own_dialog_words_are_arabic(arabic):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    assert QCoreApplication.translate("QFileDialog", "Open") != "Open"


def test_the_library_count_agrees_with_its_number(arabic):
    from workbench.ui.library_view import LibraryDialog

    dialog = LibraryDialog(arabic, arabic.wb)
    assert dialog.count.text() == "1 من مقال واحد"
    importing.import_text(arabic.wb, "مقال آخر\n\nنص.", "مقال آخر")
    dialog.refresh()
    assert dialog.count.text() == "2 من مقالين"
    for i in range(3):
        importing.import_text(arabic.wb, f"مقال {i}\n\nنص رقم {i}.", f"مقال {i}")
    dialog.refresh()
    assert dialog.count.text() == "5 من 5 مقالات"
    dialog.close()
