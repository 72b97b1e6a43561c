"""Finding things again: one search over article text, claims, rationales and source excerpts,
and "checked before" (similar claims from other articles with their verdicts).

The store keeps a full-text index over the *normalised* form of every text
(``core/normalize.py``), so a query without tashkeel finds text with it; services ask it with
an engine-neutral :class:`workbench.core.search.SearchRequest`. Hits come back
with spans in the ORIGINAL text: the matched words are found again in the normalised text and
mapped back through :class:`workbench.core.normalize.Normalized`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from typing import TYPE_CHECKING

from workbench.core.normalize import find_terms, normalize, normalized, terms
from workbench.core.search import KINDS, ClaimRating, SearchRequest, SearchRow

if TYPE_CHECKING:
    from .ports import SearchStore
    from .session import Workbench
#: Characters of context on each side of the first match in a snippet.
CONTEXT = 60
MARK_OPEN, MARK_CLOSE = "⟪", "⟫"

#: Words too common to say two claims are alike (normalised forms).
STOPWORDS = frozenset(normalize(w) for w in """
في من على إلى الى عن أن إن التي الذي الذين هذه هذا ذلك تلك مع كما قد لقد كان كانت يكون بعد قبل
حتى أو او ثم لم لن لا ما هو هي هم وقد وفي ومن وأن وقال قال قالت أيضا أيضاً اليوم بين عند كل غير
the a an of in on at to and or is are was were be been by for with that this from as it its
""".split())


@dataclass(frozen=True)
class Hit:
    kind: str  # article, claim, rationale, source
    article_id: str
    claim_id: str  # "" for an article hit
    source_id: str  # "" unless kind == "source"
    field: str  # text, quote, statement, rationale, excerpt
    start: int  # span of the first match in the ORIGINAL text of ``field``
    end: int
    article_start: int  # where opening the hit jumps to in the article
    article_end: int
    snippet: str  # the hit in context (original characters)
    marks: tuple[tuple[int, int], ...]  # matched spans inside ``snippet``
    rank: int  # 1 = best (bm25 order of the full-text index)
    rating: str | None = None  # the claim's verdict, for claim, rationale and source hits

    @property
    def snippet_marked(self) -> str:
        out, pos = [], 0
        for s, e in self.marks:
            out += [self.snippet[pos:s], MARK_OPEN, self.snippet[s:e], MARK_CLOSE]
            pos = e
        out.append(self.snippet[pos:])
        return "".join(out)

    def to_json(self) -> dict:
        return {
            "kind": self.kind, "article_id": self.article_id, "claim_id": self.claim_id or None,
            "source_id": self.source_id or None, "field": self.field, "start": self.start,
            "end": self.end, "article_start": self.article_start, "article_end": self.article_end,
            "snippet": self.snippet, "snippet_marked": self.snippet_marked,
            "marks": [list(m) for m in self.marks], "rank": self.rank,
            "rating": self.rating,
        }


def _snippet(text: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    first_s, first_e = spans[0]
    a = max(0, first_s - CONTEXT)
    b = min(len(text), first_e + CONTEXT)
    # Whole words at the edges.
    while a > 0 and not text[a - 1].isspace() and first_s - a < CONTEXT + 15:
        a -= 1
    while b < len(text) and not text[b].isspace() and b - first_e < CONTEXT + 15:
        b += 1
    raw = text[a:b]
    lead = len(raw) - len(raw.lstrip())
    snippet = raw.strip().replace("\n", " ")
    marks = tuple((s - a - lead, e - a - lead) for s, e in spans
                  if s >= a + lead and e <= a + lead + len(snippet))
    prefix = "… " if a + lead > 0 else ""
    suffix = " …" if a + lead + len(snippet) < len(text) else ""
    shift = len(prefix)
    return prefix + snippet + suffix, tuple((s + shift, e + shift) for s, e in marks)


def _fields(store: SearchStore, row: SearchRow, cache: dict[str, ClaimRating]
            ) -> tuple[list[tuple[str, str]], ClaimRating | None]:
    """(field name, original text) pairs of a search row, and the claim if any."""
    kind = row.kind
    if kind == "article":
        return [("text", store.article_text(row.ref_id) or "")], None
    claim = cache.get(row.claim_id)
    if kind == "source":
        texts = store.source_texts(row.ref_id)
        if texts is None:
            return [(f, "") for f in ("excerpt", "title", "publisher")], claim
        return [("excerpt", texts.excerpt), ("title", texts.title),
                ("publisher", texts.publisher)], claim
    if claim is None:
        return [], None
    if kind == "rationale":
        return [("rationale", claim.rationale)], claim
    return [("quote", claim.quote), ("statement", claim.statement)], claim


def _ratings(store: SearchStore, claim_ids: list[str]) -> dict[str, ClaimRating]:
    return {c.id: c for c in store.claim_ratings(claim_ids)}


@dataclass(frozen=True)
class DocRef:
    """One searched text: what a lazy view of the results holds per row (``hits_for`` gives
    the hit, with its snippet)."""

    kind: str
    ref_id: str
    article_id: str
    claim_id: str


def search(wb: Workbench, query: str, limit: int = 20, kinds: tuple[str, ...] = ()) -> list[Hit]:
    """Hits for every word of ``query`` (all must occur), best first."""
    refs = search_refs(wb, query, limit, kinds)
    found = hits_for(wb, query, refs)
    return [replace(found[r], rank=i) for i, r in enumerate((r for r in refs if r in found), 1)]


def search_refs(wb: Workbench, query: str, limit: int = 20, kinds: tuple[str, ...] = ()) -> list[DocRef]:
    """The texts holding every word of ``query``, best first: the cheap part of a search (one
    query of the index); a text whose words were found only across its fields gives no hit."""
    words = terms(query)
    if not words:
        return []
    unknown = set(kinds) - set(KINDS)
    if unknown:
        from workbench.core.errors import InvalidInput

        raise InvalidInput("search.unknown_kinds", kinds=", ".join(sorted(unknown)), choices=", ".join(KINDS))
    rows = wb.store.search(SearchRequest.all_of(words, kinds=tuple(kinds), limit=limit))
    return [DocRef(r.kind, r.ref_id, r.article_id, r.claim_id or "") for r in rows]


def hits_for(wb: Workbench, query: str, refs: list[DocRef]) -> dict[DocRef, Hit]:
    """The hits of ``refs`` (from :func:`search_refs`) with their snippets; a text that no
    longer holds every word is left out. ``rank`` is the position in ``refs``."""
    words = terms(query)
    if not words:
        return {}
    store = wb.store
    claims = _ratings(store, sorted({r.claim_id for r in refs if r.claim_id}))
    hits: dict[DocRef, Hit] = {}
    for position, ref in enumerate(refs, 1):
        row = SearchRow(ref.kind, ref.ref_id, ref.article_id, ref.claim_id)
        fields, claim = _fields(store, row, claims)
        for name, text in fields:
            norm = normalized(text)
            if not all(w in norm.text for w in words):
                continue
            spans = find_terms(norm, words)
            if not spans:
                continue
            snippet, marks = _snippet(text, spans)
            if ref.kind == "article":
                a_start, a_end = spans[0]
            else:
                a_start, a_end = (claim.start, claim.end) if claim else (0, 0)
            hits[ref] = Hit(
                kind=ref.kind, article_id=ref.article_id, claim_id=ref.claim_id,
                source_id=ref.ref_id if ref.kind == "source" else "", field=name,
                start=spans[0][0], end=spans[0][1], article_start=a_start, article_end=a_end,
                snippet=snippet, marks=marks, rank=position,
                rating=claim.rating if claim else None)
            break
    return hits


def article_titles(wb: Workbench, article_ids: Iterable[str]) -> dict[str, str]:
    """id -> title of the articles (for a page of results; "" for one that is gone)."""
    ids = sorted(set(article_ids))
    found = wb.store.article_titles(ids)
    return {a: found.get(a, "") for a in ids}


# -- checked before -------------------------------------------------------------------------
@dataclass(frozen=True)
class Similar:
    claim_id: str
    article_id: str
    article_title: str
    quote: str
    statement: str
    rating: str | None
    rating_label: str  # English, as `workbench claims` shows it ("" when unrated)
    rationale: str
    review_state: str
    similarity: float  # 0–1: cosine of character 3-gram profiles
    rating_label_ar: str = ""  # the same label in Arabic

    def to_json(self) -> dict:
        return {
            "claim_id": self.claim_id, "article_id": self.article_id,
            "article_title": self.article_title, "quote": self.quote,
            "statement": self.statement, "rating": self.rating, "rating_label": self.rating_label,
            "rating_label_ar": self.rating_label_ar,
            "rationale": self.rationale, "review_state": self.review_state,
            "similarity": round(self.similarity, 4),
        }


_WORDS = re.compile(r"\w+")


def _profile(norm_text: str) -> Counter:
    """Character 3-grams inside words (padded), the usual robust profile for Arabic, whose
    words carry attached prefixes and suffixes (و، ال، ب، ـها)."""
    grams: Counter = Counter()
    for w in _WORDS.findall(norm_text):
        if w in STOPWORDS:
            continue
        padded = f" {w} "
        grams.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return grams


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


#: Below this 3-gram cosine a claim is not shown as "checked before". Arabic words share so
#: many letters (ال، ات، ين) that unrelated claims reach 0.3: a casualty claim and a cholera
#: claim scored 0.34, while reworded reports of the same event scored 0.52 and 0.63.
MIN_SIMILARITY = 0.4

#: Words of the claim used to fetch candidates (the longest, which are the rarest as a rule).
CANDIDATE_WORDS = 8
CANDIDATES = 60


#: Above this many claims matching any of the words, bm25 is not used: it counts each word over
#: the whole index and scores every match (~200 ms for the 40,000 matches a claim's words can
#: have in a 100,000-claim library), while reading the first matches unranked takes a few ms.
RANK_CAP = 1000
#: Matches read (unranked) from each of the tighter queries when bm25 is not used.
READ_CAP = 2000
#: Candidates kept without bm25 (closest in length is a weaker order, so keep more for the
#: cosine re-ranking).
WIDE_CANDIDATES = 120


def _candidates(store: SearchStore, words: list[str], text: str, exclude_article: str,
                rank_cap: int = RANK_CAP) -> list[SearchRow]:
    """Up to CANDIDATES (WIDE_CANDIDATES without bm25) claim rows of other articles that share words with the claim.

    When at most RANK_CAP claims contain any of ``words``, all of them are ranked by bm25
    (small libraries, rare words). Otherwise tighter queries go first, each reading at most
    READ_CAP matches unranked and keeping those closest in length to the claim: all the words,
    then all of either half (longest half, shortest half), then any word; a looser query runs
    only while there are too few candidates. The caller re-ranks by 3-gram cosine anyway."""
    kinds, near = ("claim",), len(text)
    first = store.search(SearchRequest.any_of(
        words, kinds=kinds, exclude_article=exclude_article, limit=rank_cap + 1,
        cap=rank_cap + 1, near_length=near))
    if len(first) <= rank_cap:
        return store.search(SearchRequest.any_of(
            words, kinds=kinds, exclude_article=exclude_article, limit=CANDIDATES))
    half = (len(words) + 1) // 2
    tiers = [SearchRequest.all_of(words, kinds=kinds, exclude_article=exclude_article,
                                  limit=WIDE_CANDIDATES, cap=READ_CAP, near_length=near)]
    if len(words) > 1:
        tiers.append(SearchRequest.either(
            words[:half], words[half:], kinds=kinds, exclude_article=exclude_article,
            limit=WIDE_CANDIDATES, cap=READ_CAP, near_length=near))
    out: dict[str, SearchRow] = {}
    for request in tiers:
        for row in store.search(request):
            out.setdefault(row.ref_id, row)
        if len(out) >= WIDE_CANDIDATES:
            return list(out.values())[:WIDE_CANDIDATES]
    for row in first:  # the first matches of any word, closest in length first
        out.setdefault(row.ref_id, row)
        if len(out) >= WIDE_CANDIDATES:
            break
    return list(out.values())


def checked_before(wb: Workbench, claim_id: str, limit: int = 10, min_similarity: float = MIN_SIMILARITY,
                   rank_cap: int = RANK_CAP) -> list[Similar]:
    """Claims from other articles that say much the same, with their verdicts, most similar
    first: full-text candidates (any of the claim's content words), re-ranked by character
    3-gram cosine similarity of quote and statement."""
    claim = wb.claim(claim_id)
    text = normalize(f"{claim.quote}\n{claim.statement}")
    words = [w for w in dict.fromkeys(_WORDS.findall(text))
             if len(w) >= 3 and w not in STOPWORDS and not w.isdigit()]
    words = sorted(words, key=len, reverse=True)[:CANDIDATE_WORDS]
    if not words:
        return []
    rows = _candidates(wb.store, words, text, claim.article_id, rank_cap)
    found = _ratings(wb.store, [r.claim_id for r in rows])
    mine = _profile(text)
    scored = []
    for cid, row in found.items():
        sim = _cosine(mine, _profile(normalize(f"{row.quote}\n{row.statement}")))
        if sim >= min_similarity:
            scored.append((sim, cid, row))
    scored.sort(key=lambda t: (-t[0], t[1]))
    titles: dict[str, str] = {}
    out = []
    for sim, cid, row in scored[:limit]:
        if row.article_id not in titles:
            art = wb.store.article(row.article_id)
            titles[row.article_id] = art.title if art else ""
        rating = wb.scale.get(row.rating) if row.rating and row.rating in wb.scale else None
        out.append(Similar(cid, row.article_id, titles[row.article_id], row.quote,
                           row.statement, row.rating, rating.label_en if rating else "", row.rationale,
                           row.review_state, sim, rating.label_ar if rating else ""))
    return out
