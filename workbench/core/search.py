"""What services ask the store's full-text index, and what it answers: engine-neutral records.

A :class:`SearchRequest` names *normalised* words (``core/normalize.py``) and how they combine;
each store turns it into its own query (SQLite: an FTS5 MATCH over a trigram index, with the
words the trigram index cannot match checked as substrings; PostgreSQL: ``pg_trgm`` or
``tsvector``). A word matches a document when it occurs in the document's normalised text as a
substring, the way the trigram index matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: What the index holds: an article's text, a claim's quote and statement, a claim's rationale,
#: a source's title, publisher and excerpt.
KINDS = ("article", "claim", "rationale", "source")


@dataclass(frozen=True)
class SearchRequest:
    """Documents that contain every word of at least one group of ``groups``.

    ``groups`` is an OR of ANDs: ``(("a", "b"),)`` is "a and b", ``(("a",), ("b",))`` is "a or b".
    Rows come back best first: by relevance (bm25 or the engine's equivalent) unless ``cap`` is
    set; with ``cap`` relevance is not computed (it is slow for common words in a large
    library): only the first ``cap`` matching documents, in any order the engine finds them
    fastest, are read, and those closest in length to ``near_length`` come first.
    """

    groups: tuple[tuple[str, ...], ...]
    kinds: tuple[str, ...] = ()  # only these kinds (all kinds when empty)
    exclude_article: str | None = None  # no documents of this article
    limit: int = 20  # at most this many rows
    cap: int | None = None
    near_length: int = 0  # with ``cap``: the length (normalised characters) to be close to

    @classmethod
    def all_of(cls, words: Iterable[str], **options) -> SearchRequest:
        """Documents containing every one of ``words``."""
        words = tuple(words)
        return cls((words,) if words else (), **options)

    @classmethod
    def any_of(cls, words: Iterable[str], **options) -> SearchRequest:
        """Documents containing at least one of ``words``."""
        return cls(tuple((w,) for w in words), **options)

    @classmethod
    def either(cls, *groups: Iterable[str], **options) -> SearchRequest:
        """Documents containing all the words of at least one of ``groups``."""
        return cls(tuple(tuple(g) for g in groups if tuple(g)), **options)

    @property
    def words(self) -> tuple[str, ...]:
        """Every word of the request, once each, in order."""
        return tuple(dict.fromkeys(w for g in self.groups for w in g))


@dataclass(frozen=True)
class SearchRow:
    """One document found: what it is and where it belongs."""

    kind: str  # one of KINDS
    ref_id: str  # the article, claim (for claim and rationale) or source id
    article_id: str
    claim_id: str = ""  # "" for an article


@dataclass(frozen=True)
class ClaimRating:
    """A claim's searched fields and verdict, without its sources (cheap to read in bulk)."""

    id: str
    article_id: str
    start: int
    end: int
    quote: str
    statement: str
    rating: str | None
    rationale: str
    review_state: str


@dataclass(frozen=True)
class SourceTexts:
    """A source's searched fields."""

    title: str = ""
    publisher: str = ""
    excerpt: str = ""
