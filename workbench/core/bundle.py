"""Pure rules for moving an article between databases: which of a bundle's events can be
trusted, and whether a claim changed on one side, on the other, or on both (a conflict).

How two chains meet. Every database has its own hash chain (``core/audit.py``); a bundle
carries the events of one article *as they stand in the exporter's chain*, together with the
skeleton of that whole chain (``[seq, prev_hash, hash]`` of every event, no content). The
importer checks that the skeleton links from the genesis hash without a gap, and that each
event it carries hashes to the value the skeleton has at its place. It trusts the longest valid
prefix: everything before the first broken link or altered event; what follows is rejected.

A trusted foreign event is never inserted into the local chain as it is (its ``prev_hash``
points into the other chain). It is re-appended as a local ``import`` event whose ``after``
holds the foreign event whole, with the id of its chain (the hash of that chain's first event).
So the local chain stays one unbroken line, covers what was imported, and the foreign event
still proves its own content. Events are known by their original UUID, so the same event
arriving again (or travelling back to the desk that wrote it) is recognised and not doubled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import audit
from .model import Event
from .review import CHANGE_ACTIONS, is_wrapper, unwrap

FORMAT = "workbench-bundle"
VERSION = 1


def sealed(ev: Event) -> bool:
    """The event's content still hashes to its ``hash``."""
    return ev.hash == audit.event_hash(
        id=ev.id, at=ev.at, user=ev.user, action=ev.action, entity=ev.entity,
        entity_id=ev.entity_id, scope_id=ev.scope_id, before=ev.before, after=ev.after,
        prev_hash=ev.prev_hash)


@dataclass(frozen=True)
class ChainVerdict:
    chain_id: str  # hash of the exporter's first event
    trusted: frozenset[str]  # ids of the carried (raw) events inside the valid prefix
    broken: tuple[int, str] | None  # where the exporter's chain stops being valid


def verify_carried(skeleton: Sequence[Sequence], events: Iterable[Event]) -> ChainVerdict:
    """Which carried events sit in the longest valid prefix of the exporter's chain."""
    links: dict[int, tuple[str, str]] = {}
    broken: tuple[int, str] | None = None
    prev, expected = audit.GENESIS, 1
    for seq, prev_hash, digest in skeleton:
        if seq != expected:
            broken = (expected, f"event {expected} of the exporting database is missing")
            break
        if prev_hash != prev:
            broken = (seq, "does not follow the event before it")
            break
        links[seq] = (prev_hash, digest)
        prev, expected = digest, seq + 1
    events = sorted(events, key=lambda e: e.seq)
    for ev in events:
        if broken and ev.seq >= broken[0]:
            break
        if links.get(ev.seq) != (ev.prev_hash, ev.hash):
            broken = (ev.seq, "is not the event the exporter's chain holds at that place")
        elif not sealed(ev) or (is_wrapper(ev) and not sealed(unwrap(ev))):
            broken = (ev.seq, "its content was changed after it was written")
    trusted = frozenset(e.id for e in events if broken is None or e.seq < broken[0])
    chain_id = skeleton[0][2] if skeleton else audit.GENESIS
    return ChainVerdict(chain_id, trusted, broken)


@dataclass(frozen=True)
class ClaimMerge:
    """How one claim's foreign events relate to the local ones."""

    kind: str  # "unchanged", "theirs" (take the bundle's claim), "ours" (keep local), "conflict"
    new_events: tuple[Event, ...]  # foreign events this database has not seen
    local_only: tuple[Event, ...]  # local changes the other side has not seen
    foreign_only: tuple[Event, ...]  # foreign changes this side has not seen


def classify(foreign: Sequence[Event], local: Sequence[Event], exists_locally: bool) -> ClaimMerge:
    """``foreign`` and ``local`` are one claim's events on each side, unwrapped, oldest first.

    A side *changed* the claim when it holds a change (edit, verdict, source, review step,
    deletion) the other side has not seen. Changed on one side only: the longer history wins
    (it contains the other). Changed on both: a conflict, and neither side is overwritten.
    Creating and commenting never conflict."""
    known = {e.id for e in local}
    seen_there = {e.id for e in foreign}
    new = tuple(e for e in foreign if e.id not in known)
    foreign_only = tuple(e for e in new if e.action in CHANGE_ACTIONS)
    local_only = tuple(e for e in local if e.action in CHANGE_ACTIONS and e.id not in seen_there)
    if foreign_only and local_only:
        kind = "conflict"
    elif foreign_only or (new and not exists_locally and not local):
        kind = "theirs"
    else:
        kind = "unchanged" if not new else "ours"
    return ClaimMerge(kind, new, local_only, foreign_only)
