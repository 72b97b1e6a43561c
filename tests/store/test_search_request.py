"""The SQLite store answers an engine-neutral SearchRequest (core/search.py): words combined as
an OR of ANDs, words shorter than the trigram index can match checked as substrings, kinds,
an article left out, the limit, and the unranked read closest in length (``cap``)."""

import pytest

from workbench.core.search import ClaimRating, SearchRequest, SearchRow, SourceTexts

#: The SQLite and the PostgreSQL store alike (tests/conftest.py ``backend``).
pytestmark = pytest.mark.usefixtures("backend")

LONG = "alpha bravo qz charlie and a good many more words to make it long"


@pytest.fixture
def arts(wb):
    ids = [wb.add_article("one", LONG).article_id,
           wb.add_article("two", "delta echo xw foxtrot").article_id,
           wb.add_article("three", "alpha delta golf").article_id]
    return ids


def found(wb, request):
    return {r.ref_id for r in wb.store.search(request)}


def test_words_combine_as_an_or_of_ands(wb, arts):
    a1, a2, a3 = arts
    kw = {"kinds": ("article",)}
    assert found(wb, SearchRequest.all_of(["alpha", "bravo"], **kw)) == {a1}
    assert found(wb, SearchRequest.all_of(["alpha"], **kw)) == {a1, a3}
    assert found(wb, SearchRequest.any_of(["bravo", "echo"], **kw)) == {a1, a2}
    assert found(wb, SearchRequest.either(["alpha", "bravo"], ["delta", "echo"], **kw)) == {a1, a2}
    assert found(wb, SearchRequest.all_of(["alpha", "nowhere"], **kw)) == set()


def test_short_words_are_matched_as_substrings_in_every_combination(wb, arts):
    a1, a2, a3 = arts
    kw = {"kinds": ("article",)}
    assert found(wb, SearchRequest.all_of(["alpha", "qz"], **kw)) == {a1}  # FTS + instr
    assert found(wb, SearchRequest.all_of(["qz"], **kw)) == {a1}  # instr alone
    # a3 has alpha and delta, but neither short word: the short words stay in their group
    assert found(wb, SearchRequest.either(["alpha", "qz"], ["delta", "xw"], **kw)) == {a1, a2}
    assert found(wb, SearchRequest.either(["qz"], ["foxtrot"], **kw)) == {a1, a2}
    assert found(wb, SearchRequest.either(["qz"], ["xw"], **kw)) == {a1, a2}


def test_kinds_exclusion_limit_and_empty_requests(wb, arts):
    a1, a2, a3 = arts
    claim = wb.add_claim(a3, 0, 5).claim
    rows = wb.store.search(SearchRequest.all_of(["alpha"]))
    assert SearchRow("claim", claim.id, a3, claim.id) in rows
    assert SearchRow("article", a3, a3, "") in rows
    assert found(wb, SearchRequest.all_of(["alpha"], kinds=("claim",))) == {claim.id}
    assert found(wb, SearchRequest.all_of(["alpha"], kinds=("article",), exclude_article=a1)) == {a3}
    assert len(wb.store.search(SearchRequest.all_of(["alpha"], limit=1))) == 1
    assert wb.store.search(SearchRequest.all_of([])) == []
    assert wb.store.search(SearchRequest(((),))) == []


def test_capped_reads_come_closest_in_length_first(wb, arts):
    a1, _, a3 = arts
    kw = {"kinds": ("article",), "cap": 10}
    assert [r.ref_id for r in wb.store.search(
        SearchRequest.any_of(["alpha"], near_length=len("alpha delta golf"), **kw))] == [a3, a1]
    assert [r.ref_id for r in wb.store.search(
        SearchRequest.any_of(["alpha"], near_length=len(LONG), **kw))] == [a1, a3]


def test_claim_ratings_and_source_texts_are_records(wb, arts):
    claim = wb.add_claim(arts[2], 0, 5).claim
    assert wb.store.claim_ratings([claim.id]) == [ClaimRating(
        claim.id, arts[2], 0, 5, claim.quote, claim.statement, None, claim.rationale, "draft")]
    assert wb.store.claim_ratings([]) == []
    assert wb.store.source_texts("no-such-source") is None
    assert SourceTexts() == SourceTexts("", "", "")
