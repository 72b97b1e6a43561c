"""A checker's session through the real widgets, over the real database."""

import json
import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.core.spans import locate
from workbench.services import open_workbench
from workbench.ui.claim_panel import SourceDialog


def _select_text(win, quote):
    start, end = locate(win.article.text, quote)
    win.article_view.select_span(start, end)
    return start, end


def test_sample_opens_with_its_claims_highlighted(window):
    assert window.article.title.startswith("سنواصل العملية العسكرية")
    claims = window.claims_model.claims()
    assert len(claims) >= 10 and window.claims_model.rowCount() == len(claims)
    assert any("أربعة شرطيين" in c.quote for c in claims)
    # every claim's span carries its highlight format in the document layout
    doc = window.article_view.document()
    claim = next(c for c in claims if "يفلاخ" in c.quote)
    block = doc.findBlock(claim.start)
    formats = block.layout().formats()
    offset = claim.start - block.position()
    assert any(f.start <= offset < f.start + f.length and f.format.background().style() != Qt.BrushStyle.NoBrush
               for f in formats)
    assert "0 of" in window.progress_label.text()


def test_clicking_a_claim_selects_its_span_and_back(window, qtbot):
    claims = window.claims_model.claims()
    target = next(c for c in claims if "يفلاخ" in c.quote)
    row = window.claims_model.row_of(target.id)
    rect = window.claims_view.visualRect(window.claims_model.index(row, 1))
    qtbot.mouseClick(window.claims_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.claim_panel.claim.id == target.id
    assert window.article_view.textCursor().selectedText() == target.quote
    # now click inside another claim's highlighted text
    other = next(c for c in claims if "ممرات" in c.quote)
    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(other.start + 3)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.claim_panel.claim.id == other.id
    assert window.claims_view.currentIndex().row() == window.claims_model.row_of(other.id)


def test_new_claim_from_selection_with_shortcut_and_undo(window, qtbot, db_path):
    before = len(window.claims_model.claims())
    _select_text(window, "الجيب الجبلي الانفصالي")
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.claims_model.claims()) == before + 1
    new = window.claim_panel.claim
    assert new.quote == "الجيب الجبلي الانفصالي"
    # type the statement; leaving the field saves it
    window.claim_panel.statement.setFocus()
    # QTest cannot type non-ASCII keys; the text arrives as an input method would deliver it
    window.claim_panel.statement.insertPlainText("الانفصاليون يسيطرون على جيب جبلي")
    window.claims_view.setFocus()
    qtbot.waitUntil(lambda: window.wb.claim(new.id).statement == "الانفصاليون يسيطرون على جيب جبلي")
    # undo the statement, then the claim itself; redo brings both back with the same id
    window.undo_stack.undo()
    assert window.wb.claim(new.id).statement == ""
    window.undo_stack.undo()
    assert len(window.wb.claims(window.article_id)) == before
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert window.wb.claim(new.id).statement == "الانفصاليون يسيطرون على جيب جبلي"
    assert window.claims_model.row_of(new.id) >= 0


def test_selection_snaps_to_whole_words(window, qtbot):
    text = window.article.text
    start, end = locate(text, "مدنيَّين")
    # a selection ending between the ي and its marks is widened to the whole word
    window.article_view.select_span(start + 1, start + 4)
    window.new_claim_from_selection()
    assert window.claim_panel.claim.quote == "ومدنيَّين"  # the word as written, with its و


def test_empty_selection_explains_itself(window, qtbot):
    cursor = window.article_view.textCursor()
    cursor.clearSelection()
    window.article_view.setTextCursor(cursor)
    before = len(window.claims_model.claims())
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, answer)
    window.new_claim_from_selection()
    assert seen and "Select the words" in seen[0]
    assert len(window.claims_model.claims()) == before


