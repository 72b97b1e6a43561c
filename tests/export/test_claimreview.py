"""ClaimReview JSON-LD read back, validated against schema.org itself and the consumers' profile."""

import json

import pytest

from workbench.core.errors import InvalidInput
from workbench.export.claimreview import CLAIM_REVIEWED_MAX, short
from workbench.export.common import ExportOptions, export, select_from

from . import schemaorg
from .conftest import ORG, approve


def export_doc(wb, tmp_path, article_id=None, all_states=False, options=ORG):
    out = tmp_path / "reviews.jsonld"
    export(out, "claimreview", select_from(wb, article_id, all_states), wb.scale, options)
    return json.loads(out.read_text(encoding="utf-8"))


def check_consumer_profile(review, article, claim, scale):
    """The fields fact-check consumers require and recommend (Google's ClaimReview profile,
    still read by Fact Check Explorer and the Data Commons feed)."""
    assert review["@type"] == "ClaimReview"
    text = review["claimReviewed"]
    assert text and len(text) < 75 and "\n" not in text
    rating = scale.get(claim.rating)
    label = rating.label(article.language)
    assert label not in text
    rr = review["reviewRating"]
    assert rr["@type"] == "Rating" and rr["alternateName"] == label == rating.label_ar
    if rating.value is None:
        assert not {"ratingValue", "bestRating", "worstRating"} & set(rr)
    else:
        assert (rr["ratingValue"], rr["bestRating"], rr["worstRating"]) == (rating.value, 5, 1)
    assert rr["ratingExplanation"] == claim.rationale
    assert review["url"].startswith("https://factcheck.example/") and review["url"].endswith(claim.id)
    assert review["author"] == {"@type": "Organization", "name": ORG.org_name, "url": ORG.org_url}
    assert review["datePublished"] == claim.updated_at[:10]
    assert review["inLanguage"] == article.language == "ar"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["appearance"]["@type"] == "CreativeWork"
    assert item["text"] == (claim.statement or claim.quote)


def test_approved_verdicts_validate_against_schema_org(wb, sample, checked, tmp_path):
    doc = export_doc(wb, tmp_path)
    conforms, report = schemaorg.validate(doc)
    assert conforms, report
    by_id = {c.id: c for c in checked}
    approved = [c for c in checked if c.review_state == "approved"]
    assert [r["identifier"] for r in doc["@graph"]] == [c.id for c in approved]
    for review in doc["@graph"]:
        check_consumer_profile(review, sample, by_id[review["identifier"]], wb.scale)
        assert "creativeWorkStatus" not in review
    # the RDF graph says the same: one ClaimReview node per approved claim
    from rdflib import URIRef
    from rdflib.namespace import RDF

    g = schemaorg.to_graph(doc)
    nodes = set(g.subjects(RDF.type, URIRef(schemaorg.SCHEMA + "ClaimReview")))
    assert len(nodes) == len(approved)


def test_validator_rejects_a_wrong_type(wb, checked, tmp_path):
    doc = export_doc(wb, tmp_path)
    doc["@graph"][0]["reviewRating"]["ratingValue"] = {"@type": "Person", "name": "x"}
    conforms, _ = schemaorg.validate(doc)
    assert not conforms


def test_all_states_marks_state_and_skips_unrated(wb, sample, checked, tmp_path):
    doc = export_doc(wb, tmp_path, sample.id, all_states=True)
    assert schemaorg.validate(doc)[0]
    rated = [c for c in checked if c.rating]
    assert [(r["identifier"], r["creativeWorkStatus"]) for r in doc["@graph"]] == \
        [(c.id, str(c.review_state)) for c in rated]
    assert "draft" in {r["creativeWorkStatus"] for r in doc["@graph"]}


def test_claim_reviewed_is_cut_at_a_word_under_75():
    long = "أذربيجان قالت إنها ستواصل العملية العسكرية حتى النهاية ما لم تستسلم الوحدات الأرمينية"
    cut = short(long)
    assert len(cut) <= CLAIM_REVIEWED_MAX and cut.endswith("…")
    assert long.startswith(cut[:-1]) and long[len(cut) - 1] == " "
    assert short("قصير\nجدا") == "قصير جدا"


def test_organisation_and_pattern_are_required(wb, checked, tmp_path):
    sel = select_from(wb)
    with pytest.raises(InvalidInput, match="name is not set"):
        export(tmp_path / "x.jsonld", "claimreview", sel, wb.scale, ExportOptions())
    with pytest.raises(InvalidInput, match="http"):
        export(tmp_path / "x.jsonld", "claimreview", sel, wb.scale, ExportOptions("Desk", "factcheck.example"))
    with pytest.raises(InvalidInput, match="unknown field"):
        export(tmp_path / "x.jsonld", "claimreview", sel, wb.scale,
               ExportOptions("Desk", "https://d.example", "{base}/{slug}/{claim_id}"))
    assert not (tmp_path / "x.jsonld").exists()
    custom = ExportOptions("Desk", "https://d.example/", "{base}/checks/{article_id}-{claim_id}.html")
    doc = export_doc(wb, tmp_path, options=custom)
    first = doc["@graph"][0]
    assert first["url"] == f"https://d.example/checks/{checked[0].article_id}-{first['identifier']}.html"


def test_script_end_in_a_rationale_cannot_end_the_script_block(wb, sample, checked, tmp_path):
    """JSON-LD is pasted inside ``<script type="application/ld+json">``: ``<``, ``>`` and ``&``
    are written as JSON escapes, so user text cannot close the block or open a new one."""
    rationale = "قبل </script><script>alert(1)</script> & <!-- بعد"
    wb.set_verdict(checked[0].id, "false", rationale)
    approve(wb, checked[0].id)
    out = tmp_path / "reviews.jsonld"
    export(out, "claimreview", select_from(wb, sample.id), wb.scale, ORG)
    raw = out.read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert "\\u003c/script\\u003e" in raw
    doc = json.loads(raw)
    first = next(r for r in doc["@graph"] if r["identifier"] == checked[0].id)
    assert first["reviewRating"]["ratingExplanation"] == rationale
    # the source URLs with & come back whole too
    assert schemaorg.validate(doc)[0]
