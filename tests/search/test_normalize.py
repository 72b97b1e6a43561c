"""Arabic search normalisation (core/normalize.py) and its way back to original offsets."""

import random

import pytest

from workbench.core.normalize import find_terms, normalize, normalized, terms

TEXT = "أتت هذه التطورات، بعدما أعلنت باكو أن أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمَين"


@pytest.mark.parametrize("query,found", [
    ("مدنيين", "مدنيَّين"),  # tashkeel
    ("لغمين", "لغمَين"),
    ("اعلنت", "أعلنت"),  # hamza on alef
    ("اربعة", "أربعة"),
    ("اربعه", "أربعة"),  # ta marbuta / ha
])
def test_query_without_marks_finds_text_with_them(query, found):
    spans = find_terms(normalized(TEXT), terms(query))
    assert [TEXT[s:e] for s, e in spans] == [found]


@pytest.mark.parametrize("a,b", [
    ("إقليم", "اقليم"), ("آخر", "اخر"), ("ٱلله", "الله"), ("مسؤول", "مسوول"), ("مسئول", "مسيول"),
    ("على", "علي"), ("مدرسة", "مدرسه"), ("كــبير", "كبير"), ("٢٠٢٠", "2020"), ("۱۹۹۸", "1998"),
    ("BAKU Straße", "baku strasse"), ("ﻻ", "لا"), ("ی", "ي"), ("a\u200fb\u202ec", "abc"),
    ("مُحَمَّدٌ", "محمد"),
])
def test_forms_are_unified(a, b):
    assert normalize(a) == normalize(b) == b


def test_trailing_marks_stay_with_the_highlighted_word():
    text = "قُتِلَ مدنيَّان"
    (span,) = find_terms(normalized(text), terms("قتل"))
    assert text[span[0]:span[1]] == "قُتِلَ"


def test_expansion_maps_to_whole_original_character():
    text = "Die Straße ist lang"
    n = normalized(text)
    assert n.text == "die strasse ist lang"
    i = n.text.index("ss")
    # a span starting inside "ss" (from ß) covers the whole ß
    assert n.span_to_original(i + 1, i + 2) == (text.index("ß"), text.index("ß") + 1)
    (span,) = find_terms(n, terms("STRASSE"))
    assert text[span[0]:span[1]] == "Straße"


def test_offsets_round_trip_on_random_text():
    rng = random.Random(7)
    pool = list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءأإآؤئىة") + ["\u064e", "\u0651", "\u0640", "٣", "ß", "A",
                                                          "\ufefb", "\u200f", " "]
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        n = normalized(text)
        assert n.text == normalize(text)
        for word in set(n.text.split()):
            for s, e in find_terms(n, [word]):
                assert word in normalize(text[s:e])
        assert n.span_to_original(0, len(n.text))[1] <= len(text)


def test_terms_are_unique_and_normalised():
    assert terms("مدنيَّين، مدنيين؛ ٤ شرطيين") == ["مدنيين", "4", "شرطيين"]
