"""Bundles: one file that carries an article to another desk and back.

A bundle is a zip holding ``bundle.json`` (article, claims with sources, comments, the events of
the article and the skeleton of the exporter's chain), ``files/<file id>`` (the bytes of each
attached file) and, for each web capture of a source, ``captures/<id>.warc.gz`` (its WARC bytes)
and ``captures/<id>.tsr`` (its RFC 3161 token, when stamped). Captures go and come with their
source: a claim taken from the bundle takes its sources' captures, checked against their SHA-256
(a capture is history, not a change: one made on the other desk joins this one's source).
``import_bundle`` merges it by UUID; see :mod:`workbench.core.bundle` for how the
two audit trails meet and when a claim is a conflict.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core import bundle as rules
from workbench.core.errors import InvalidInput
from workbench.core.evidence import Capture
from workbench.core.filenames import is_one_of, name_problem, shown
from workbench.core.model import Article, AttachedFile, Claim, Event, ReviewState, Source, Stance
from workbench.core.review import (
    IMPORT_ACTION, IMPORT_ENTITY, Comment, event_from_json, origin_of, unwrap, wrap_after,
)

from .session import Workbench, _claim_fields

MANIFEST = "bundle.json"
#: Largest bundle read: the article, its sources and their files (each at most 100 MB).
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024


def _capture_json(c: Capture) -> dict:
    return {**c.to_json(), "source_id": c.source_id, "content_type": c.content_type,
            "resources": c.resources, "taken_by": c.taken_by}


def _capture_from(d: dict) -> Capture:
    stamp = d.get("timestamp") or {}
    return Capture(d["id"], d["source_id"], d["url"], d["final_url"], d["taken_at"], int(d["status"]),
                   d["sha256"], int(d["size"]), d["content_type"], int(d["resources"]), d["taken_by"],
                   stamp.get("tsa"), stamp.get("time"), stamp.get("token_sha256"))


def _source_json(s: Source) -> dict:
    d = s.to_json()
    d.update(claim_id=s.claim_id, added_at=s.added_at, added_by=s.added_by,
             files=[{**f.to_json(), "added_at": f.added_at} for f in s.files],
             captures=[_capture_json(c) for c in s.captures])
    return d


def _claim_json(c: Claim) -> dict:
    d = c.to_json()
    d["sources"] = [_source_json(s) for s in c.sources]
    return d


def _claim_from(d: dict) -> Claim:
    sources = tuple(
        Source(s["id"], s["claim_id"], s["url"], s["title"], s["publisher"], s["published"],
               s["accessed"], s["excerpt"], Stance(s["stance"]),
               tuple(AttachedFile(f["id"], f["name"], f["sha256"], f["size"], f["added_at"])
                     for f in s["files"]), s["added_at"], s["added_by"],
               tuple(_capture_from(c) for c in s.get("captures", ())))  # bundles before captures: none
        for s in d["sources"])
    return Claim(d["id"], d["article_id"], d["start"], d["end"], d["quote"], d["statement"],
                 d["rating"], d["rationale"], ReviewState(d["review_state"]), d["created_at"],
                 d["created_by"], d["updated_at"], d["updated_by"], sources)


def _article_claim_ids(events: list[Event], article_id: str) -> set[str]:
    """Ids of every claim that ever belonged to the article (deleted ones too), from events."""
    ids = set()
    for raw in events:
        ev = unwrap(raw)
        if ev.entity == "claim" and article_id in (
                (ev.after or {}).get("article_id"), (ev.before or {}).get("article_id")):
            ids.add(ev.entity_id)
    return ids


@dataclass(frozen=True)
class ExportReport:
    path: str
    article_id: str
    claims: int
    events: int
    files: int

    def to_json(self) -> dict:
        return {"path": self.path, "article_id": self.article_id, "claims": self.claims,
                "events": self.events, "files": self.files}


def export_bundle(wb: Workbench, article_id: str, path: str | os.PathLike) -> ExportReport:
    """Write the article with its claims, sources, files, comments and events to ``path``."""
    art = wb.article(article_id)
    target = Path(path)
    if target.is_dir():
        raise InvalidInput("bundle.target_is_folder", path=target)
    if is_one_of(target, wb.local_files()):
        raise InvalidInput("output.is_the_desk", path=target)
    store = wb.store
    with store.transaction():
        wb.ensure_user()
        claims = store.claims(article_id)
        wb.record("bundle.export", "article", art.id, art.id, None,
                  {"file": target.name, "claims": len(claims)})
        chain = list(store.events())
        scope = _article_claim_ids(chain, art.id) | {c.id for c in claims} | {art.id}
        carried = [e for e in chain if e.scope_id in scope]
        comments = [c.to_json() for cid in sorted(scope - {art.id}) for c in store.comments(cid)]
        files = {f.id: store.file_data(f.id) for c in claims for s in c.sources for f in s.files}
        for cap in (cap for c in claims for s in c.sources for cap in s.captures):
            files[f"captures/{cap.id}.warc.gz"] = store.capture_data(cap.id) or b""
            token = store.capture_token(cap.id)
            if token is not None:
                files[f"captures/{cap.id}.tsr"] = token
        manifest = {
            "format": rules.FORMAT, "version": rules.VERSION, "exported_by": wb.user,
            "exported_at": chain[-1].at,
            "chain": {"id": chain[0].hash, "skeleton": [[e.seq, e.prev_hash, e.hash] for e in chain]},
            "article": art.to_json(),
            "claims": [_claim_json(c) for c in claims],
            "comments": comments,
            "events": [e.to_json() for e in carried],
        }
        _write_zip(target, manifest, files)
    return ExportReport(str(target), art.id, len(claims), len(carried),
                        sum(1 for name in files if not name.startswith("captures/")))


def _write_zip(target: Path, manifest: dict, files: dict[str, bytes]) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".bundle-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True))
                for fid, data in files.items():  # attached files by id; captures by their path
                    z.writestr(fid if fid.startswith("captures/") else f"files/{fid}", data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InvalidInput("bundle.unwritable", path=target, error=exc.strerror or exc) from None


# -- import ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    claim_id: str
    quote: str
    ours: tuple[str, ...]  # "user action at" of the local changes the other desk has not seen
    theirs: tuple[str, ...]

    def to_json(self) -> dict:
        return {"claim_id": self.claim_id, "quote": self.quote, "ours": list(self.ours),
                "theirs": list(self.theirs)}


@dataclass
class ImportReport:
    article_id: str
    origin: str
    article_added: bool = False
    added: list[str] = field(default_factory=list)  # claims new here
    updated: list[str] = field(default_factory=list)  # claims that took the bundle's version
    deleted: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # conflicts resolved by keeping ours
    conflicts: list[Conflict] = field(default_factory=list)
    untrusted: list[str] = field(default_factory=list)  # claims touched by rejected events
    events_imported: int = 0  # events recorded here (article's, merged claims', comments')
    events_held: int = 0  # new events left out: their claims conflict (see ``conflicts``)
    events_untrusted: int = 0  # new events left out: after a break in the bundle's chain
    comments_imported: int = 0
    chain_broken: tuple[int, str] | None = None

    def to_json(self) -> dict:
        return {
            "article_id": self.article_id, "origin": self.origin,
            "article_added": self.article_added, "added": self.added, "updated": self.updated,
            "deleted": self.deleted, "kept": self.kept,
            "conflicts": [c.to_json() for c in self.conflicts], "untrusted": self.untrusted,
            "events_imported": self.events_imported, "events_held": self.events_held,
            "events_untrusted": self.events_untrusted, "comments_imported": self.comments_imported,
            "chain_broken": None if self.chain_broken is None else
            {"seq": self.chain_broken[0], "reason": self.chain_broken[1]},
        }


def _read(path: Path) -> tuple[dict, zipfile.ZipFile]:
    if not path.is_file():
        raise InvalidInput("bundle.missing", path=path)
    if path.stat().st_size > MAX_BUNDLE_BYTES:
        raise InvalidInput("bundle.too_large", path=path)
    try:
        z = zipfile.ZipFile(path)
        manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidInput("bundle.not_a_bundle", path=path) from None
    except OSError as exc:
        raise InvalidInput("bundle.unreadable", path=path, error=exc.strerror or exc) from None
    if manifest.get("format") != rules.FORMAT:
        raise InvalidInput("bundle.not_a_bundle", path=path)
    if manifest.get("version") != rules.VERSION:
        raise InvalidInput("bundle.version", path=path, version=manifest.get("version"), supported=rules.VERSION)
    return manifest, z


def _refuse_unplain_names(path, claims: list[Claim]) -> None:
    """A bundle is untrusted: one attached file whose name is not a plain file name (a path,
    ``..``, a drive, control or bidi characters) refuses the whole bundle."""
    for c in claims:
        for s in c.sources:
            for f in s.files:
                problem = name_problem(f.name)
                if problem:
                    raise InvalidInput("bundle.unplain_name", path=path, name=shown(str(f.name)), reason=problem)


def _file_bytes(z: zipfile.ZipFile, claims: list[Claim]) -> dict[str, bytes]:
    out = {}
    for c in claims:
        for s in c.sources:
            for f in s.files:
                try:
                    data = z.read(f"files/{f.id}")
                except KeyError:
                    raise InvalidInput("bundle.file_missing", file=f.name) from None
                if hashlib.sha256(data).hexdigest() != f.sha256:
                    raise InvalidInput("bundle.file_hash", file=f.name)
                out[f.id] = data
            for cap in s.captures:
                try:
                    data = z.read(f"captures/{cap.id}.warc.gz")
                except KeyError:
                    raise InvalidInput("bundle.capture_missing", capture=cap.id, url=cap.url) from None
                if hashlib.sha256(data).hexdigest() != cap.sha256 or len(data) != cap.size:
                    raise InvalidInput("bundle.capture_hash", capture=cap.id, url=cap.url)
                out[f"captures/{cap.id}.warc.gz"] = data
                if cap.token_sha256 is not None:
                    try:
                        token = z.read(f"captures/{cap.id}.tsr")
                    except KeyError:
                        raise InvalidInput("bundle.capture_missing", capture=cap.id, url=cap.url) from None
                    if hashlib.sha256(token).hexdigest() != cap.token_sha256:
                        raise InvalidInput("bundle.capture_hash", capture=cap.id, url=cap.url)
                    out[f"captures/{cap.id}.tsr"] = token
    return out


def _describe(events) -> tuple[str, ...]:
    return tuple(f"{e.user} {e.action} {e.at}" for e in events)


def import_bundle(wb: Workbench, path: str | os.PathLike,
                  resolve: dict[str, str] | None = None) -> ImportReport:
    """Merge a bundle into this database by UUID; see the module docs of core/bundle.py.

    ``resolve`` maps a conflicting claim id to ``"theirs"`` (take the bundle's version) or
    ``"ours"`` (keep this one); either way the other side's events are recorded as seen."""
    resolve = resolve or {}
    for cid, side in resolve.items():
        if side not in ("theirs", "ours"):
            raise InvalidInput("bundle.bad_resolution", claim=cid, side=side)
    if is_one_of(path, wb.local_files()):
        raise InvalidInput("file.is_the_desk", path=path)
    manifest, z = _read(Path(path))
    with z:
        try:
            article = Article(**manifest["article"])
            claims = [_claim_from(d) for d in manifest["claims"]]
            comments = [Comment.from_json(d) for d in manifest["comments"]]
            raw = [event_from_json(d) for d in manifest["events"]]
            skeleton = manifest["chain"]["skeleton"]
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput("bundle.damaged", path=path, error=exc) from None
        _refuse_unplain_names(path, claims)
        files = _file_bytes(z, claims)
    verdict = rules.verify_carried(skeleton, raw)
    return _merge(wb, article, claims, comments, raw, verdict, files, resolve)


def _merge(wb, article, claims, comments, raw, verdict, files, resolve) -> ImportReport:
    store = wb.store
    report = ImportReport(article.id, verdict.chain_id, chain_broken=verdict.broken)
    bundle_claims = {c.id: c for c in claims}
    foreign: dict[str, list[tuple[Event, bool]]] = {}  # scope -> [(original, trusted)]
    origins: dict[str, str] = {}
    order: dict[str, int] = {}  # original id -> place in the exporter's chain
    for ev in sorted(raw, key=lambda e: e.seq):
        orig = unwrap(ev)
        origins[orig.id] = origin_of(ev, verdict.chain_id)
        order[orig.id] = ev.seq
        foreign.setdefault(orig.scope_id, []).append((orig, ev.id in verdict.trusted))
    with store.transaction():
        wb.ensure_user()
        local: dict[str, list[Event]] = {}
        for ev in store.events():
            orig = unwrap(ev)
            local.setdefault(orig.scope_id, []).append(orig)
        known = {e.id for evs in local.values() for e in evs}
        incoming: list[Event] = []  # appended at the end, in the exporter's order
        merges: list[tuple] = []

        def bring(events):
            incoming.extend(events)

        if store.article(article.id) is None:
            store.insert_article(article)
            report.article_added = True
        elif store.article(article.id).text != article.text:
            raise InvalidInput("bundle.article_differs", article=article.id)
        art_events = [e for e, ok in foreign.get(article.id, []) if ok and e.id not in known]
        report.events_untrusted += sum(not ok and e.id not in known for e, ok in foreign.get(article.id, []))
        bring([e for e in art_events if e.action != "article.add" or report.article_added])

        for cid in sorted((set(foreign) | set(bundle_claims)) - {article.id}):
            theirs_all = foreign.get(cid, [])
            if any(not ok and e.id not in known for e, ok in theirs_all):
                report.untrusted.append(cid)
                report.events_untrusted += sum(e.id not in known for e, _ in theirs_all)
                continue
            theirs = [e for e, _ in theirs_all]
            here = store.claim(cid)
            m = rules.classify(theirs, local.get(cid, []), here is not None)
            kind = m.kind
            if kind == "conflict" and cid in resolve:
                kind = resolve[cid]
            if kind == "conflict":
                shown = here or bundle_claims.get(cid)
                report.conflicts.append(Conflict(cid, shown.quote if shown else "", _describe(m.local_only),
                                                 _describe(m.foreign_only)))
                said = [e for e in m.new_events if e.action == "comment.add"]
                bring(said)
                report.events_held += len(m.new_events) - len(said)
                continue
            # a second creation of a claim this side already has (the sample, say) is noise
            had_creation = here is not None or any(e.action == "claim.add" for e in local.get(cid, []))
            bring([e for e in m.new_events if not (e.action == "claim.add" and had_creation)])
            if kind == "theirs":
                _replace_claim(store, here, bundle_claims.get(cid), files)
                target = report.added if here is None else (
                    report.deleted if bundle_claims.get(cid) is None else report.updated)
                if here is not None or bundle_claims.get(cid) is not None:
                    target.append(cid)
            else:
                # captures are history, never a change: the bundle's new ones join this side's
                _add_captures(store, bundle_claims.get(cid), files)
                if m.kind == "conflict":
                    report.kept.append(cid)
            if m.kind == "conflict":
                after = store.claim(cid)
                merges.append((cid, None if here is None else _claim_fields(here),
                               None if after is None else {**_claim_fields(after), "kept": kind}))

        trusted_claims = set(bundle_claims) - set(report.untrusted)
        for c in sorted(comments, key=lambda c: c.at):
            if c.claim_id not in trusted_claims or store.comment(c.id) is not None:
                continue
            if c.parent_id and store.comment(c.parent_id) is None:
                continue
            store.insert_comment(c)
            report.comments_imported += 1
        for e in sorted(incoming, key=lambda e: order[e.id]):
            wb.record(IMPORT_ACTION, IMPORT_ENTITY, e.id, e.scope_id, None, wrap_after(e, origins[e.id]))
        report.events_imported = len(incoming)
        for cid, before, after in merges:
            wb.record("claim.merge", "claim", cid, cid, before, after)
        wb.record("bundle.import", "article", article.id, article.id, None, {
            "origin": verdict.chain_id, "added": len(report.added), "updated": len(report.updated),
            "deleted": len(report.deleted), "conflicts": [c.claim_id for c in report.conflicts],
            "untrusted": report.untrusted, "events": report.events_imported})
    return report


def _add_captures(store, there: Claim | None, files: dict[str, bytes]) -> None:
    """The bundle's captures of sources this side holds too, that this side does not have yet."""
    if there is None:
        return
    for s in there.sources:
        if store.source(s.id) is None:
            continue
        have = {c.id for c in store.captures(s.id)}
        for cap in s.captures:
            if cap.id not in have:
                store.insert_capture(cap, files[f"captures/{cap.id}.warc.gz"], files.get(f"captures/{cap.id}.tsr"))


def _replace_claim(store, here: Claim | None, there: Claim | None, files: dict[str, bytes]) -> None:
    if here is not None:
        for s in here.sources:
            store.delete_source(s.id)
        if there is None:
            store.delete_claim(here.id)
            return
        store.update_claim(there)
    elif there is None:
        return
    else:
        store.insert_claim(there)
    for position, s in enumerate(there.sources):
        store.insert_source(s, position)
        for f in s.files:
            store.insert_file(s.id, f, files[f.id])
        for cap in s.captures:
            store.insert_capture(cap, files[f"captures/{cap.id}.warc.gz"], files.get(f"captures/{cap.id}.tsr"))
