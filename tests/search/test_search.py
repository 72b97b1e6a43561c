"""Search through the service and the command line over the real store (FTS5 on normalised
text, kept by triggers), and "checked before" ranking."""

import json

import pytest

from workbench.core.arabic import has_arabic
from workbench.core.spans import locate
from workbench.services.search import checked_before, search

from tests.cli.test_cli import run

#: The SQLite and the PostgreSQL store alike (tests/conftest.py ``backend``).
pytestmark = pytest.mark.usefixtures("backend")


def test_query_without_tashkeel_finds_article_and_claim(wb, sample):
    hits = search(wb, "مدنيين")
    kinds = {(h.kind, h.field) for h in hits}
    assert ("article", "text") in kinds and ("claim", "quote") in kinds
    art_hits = [h for h in hits if h.kind == "article"]
    for h in art_hits:
        assert sample.text[h.start:h.end] in ("مدنيين", "مدنيَّين")
        assert (h.article_start, h.article_end) == (h.start, h.end)
    casualties = next(h for h in hits if h.kind == "claim" and "شرطيين" in h.snippet)
    claim = wb.claim(casualties.claim_id)
    assert claim.quote[casualties.start:casualties.end] == "مدنيَّين"
    assert (casualties.article_start, casualties.article_end) == (claim.start, claim.end)
    assert "⟪مدنيَّين⟫" in casualties.snippet_marked


def test_every_word_must_occur_and_forms_are_unified(wb, sample):
    hits = search(wb, "اذربيجان ممرات", kinds=("article",))
    assert len(hits) == 1
    assert sample.text[hits[0].start:hits[0].end] == "أذربيجان"
    assert search(wb, "ممرات مفقودةتماما") == []
    assert search(wb, "   ،؛ ") == []


def test_arabic_indic_digits_match_ascii(wb, sample):
    wb.add_article("أرقام", "سقط ١٢٣ صاروخا على المدينة في عام ٢٠٢٠.")
    hits = search(wb, "123", kinds=("article",))
    assert len(hits) == 1
    art = wb.article(hits[0].article_id)
    assert art.text[hits[0].start:hits[0].end] == "١٢٣"


def test_index_follows_edits_rationales_sources_and_deletes(wb, sample):
    claim = wb.claims(sample.id)[0]
    wb.set_verdict(claim.id, "false", "الصور المتداولة قديمة من عام ٢٠١٦")
    wb.add_source(claim.id, "https://example.org/a", excerpt="شهود عيان في يفلاخ نفوا الانفجار")
    hits = search(wb, "المتداوله")
    assert [(h.kind, h.claim_id, h.rating) for h in hits] == [("rationale", claim.id, "false")]
    assert hits[0].field == "rationale"
    (src_hit,) = search(wb, "شهود عيان")
    assert src_hit.kind == "source" and src_hit.claim_id == claim.id and src_hit.source_id
    wb.edit_statement(claim.id, "عبارة جديدة كليا عن الطائرات الورقية")
    assert [h.kind for h in search(wb, "الورقيه")] == ["claim"]
    wb.delete_claim(claim.id)
    assert search(wb, "الورقيه") == [] and search(wb, "شهود عيان") == []
    assert search(wb, "المتداوله") == []


def test_a_source_is_found_by_its_title_and_publisher(wb, sample):
    claim = wb.claims(sample.id)[0]
    src = wb.add_source(claim.id, "https://aa.com.tr/ar/1", title="بيان وزارة الدفاع",
                        publisher="الأناضول").claim.sources[0]
    (hit,) = search(wb, "الاناضول")
    assert (hit.kind, hit.field, hit.source_id, hit.claim_id) == ("source", "publisher", src.id, claim.id)
    assert hit.snippet == "الأناضول" and hit.marks == ((0, 8),)
    assert search(wb, "وزاره الدفاع", kinds=("source",))[0].field == "title"
    wb.edit_source(src.id, publisher="رويترز")
    assert search(wb, "الاناضول") == [] and search(wb, "رويترز")[0].source_id == src.id
    before = [h.to_json() for h in search(wb, "رويترز")]
    wb.store.rebuild_search_index()
    assert [h.to_json() for h in search(wb, "رويترز")] == before


def test_short_words_are_matched_too(wb, sample):
    hits = search(wb, "خط الجبهة", kinds=("article",))
    assert len(hits) == 1 and "خط" in hits[0].snippet


def test_rebuild_index_gives_the_same_hits(wb, sample):
    before = [h.to_json() for h in search(wb, "كاراباخ", limit=50)]
    assert wb.store.rebuild_search_index() >= 12
    assert [h.to_json() for h in search(wb, "كاراباخ", limit=50)] == before


