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
