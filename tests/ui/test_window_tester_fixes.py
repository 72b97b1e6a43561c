"""What a tester found in the window (accepted proposal off screen, mixed text laid out
backwards in item views, the proposals count, a stale title, the queue's width), each driven
by a person's action."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from workbench.services import proposals


@pytest.fixture
def arabic(window):
    window.act_arabic.trigger()
    yield window
    window.act_english.trigger()


def _span_on_screen(view, start: int, end: int) -> bool:
    """Both ends of the span are inside the reader's viewport."""
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(view._index.to_utf16(start))
    last.setPosition(view._index.to_utf16(end))
    area = view.viewport().rect()
    return area.contains(view.cursorRect(first).center()) and area.contains(view.cursorRect(last).center())


def _row_of(panel, proposal_id: str) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).id == proposal_id)


def test_an_accepted_proposal_is_selected_and_centred_in_the_reader(arabic, qtbot):
    window = arabic
    proposals.propose(window.wb, window.article_id)  # as `workbench suggest` leaves them
    window.resize(1024, 680)
    window.show_panel("proposals")
    panel = window.panel("proposals")
    qtbot.waitUntil(lambda: window.width() <= 1024 and panel.model.rowCount() > 0)
    wanted = next(p for p in panel.model.rows() if p.quote.startswith("وأضافت أنها مستعدة"))
    assert not wanted.covered_by
    # the proposals after it in the list: the reader went to the next one
    assert panel.model.rowCount() > _row_of(panel, wanted.id) + 1
    window.article_view.verticalScrollBar().setValue(0)  # the reader at the top, as opened
    panel.view.setCurrentIndex(panel.model.index(_row_of(panel, wanted.id), 1))
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    claim = window.claim_panel.claim
    assert claim is not None and (claim.start, claim.end) == (wanted.start, wanted.end)
    assert window.claims_model.claim_at(window.claims_view.currentIndex().row()).id == claim.id
    view = window.article_view
    assert view.textCursor().selectionStart() == view._index.to_utf16(claim.start)
    assert _span_on_screen(view, claim.start, claim.end)
    # centred as F8 centres a claim
    first = QTextCursor(view.document())
    first.setPosition(view._index.to_utf16(claim.start))
    last = QTextCursor(view.document())
    last.setPosition(view._index.to_utf16(claim.end))
    middle = (view.cursorRect(first).top() + view.cursorRect(last).bottom()) / 2
    bar = view.verticalScrollBar()
    if 0 < bar.value() < bar.maximum():
        assert abs(middle - view.viewport().height() / 2) <= view.cursorRect(first).height()


def test_accepting_the_last_proposal_far_down_shows_its_claim(window, qtbot):
    proposals.propose(window.wb, window.article_id)
    window.resize(1024, 680)
    window.show_panel("proposals")
    panel = window.panel("proposals")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 1)
    free = [p for p in panel.model.rows() if not p.covered_by]
    last = max(free, key=lambda p: p.start)  # the furthest down the article
    window.article_view.verticalScrollBar().setValue(0)
    panel.view.setCurrentIndex(panel.model.index(_row_of(panel, last.id), 1))
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    claim = window.claim_panel.claim
    assert claim is not None and (claim.start, claim.end) == (last.start, last.end)
    assert _span_on_screen(window.article_view, claim.start, claim.end)


def test_the_proposals_count_shows_for_stored_proposals_in_either_language(window, qtbot):
    proposals.propose(window.wb, window.article_id)  # made earlier (`workbench suggest`)
    window.show_panel("proposals")  # nothing is scored now: the stored proposals are listed
    panel = window.panel("proposals")
    assert not panel.is_busy()
    n = panel.model.rowCount()
    fresh = sum(1 for p in panel.model.rows() if not p.covered_by)
    assert n > 2
    assert panel.status.text() == f"{n} proposed claims, {fresh} of them not claims yet"
    window.act_arabic.trigger()
    try:
        # Arabic, with its plural form for n (3–10: "%n ادعاءات مقترحة", 11 and more: "%n ادعاءً مقترحًا")
        form = "ادعاءات مقترحة" if 3 <= n % 100 <= 10 else "مقترح"
        text = panel.status.text()
        assert f"{n} {form}" in text and f"ما ليس منها ادعاءً بعد: {fresh}" in text, text
        assert "proposed" not in text
        # accepting one: the line counts again, still in Arabic
        panel.view.setCurrentIndex(panel.model.index(
            next(r for r in range(n) if not panel.model.row_at(r).covered_by), 1))
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
        assert f"ما ليس منها ادعاءً بعد: {fresh - 1}" in panel.status.text()
    finally:
        window.act_english.trigger()
    assert panel.status.text() == f"{n - 1} proposed claims, {fresh - 1} of them not claims yet"


