"""Captures: a web source archived as WARC evidence, hashed and (optionally) time-stamped.

A :class:`Capture` is history: capturing a source again adds one, nothing is overwritten. Its
WARC bytes (gzip, WARC 1.1 request/response records) live in the store beside it; the record
carries their SHA-256 and size. ``status`` is the HTTP status of the page itself (a capture is
only stored when the page answered 2xx; a failed capture stores nothing).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Capture:
    id: str
    source_id: str
    url: str  # as asked for
    final_url: str  # after redirects
    taken_at: str  # ISO 8601 UTC, seconds
    status: int  # HTTP status of the page
    sha256: str  # of the WARC bytes as stored
    size: int  # of the WARC bytes
    content_type: str = "application/warc"
    resources: int = 1  # pages and embedded resources recorded
    taken_by: str = ""
    # RFC 3161 trusted time, when a TSA stamped the sha256
    tsa_url: str | None = None
    ts_time: str | None = None
    token_sha256: str | None = None

    @property
    def timestamped(self) -> bool:
        return self.token_sha256 is not None

    def timestamp_json(self) -> dict | None:
        if self.token_sha256 is None:
            return None
        return {"tsa": self.tsa_url, "time": self.ts_time, "token_sha256": self.token_sha256}

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "url": self.url,
            "final_url": self.final_url,
            "taken_at": self.taken_at,
            "status": self.status,
            "sha256": self.sha256,
            "size": self.size,
            "timestamp": self.timestamp_json(),
        }


@dataclass(frozen=True)
class CaptureTimestamp:
    """An RFC 3161 token over a capture's sha256: who stamped it, the time it names, the token."""

    tsa_url: str
    time: str
    token: bytes
    token_sha256: str


# -- the evidence pack (``export --format wacz``) ------------------------------------------------
@dataclass(frozen=True)
class PackedCapture:
    """A capture going into an evidence pack: its record, its WARC bytes as stored, its token."""

    capture: Capture
    claim_id: str
    warc: bytes
    token: bytes | None = None


@dataclass(frozen=True)
class PackedFile:
    """A file attached to a source, as a WARC ``resource`` record (``target`` is its WARC-Target-URI)."""

    file_id: str
    name: str
    sha256: str
    size: int
    claim_id: str
    source_id: str
    target: str
    warc: bytes  # one gzip member: the resource record


@dataclass(frozen=True)
class EvidencePack:
    """The bytes behind a selection's verdicts, read by services for an export that carries them."""

    captures: tuple[PackedCapture, ...] = ()
    files: tuple[PackedFile, ...] = ()
    tsa_roots_pem: str = ""  # the desk's TSA trust roots, for offline verification of the tokens
