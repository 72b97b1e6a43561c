"""The reader: each paragraph in its own direction, claims distinct, a legend, the sources table."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

AR = "أعلنت باكو أن أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمَين في كاراباخ."
EN = "Mixed: the ministry said ٢٠ civilians 😢 left via the Lachin corridor."


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def x_of(view, position16: int) -> int:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position16)
    return view.cursorRect(cursor).center().x()


def open_mixed(window, language: str, text: str, quotes: list[str]):
    wb = window.wb
    article_id = wb.add_article("mixed " + language, text, language).article_id
    ids = []
    for quote in quotes:
        start = text.index(quote)
        ids.append(next(iter(wb.add_claim(article_id, start, start + len(quote)).claim_ids)))
    window.open_article(article_id)
    return ids


def test_english_paragraph_in_arabic_article_reads_left_to_right(window, qtbot):
    text = f"{AR}\n{EN}\n{AR}"
    open_mixed(window, "ar", text, [])
    view = window.article_view
    qtbot.waitUntil(lambda: view.document().blockCount() == 3)
    en_start = utf16_len(AR) + 1
    # the English paragraph: first letter left of its last, the full stop at its right end
    assert x_of(view, en_start) < x_of(view, en_start + utf16_len(EN) - 1)
    # the Arabic paragraphs around it still read right to left
    assert x_of(view, 0) > x_of(view, utf16_len(AR) - 1)
    third = en_start + utf16_len(EN) + 1
    assert x_of(view, third) > x_of(view, third + utf16_len(AR) - 1)
    blocks = view.document().firstBlock(), view.document().findBlock(en_start)
    assert blocks[0].textDirection() == Qt.LayoutDirection.RightToLeft
    assert blocks[1].textDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_paragraph_in_english_article_reads_right_to_left(window, qtbot):
    text = f"{EN}\n{AR}\n٢٠٢٣ 😢"
    open_mixed(window, "en", text, [])
    view = window.article_view
    ar_start = utf16_len(EN) + 1
    assert x_of(view, ar_start) > x_of(view, ar_start + utf16_len(AR) - 1)
    assert x_of(view, 0) < x_of(view, utf16_len(EN) - 1)
    # a paragraph without any letter follows the article
    last = view.document().lastBlock()
    assert last.textDirection() == Qt.LayoutDirection.LeftToRight


def test_a_paragraph_without_letters_follows_the_arabic_article(window):
    text = f"{AR}\n٢٠٢٣ 😢\n\n{EN}"
    open_mixed(window, "ar", text, [])
    doc = window.article_view.document()
    assert [doc.findBlockByNumber(i).textDirection() for i in range(4)] == [
        Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_selecting_a_claim_in_a_mixed_article_selects_exactly_its_quote(window, qtbot, language):
    text = f"{AR}\n{EN} 😢 {AR}\n{EN}"
    quotes = ["Lachin corridor", "أربعة شرطيين", "civilians 😢 left"]
    ids = open_mixed(window, language, text, quotes)
    view = window.article_view
    for claim_id, quote in zip(ids, quotes):
        window.select_claim(claim_id)
        assert view.textCursor().selectedText() == quote
        assert view.selection_span() == (text.index(quote), text.index(quote) + len(quote))
    # the one after the emoji (second paragraph, after "😢 "): its highlight starts on its letters
    after = text.index(AR, text.index("😢"))
    ids2 = window.wb.add_claim(window.article.id, after, after + len("أعلنت باكو")).claim_ids
    window.open_article(window.article.id)
    window.select_claim(next(iter(ids2)))
    assert view.textCursor().selectedText() == "أعلنت باكو"
    block = view.document().findBlock(view.textCursor().selectionStart())
    start_in_block = view.textCursor().selectionStart() - block.position()
    formats = block.layout().formats()
    highlighted = [f for f in formats if f.start == start_in_block]
    assert highlighted and highlighted[0].length == utf16_len("أعلنت باكو")


def test_the_quote_label_follows_its_own_first_strong_letter(window):
    text = f"{AR}\n{EN}"
    ids = open_mixed(window, "ar", text, ["the ministry said", "أربعة شرطيين"])
    window.act_arabic.trigger()
    try:
        window.select_claim(ids[0])
        assert window.claim_panel.quote.layoutDirection() == Qt.LayoutDirection.LeftToRight
        window.act_english.trigger()
        window.select_claim(ids[1])
        assert window.claim_panel.quote.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        window.act_english.trigger()


def test_the_reader_wraps_and_never_scrolls_sideways(window, qtbot):
    long_word = "https://example.org/" + "x" * 600
    open_mixed(window, "en", f"{EN}\n{long_word}\n{AR}", [])
    view = window.article_view
    qtbot.waitUntil(lambda: view.document().size().width() <= view.viewport().width() + 1)
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not view.horizontalScrollBar().isVisible()
    assert view.lineWrapMode() == view.LineWrapMode.WidgetWidth


def _look_at(view, position16):
    """(colour, alpha, underline style) the highlighter gives the letter at ``position16``."""
    block = view.document().findBlock(position16)
    offset = position16 - block.position()
    ranges = block.layout().formats()
    fmt = next(r.format for r in ranges if r.start <= offset < r.start + r.length)
    color = fmt.background().color()
    return color.rgb(), color.alpha(), fmt.underlineStyle()


def test_neighbouring_claims_of_one_verdict_show_their_boundary(window):
    text = "The ministry said four died, two were hurt, and ten fled. Unrelated words here."
    first, second, third = "The ministry said four died", "two were hurt", "and ten fled"
    ids = open_mixed(window, "en", text, [first, second, third])
    for claim_id in ids:
        window.wb.set_verdict(claim_id, "false", "The record says otherwise.")
    window.open_article(window.article.id)
    view = window.article_view
    window.select_claim(ids[0])
    view.highlighter.set_current(None)  # none is the current claim: each in its plain look
    looks = [_look_at(view, text.index(q)) for q in (first, second, third)]
    # all three carry the colour of their verdict, and each differs from its neighbour
    assert len({rgb for rgb, _, _ in looks}) == 1
    assert looks[0] != looks[1] and looks[1] != looks[2]
    # a claim far from any other of its verdict keeps the plain look
    far = open_mixed(window, "en", text + " " * 20 + "Lone claim", ["Lone claim"])[0]
    window.wb.set_verdict(far, "false", "The record says otherwise.")


def test_a_legend_names_each_colour_in_the_interface_language(window):
    legend = window.legend
    assert legend.isVisible()
    scale = window.wb.scale
    for rating in scale.ratings:
        assert rating.label_en.replace(" ", "&nbsp;") in legend.text() and rating.color in legend.text()
    assert "No&nbsp;verdict" in legend.text()
    window.act_arabic.trigger()
    try:
        for rating in scale.ratings:
            assert rating.label_ar.replace(" ", "&nbsp;") in legend.text()
        assert "بلا&nbsp;حكم" in legend.text()
    finally:
        window.act_english.trigger()
    # the legend sits under the reader, beside nothing else
    assert legend.parentWidget() is window.article_view.parentWidget()


def test_sources_table_has_room_for_three_and_shows_whole_texts(window, qtbot):
    claim = window.claims_model.claims()[0]
    title = "بيان وزارة الداخلية حول انفجار الألغام في كاراباخ ومقتل أربعة شرطيين ومدنيين"
    url = "https://mia.gov.az/en/news/a/very/long/path/to/the/statement-on-the-mine-blasts-2023"
    window.wb.add_source(claim.id, url, title, "Ministry of Internal Affairs", "2023-09-19",
                         "أعلنت الوزارة أن أربعة شرطيين قتلوا", "supports")
    window.open_article(claim.article_id)
    window.select_claim(claim.id)
    panel = window.claim_panel
    table = panel.sources
    rows = table.verticalHeader().defaultSectionSize()
    assert table.height() >= table.horizontalHeader().height() + 3 * rows
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    model = panel.sources_model
    tip_title = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    tip_url = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert title in tip_title and url in tip_title and url in tip_url


def test_no_italics_for_arabic_excerpts(window, tmp_path):
    from PySide6.QtGui import QTextCursor as Cursor
    from workbench.services.review import Review
    from .helpers import when_modal

    claim = window.claims_model.claims()[0]
    window.wb.set_verdict(claim.id, "mostly-true", "بيان الشرطة يؤكد")
    excerpt = "أعلنت الوزارة أن أربعة شرطيين قتلوا"
    window.wb.add_source(claim.id, "https://example.org/a", "بيان", "الوزارة", excerpt=excerpt)
    Review(window.wb).submit(claim.id)
    seen = []

    def check(dialog):
        try:
            for view in (dialog.sources_view, dialog.diff_view, dialog.claim_view):
                doc = view.document()
                cursor = Cursor(doc)
                while not cursor.atEnd():
                    cursor.movePosition(Cursor.MoveOperation.NextCharacter)
                    assert not cursor.charFormat().fontItalic(), view.objectName()
            seen.append(excerpt in dialog.sources_view.toPlainText())
        finally:
            dialog.accept()

    when_modal(check)
    window.act_queue.trigger()
    assert seen == [True]
    # nor in the claim panel's table of sources
    window.open_article(claim.article_id)
    window.select_claim(claim.id)
    model = window.claim_panel.sources_model
    for column in range(model.columnCount()):
        font = model.data(model.index(0, column), Qt.ItemDataRole.FontRole)
        assert font is None or not font.italic()
