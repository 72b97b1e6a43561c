"""Checking evidence offline: each item's bytes against its SHA-256, each time stamp against
that SHA-256 and the desk's trust roots (``workbench evidence verify``).

The records are plain (:class:`EvidenceItem`): whoever holds evidence (attached files today,
web captures next) hands its items over, so the check is the same for every kind.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import WorkbenchError
from .messages import term
from .timestamp import TimestampCheck, verify_timestamp

#: Kinds of evidence (each a word of core/messages.py TERMS).
KINDS = ("attached file", "capture")


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of evidence: its recorded SHA-256 (hex), its bytes, its time stamp if any."""

    kind: str  # one of KINDS
    id: str
    label: str  # what a person knows it by: the file's name, the captured URL
    sha256: str
    data: bytes
    token: bytes | None = None
    claim_id: str = ""
    source_id: str = ""
    # the SHA-256 the audit trail recorded when the item was taken (None: not checked); bytes
    # swapped together with their SHA-256 column still differ from it
    audit_sha256: str | None = None


@dataclass(frozen=True)
class ItemResult:
    kind: str
    id: str
    label: str
    claim_id: str
    source_id: str
    sha256: str
    actual_sha256: str
    timestamp: TimestampCheck | None  # None: the item carries no time stamp
    bytes_error: WorkbenchError | None = None

    @property
    def bytes_ok(self) -> bool:
        return self.bytes_error is None

    @property
    def ok(self) -> bool:
        return self.bytes_ok and (self.timestamp is None or self.timestamp.ok)

    @property
    def problems(self) -> list[str]:
        out = [] if self.bytes_error is None else [self.bytes_error.message]
        if self.timestamp is not None and not self.timestamp.ok:
            out.append(self.timestamp.reason)
        return out

    def to_json(self) -> dict:
        return {"kind": self.kind, "id": self.id, "label": self.label, "claim_id": self.claim_id,
                "source_id": self.source_id, "sha256": self.sha256, "actual_sha256": self.actual_sha256,
                "bytes_ok": self.bytes_ok,
                "timestamp": None if self.timestamp is None else self.timestamp.to_json(),
                "ok": self.ok, "problems": self.problems}


@dataclass(frozen=True)
class EvidenceReport:
    items: tuple[ItemResult, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.items)

    @property
    def failures(self) -> list[ItemResult]:
        return [r for r in self.items if not r.ok]

    @property
    def stamped(self) -> int:
        return sum(1 for r in self.items if r.timestamp is not None)

    def to_json(self) -> dict:
        return {"ok": self.ok, "checked": len(self.items), "stamped": self.stamped,
                "failed": len(self.failures), "items": [r.to_json() for r in self.items]}


def verify_item(item: EvidenceItem, trust_roots_pem: str) -> ItemResult:
    """Check one item: its bytes against its recorded SHA-256, and its token (if any) against
    that recorded SHA-256 (what was stamped) and the trust roots."""
    actual = hashlib.sha256(item.data).hexdigest()
    bytes_error = None
    if actual != item.sha256.lower():
        bytes_error = WorkbenchError("evidence.hash_mismatch", kind=term(item.kind), item=item.label or item.id,
                                     sha256=item.sha256, actual=actual)
    elif item.audit_sha256 is not None and item.audit_sha256.lower() != item.sha256.lower():
        bytes_error = WorkbenchError("evidence.not_recorded", kind=term(item.kind), item=item.label or item.id,
                                     sha256=item.sha256, recorded=item.audit_sha256 or "none")
    check = None
    if item.token is not None:
        try:
            recorded = bytes.fromhex(item.sha256)
        except ValueError:
            recorded = b""
        check = verify_timestamp(item.token, recorded, trust_roots_pem)
    return ItemResult(item.kind, item.id, item.label, item.claim_id, item.source_id, item.sha256,
                      actual, check, bytes_error)


def verify_evidence(items: Iterable[EvidenceItem], trust_roots_pem: str) -> EvidenceReport:
    """Check every item (an iterable, so items can be read from the database one at a time)."""
    return EvidenceReport(tuple(verify_item(item, trust_roots_pem) for item in items))
