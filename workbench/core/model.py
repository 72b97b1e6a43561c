"""Plain domain records. They carry what the store holds and what services return."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import StrEnum

from .evidence import Capture


def new_id() -> str:
    """A stable id: a random UUID, the same in every database the record reaches."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """UTC time with seconds, ISO 8601 (what the audit trail and 'who/when' fields hold)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class ReviewState(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class Role(StrEnum):
    CHECKER = "checker"
    EDITOR = "editor"


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    language: str
    text: str
    url: str = ""
    publisher: str = ""
    published: str = ""
    added_at: str = ""
    added_by: str = ""

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "text": self.text,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published,
            "added_at": self.added_at,
            "added_by": self.added_by,
        }


@dataclass(frozen=True)
class AttachedFile:
    id: str
    name: str
    sha256: str
    size: int
    added_at: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "sha256": self.sha256, "size": self.size}


@dataclass(frozen=True)
class Source:
    id: str
    claim_id: str
    url: str
    title: str = ""
    publisher: str = ""
    published: str = ""
    accessed: str = ""
    excerpt: str = ""
    stance: Stance = Stance.CONTEXT
    files: tuple[AttachedFile, ...] = ()
    added_at: str = ""
    added_by: str = ""
    captures: tuple[Capture, ...] = ()  # oldest first; not in to_json (see evidence_json)

    def evidence_json(self) -> dict:
        """:meth:`to_json` with the source's captures, oldest first (``claims --json``)."""
        return {**self.to_json(), "captures": [c.to_json() for c in self.captures]}

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "publisher": self.publisher,
            "published": self.published,
            "accessed": self.accessed,
            "excerpt": self.excerpt,
            "stance": str(self.stance),
            "files": [f.to_json() for f in self.files],
        }


@dataclass(frozen=True)
class Approval:
    """Who approved a claim's current verdict, and when (from the audit trail)."""

    by: str
    at: str


@dataclass(frozen=True)
class Claim:
    id: str
    article_id: str
    start: int
    end: int
    quote: str
    statement: str = ""
    rating: str | None = None
    rationale: str = ""
    review_state: ReviewState = ReviewState.DRAFT
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    sources: tuple[Source, ...] = field(default=())
    #: Set only on claims services hand to exports (``Workbench.export_claims``): the approval
    #: of an approved claim. Not stored with the claim, not compared, not in ``to_json``.
    approval: Approval | None = field(default=None, compare=False)

    def with_(self, **changes) -> "Claim":
        return replace(self, **changes)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "statement": self.statement,
            "rating": self.rating,
            "rationale": self.rationale,
            "review_state": str(self.review_state),
            "created_at": self.created_at,
            "created_by": self.created_by,
            "updated_at": self.updated_at,
            "updated_by": self.updated_by,
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass(frozen=True)
class User:
    name: str
    role: Role = Role.CHECKER
    created_at: str = ""


@dataclass(frozen=True)
class Event:
    """One line of the audit trail. ``hash`` covers every other field and ``prev_hash``."""

    seq: int
    id: str
    at: str
    user: str
    action: str
    entity: str
    entity_id: str
    scope_id: str  # the claim (or article) the event belongs to, for a claim's history
    before: dict | None
    after: dict | None
    prev_hash: str
    hash: str

    def to_json(self) -> dict:
        return {
            "seq": self.seq,
            "id": self.id,
            "at": self.at,
            "user": self.user,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "scope_id": self.scope_id,
            "before": self.before,
            "after": self.after,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }
