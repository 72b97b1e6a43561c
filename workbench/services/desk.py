"""A live desk: what others changed since a point of the audit trail, and edits made on stale
data refused instead of overwriting someone else's.

Every change is one audit event with a growing ``seq``, so "what changed since I looked" is the
events after the seq I last saw (``AuditStore.events_after``), and "the version I opened" of a
claim is the head seq when I opened it: an edit that brings that seq along is refused when
someone else recorded an event on the claim after it (:func:`check_fresh`). Waiting for the
next change is the store's one engine-specific part (``ChangeWaiter.wait_for_change``: SQLite
polls the head of the trail; a server can use LISTEN/NOTIFY).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.core.changes import ChangeKind, kinds_of
from workbench.core.errors import StaleEdit
from workbench.core.messages import term
from workbench.core.model import Event

if TYPE_CHECKING:
    from .ports import Store

#: What the English line says someone did ("omar approved claim 3").
VERBS: dict[str, str] = {
    "claim.add": "added claim",
    "claim.restore": "restored claim",
    "claim.delete": "deleted claim",
    "claim.edit": "changed the statement of claim",
    "claim.merge": "merged claim",
    "verdict.set": "set the verdict of claim",
    "source.add": "added a source to claim",
    "source.edit": "edited a source of claim",
    "source.remove": "removed a source from claim",
    "source.restore": "restored a source of claim",
    "review.submit": "submitted claim",
    "review.approve": "approved claim",
    "review.request_changes": "requested changes on claim",
    "review.withdraw": "withdrew claim",
    "review.restore": "restored the review state of claim",
    "comment.add": "commented on claim",
    "comment.retract": "retracted a comment on claim",
    "proposal.accept": "accepted a proposed claim as claim",
    "article.add": "added article",
    "article.import": "imported article",
    "article.rename": "renamed article",
    "article.delete": "deleted article",
    "article.restore": "restored article",
    "bundle.import": "imported a bundle into article",
    "user.add": "added a person to the desk",
    "user.role": "changed a person's role",
    "setting.set": "changed a setting of the desk",
}

#: Events on a claim that do not make an edit of it stale: talk about it, not its content.
NOT_CONTENT = frozenset({"comment.add", "comment.retract"})


@dataclass(frozen=True)
class DeskChange:
    """One change on the desk, from one audit event."""

    seq: int
    event: str
    claim_id: str | None
    article_id: str | None
    user: str
    at: str

    @property
    def kinds(self) -> ChangeKind:
        return kinds_of(self.event)

    def to_json(self) -> dict:
        return {"event": self.event, "claim_id": self.claim_id, "article_id": self.article_id,
                "user": self.user, "at": self.at, "seq": self.seq}

    def line(self) -> str:
        """One readable English line: "omar approved claim 3f2a… (article 9c1d…)"."""
        verb = VERBS.get(self.event)
        if verb is None:
            text = f"{self.user}: {self.event}"
            target = self.claim_id or self.article_id
            return f"{text} {target}" if target else text
        if verb.endswith("claim"):
            text = f"{self.user} {verb} {self.claim_id}"
            return f"{text} (article {self.article_id})" if self.article_id else text
        if verb.endswith("article"):
            return f"{self.user} {verb} {self.article_id}"
        return f"{self.user} {verb}"


@dataclass(frozen=True)
class DeskChanges:
    """The changes after a seq, and the head seq to ask from next time."""

    changes: tuple[DeskChange, ...]
    head: int


def _article_of(store: Store, ev: Event, claim_id: str | None, cache: dict[str, str | None]) -> str | None:
    for side in (ev.after, ev.before):
        if isinstance(side, dict) and isinstance(side.get("article_id"), str):
            return side["article_id"]
    if claim_id is None:
        return None
    if claim_id not in cache:
        claim = store.claim(claim_id)
        cache[claim_id] = claim.article_id if claim else None
    return cache[claim_id]


def desk_change(store: Store, ev: Event, cache: dict[str, str | None] | None = None) -> DeskChange:
    """The change ``ev`` records: which claim and article it is about, who, when."""
    cache = {} if cache is None else cache
    if ev.entity == "article":
        return DeskChange(ev.seq, ev.action, None, ev.entity_id, ev.user, ev.at)
    if ev.entity in ("user", "setting"):
        return DeskChange(ev.seq, ev.action, None, None, ev.user, ev.at)
    claim_id: str | None = ev.scope_id or None
    if ev.entity == "proposal" and claim_id and store.claim(claim_id) is None:
        return DeskChange(ev.seq, ev.action, None, claim_id, ev.user, ev.at)
    return DeskChange(ev.seq, ev.action, claim_id, _article_of(store, ev, claim_id, cache), ev.user, ev.at)


def changes_after(store: Store, since: int, skip: Iterable[int] = ()) -> DeskChanges:
    """Every change after ``since`` except the events numbered in ``skip`` (one's own)."""
    head = store.head_seq()
    skipped = set(skip)
    cache: dict[str, str | None] = {}
    events = [e for e in store.events_after(since) if e.seq not in skipped and e.seq <= head] if head > since else []
    return DeskChanges(tuple(desk_change(store, e, cache) for e in events), max(head, since))


def _what(ev: Event) -> str:
    """The part of a claim an event changed, as a word the window translates."""
    if ev.action == "verdict.set":
        before, after = ev.before or {}, ev.after or {}
        if before.get("rating") == after.get("rating"):
            return "rationale"
        return "verdict"
    if ev.action in ("claim.edit",):
        return "statement"
    if ev.action.startswith("source."):
        return "sources"
    if ev.action.startswith("review."):
        return "review state"
    return "claim"


def check_fresh(store: Store, claim_id: str, opened: int | None, own: Iterable[int] = ()) -> None:
    """Refuse an edit of ``claim_id`` made on the version of it opened at seq ``opened`` when
    someone else has changed it since (comments do not count; ``own``: this session's events).
    ``None``: the caller acts on the latest version (the command line)."""
    if opened is None:
        return
    mine = set(own)
    later = [e for e in store.events_after(opened, scope_id=claim_id)
             if e.action not in NOT_CONTENT and e.seq not in mine]
    if not later:
        return
    ev = later[-1]
    raise StaleEdit("claim.changed_since", user=ev.user, what=term(_what(ev)),
                   time=ev.at[11:16], claim=claim_id)
