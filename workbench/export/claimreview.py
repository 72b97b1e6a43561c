"""schema.org ClaimReview JSON-LD, one object per claim in an ``@graph``.

Follows the profile fact-check consumers read (Google's ClaimReview documentation, still used
by Fact Check Explorer and the Data Commons feed): ``claimReviewed`` under 75 characters,
``reviewRating`` with ``alternateName`` in the article's language, ``url``, ``author``,
``datePublished``, ``itemReviewed`` as a ``Claim``. Ordinal ratings carry ``ratingValue`` on
the scale's ``worstRating``…``bestRating`` (1 false … 5 true); categorical ones only the label.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from workbench.core.model import Article, Claim
from workbench.core.ratings import RatingScale

from .common import ExportOptions, Progress, Selection, clean, one_line

CONTEXT = "https://schema.org"
#: Consumers show ``claimReviewed`` in a short slot and require it under 75 characters.
CLAIM_REVIEWED_MAX = 74


def short(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis if longer than ``limit``."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ،,.;:") + "…"


def _date(value: str) -> str:
    return value[:10]


def review(article: Article, claim: Claim, scale: RatingScale, options: ExportOptions,
           all_states: bool = False) -> dict:
    rating = scale.get(claim.rating)
    label = rating.label(article.language)
    review_rating: dict = {"@type": "Rating", "alternateName": label, "name": label}
    if rating.value is not None:
        review_rating.update(ratingValue=rating.value, bestRating=scale.best, worstRating=scale.worst)
    if claim.rationale:
        review_rating["ratingExplanation"] = clean(claim.rationale)

    appearance: dict = {"@type": "CreativeWork", "headline": one_line(article.title),
                        "inLanguage": article.language}
    if article.url:
        appearance["url"] = article.url
    if article.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": one_line(article.publisher)}
    if article.published:
        appearance["datePublished"] = _date(article.published)
    item: dict = {"@type": "Claim", "text": clean(claim.statement or claim.quote),
                  "inLanguage": article.language, "appearance": appearance}
    if article.publisher:
        item["author"] = {"@type": "Organization", "name": one_line(article.publisher)}
    if article.published:
        item["datePublished"] = _date(article.published)

    url = options.fact_check_url(article, claim)
    out = {
        "@type": "ClaimReview",
        "@id": url,
        "url": url,
        "identifier": claim.id,
        "claimReviewed": short(claim.statement or claim.quote),
        "inLanguage": article.language,
        # the approval, not the verdict's last edit (which moves with every change of it)
        "datePublished": _date(claim.approval.at if claim.approval else claim.updated_at or claim.created_at),
        "author": {"@type": "Organization", "name": options.org_name.strip(),
                   "url": options.org_url.strip()},
        "reviewRating": review_rating,
        "itemReviewed": item,
    }
    if all_states:
        out["creativeWorkStatus"] = str(claim.review_state)
    return out


def build(selection: Selection, scale: RatingScale, options: ExportOptions,
          progress: Progress | None = None) -> dict:
    options.check()
    total, graph = selection.claim_count, []
    for article, claim in selection.claims():
        graph.append(review(article, claim, scale, options, selection.all_states))
        if progress:
            progress(len(graph), total)
    return {"@context": CONTEXT, "@graph": graph}


@dataclass(frozen=True)
class Gap:
    """One article whose ClaimReview lacks what Google's guidelines recommend."""

    title: str  # the article's title, on one line, at most 60 characters
    no_author: bool  # no publisher: no ``itemReviewed.author``
    no_url: bool  # no address: no ``appearance.url``


def missing(selection: Selection) -> list[Gap]:
    """What Google's ClaimReview guidelines recommend that this export cannot fill, one entry
    per article: ``itemReviewed.author`` (the article's publisher) and ``appearance.url`` (its
    address). The export is still valid; the fact-checker is told so before publishing (the
    command line in English, the export dialog in the window's language)."""
    out, seen = [], set()
    for article, _claim in selection.claims():
        if article.id in seen:
            continue
        seen.add(article.id)
        gap = Gap(one_line(article.title)[:60], not article.publisher.strip(), not article.url.strip())
        if gap.no_author or gap.no_url:
            out.append(gap)
    return out


def gaps(selection: Selection) -> list[str]:
    """:func:`missing`, one English line per article (the command line's notes)."""
    out = []
    for gap in missing(selection):
        what = [w for w, m in (("itemReviewed.author (the article's publisher)", gap.no_author),
                               ("appearance.url (the article's address)", gap.no_url)) if m]
        out.append(f"ClaimReview for “{gap.title}” has no {' and no '.join(what)}")
    return out


def render_claimreview(selection: Selection, scale: RatingScale, options: ExportOptions,
                       progress: Progress | None = None) -> bytes:
    doc = build(selection, scale, options, progress)
    return (script_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n").encode("utf-8")


#: ``<``, ``>`` and ``&`` as JSON escapes: the JSON-LD is pasted into a page inside
#: ``<script type="application/ld+json">``, where a ``</script>`` (or ``<!--``) in user text
#: would end the block early. The escapes are valid JSON with the same meaning. They can only
#: occur inside strings (JSON has them nowhere else), so replacing them everywhere is safe.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_safe(text: str) -> str:
    """JSON text that can be embedded as is in an HTML ``<script>`` element."""
    return text.translate(_SCRIPT_SAFE)