def test_verdict_source_with_file_then_reopen(window, qtbot, db_path, tmp_path):
    claim = next(c for c in window.claims_model.claims() if "أربعة شرطيين" in c.quote)
    window.select_claim(claim.id)
    panel = window.claim_panel
    # Alt+6 picks the sixth rating (false); type a rationale; Ctrl+Enter saves
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert panel.rating.currentData() == "false"
    panel.rationale.setFocus()
    panel.rationale.insertPlainText("لم تُسجَّل أي تفجيرات")
    qtbot.keyClick(panel.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.wb.claim(claim.id).rating == "false"
    assert "1 of" in window.progress_label.text()
    assert "saved" in window.save_label.text()

    evidence = tmp_path / "police-statement.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence bytes")
    dialog = SourceDialog(window)
    dialog.url.setText("https://mia.gov.az/news/1")
    dialog.capture.setChecked(False)  # a test never reaches a real site
    dialog.publisher.setText("وزارة الداخلية")
    dialog.published.setText("2023-09-19")
    dialog.stance.setCurrentIndex(0)
    dialog.add_file(str(evidence))
    QTimer.singleShot(0, dialog.accept)
    window.add_source(claim.id, dialog)
    assert window.claim_panel.sources_model.rowCount() == 1
    window.close()
    window.wb.close()

    # quit and reopen: all of it is there, and the CLI shows the same
    wb = open_workbench(db_path, "alice")
    again = wb.claim(claim.id)
    wb.close()
    assert again.rating == "false" and again.rationale == "لم تُسجَّل أي تفجيرات"
    (src,) = again.sources
    assert src.publisher == "وزارة الداخلية" and src.stance == "supports"
    assert src.files[0].name == "police-statement.pdf"
    out = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "claims", "--json"],
                         capture_output=True, text=True, encoding="utf-8", check=True).stdout
    cli = next(c for c in json.loads(out) if c["id"] == claim.id)
    assert cli["rating"] == "false" and cli["sources"][0]["files"][0]["sha256"] == src.files[0].sha256


def test_bad_source_keeps_the_dialog_and_what_was_typed(window, qtbot):
    claim = window.claims_model.claims()[0]
    dialog = SourceDialog(window)
    dialog.url.setText("not a url")
    dialog.publisher.setText("Kept")
    attempts = []

    def first_try():
        attempts.append(1)
        QTimer.singleShot(0, dismiss_error)
        dialog.accept()

    said = []

    def dismiss_error():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):  # closed before any assertion: a failure never hangs
            said.append(box.text())
            box.accept()
        QTimer.singleShot(0, dialog.reject)  # the dialog came back; give up this time

    QTimer.singleShot(0, first_try)
    window.add_source(claim.id, dialog)
    assert attempts and dialog.publisher.text() == "Kept"
    assert said and "http" in said[0]
    assert window.wb.claim(claim.id).sources == ()


def test_undo_verdict_and_source(window, qtbot, tmp_path):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    window.set_verdict(claim.id, "true", "one")
    window.set_verdict(claim.id, "misleading", "two")
    window.undo_stack.undo()
    assert window.wb.claim(claim.id).rating == "true"
    assert window.claim_panel.rating.currentData() == "true"
    window.undo_stack.redo()
    assert window.claims_model.claim_at(window.claims_model.row_of(claim.id)).rating == "misleading"
    # delete the claim and undo: it returns with the same id and verdict
    window.delete_claim()
    assert window.claims_model.row_of(claim.id) == -1
    window.undo_stack.undo()
    assert window.wb.claim(claim.id).rating == "misleading"


def test_arabic_interface_is_right_to_left(window, qtbot):
    window.act_arabic.trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menu_file.title() == "&ملف"
    assert window.claim_panel.save_verdict.text() == "حفظ الحكم"
    window.grab().save(str(window.wb.db_path) + ".ar.png")
    window.act_english.trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.menu_file.title() == "&File"


def test_edit_source_with_undo_and_save_files(window, qtbot, tmp_path):
    claim = window.claims_model.claims()[0]
    evidence = tmp_path / "scan.pdf"
    evidence.write_bytes(b"%PDF-1.4 scanned statement")
    change = window.wb.add_source(claim.id, "https://example.org/a", publisher="Old", files=[evidence])
    window.apply_change(change)
    window.select_claim(claim.id)
    src = change.claim.sources[0]
    dialog = SourceDialog(window)

    def edit():
        assert dialog.url.text() == "https://example.org/a"
        dialog.publisher.setText("New")
        dialog.accept()

    QTimer.singleShot(0, edit)
    window.edit_source(src.id, dialog)
    assert window.wb.source(src.id).publisher == "New"
    assert window.claim_panel.sources_model.index(0, 1).data() == "\u2068New\u2069"  # in its own direction
    window.undo_stack.undo()
    assert window.wb.source(src.id).publisher == "Old"
    out = tmp_path / "out"
    out.mkdir()
    window.save_attached_files(src.id, str(out))
    assert (out / "scan.pdf").read_bytes() == evidence.read_bytes()


