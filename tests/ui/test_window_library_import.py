"""Bringing articles in from the main window: library, import by drop or paste, and bidi
controls that never reorder what the checker reads."""

from PySide6.QtCore import QMimeData, QUrl

from .helpers import when_modal


def test_dropped_file_is_imported_and_opened(window, qtbot, tmp_path):
    article = tmp_path / "report.txt"
    article.write_text("تقرير جديد\n\nقال الوزير إن 12 مدنيًا أصيبوا في القصف.", encoding="cp1256")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    before = len(window.wb.articles())

    def wait_for_import(dialog):
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)

    when_modal(wait_for_import)
    window.import_article(mime)
    assert len(window.wb.articles()) == before + 1
    assert window.article.title == "تقرير جديد"
    assert "12 مدنيًا" in window.article_view.toPlainText()
    assert "Read as Windows-1256." in window.statusBar().currentMessage()
    first = window.article_id
    when_modal(wait_for_import)  # the same file again: kept, and the checker is told
    window.import_article(mime)
    assert len(window.wb.articles()) == before + 2 and window.article_id != first
    assert "imported before (“تقرير جديد”); both copies are kept" in window.statusBar().currentMessage()


def test_library_opens_another_article(window, qtbot):
    from workbench.services import importing

    other = importing.import_text(window.wb, "مقال ثان\n\nنص المقال الثاني.", "مقال ثان").article_id

    def choose(dialog):
        dialog.articleChosen.emit(other)
        dialog.accept()

    when_modal(choose)
    window.act_open.trigger()
    assert window.article_id == other and window.claims_model.rowCount() == 0


def test_bidi_overrides_are_shown_not_obeyed(window, qtbot):
    from workbench.services import importing

    text = "عنوان\n\nالرقم \u202e12345\u202c في النص.\x1b[2J"
    article_id = importing.import_text(window.wb, text, "عنوان \u202eمقلوب").article_id
    window.open_article(article_id)
    shown = window.article_view.toPlainText()
    assert "\u202e" not in shown and "◆12345◆" in shown and "\x1b" not in shown
    assert "\u202e" not in window.windowTitle() and "◆مقلوب" in window.windowTitle()
    assert len(shown) == len(window.article.text)  # offsets unchanged
    assert "direction controls" in window.statusBar().currentMessage()


def test_library_renames_and_deletes_as_undo_steps(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from workbench.services.review import Review
    from workbench.ui.library_view import ID_ROLE, TITLE

    sample = window.article_id
    old_title = window.article.title
    n_claims = len(window.wb.claims(sample))
    seen = {}

    def select_sample(dialog):
        row = next(r for r in range(dialog.proxy.rowCount())
                   if dialog.proxy.index(r, TITLE).data(ID_ROLE) == sample)
        dialog.view.setCurrentIndex(dialog.proxy.index(row, TITLE))
        dialog.view.setFocus()

    def rename_then_delete(dialog):
        assert dialog.ops is window.ops
        select_sample(dialog)

        def type_title(prompt):
            seen["prompt"] = prompt.textValue()
            prompt.setTextValue("عنوان جديد")
            prompt.accept()

        when_modal(type_title)
        qtbot.keyClick(dialog.view, Qt.Key_F2)
        assert dialog.proxy.index(0, TITLE).data() == "عنوان جديد" or any(
            dialog.proxy.index(r, TITLE).data() == "عنوان جديد" for r in range(dialog.proxy.rowCount()))
        select_sample(dialog)

        def confirm(box):
            seen["question"] = box.text()
            box.button(QMessageBox.StandardButton.Yes).click()

        when_modal(confirm)
        qtbot.keyClick(dialog.view, Qt.Key_Delete)
        seen["rows_after"] = dialog.proxy.rowCount()
        dialog.reject()

    when_modal(rename_then_delete)
    window.act_open.trigger()
    assert seen["prompt"] == old_title
    assert "“عنوان جديد”" in seen["question"] and f"Its {n_claims} claims go with it" in seen["question"]
    assert seen["rows_after"] == 0
    assert window.wb.store.article(sample) is None and window.article_id is None
    assert window.claims_model.rowCount() == 0 and window.article_view.toPlainText() == ""
    assert Review(window.wb).check().ok
    assert window.undo_stack.count() == 2

    window.undo()  # the deletion: the article comes back with its claims, and is shown
    assert window.article_id == sample and window.claims_model.rowCount() == n_claims
    assert window.article.title == "عنوان جديد"
    assert Review(window.wb).check().ok
    window.undo()  # the rename
    assert window.wb.article(sample).title == old_title and window.article.title == old_title
    window.redo()
    window.redo()
    assert window.wb.store.article(sample) is None and Review(window.wb).check().ok
