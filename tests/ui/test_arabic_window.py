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
    # the article, then which desk and which login (File ▸ Open desk…)
    assert titles and titles[-1] == f"{window.article.title} — workbench.sqlite (as {window.wb.user})"
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


def test_checked_before_speaks_the_interface_language_and_shows_the_state(arabic, qtbot):
    from PySide6.QtCore import Qt

    from workbench.core.arabic import has_arabic
    from workbench.core.spans import locate
    from workbench.ui.checked_before import CheckedBeforePanel

    wb = arabic.wb
    other = importing.import_text(
        wb, "خبر سابق\n\nأعلنت باكو أن أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمين في كاراباخ.", "خبر سابق").article_id
    s, e = locate(wb.article(other).text, "أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمين في كاراباخ")
    wb.add_claim(other, s, e)  # no verdict yet
    target = next(c for c in wb.claims(arabic.article.id) if "شرطيين" in c.quote)
    panel = CheckedBeforePanel()
    qtbot.addWidget(panel)
    panel.set_language("ar")
    with qtbot.waitSignal(panel.similarChanged, timeout=10000):
        panel.set_claim(wb, target.id)
    model = panel.model
    verdict, state = model.index(0, 1).data(), model.index(0, 4).data()
    assert verdict == QCoreApplication.translate("SimilarModel", "No verdict yet") and has_arabic(verdict)
    assert state == QCoreApplication.translate("ClaimsModel", "Draft") and has_arabic(state)
    assert has_arabic(model.headerData(4, Qt.Orientation.Horizontal))
    assert panel.status.text() == "تُحقق منه من قبل في مقال آخر واحد"


def test_bundle_report_counts_use_arabic_plurals(arabic):
    def tr(text, n):
        return QCoreApplication.translate("ReviewActions", text, "", n)

    assert tr("%n event(s) imported", 1) == "استُورد حدث واحد"
    assert tr("%n event(s) imported", 2) == "استُورد حدثان"
    assert tr("%n event(s) imported", 25) == "استُورد 25 حدثًا"
    assert tr("%n claim(s) added", 3) == "أُضيفت 3 ادعاءات"


def test_the_library_count_is_english_singular_then_plural(window):
    """In English too the count takes its plural form from workbench_en.qm: no "(s)"."""
    from workbench.ui.library_view import LibraryDialog

    dialog = LibraryDialog(window, window.wb)
    assert dialog.count.text() == "1 of 1 article"
    importing.import_text(window.wb, "Another article\n\nText.", "Another")
    dialog.refresh()
    assert dialog.count.text() == "2 of 2 articles"
    assert QCoreApplication.translate("CheckedBeforePanel", "Checked before in %n other article(s)", "", 1) \
        == "Checked before in 1 other article"


def test_export_and_saved_files_counts_use_arabic_plurals(arabic):
    def tr(context, text, n):
        return QCoreApplication.translate(context, text, "", n)

    assert tr("ExportDialog", "Exported %n claim(s) to %1", 1) == "صُدِّر ادعاء واحد إلى %1"
    assert tr("ExportDialog", "Exported %n claim(s) to %1", 2) == "صُدِّر ادعاءان إلى %1"
    assert tr("ExportDialog", "Exported %n claim(s) to %1", 7) == "صُدِّرت 7 ادعاءات إلى %1"
    assert tr("ReviewQueueDialog", "Saved %n file(s) to %1", 11) == "حُفظ 11 ملفًا في %1"
    assert tr("ClaimActions", "Saved %n file(s) to %1", 100) == "حُفظ 100 ملف في %1"
    assert tr("ProposalsPanel", "%n proposed claim(s), %1 of them not claims yet", 3).startswith("3 ادعاءات مقترحة")


def test_the_password_placeholder_keeps_its_path_left_to_right(arabic):
    """"~/.pgpass" read "pgpass.~/" inside the Arabic placeholder (a tester): it is isolated."""
    from workbench.ui.open_desk import OpenDeskDialog

    dialog = OpenDeskDialog(arabic)
    text = dialog.password.placeholderText()
    assert "\u2066~/.pgpass\u2069" in text and "PGPASSWORD" in text
    dialog.deleteLater()