def _background_at(window, position):
    block = window.article_view.document().findBlock(position)
    offset = position - block.position()
    for r in block.layout().formats():
        if r.start <= offset < r.start + r.length:
            return r.format.background().color().name()
    return None


def test_highlight_follows_the_verdict(window, qtbot):
    claim = next(c for c in window.claims_model.claims() if "يفلاخ" in c.quote)
    middle = (claim.start + claim.end) // 2
    before = _background_at(window, middle)
    window.set_verdict(claim.id, "false", "x")
    assert _background_at(window, middle) == window.wb.scale.get("false").color.lower() != before
    window.undo_stack.undo()
    assert _background_at(window, middle) == before


def test_source_dialog_labels_every_field_and_files_can_be_removed(window, qtbot):
    dialog = SourceDialog(window)
    qtbot.addWidget(dialog)
    labels = [label.text().replace("&", "") for label in dialog.labels]
    assert labels == ["URL", "Title", "Publisher", "Published", "Accessed", "Stance", "Excerpt", "Files"]
    assert all(label.buddy() is not None for label in dialog.labels)
    dialog.add_file("/tmp/one.pdf")
    dialog.add_file("/tmp/two.pdf")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.files.setCurrentRow(0)
    dialog.files.setFocus()
    qtbot.waitUntil(dialog.files.hasFocus)
    qtbot.keyClick(dialog.files, Qt.Key.Key_Delete)
    assert dialog.values()["files"] == ["/tmp/two.pdf"]
    dialog.files.setCurrentRow(0)
    dialog.unattach.click()
    assert dialog.values()["files"] == []


def test_errors_are_shown_in_the_interface_language(window, qtbot):
    from workbench.core.errors import InvalidInput
    from workbench.ui.errors import FSI, PDI, error_text

    from .helpers import when_modal

    claim = window.claims_model.claims()[0]
    seen = []

    def dismiss(box):
        seen.append(box.text())
        box.accept()

    window.act_arabic.trigger()
    when_modal(dismiss)
    window.set_verdict(claim.id, "nonsense", "")
    assert seen and "تقييم غير معروف" in seen[0] and f"{FSI}'nonsense'{PDI}" in seen[0]
    assert "unknown rating" not in seen[0]
    # the error's code chooses the sentence; its values are put in as they are, isolated
    assert error_text(InvalidInput("bundle.missing", path="/x.zip")).startswith("الحزمة")
    assert error_text(InvalidInput("file.not_a_file", path="/x.txt")) == f"{FSI}/x.txt{PDI} ليس ملفًا"
    window.act_english.trigger()
    when_modal(dismiss)
    window.set_verdict(claim.id, "nonsense", "")
    assert seen[1].endswith("unknown rating 'nonsense'; choose one of: " + ", ".join(window.wb.scale.keys))
    assert window.wb.claim(claim.id).rating is None


def test_undo_names_its_step_in_the_interface_language(window, qtbot):
    assert not window.act_undo.isEnabled() and window.act_undo.text() == "&Undo"
    claim = window.claims_model.claims()[0]
    window.set_verdict(claim.id, "false", "سبب")
    assert window.act_undo.isEnabled() and window.act_undo.text().startswith("&Undo ")
    window.act_arabic.trigger()
    assert window.act_undo.text().startswith("ترا&جع عن ")  # not Qt's own English "Undo"
    window.act_undo.trigger()
    assert window.wb.claim(claim.id).rating is None
    assert window.act_redo.isEnabled() and window.act_redo.text().startswith("إ&عادة ")
    window.act_english.trigger()


def test_opening_an_article_without_claims_clears_the_history(window, qtbot):
    from workbench.services import importing

    window.history_dock.show()
    window.select_claim(window.claims_model.claims()[0].id)
    assert window.history_view.tree.topLevelItemCount() > 0
    other = importing.import_text(window.wb, "مقال\n\nنص بلا ادعاءات.", "مقال").article_id
    window.open_article(other)
    assert window.history_view.tree.topLevelItemCount() == 0


def test_the_status_says_when_typing_is_not_saved_yet(window, qtbot):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    assert window.save_label.text().startswith("All changes saved")
    window.claim_panel.rationale.setFocus()
    qtbot.keyClicks(window.claim_panel.rationale, "reason")  # QTest types ASCII keys only
    assert window.save_label.text() == "Typing… saved when you leave the field"
    window.claim_panel.statement.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: window.wb.claim(claim.id).rationale == "reason", timeout=3000)
    assert window.save_label.text().startswith("All changes saved")
