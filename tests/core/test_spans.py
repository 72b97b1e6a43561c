import unicodedata

import pytest

from workbench.core.errors import InvalidInput
from workbench.core.spans import Utf16Index, check_span, locate, snap_span

TEXT = "قتل مدنيَّين في 2023 😀 هنا"


def test_check_span_accepts_whole_words():
    start, end = locate(TEXT, "مدنيَّين")
    check_span(TEXT, start, end)
    assert TEXT[start:end] == "مدنيَّين"


@pytest.mark.parametrize("start,end", [(-1, 3), (0, 999), (5, 2), (3, 3), (3, 4)])
def test_check_span_rejects_outside_empty_and_blank(start, end):
    with pytest.raises(InvalidInput):
        check_span(TEXT, start, end)


def test_check_span_rejects_splitting_a_letter_from_its_marks():
    start, _ = locate(TEXT, "مدنيَّين")
    shadda = TEXT.index("\u0651")
    with pytest.raises(InvalidInput, match="splits a letter"):
        check_span(TEXT, start, shadda)  # ends between ي and its shadda
    with pytest.raises(InvalidInput, match="splits a letter"):
        check_span(TEXT, shadda, shadda + 3)


def test_snap_span_widens_to_whole_words_and_trims_space():
    marks = [i for i, ch in enumerate(TEXT) if unicodedata.combining(ch)]
    start, end = locate(TEXT, "مدنيَّين")
    s, e = snap_span(TEXT, start - 1, marks[0])  # from the space before, to between letter and marks
    assert (s, e) == (start, end)  # the whole word, marks included, space trimmed
    check_span(TEXT, s, e)
    assert snap_span(TEXT, start + 2, start + 3) == (start, end)  # inside the word
    two = locate(TEXT, "قتل مدنيَّين")
    assert snap_span(TEXT, 1, start + 1) == two  # across two words, both cut
    assert snap_span(TEXT, 0, len(TEXT)) == (0, len(TEXT))


def test_reversed_span_says_so():
    with pytest.raises(InvalidInput, match="after its end"):
        check_span(TEXT, 5, 2)


def test_locate_nth_occurrence_and_missing():
    text = "أ ب أ ب"
    assert locate(text, "أ", 2) == (4, 5)
    with pytest.raises(InvalidInput):
        locate(text, "ج")


def test_utf16_round_trip_with_astral_characters():
    idx = Utf16Index(TEXT)
    emoji = TEXT.index("😀")
    assert idx.to_utf16(emoji) == emoji
    assert idx.to_utf16(emoji + 1) == emoji + 2  # the emoji is two UTF-16 units
    assert idx.to_utf16(len(TEXT)) == len(TEXT.encode("utf-16-le")) // 2
    for i in range(len(TEXT) + 1):
        assert idx.from_utf16(idx.to_utf16(i)) == i
    assert idx.from_utf16(idx.to_utf16(emoji) + 1) == emoji  # inside the pair: its start