def test_cli_search_json(db_path):
    hits = json.loads(run(db_path, "search", "مدنيين", "--json").stdout)
    assert hits and {"kind", "article_id", "claim_id", "start", "end", "snippet"} <= set(hits[0])
    assert {h["kind"] for h in hits} >= {"article", "claim"}
    (article,) = json.loads(run(db_path, "articles", "--json").stdout)
    for h in hits:
        if h["kind"] == "article":
            assert article["text"][h["start"]:h["end"]] == "مدنيين"
    only = json.loads(run(db_path, "search", "لغمين", "--kind", "claim", "--json").stdout)
    assert [h["kind"] for h in only] == ["claim"]
    text = run(db_path, "search", "يفلاخ").stdout
    assert "⟪يفلاخ⟫" in text
    assert [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    assert run(db_path, "search", "لا-يوجد-هذا").stdout.strip() == "no match for لا-يوجد-هذا"


@pytest.mark.parametrize("args, needle", [
    (["search", ""], "nothing to search for"),
    (["search", "«؟!»"], "nothing to search for"),
    (["search", "مدنيين", "--limit", "0"], "not a whole number of at least 1"),
    (["search", "مدنيين", "--limit", "-1"], "not a whole number of at least 1"),
])
def test_cli_search_bad_queries_are_one_line(db_path, args, needle):
    r = run(db_path, *args, check=False)
    assert r.returncode != 0 and needle in r.stderr and len(r.stderr.strip().splitlines()) == 1


def _article_with_claim(wb, title, text, quote, rating=None):
    art_id = wb.add_article(title, text).article_id
    s, e = locate(wb.article(art_id).text, quote)
    claim = wb.add_claim(art_id, s, e).claim
    if rating:
        wb.set_verdict(claim.id, rating, "تحقق سابق")
    return claim


def _near_and_nearer(wb):
    """Two claims from other articles like the sample's casualties claim, the second closer."""
    near = _article_with_claim(
        wb, "خبر قديم", "ذكرت وكالة أن أربعة من الشرطة ومدنيين اثنين قُتلوا بانفجار لغمين في كاراباخ أمس.",
        "أربعة من الشرطة ومدنيين اثنين قُتلوا بانفجار لغمين في كاراباخ", rating="true")
    nearer = _article_with_claim(
        wb, "خبر آخر", "أعلنت باكو أن أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمين في كاراباخ.",
        "أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمين في كاراباخ", rating="mostly-false")
    return near, nearer


def test_checked_before_ranks_similar_claims_from_other_articles(wb, sample):
    target = next(c for c in wb.claims(sample.id) if "شرطيين" in c.quote)
    near, nearer = _near_and_nearer(wb)
    _article_with_claim(wb, "بعيد", "ارتفعت أسعار القمح في الأسواق العالمية بنسبة كبيرة.",
                        "ارتفعت أسعار القمح في الأسواق العالمية")
    found = checked_before(wb, target.id)
    ids = [s.claim_id for s in found]
    assert ids[:2] == [nearer.id, near.id]
    assert all(s.article_id != sample.id for s in found)  # never the claim's own article
    assert found[0].rating == "mostly-false"
    assert found[1].rating == "true" and found[1].rating_label
    assert 0 < found[1].similarity < found[0].similarity <= 1
    cli = json.loads(run(wb.db_path, "checked-before", target.id, "--json").stdout)
    assert [s["claim_id"] for s in cli][:2] == [nearer.id, near.id]


def test_checked_before_without_bm25_keeps_the_order(wb, sample):
    """A large library skips bm25 (capped, unranked tiers); the nearest claims still lead."""
    target = next(c for c in wb.claims(sample.id) if "شرطيين" in c.quote)
    near, nearer = _near_and_nearer(wb)
    found = checked_before(wb, target.id, rank_cap=0)  # as if more than the cap matched
    assert [s.claim_id for s in found][:2] == [nearer.id, near.id]
    assert all(s.article_id != sample.id for s in found)


def test_unknown_kind_is_refused(wb):
    from workbench.core.errors import InvalidInput

    with pytest.raises(InvalidInput):
        search(wb, "x", kinds=("tweets",))


def test_cli_checked_before_labels_in_english_with_the_review_state(wb, sample):
    target = next(c for c in wb.claims(sample.id) if "شرطيين" in c.quote)
    near, nearer = _near_and_nearer(wb)
    unrated = _article_with_claim(
        wb, "ثالث", "قال مسؤول إن أربعة شرطيين ومدنيين قتلوا بانفجار لغم في كاراباخ.",
        "أربعة شرطيين ومدنيين قتلوا بانفجار لغم في كاراباخ")
    from workbench.services.review import Review
    Review(wb).submit(nearer.id)
    lines = run(wb.db_path, "--no-shape", "checked-before", target.id).stdout.splitlines()
    by_id = {line.split("]  ")[1].split()[0]: line for line in lines}
    labels = {cid: line[line.index("[") + 1:line.index("]")] for cid, line in by_id.items()}
    assert labels[nearer.id] == f"{wb.scale.get('mostly-false').label_en} · in_review"
    assert labels[near.id] == f"{wb.scale.get('true').label_en} · draft"
    assert labels[unrated.id] == "unrated · draft"
    assert not any(has_arabic(label) for label in labels.values())  # one language inside [ ]
