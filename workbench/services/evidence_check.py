"""``workbench evidence verify``: every piece of evidence of the database (or of one article),
read one at a time and checked offline (``core/evidence_check.py``) against the desk's trust roots.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.evidence_check import EvidenceItem, EvidenceReport, verify_evidence

from .session import Workbench
from .timestamp import tsa_settings


def file_items(wb: Workbench, article_id: str | None = None) -> Iterator[EvidenceItem]:
    """The files attached to sources (bytes against the SHA-256 recorded when attached)."""
    for claim in wb.claims(article_id):
        for source in claim.sources:
            for f in source.files:
                yield EvidenceItem("attached file", f.id, f.name, f.sha256, wb.file_data(f.id),
                                   None, claim.id, source.id)


def capture_items(wb: Workbench, article_id: str | None = None) -> Iterator[EvidenceItem]:
    """The web captures of the article's (or every) source: the WARC bytes against the SHA-256
    recorded when captured and the one its audit event recorded (as ``check``), and the RFC 3161
    token (if any) over that SHA-256."""
    from .capture import recorded_sha256

    recorded = recorded_sha256(wb)
    for claim in wb.claims(article_id):
        for source in claim.sources:
            for cap in source.captures:
                yield EvidenceItem("capture", cap.id, cap.final_url or cap.url, cap.sha256,
                                   wb.store.capture_data(cap.id) or b"", wb.store.capture_token(cap.id),
                                   claim.id, source.id, recorded.get(cap.id, ""))


def evidence_items(wb: Workbench, article_id: str | None = None) -> Iterator[EvidenceItem]:
    if article_id is not None:
        wb.article(article_id)  # an unknown article is an error, not an empty report
    yield from file_items(wb, article_id)
    yield from capture_items(wb, article_id)


def check_evidence(wb: Workbench, article_id: str | None = None) -> EvidenceReport:
    """Every item's bytes and time stamp, against the desk's trust roots."""
    return verify_evidence(evidence_items(wb, article_id), tsa_settings(wb).roots_pem)
