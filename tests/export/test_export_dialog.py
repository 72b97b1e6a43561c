"""File ▸ Export, driven as a person would: format, states, preview, file, progress."""

import csv
import io
import json

from PySide6.QtCore import Qt

from workbench.ui.export_dialog import ExportDialog

from .conftest import APPROVED


def pick(dialog, key):
    dialog.format.setCurrentIndex(dialog.format.findData(key))


def test_preview_follows_the_states_choice(qtbot, wb, sample, checked):
    dialog = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(dialog)
    pick(dialog, "csv")
    approved = [c.id for i, c in enumerate(checked) if i in APPROVED]
    assert dialog.included_claim_ids() == approved
    dialog.all_states.setChecked(True)
    assert dialog.included_claim_ids() == [c.id for c in checked]
    last = dialog.preview.topLevelItem(len(checked) - 1)
    assert (last.text(0), last.text(1), last.text(2)) == ("no verdict", "Draft", checked[-1].quote)
    first = dialog.preview.topLevelItem(0)
    # the verdict in the dialog's language (English here); the Arabic the file carries in its tooltip
    rating = wb.scale.get(checked[0].rating)
    assert (first.text(0), first.text(1)) == (rating.label("en"), "Approved")
    assert rating.label_ar in first.toolTip(0)
    pick(dialog, "claimreview")  # unrated claims cannot be published as ClaimReview
    assert dialog.included_claim_ids() == [c.id for c in checked if c.rating]
    assert dialog.org_box.isVisibleTo(dialog)
    assert not dialog.export_button.isEnabled()  # no file chosen yet


def test_export_runs_off_the_gui_thread_and_writes_the_file(qtbot, wb, sample, checked, tmp_path):
    dialog = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(dialog)
    pick(dialog, "csv")
    dialog.path.setText(str(tmp_path / "desk.csv"))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    path, count = blocker.args
    assert count == len(APPROVED) and dialog.progress.value() == dialog.progress.maximum()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "desk.csv").read_text(encoding="utf-8-sig"))))
    assert [r["claim_id"] for r in rows] == dialog.included_claim_ids()
    # the next export starts where this one left off: format and file
    again = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(again)
    assert again.format_key == "csv" and again.path.text() == str(tmp_path / "desk.csv")
    # ... and never replaces that file without asking
    from tests.ui.helpers import when_modal

    before = (tmp_path / "desk.csv").read_bytes()
    asked = []
    when_modal(lambda box: (asked.append(box.text()), box.reject()))
    with qtbot.assertNotEmitted(again.exported, wait=300):
        again.start()
    assert asked and "already exists" in asked[0] and (tmp_path / "desk.csv").read_bytes() == before


def test_claimreview_saves_the_organisation_and_reports_errors(qtbot, wb, sample, checked, tmp_path):
    dialog = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(dialog)
    pick(dialog, "claimreview")
    dialog.org_url.setText("factcheck.example")
    dialog.path.setText(str(tmp_path / "r.jsonld"))
    with qtbot.waitSignal(dialog.failed, timeout=5000) as blocker:
        dialog.export_button.click()
    assert "http" in blocker.args[0] and "http" in dialog.status.text()
    assert not (tmp_path / "r.jsonld").exists()
    dialog.org_name.setText("Desk")
    dialog.org_url.setText("https://desk.example")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_button.click()
    assert wb.setting("export.org_url") == "https://desk.example"
    doc = json.loads((tmp_path / "r.jsonld").read_text(encoding="utf-8"))
    assert doc["@graph"][0]["author"]["name"] == "Desk"
    dialog.path.setText(str(tmp_path / "missing" / "r.jsonld"))
    with qtbot.waitSignal(dialog.failed, timeout=20000) as blocker:
        dialog.export_button.click()
    assert "folder does not exist" in blocker.args[0]