def _answer(value: str, answers: list[str]):
    """Answer the next input dialog with ``value``, as a person types it and presses OK."""
    from tests.ui.helpers import when_modal

    def fill(dialog):
        answers.append(dialog.windowTitle())
        dialog.setTextValue(value)
        dialog.accept()

    when_modal(fill)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_title_names_the_new_user_after_a_change_of_user(window, qtbot, language):
    from workbench.services.review import Review

    Review(window.wb).add_user("sara", "checker")
    if language == "ar":
        window.act_arabic.trigger()
    try:
        before = window.windowTitle()
        assert "alice" in before and "sara" not in before
        asked: list[str] = []
        _answer("sara", asked)
        window.review_actions.change_user()  # Review ▸ Change user → sara
        assert asked and window.wb.user == "sara"
        assert "sara" in window.user_label.text()
        title = window.windowTitle()
        assert "sara" in title and "alice" not in title
        where = "(باسم sara)" if language == "ar" else "(as sara)"
        assert where in title
    finally:
        window.act_english.trigger()


def test_the_review_queue_opens_within_the_screen(window, qtbot):
    from tests.ui.helpers import when_modal

    free = window.screen().availableGeometry()
    seen: list = []

    def measure(dialog):
        seen.append((dialog.objectName() or type(dialog).__name__, dialog.frameGeometry()))
        dialog.reject()

    when_modal(measure)
    window.act_queue.trigger()  # Review ▸ Review queue… (Ctrl+R)
    assert seen and seen[0][0] == "ReviewQueueDialog"
    geometry = seen[0][1]
    assert geometry.width() <= free.width() and geometry.height() <= free.height()
    assert free.width() < 1100  # the offscreen screen is smaller than the size it asks for


MIXED = "Mixed: the ministry said ٢٠ civilians 😢 left via the Lachin corridor."
ARABIC = "قالت الوزارة إن ٢٠ مدنيًا غادروا عبر ممر لاتشين."


