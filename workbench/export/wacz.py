"""The evidence pack: a WACZ 1.1 package of every capture and attached file behind the
verdicts, with a manifest tying each claim to its rating, rationale, review, sources, capture
hashes and RFC 3161 tokens (``workbench export --format wacz``).

Layout (WACZ 1.1.1, what the ``wacz`` package validates and WACZ readers open):

- ``archive/capture-<id>.warc.gz``: each capture's WARC exactly as stored, so the SHA-256 the
  datapackage lists for it is the one recorded at capture time and stamped by the TSA;
- ``archive/attached-files.warc.gz``: the attached files as WARC ``resource`` records;
- ``indexes/index.cdx``: the CDXJ index of every response and resource record;
- ``pages/pages.jsonl``: one page per capture (the captured page, at its WARC-Date);
- ``evidence/fact-checks.json``: the manifest; ``evidence/tsa-roots.pem``: the desk's TSA trust
  roots (when set), to verify the tokens offline;
- ``datapackage.json`` (each file's path, size and ``sha256:`` hash) and ``datapackage-digest.json``.

The bytes come in prepared by services (``Selection.evidence``); nothing here reads a database.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime

from workbench.core.errors import InvalidInput, WorkbenchError
from workbench.core.evidence import EvidencePack, PackedCapture

from .common import ExportOptions, Progress, Selection

WACZ_VERSION = "1.1.1"
MANIFEST_PATH = "evidence/fact-checks.json"
ROOTS_PATH = "evidence/tsa-roots.pem"
FILES_WARC = "archive/attached-files.warc.gz"
MANIFEST_FORMAT = "workbench-fact-checks/1"


def capture_path(capture_id: str) -> str:
    return f"archive/capture-{capture_id}.warc.gz"


def _ts14(warc_date: str) -> str:
    return "".join(ch for ch in warc_date if ch.isdigit())[:14].ljust(14, "0")


def _surt(url: str) -> str:
    import surt

    try:
        return surt.surt(url)
    except Exception:  # noqa: BLE001 - an address surt cannot read is indexed as it is
        return url


def _index(filename: str, data: bytes) -> tuple[list[str], list[dict]]:
    """CDXJ lines of the response and resource records of one WARC file, and the pages (2xx
    HTML-or-any responses, first of each file) as (url, ts)."""
    from warcio.archiveiterator import ArchiveIterator

    lines: list[str] = []
    pages: list[dict] = []
    it = ArchiveIterator(io.BytesIO(data))
    for rec in it:
        kind = rec.rec_type
        url = rec.rec_headers.get_header("WARC-Target-URI") or ""
        date = rec.rec_headers.get_header("WARC-Date") or ""
        entry: dict = {"url": url}
        if kind == "response" and rec.http_headers is not None:
            status = rec.http_headers.get_statuscode() or ""
            mime = (rec.http_headers.get_header("Content-Type") or "").split(";", 1)[0].strip()
            entry.update(mime=mime or "unk", status=status)
            if status.startswith("2") and not pages:
                pages.append({"url": url, "ts": date})
        elif kind == "resource":
            entry.update(mime=(rec.rec_headers.get_header("Content-Type") or "application/octet-stream"),
                         status="200")
        else:
            it.read_to_end(rec)
            continue
        digest = rec.rec_headers.get_header("WARC-Payload-Digest") or rec.rec_headers.get_header("WARC-Block-Digest")
        if digest:
            entry["digest"] = digest
        it.read_to_end(rec)
        offset, length = it.member_info
        entry.update(length=str(length), offset=str(offset), filename=filename.rsplit("/", 1)[-1])
        lines.append(f"{_surt(url)} {_ts14(date)} {json.dumps(entry, ensure_ascii=False)}")
    return lines, pages


def _capture_json(packed: PackedCapture) -> dict:
    cap = packed.capture
    stamp = None
    if cap.token_sha256 is not None:
        stamp = {"tsa": cap.tsa_url, "time": cap.ts_time, "token_sha256": cap.token_sha256,
                 "token": base64.b64encode(packed.token).decode("ascii") if packed.token else None,
                 "token_encoding": "DER TimeStampToken (RFC 3161), base64"}
    return {**cap.to_json(), "taken_by": cap.taken_by, "resources": cap.resources,
            "warc": capture_path(cap.id), "timestamp": stamp}


def manifest(selection: Selection, scale, options: ExportOptions, created: str) -> dict:
    """Each claim with its rating, rationale, review, sources, captures (hashes, tokens) and files."""
    pack = selection.evidence or EvidencePack()
    captures = {p.capture.id: p for p in pack.captures}
    files = {f.file_id: f for f in pack.files}
    articles = []
    for part in selection.articles:
        article = part.article
        claims = []
        for claim in part.claims:
            rating = None
            if claim.rating:
                r = scale.get(claim.rating)
                rating = {"key": r.key, "label_en": r.label_en, "label_ar": r.label_ar, "value": r.value}
            try:
                url = options.fact_check_url(article, claim) if options.org_url else None
            except WorkbenchError:
                url = None
            sources = []
            for s in claim.sources:
                sources.append({
                    "id": s.id, "url": s.url, "title": s.title, "publisher": s.publisher,
                    "published": s.published, "accessed": s.accessed, "stance": str(s.stance),
                    "excerpt": s.excerpt,
                    "captures": [_capture_json(captures[c.id]) for c in s.captures if c.id in captures],
                    "files": [{**f.to_json(), "warc": FILES_WARC, "warc_target": files[f.id].target}
                              for f in s.files if f.id in files]})
            claims.append({
                "id": claim.id, "quote": claim.quote, "statement": claim.statement,
                "start": claim.start, "end": claim.end, "rating": rating, "rationale": claim.rationale,
                "review": {"state": str(claim.review_state),
                           "approved_by": claim.approval.by if claim.approval else None,
                           "approved_at": claim.approval.at if claim.approval else None},
                "fact_check_url": url, "sources": sources})
        articles.append({"id": article.id, "title": article.title, "language": article.language,
                         "url": article.url, "publisher": article.publisher, "published": article.published,
                         "claims": claims})
    return {"format": MANIFEST_FORMAT, "created": created, "organisation": {
                "name": options.org_name, "url": options.org_url},
            "all_states": selection.all_states,
            "tsa_roots": ROOTS_PATH if pack.tsa_roots_pem else None,
            "articles": articles}


def _info(path: str, when: tuple, stored: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, when)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    return info


def render_wacz(selection: Selection, scale, options: ExportOptions, progress: Progress | None = None) -> bytes:
    if selection.evidence is None:
        raise ValueError("a WACZ pack needs Selection.evidence (services.evidence_pack.with_evidence)")
    pack = selection.evidence
    if not pack.captures and not pack.files:
        raise InvalidInput("export.no_evidence")
    now = datetime.now(UTC).replace(microsecond=0)
    created = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    when = now.timetuple()[:6]
    entries: list[tuple[str, bytes, bool]] = []  # path, bytes, stored (not deflated)
    cdx: list[str] = []
    pages: list[dict] = []
    titles = {s.id: s.title for _a, c in selection.claims() for s in c.sources}
    seen: set[str] = set()
    total = len(pack.captures) + 1
    for i, packed in enumerate(pack.captures):
        if progress is not None:
            progress(i, total)
        cap = packed.capture
        if cap.id in seen:
            continue
        seen.add(cap.id)
        path = capture_path(cap.id)
        entries.append((path, packed.warc, True))
        lines, found = _index(path, packed.warc)
        cdx += lines
        for page in found:
            pages.append({"id": cap.id, "url": page["url"], "ts": page["ts"] or cap.taken_at,
                          "title": titles.get(cap.source_id) or cap.final_url})
    if pack.files:
        files_warc, done = b"", set()
        for f in pack.files:
            if f.file_id not in done:
                done.add(f.file_id)
                files_warc += f.warc  # gzip members, one record each: concatenated, one WARC
        entries.append((FILES_WARC, files_warc, True))
        cdx += _index(FILES_WARC, files_warc)[0]
    entries.append(("indexes/index.cdx", ("".join(line + "\n" for line in sorted(cdx))).encode("utf-8"), True))
    title = ", ".join(p.article.title for p in selection.articles)
    page_lines = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": title or "Pages"},
                             ensure_ascii=False)]
    page_lines += [json.dumps(p, ensure_ascii=False) for p in pages]
    entries.append(("pages/pages.jsonl", ("\n".join(page_lines) + "\n").encode("utf-8"), False))
    doc = manifest(selection, scale, options, created)
    entries.append((MANIFEST_PATH, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"), False))
    if pack.tsa_roots_pem:
        entries.append((ROOTS_PATH, pack.tsa_roots_pem.encode("utf-8"), False))

    resources = [{"name": path.rsplit("/", 1)[-1].lower(), "path": path,
                  "hash": "sha256:" + hashlib.sha256(data).hexdigest(), "bytes": len(data)}
                 for path, data, _stored in entries]
    package = {"profile": "data-package", "resources": resources, "title": f"Evidence: {title}" if title else "Evidence",
               "description": "Web captures and attached files behind fact-checking verdicts, with "
                              f"their manifest ({MANIFEST_PATH})",
               "created": created, "wacz_version": WACZ_VERSION, "software": "workbench"}
    if pages:
        package["mainPageURL"] = pages[0]["url"]
        package["mainPageDate"] = pages[0]["ts"]
    package_bytes = json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")
    digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for path, data, stored in entries:
            z.writestr(_info(path, when, stored), data)
        z.writestr(_info("datapackage.json", when, False), package_bytes)
        z.writestr(_info("datapackage-digest.json", when, False), json.dumps(digest, indent=2).encode("utf-8"))
    if progress is not None:
        progress(total, total)
    return out.getvalue()