def test_no_approved_claims_disables_export(qtbot, wb, sample):
    dialog = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(dialog)
    dialog.path.setText("/tmp/x.md")
    # the window's own words (its checkbox), not the command line's option or an article id
    assert dialog.preview.topLevelItemCount() == 0 and "Include claims not yet approved" in dialog.summary.text()
    assert "--all-states" not in dialog.summary.text() and sample.id not in dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def test_open_and_show_in_folder_after_an_export(qtbot, wb, sample, checked, tmp_path):
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    dialog = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_button.isVisible() and not dialog.folder_button.isVisible()
    assert dialog.file_url().isEmpty()
    pick(dialog, "csv")
    target = tmp_path / "out" / "desk.csv"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.open_button.isVisible() and dialog.open_button.isEnabled()
    assert dialog.folder_button.isVisible() and dialog.folder_button.isEnabled()
    assert dialog.file_url() == QUrl.fromLocalFile(str(target))
    assert dialog.folder_url() == QUrl.fromLocalFile(str(target.parent))

    class Catch(QObject):  # file: URLs come here instead of to a program of the system
        def __init__(self):
            super().__init__()
            self.urls = []

        @Slot(QUrl)
        def take(self, url):
            self.urls.append(url)

    catch = Catch()
    QDesktopServices.setUrlHandler("file", catch, "take")
    try:
        qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
        qtbot.mouseClick(dialog.folder_button, Qt.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catch.urls == [dialog.file_url(), dialog.folder_url()]


def test_the_desks_time_stamping_authority_is_shown(qtbot, wb, sample, tsa):
    from workbench.services.timestamp import set_tsa

    dialog = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(dialog)
    assert "no trusted time" in dialog.tsa_label.text()
    set_tsa(wb, tsa.url)
    again = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(again)
    assert again.tsa_label.text() == f"\u2066{tsa.url}\u2069"
    assert again.tsa_label.isVisibleTo(again)
def test_claimreview_gaps_are_said_before_and_after_exporting(qtbot, wb, sample, checked, tmp_path):
    """The sample article has no publisher and no address: the dialog says what the ClaimReview
    will lack (as the command line's notes do), in English and in Arabic."""
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import translations_of

    dialog = ExportDialog(None, wb, sample.id)
    qtbot.addWidget(dialog)
    dialog.show()
    pick(dialog, "csv")
    assert not dialog.gaps.isVisible()  # only ClaimReview has these fields
    pick(dialog, "claimreview")
    assert dialog.gaps.isVisible()
    said = dialog.gaps.text()
    assert said.count("\n") == 0 and sample.title[:20] in said
    assert "itemReviewed.author" in said and "appearance.url" in said
    dialog.org_name.setText("Desk")
    dialog.org_url.setText("https://desk.example")
    dialog.path.setText(str(tmp_path / "r.jsonld"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.status.text().splitlines()[1:] == [said]  # said again beside "Exported…"
    # in Arabic, from a dialog opened after the switch
    translations = translations_of(QApplication.instance())
    translations.set_language("ar")
    try:
        arabic = ExportDialog(None, wb, sample.id)
        qtbot.addWidget(arabic)
        pick(arabic, "claimreview")
        assert arabic.gaps.text().startswith("لا يذكر ClaimReview") and "appearance.url" in arabic.gaps.text()
    finally:
        translations.set_language("en")


def test_claimreview_gaps_name_only_what_is_missing(qtbot, wb, sample, checked):
    text = wb.article(sample.id).text
    other = wb.add_article("منشور", text, url="https://news.example/a").article_id
    claim = wb.add_claim(other, 0, 5).claim
    wb.set_verdict(claim.id, "false", "لا دليل")
    dialog = ExportDialog(None, wb, other)
    qtbot.addWidget(dialog)
    dialog.all_states.setChecked(True)
    pick(dialog, "claimreview")
    assert "itemReviewed.author" in dialog.gaps.text() and "appearance.url" not in dialog.gaps.text()
