"""The bytes behind a selection's verdicts, for the exports that carry them (the WACZ evidence
pack): each capture's WARC as stored with its RFC 3161 token, and each attached file as a WARC
``resource`` record written here with warcio. Exports import only core: they get these bytes as
an :class:`~workbench.core.evidence.EvidencePack` on the :class:`Selection`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, TypeVar
from urllib.parse import quote

from workbench.core.evidence import Capture, EvidencePack, PackedCapture, PackedFile
from workbench.core.model import Claim

from .session import Workbench
from .timestamp import tsa_settings

S = TypeVar("S")


def file_target(file_id: str, name: str) -> str:
    """The WARC-Target-URI of an attached file in a pack (it has no web address of its own)."""
    return f"urn:workbench:file:{file_id}/{quote(name, safe='')}"


def file_warc(target: str, name: str, data: bytes, added_at: str = "") -> bytes:
    """One gzip WARC 1.1 ``resource`` record holding an attached file's bytes."""
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    headers = {"WARC-Filename": name}
    if added_at:
        headers["WARC-Date"] = _warc_date(added_at)
    record = writer.create_warc_record(target, "resource", payload=io.BytesIO(data), length=len(data),
                                       warc_content_type=_content_type(name), warc_headers_dict=headers)
    writer.write_record(record)
    return out.getvalue()


def _warc_date(iso: str) -> str:
    """ISO 8601 with a zone as WARC-Date wants it (``2026-11-30T14:02:00Z``)."""
    from datetime import UTC, datetime

    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _content_type(name: str) -> str:
    import mimetypes

    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def evidence_pack(wb: Workbench, claims: Iterable[Claim]) -> EvidencePack:
    """Every capture and attached file of the claims' sources, in claim order."""
    captures: list[PackedCapture] = []
    files: list[PackedFile] = []
    for claim in claims:
        for source in claim.sources:
            for cap in source.captures:
                captures.append(PackedCapture(cap, claim.id, checked_capture(wb, cap, readable=True),
                                              wb.store.capture_token(cap.id)))
            for f in source.files:
                target = file_target(f.id, f.name)
                files.append(PackedFile(f.id, f.name, f.sha256, f.size, claim.id, source.id, target,
                                        file_warc(target, f.name, wb.file_data(f.id), f.added_at)))
    return EvidencePack(tuple(captures), tuple(files), tsa_settings(wb).roots_pem)


def checked_capture(wb: Workbench, cap: Capture, readable: bool = False) -> bytes:
    """A capture's bytes for an export, once they match their SHA-256 and the audit trail's
    (and, with ``readable``, once warcio reads them); ``capture.altered_export`` names it otherwise."""
    from workbench.core.urls import shown

    from .capture import CaptureError, records, verified_data

    try:
        data = verified_data(wb, cap)
        if readable:
            records(data, cap.id)
    except CaptureError:
        raise CaptureError("capture.altered_export", capture=cap.id,
                           url=shown(cap.final_url or cap.url)) from None
    return data


def for_export(wb: Workbench, form: Any, selection: S) -> S:
    """The selection an export of ``form`` is written from: with its evidence's bytes for a
    pack (``needs_evidence``: every capture read and checked once, there), and refused when a
    capture it would vouch for was altered (``shows_evidence``: a report must not print the
    SHA-256 of bytes that changed); other formats print no capture and read none."""
    if form.needs_evidence:
        return with_evidence(wb, selection)
    if form.shows_evidence:
        sel: Any = selection
        for _article, claim in sel.claims():
            for source in claim.sources:
                for cap in source.captures:
                    checked_capture(wb, cap)
    return selection


def with_evidence(wb: Workbench, selection: S) -> S:
    """An export ``Selection`` carrying its evidence's bytes (for ``export --format wacz``)."""
    sel: Any = selection
    return replace(sel, evidence=evidence_pack(wb, (claim for _article, claim in sel.claims())))
