"""What the SQLite and PostgreSQL stores share: rows to domain records and back (both speak the
same table and column names, ``db/schema.sql``, ``db/schema-postgres.sql``, so a row read by
either becomes a record here, and what a store writes for a record is made here), and waiting
for the trail's head to move."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import replace

from workbench.core.evidence import Capture
from workbench.core.model import Article, AttachedFile, Claim, Event, ReviewState, Source, Stance
from workbench.core.proposal import Proposal

#: The columns of ``captures`` a :class:`Capture` is read from (never the WARC bytes or the token).
CAPTURE_COLUMNS = ("id, source_id, url, final_url, taken_at, taken_by, status, content_type, "
                   "resources, sha256, size, tsa_url, ts_time, token_sha256")


def article(row: dict) -> Article:
    return Article(**{k: row[k] or "" for k in (
        "id", "title", "language", "text", "url", "publisher", "published", "added_at", "added_by")})


def source(s: dict, files: list[AttachedFile]) -> Source:
    return Source(
        id=s["id"], claim_id=s["claim_id"], url=s["url"], title=s["title"] or "",
        publisher=s["publisher"] or "", published=s["published"] or "",
        accessed=s["accessed"] or "", excerpt=s["excerpt"] or "", stance=Stance(s["stance"]),
        files=tuple(files), added_at=s["added_at"], added_by=s["added_by"] or "")


def sources_by_claim(claim_ids: list[str], srows: list[dict], file_rows: list[dict],
                     captures: dict[str, list[Capture]]) -> dict[str, list[Source]]:
    """The claims' sources (rows in their order) with their files and captures."""
    files: dict[str, list[AttachedFile]] = {}
    for f in file_rows:
        files.setdefault(f["source_id"], []).append(
            AttachedFile(f["id"], f["name"], f["sha256"], f["size"], f["added_at"]))
    out: dict[str, list[Source]] = {cid: [] for cid in claim_ids}
    for s in srows:
        src = source(s, files.get(s["id"], []))
        if s["id"] in captures:
            src = replace(src, captures=tuple(captures[s["id"]]))
        out[s["claim_id"]].append(src)
    return out


def claim(r: dict, sources: list[Source]) -> Claim:
    return Claim(
        id=r["id"], article_id=r["article_id"], start=r["start"], end=r["end"],
        quote=r["quote"], statement=r["statement"], rating=r["rating"],
        rationale=r["rationale"], review_state=ReviewState(r["review_state"]),
        created_at=r["created_at"], created_by=r["created_by"] or "",
        updated_at=r["updated_at"], updated_by=r["updated_by"] or "", sources=tuple(sources))


def claim_row(c: Claim) -> dict:
    row = c.to_json()
    del row["sources"]
    return row


def capture(r: dict) -> Capture:
    return Capture(
        id=r["id"], source_id=r["source_id"], url=r["url"], final_url=r["final_url"],
        taken_at=r["taken_at"], status=r["status"], sha256=r["sha256"], size=r["size"],
        content_type=r["content_type"], resources=r["resources"], taken_by=r["taken_by"],
        tsa_url=r["tsa_url"], ts_time=r["ts_time"], token_sha256=r["token_sha256"])


def event(r: dict) -> Event:
    return Event(
        seq=r["seq"], id=r["id"], at=r["at"], user=r["user"], action=r["action"],
        entity=r["entity"], entity_id=r["entity_id"], scope_id=r["scope_id"],
        before=None if r["before"] is None else json.loads(r["before"]),
        after=None if r["after"] is None else json.loads(r["after"]),
        prev_hash=r["prev_hash"], hash=r["hash"])


def event_row(e: Event) -> dict:
    """An event as stored: ``before`` and ``after`` as canonical JSON text (what the hash covers)."""
    row = e.to_json()
    for k in ("before", "after"):
        row[k] = None if row[k] is None else json.dumps(row[k], ensure_ascii=False, sort_keys=True)
    return row


def proposal(r: dict) -> Proposal:
    return Proposal(
        id=r["id"], article_id=r["article_id"], start=r["start"], end=r["end"],
        quote=r["quote"], score=r["score"], reasons=tuple(json.loads(r["reasons"])),
        decision=r["decision"], decided_by=r["decided_by"] or "",
        decided_at=r["decided_at"] or "", claim_id=r["claim_id"] or "",
        created_at=r["created_at"], created_by=r["created_by"] or "")


#: How often a store without notifications looks at the head of the trail while waiting.
POLL_S = 0.2


def poll_for_change(head_seq: Callable[[], int], after_seq: int, deadline: float) -> bool:
    """True as soon as ``head_seq()`` is past ``after_seq``, False at ``deadline``
    (``time.monotonic()``), looking every :data:`POLL_S` seconds (a one-row read)."""
    while True:
        if head_seq() > after_seq:
            return True
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        time.sleep(min(POLL_S, left))
