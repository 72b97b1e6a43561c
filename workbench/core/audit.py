"""The audit trail's hash chain: each event hashes its content and the previous event's hash."""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple

GENESIS = "0" * 64


class ChainHead(NamedTuple):
    """The newest event ever appended, as the store keeps it apart from the events (so events
    removed from the end of the trail are noticed)."""

    seq: int
    hash: str


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(*, id: str, at: str, user: str, action: str, entity: str, entity_id: str,
               scope_id: str, before, after, prev_hash: str) -> str:
    payload = canonical({
        "id": id, "at": at, "user": user, "action": action, "entity": entity,
        "entity_id": entity_id, "scope_id": scope_id, "before": before, "after": after, "prev_hash": prev_hash,
    })
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def first_broken(events) -> tuple[int, str] | None:
    """The first event (seq, reason) whose chain link or own hash is wrong, else ``None``."""
    prev = GENESIS
    expected_seq = None
    for ev in events:
        if expected_seq is not None and ev.seq != expected_seq:
            return ev.seq, f"event {expected_seq} is missing"
        if ev.prev_hash != prev:
            return ev.seq, "does not follow the event before it"
        if ev.hash != event_hash(id=ev.id, at=ev.at, user=ev.user, action=ev.action,
                                 entity=ev.entity, entity_id=ev.entity_id, scope_id=ev.scope_id, before=ev.before,
                                 after=ev.after, prev_hash=ev.prev_hash):
            return ev.seq, "its content was changed after it was written"
        prev = ev.hash
        expected_seq = ev.seq + 1
    return None
