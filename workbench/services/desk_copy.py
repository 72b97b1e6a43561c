"""Move a whole desk from one store to another (``workbench --db SOURCE copy-to DEST``).

Everything is copied through the store protocols of ``ports.py`` only, so the same code moves a
desk between any two engines (SQLite today; a PostgreSQL store implements the same roles):
people and their roles, the desk's settings, articles with what they were imported from (raw
bytes and SHA-256), claims, sources, attached files (each file's bytes checked against its
SHA-256 as it is copied), comments with their threads, proposals with their decisions, and the
audit trail event by event with its seq numbers and hashes unchanged, so ``check`` passes on
the target.

The source is read inside its own transaction (a consistent picture; nobody writes meanwhile)
and the target is written in one transaction: a refusal or a failure half way leaves the
target as it was. A target that already holds a desk is refused before anything is written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass

from workbench.core import audit
from workbench.core.errors import InvalidInput
from workbench.core.review import Comment

from .ports import Store
from .review import CheckResult, check
from .session import DEFAULT_USER_KEY, Workbench

#: Called as ``progress(kind, done, total)`` while copying: ``kind`` is one of
#: :data:`KINDS`; ``done`` of ``total`` records of that kind are copied.
Progress = Callable[[str, int, int], None]

#: What is copied, in the order it is written.
KINDS = ("users", "settings", "articles", "evidence", "claims", "sources", "files", "captures",
         "comments", "proposals", "events")

#: Settings that belong to one person's machine, not to the desk: the window's last user.
PERSONAL_SETTINGS = frozenset({DEFAULT_USER_KEY})


@dataclass(frozen=True)
class CopyReport:
    """How many records of each kind were copied (``file_bytes``: the files' total size)."""

    source: str
    target: str
    users: int = 0
    settings: int = 0
    articles: int = 0
    evidence: int = 0
    claims: int = 0
    sources: int = 0
    files: int = 0
    file_bytes: int = 0
    captures: int = 0  # web captures of sources (WARC bytes and tokens, checked against their SHA-256)
    comments: int = 0
    proposals: int = 0
    events: int = 0

    def to_json(self) -> dict:
        return asdict(self)


def desk_contents(store: Store) -> list[str]:
    """What makes ``store`` a desk already: the kinds (articles, claims, users, events) it
    holds; [] for an empty store, which may be copied into."""
    held = []
    if store.article_count():
        held.append("articles")
    if not held and store.claims():  # claims hang from articles: read them only when none
        held.append("claims")
    if store.users():
        held.append("users")
    if store.last_event() is not None:
        held.append("events")
    return held


def _threads_first(comments: list[Comment]) -> list[Comment]:
    """``comments`` in their order, except that a reply never comes before the comment it
    answers (the target may check that a reply's parent exists)."""
    by_id = {c.id: c for c in comments}
    done: set[str] = set()
    ordered: list[Comment] = []
    for comment in comments:
        chain: list[Comment] = []
        current: Comment | None = comment
        while current is not None and current.id not in done and current not in chain:
            chain.append(current)
            current = by_id.get(current.parent_id) if current.parent_id else None
        for c in reversed(chain):
            ordered.append(c)
            done.add(c.id)
    return ordered


def copy_desk(source: Store, target: Store, progress: Progress | None = None) -> CopyReport:
    """Copy everything in ``source`` into the empty ``target``, in one transaction on it.

    Refused, with nothing written: the same store on both sides (``copy.same_store``), a target
    that holds a desk (``copy.target_not_empty``), a source whose audit trail is broken
    (``copy.source_trail_broken``), an attached file or imported page whose bytes no longer
    match their SHA-256 (``copy.file_hash``, ``copy.evidence_hash``)."""
    if source is target or source.path == target.path:
        raise InvalidInput("copy.same_store", path=target.path)

    def tick(kind: str, done: int, total: int) -> None:
        if progress is not None:
            progress(kind, done, total)

    counts: dict[str, int] = dict.fromkeys(KINDS, 0)
    file_bytes = 0
    with source.transaction(), target.transaction():
        held = desk_contents(target)
        if held:
            raise InvalidInput("copy.target_not_empty", target=target.path, held=", ".join(held))
        events = list(source.events())
        broken = audit.first_broken(events)
        head = source.chain_head()
        if broken is None and head is not None and (
                not events or (head.seq, head.hash) != (events[-1].seq, events[-1].hash)):
            broken = (head.seq, f"event {head.seq} is missing")
        if broken is not None:
            raise InvalidInput("copy.source_trail_broken", seq=broken[0], reason=broken[1])

        users = source.users()
        for i, user in enumerate(users, 1):
            target.insert_user(user)
            tick("users", i, len(users))
        counts["users"] = len(users)

        settings = {k: v for k, v in source.settings().items() if k not in PERSONAL_SETTINGS}
        for i, (key, value) in enumerate(settings.items(), 1):
            target.set_setting(key, value)
            tick("settings", i, len(settings))
        counts["settings"] = len(settings)

        articles = source.articles()
        for i, article in enumerate(articles, 1):
            target.insert_article(article)
            evidence = source.evidence(article.id)
            if evidence is not None:
                data = source.evidence_data(article.id)
                if data is not None and (hashlib.sha256(data).hexdigest() != evidence.sha256
                                         or len(data) != evidence.size):
                    raise InvalidInput("copy.evidence_hash", article=article.id)
                target.insert_evidence(evidence, data)
                counts["evidence"] += 1
            tick("articles", i, len(articles))
        counts["articles"] = len(articles)

        claims = source.claims()
        for i, claim in enumerate(claims, 1):
            target.insert_claim(claim.with_(sources=()))
            for position, src in enumerate(claim.sources):
                target.insert_source(src, position)
                counts["sources"] += 1
                for attached in src.files:
                    data = source.file_data(attached.id)
                    if (hashlib.sha256(data).hexdigest() != attached.sha256
                            or len(data) != attached.size):
                        raise InvalidInput("copy.file_hash", file=attached.name, id=attached.id,
                                           claim=claim.id)
                    target.insert_file(src.id, attached, data)
                    counts["files"] += 1
                    file_bytes += len(data)
                for cap in src.captures:
                    data = source.capture_data(cap.id) or b""
                    if hashlib.sha256(data).hexdigest() != cap.sha256 or len(data) != cap.size:
                        raise InvalidInput("copy.capture_hash", capture=cap.id, url=cap.url, claim=claim.id)
                    target.insert_capture(cap, data, source.capture_token(cap.id))
                    counts["captures"] += 1
            tick("claims", i, len(claims))
        counts["claims"] = len(claims)

        comments = _threads_first(source.all_comments())
        for i, comment in enumerate(comments, 1):
            target.insert_comment(comment)
            tick("comments", i, len(comments))
        counts["comments"] = len(comments)

        proposals = source.all_proposals()
        target.insert_proposals(proposals)
        counts["proposals"] = len(proposals)
        tick("proposals", len(proposals), len(proposals))

        batch = 1000
        for start in range(0, len(events), batch):
            chunk = events[start:start + batch]
            target.insert_events(chunk)
            tick("events", start + len(chunk), len(events))
        counts["events"] = len(events)
    return CopyReport(source=source.path, target=target.path, file_bytes=file_bytes, **counts)


def copy_to(source: Workbench, dest: str | os.PathLike, progress: Progress | None = None
            ) -> tuple[CopyReport, CheckResult]:
    """Copy ``source``'s desk into the database at ``dest`` (opened, and made if new, by the
    same factory as ``--db``), then run ``check`` on the copy: what the command line's
    ``copy-to`` and a window's "Move desk…" do. The check's result is returned, not raised:
    the copy is made by then, and the caller says what is wrong with it."""
    from .factory import open_workbench

    if os.path.exists(dest) and os.path.exists(source.db_path) and os.path.samefile(source.db_path, dest):
        raise InvalidInput("copy.same_store", path=dest)
    made_here = not os.path.exists(dest)
    target = open_workbench(dest, source.user)
    try:
        report = copy_desk(source.store, target.store, progress)
        return report, check(target)
    except BaseException:
        target.close()
        if made_here:  # a database file this call made, left empty by the refusal: gone again
            for leftover in (str(dest), f"{dest}-wal", f"{dest}-shm"):
                if os.path.isfile(leftover):
                    os.remove(leftover)
        raise
    finally:
        target.close()