def _cell_option(view, index):
    """The style option the view's delegate paints the cell with (as the view starts it)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option


def _statement_cell(window, statement: str):
    claim = window.claims_model.claim_at(0)
    window.select_claim(claim.id)
    window.edit_statement(claim.id, statement)  # the person's edit, one step through Ops
    row = window.claims_model.row_of(claim.id)
    index = window.claims_model.index(row, 1)
    assert window.claims_model.data(index) == statement
    return index


@pytest.mark.parametrize(("language", "statement", "ui", "own"), [
    ("ar", MIXED, Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight),
    ("en", ARABIC, Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft),
])
def test_the_checklist_lays_each_statement_out_in_its_own_direction(window, qtbot, language, statement, ui, own):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle

    if language == "ar":
        window.act_arabic.trigger()
    try:
        view = window.claims_view
        assert view.layoutDirection() == ui
        index = _statement_cell(window, statement)
        option = _cell_option(view, index)
        assert option.text == statement
        assert option.direction == own  # not the interface's direction
        # aligned to the text's own leading side: left for English, right for Arabic
        shown = QStyle.visualAlignment(option.direction, option.displayAlignment)
        side = Qt.AlignmentFlag.AlignLeft if own == Qt.LayoutDirection.LeftToRight else Qt.AlignmentFlag.AlignRight
        assert shown & side
        # the row renders with it (the delegate paints what it measured)
        image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        option.rect = image.rect()
        view.itemDelegateForIndex(index).paint(painter, option, index)
        painter.end()
        assert any(image.pixel(x, y) != 0xFFFFFFFF for x in range(image.width()) for y in range(image.height()))
        # a statement with no strong letter keeps the interface's direction
        index = _statement_cell(window, "٢٠٢٣ 😢")
        assert _cell_option(view, index).direction == ui
    finally:
        window.act_english.trigger()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_proposals_list_lays_each_sentence_out_in_its_own_direction(window, qtbot, language):
    from workbench.services import importing

    article = importing.import_text(window.wb, f"Mixed news\n\n{MIXED}\n\n{ARABIC}", "Mixed news").article_id
    proposals.propose(window.wb, article)
    window.open_article(article)
    if language == "ar":
        window.act_arabic.trigger()
    try:
        window.show_panel("proposals")
        panel = window.panel("proposals")
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and not panel.is_busy(), timeout=60_000)
        for row in range(panel.model.rowCount()):
            p = panel.model.row_at(row)
            option = _cell_option(panel.view, panel.model.index(row, 1))
            expected = (Qt.LayoutDirection.RightToLeft if p.quote.startswith("قالت")
                        else Qt.LayoutDirection.LeftToRight)
            assert option.direction == expected, p.quote
    finally:
        window.act_english.trigger()


def test_qt_file_dialog_words_are_arabic(arabic, qtbot, tmp_path):
    """The words qtbase_ar.qm lacks for Qt 6's file dialog come from our translation."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    from workbench.core.arabic import has_arabic
    from workbench.ui.qt_words import qt_words

    assert all(has_arabic(word) for word in qt_words())
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(arabic, "x", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on Linux
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "ا&بحث في:"
    assert labels["fileTypeLabel"] == "الملفّات من ال&نّوع:"
    assert has_arabic(labels["fileNameLabel"])  # from qtbase_ar.qm, as before
    tree = dialog.findChild(QTreeView)
    model = tree.model()

    def folder_type():
        root = tree.rootIndex()
        rows = [model.index(r, 0, root) for r in range(model.rowCount(root))]
        kinds = [model.index(i.row(), 2, root).data() for i in rows if i.data() == "folder"]
        return kinds[0] if kinds else None

    qtbot.waitUntil(lambda: folder_type() is not None)
    assert folder_type() == "مجلّد"
    dialog.close()


def test_every_item_view_of_claim_or_source_text_follows_the_text(arabic, qtbot, tmp_path):
    """In the Arabic window, an English article's title, its claim and its source read left
    to right in the review queue, the library, the sources table and the search results."""
    from tests.ui.helpers import when_modal
    from workbench.services import importing
    from workbench.services.review import Review
    from workbench.ui.library_view import LibraryDialog
    from workbench.ui.search_panel import MARKS_ROLE, SNIPPET, TITLE, marked_document

    window, wb = arabic, arabic.wb
    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    article = importing.import_text(wb, f"Mixed news\n\n{MIXED}", "Mixed news").article_id
    text = wb.article(article).text
    start = text.index(MIXED)
    claim_id = wb.add_claim(article, start, start + len(MIXED), MIXED).claim.id
    wb.set_verdict(claim_id, "mostly-true", "بيان الوزارة")
    wb.add_source(claim_id, "https://example.org/a", "Ministry statement", "Reuters")
    Review(wb).submit(claim_id)
    window.open_article(article)
    window.select_claim(claim_id)

    # the claim panel's sources table: publisher and title
    sources = window.claim_panel.sources
    for column in (1, 2):
        assert _cell_option(sources, sources.model().index(0, column)).direction == ltr

    # the library: the English title left to right, the sample's Arabic one right to left
    library = LibraryDialog(window, wb)
    qtbot.addWidget(library)
    titles = {}
    for row in range(library.proxy.rowCount()):
        index = library.proxy.index(row, 0)
        titles[index.data()] = _cell_option(library.view, index).direction
    assert titles["Mixed news"] == ltr
    assert rtl in titles.values()
    library.close()

    # the review queue: the claim and the article's title
    seen = []

    def check(dialog):
        try:
            row = next(r for r in range(dialog.model.rowCount()) if dialog.model.item_at(r).claim.id == claim_id)
            seen.append([_cell_option(dialog.table, dialog.model.index(row, c)).direction for c in (2, 4)])
        finally:
            dialog.accept()

    when_modal(check)
    window.act_queue.trigger()
    assert seen == [[ltr, ltr]]

    # the search results: the title cell and the snippet's document
    window.show_panel("search")
    search = window.panel("search")
    search.box.setText("ministry")
    search.run_query()
    qtbot.waitUntil(lambda: not search.is_busy() and search.model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(search.model.rowCount()) if search.model.index(r, TITLE).data() == "Mixed news")
    assert _cell_option(search.view, search.model.index(row, TITLE)).direction == ltr
    snippet, marks = search.model.index(row, SNIPPET).data(MARKS_ROLE)
    doc = marked_document(snippet, marks, search.view.font())
    assert doc.defaultTextOption().textDirection() == ltr
