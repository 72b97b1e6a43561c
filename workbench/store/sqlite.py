"""SQLite store over sqlite-utils: opens, migrates, and maps rows to domain records.

Start-up is on the clock (bench/bench_session.py): reads go through the plain ``sqlite3``
connection, and sqlite-utils (0.3 s to import, numpy included) is imported only when the schema
must be migrated or on the first write, or ahead of time by :meth:`SqliteStore.warm_up`.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from workbench.core.audit import ChainHead
from workbench.core.errors import StoreUnavailable
from workbench.core.evidence import Capture, CaptureTimestamp
from workbench.core.model import (
    Article, AttachedFile, Claim, Event, Role, Source, User,
)

from workbench.core.review import Comment
from workbench.core.library import Evidence, LibraryRow
from workbench.core.proposal import Proposal
from workbench.core.search import ClaimRating, SearchRequest, SearchRow, SourceTexts

from . import records
from .version import SCHEMA_VERSION

def _search_norm(text):
    from workbench.core.normalize import normalize

    return normalize(text) if isinstance(text, str) else ""


#: The shortest word the trigram index (search_docs_fts, migration m004) can match.
_TRIGRAM = 3


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _fts_all(words: list[str]) -> str:
    """An FTS5 query: all of ``words`` (parenthesised when more than one, to sit in an OR)."""
    query = " AND ".join(map(_phrase, words))
    return query if len(words) == 1 else f"({query})"


#: How long a write waits for another program's lock before giving up with a clear message.
BUSY_TIMEOUT_S = 3.0


def _explain(exc: sqlite3.Error, path: str) -> StoreUnavailable:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreUnavailable("db.locked", path=path)
    if "readonly" in text or "read-only" in text:
        return StoreUnavailable("db.read_only", path=path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreUnavailable("db.corrupt", path=path, error=exc)
    if "unable to open" in text:
        return StoreUnavailable("db.cannot_open", path=path, error=exc)
    return StoreUnavailable("db.error", path=path, error=exc)


class SqliteStore:
    """Implements :class:`workbench.services.ports.Store`."""

    def __init__(self, path: str | os.PathLike):
        self.path = str(path)
        p = Path(self.path)
        if p.exists() and p.is_dir():
            raise StoreUnavailable("db.is_folder", path=self.path)
        if p.exists() and not os.access(p, os.W_OK):
            raise StoreUnavailable("db.read_only", path=self.path)
        parent = p.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreUnavailable("db.cannot_create_folder", path=parent, error=exc.strerror) from None
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        self.conn = conn
        self._db = None
        # The search triggers (migration m004) normalise text through this function.
        conn.create_function("wb_search_norm", 1, _search_norm, deterministic=True)
        try:
            self._open()
        except sqlite3.Error as exc:
            conn.close()
            raise _explain(exc, self.path) from None
        except StoreUnavailable:
            conn.close()
            raise

    @property
    def db(self):
        """The sqlite-utils ``Database`` over our connection, made on first use."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, strict=True)
        return self._db

    def warm_up(self) -> None:
        """Import sqlite-utils in the background so the first edit does not wait for it."""
        import threading

        threading.Thread(target=lambda: self.db, name="store-warm-up", daemon=True).start()

    def _open(self) -> None:
        conn = self.conn
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # "file is not a database"
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreUnavailable("db.newer_schema", path=self.path, version=version, supported=SCHEMA_VERSION)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "_sqlite_migrations" not in tables:
            raise StoreUnavailable("db.foreign", path=self.path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreUnavailable("db.no_wal", path=self.path, mode=mode)
        # Take the write lock now, so a locked or read-only file is reported at open, not later.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        if version < SCHEMA_VERSION or not tables:
            self._migrate()
        conn.execute("PRAGMA foreign_keys=ON")

    def _migrate(self) -> None:
        from .migrations import known_migration_names, migrations

        known = known_migration_names()
        if "_sqlite_migrations" in self.db.table_names():
            applied = {m.name for m in migrations.applied(self.db)}
            if applied - set(known):
                raise StoreUnavailable("db.newer_steps", path=self.path, steps=", ".join(sorted(applied - set(known))))
        migrations.apply(self.db)
        # user_version counts the applied steps: the next open checks it without sqlite-utils.
        self.conn.execute(f"PRAGMA user_version = {len(known)}")

    def local_files(self) -> tuple[str, ...]:
        return (self.path, *(self.path + s for s in ("-wal", "-shm", "-journal")))

    # -- plumbing ----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        conn = self.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        try:
            yield
        except BaseException:
            conn.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.rollback()
            raise _explain(exc, self.path) from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def _rows(self, sql: str, params=()) -> list[dict]:
        try:
            cur = self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def _write(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None

    # -- articles ----------------------------------------------------------------------
    _article = staticmethod(records.article)

    def article(self, article_id: str) -> Article | None:
        rows = self._rows("SELECT * FROM articles WHERE id = ?", [article_id])
        return self._article(rows[0]) if rows else None

    def articles(self) -> list[Article]:
        return [self._article(r) for r in self._rows("SELECT * FROM articles ORDER BY added_at, rowid")]

    def insert_article(self, article: Article) -> None:
        self._write(self.db["articles"].insert, article.to_json())

    def update_article_title(self, article_id: str, title: str) -> None:
        self._write(self.conn.execute, "UPDATE articles SET title = ? WHERE id = ?", [title, article_id])

    def articles_with_text(self, text: str) -> list[str]:
        """Ids of the articles whose stored (normalised) text is ``text``, oldest first."""
        return [r["id"] for r in self._rows(
            "SELECT id FROM articles WHERE length(text) = ? AND text = ? ORDER BY added_at, rowid",
            [len(text), text])]

    def delete_article(self, article_id: str) -> None:
        """The article with everything that hangs from it: its claims (with their sources and
        files), its proposals and what it was imported from. Comments stay (review record)."""
        for c in self._rows("SELECT id FROM claims WHERE article_id = ?", [article_id]):
            self.delete_claim(c["id"])
        self._write(self.conn.execute, "DELETE FROM proposals WHERE article_id = ?", [article_id])
        self._write(self.conn.execute, "DELETE FROM article_evidence WHERE article_id = ?", [article_id])
        self._write(self.conn.execute, "DELETE FROM articles WHERE id = ?", [article_id])

    # -- claims ------------------------------------------------------------------------
    def _sources_for(self, claim_ids: list[str]) -> dict[str, list[Source]]:
        if not claim_ids:
            return {}
        marks = ",".join("?" * len(claim_ids))
        srows = self._rows(
            f"SELECT * FROM sources WHERE claim_id IN ({marks}) ORDER BY claim_id, position", claim_ids)
        ids = [s["id"] for s in srows]
        file_rows = self._rows(
            f"SELECT id, source_id, name, sha256, size, added_at FROM files "
            f"WHERE source_id IN ({','.join('?' * len(ids))}) ORDER BY added_at, rowid", ids) if ids else []
        return records.sources_by_claim(claim_ids, srows, file_rows, self._captures_of(ids))

    _source = staticmethod(records.source)
    _claim = staticmethod(records.claim)

    def claim(self, claim_id: str) -> Claim | None:
        rows = self._rows("SELECT * FROM claims WHERE id = ?", [claim_id])
        if not rows:
            return None
        return self._claim(rows[0], self._sources_for([claim_id])[claim_id])

    def claims(self, article_id: str | None = None) -> list[Claim]:
        if article_id is None:
            rows = self._rows("SELECT * FROM claims ORDER BY article_id, start, end, id")
        else:
            rows = self._rows(
                "SELECT * FROM claims WHERE article_id = ? ORDER BY start, end, id", [article_id])
        sources = self._sources_for([r["id"] for r in rows])
        return [self._claim(r, sources[r["id"]]) for r in rows]

    _claim_row = staticmethod(records.claim_row)

    def insert_claim(self, claim: Claim) -> None:
        self._write(self.db["claims"].insert, self._claim_row(claim))

    def update_claim(self, claim: Claim) -> None:
        row = self._claim_row(claim)
        self._write(self.db["claims"].update, row.pop("id"), row)

    def delete_claim(self, claim_id: str) -> None:
        for s in self._rows("SELECT id FROM sources WHERE claim_id = ?", [claim_id]):
            self.delete_source(s["id"])
        self._write(self.conn.execute, "DELETE FROM claims WHERE id = ?", [claim_id])

    # -- sources -----------------------------------------------------------------------
    def source(self, source_id: str) -> Source | None:
        rows = self._rows("SELECT claim_id FROM sources WHERE id = ?", [source_id])
        if not rows:
            return None
        return next(s for s in self._sources_for([rows[0]["claim_id"]])[rows[0]["claim_id"]]
                    if s.id == source_id)

    def insert_source(self, source: Source, position: int) -> None:
        row = source.to_json()
        del row["files"]
        row.update(claim_id=source.claim_id, position=position, added_at=source.added_at,
                   added_by=source.added_by)
        self._write(self.db["sources"].insert, row)

    def update_source(self, source: Source) -> None:
        row = source.to_json()
        del row["files"]
        self._write(self.db["sources"].update, row.pop("id"), row)

    def delete_source(self, source_id: str) -> None:
        self._write(self.conn.execute, "DELETE FROM files WHERE source_id = ?", [source_id])
        self._write(self.conn.execute, "DELETE FROM captures WHERE source_id = ?", [source_id])
        self._write(self.conn.execute, "DELETE FROM sources WHERE id = ?", [source_id])

    def insert_file(self, source_id: str, attached: AttachedFile, data: bytes) -> None:
        self._write(self.db["files"].insert, {
            "id": attached.id, "source_id": source_id, "name": attached.name,
            "sha256": attached.sha256, "size": attached.size, "data": data,
            "added_at": attached.added_at})

    def attached_file(self, file_id: str) -> AttachedFile | None:
        rows = self._rows("SELECT id, name, sha256, size, added_at FROM files WHERE id = ?", [file_id])
        return AttachedFile(**rows[0]) if rows else None

    def file_data(self, file_id: str) -> bytes:
        rows = self._rows("SELECT data FROM files WHERE id = ?", [file_id])
        return bytes(rows[0]["data"]) if rows else b""

    # -- captures (migration m006) -------------------------------------------------------
    _CAPTURE_COLUMNS = records.CAPTURE_COLUMNS

    _capture = staticmethod(records.capture)

    def _captures_of(self, source_ids: list[str]) -> dict[str, list[Capture]]:
        out: dict[str, list[Capture]] = {}
        if not source_ids:
            return out
        marks = ",".join("?" * len(source_ids))
        for r in self._rows(f"SELECT {self._CAPTURE_COLUMNS} FROM captures WHERE source_id IN ({marks}) "
                            "ORDER BY taken_at, rowid", source_ids):
            out.setdefault(r["source_id"], []).append(self._capture(r))
        return out

    def insert_capture(self, capture: Capture, data: bytes, token: bytes | None = None) -> None:
        self._write(self.db["captures"].insert, {
            "id": capture.id, "source_id": capture.source_id, "url": capture.url,
            "final_url": capture.final_url, "taken_at": capture.taken_at,
            "taken_by": capture.taken_by, "status": capture.status,
            "content_type": capture.content_type, "resources": capture.resources,
            "sha256": capture.sha256, "size": capture.size, "data": data,
            "tsa_url": capture.tsa_url, "ts_time": capture.ts_time, "token": token,
            "token_sha256": capture.token_sha256})

    def captures(self, source_id: str | None = None) -> list[Capture]:
        """The captures of a source (every capture when ``None``), oldest first."""
        if source_id is None:
            return [self._capture(r) for r in self._rows(
                f"SELECT {self._CAPTURE_COLUMNS} FROM captures ORDER BY taken_at, rowid")]
        return self._captures_of([source_id]).get(source_id, [])

    def capture(self, capture_id: str) -> Capture | None:
        rows = self._rows(f"SELECT {self._CAPTURE_COLUMNS} FROM captures WHERE id = ?", [capture_id])
        return self._capture(rows[0]) if rows else None

    def capture_data(self, capture_id: str) -> bytes | None:
        rows = self._rows("SELECT data FROM captures WHERE id = ?", [capture_id])
        return bytes(rows[0]["data"]) if rows else None

    def capture_token(self, capture_id: str) -> bytes | None:
        rows = self._rows("SELECT token FROM captures WHERE id = ?", [capture_id])
        return bytes(rows[0]["token"]) if rows and rows[0]["token"] is not None else None

    def set_capture_timestamp(self, capture_id: str, stamp: CaptureTimestamp) -> None:
        self._write(self.conn.execute,
                    "UPDATE captures SET tsa_url = ?, ts_time = ?, token = ?, token_sha256 = ? WHERE id = ?",
                    [stamp.tsa_url, stamp.time, stamp.token, stamp.token_sha256, capture_id])

    def next_source_position(self, claim_id: str) -> int:
        rows = self._rows("SELECT coalesce(max(position), -1) + 1 AS p FROM sources WHERE claim_id = ?", [claim_id])
        return rows[0]["p"]

    # -- users -------------------------------------------------------------------------
    def user(self, name: str) -> User | None:
        rows = self._rows("SELECT * FROM users WHERE name = ?", [name])
        return User(rows[0]["name"], Role(rows[0]["role"]), rows[0]["created_at"]) if rows else None

    def insert_user(self, user: User) -> None:
        self._write(self.db["users"].insert,
                    {"name": user.name, "role": str(user.role), "created_at": user.created_at})

    # -- events ------------------------------------------------------------------------
    _event = staticmethod(records.event)

    def last_event(self) -> Event | None:
        rows = self._rows("SELECT * FROM events ORDER BY seq DESC LIMIT 1")
        return self._event(rows[0]) if rows else None

    def append_event(self, event: Event) -> None:
        row = records.event_row(event)
        self._write(self.db["events"].insert, row)

    def insert_events(self, events: Iterable[Event]) -> None:
        """Events as they are (seq and hashes unchanged); the head trigger follows them."""
        rows = []
        for event in events:
            row = records.event_row(event)
            rows.append(row)
        if rows:
            self._write(self.db["events"].insert_all, rows)

    def events(self, entity_id: str | None = None) -> Iterator[Event]:
        if entity_id is None:
            rows = self._rows("SELECT * FROM events ORDER BY seq")
        else:
            rows = self._rows(
                "SELECT * FROM events WHERE scope_id = ? OR entity_id = ? ORDER BY seq",
                [entity_id, entity_id])
        return iter([self._event(r) for r in rows])

    def events_after(self, seq: int, scope_id: str | None = None, limit: int | None = None) -> list[Event]:
        """Events appended after ``seq`` (oldest first), of one claim or article when given."""
        sql = "SELECT * FROM events WHERE seq > ?"
        params: list[int | str] = [seq]
        if scope_id is not None:
            sql += " AND scope_id = ?"
            params.append(scope_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [self._event(r) for r in self._rows(sql, params)]

    def head_seq(self) -> int:
        """The seq of the newest event (0 for an empty trail): what "changed since" counts from."""
        head = self.chain_head()
        return head.seq if head else 0

    def wait_for_change(self, after_seq: int, timeout_s: float) -> bool:
        """Wait until the trail has an event after ``after_seq`` or ``timeout_s`` passes; True
        when there is one. SQLite has no notifications: this polls the head (a cheap one-row
        read, :func:`records.poll_for_change`). A server store answers from LISTEN/NOTIFY."""
        import time

        return records.poll_for_change(self.head_seq, after_seq, time.monotonic() + max(0.0, timeout_s))

    # -- settings ----------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", [key])
        return rows[0]["value"] if rows else None

    def settings(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM settings ORDER BY key")}

    def set_setting(self, key: str, value: str) -> None:
        # plain SQL: the window records its user at start, before sqlite-utils is warmed up
        self._write(self.conn.execute,
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    # -- review: comments, roles, integrity ---------------------------------------------
    def insert_comment(self, comment: Comment) -> None:
        self._write(self.db["comments"].insert, comment.to_json())

    def comment(self, comment_id: str) -> Comment | None:
        rows = self._rows("SELECT * FROM comments WHERE id = ?", [comment_id])
        return Comment.from_json(rows[0]) if rows else None

    def comments(self, claim_id: str) -> list[Comment]:
        rows = self._rows("SELECT * FROM comments WHERE claim_id = ? ORDER BY at, rowid", [claim_id])
        return [Comment.from_json(r) for r in rows]

    def all_comments(self) -> list[Comment]:
        rows = self._rows("SELECT * FROM comments ORDER BY at, rowid")
        return [Comment.from_json(r) for r in rows]

    def users(self) -> list[User]:
        return [User(r["name"], Role(r["role"]), r["created_at"])
                for r in self._rows("SELECT * FROM users ORDER BY name")]

    def set_user_role(self, name: str, role: Role) -> None:
        self._write(self.conn.execute, "UPDATE users SET role = ? WHERE name = ?", [str(role), name])

    def chain_head(self) -> ChainHead | None:
        """(seq, hash) of the newest event ever appended, kept by a trigger on ``events``."""
        rows = self._rows("SELECT seq, hash FROM events_head WHERE id = 1")
        return ChainHead(rows[0]["seq"], rows[0]["hash"]) if rows else None

    def integrity_problems(self) -> list[str]:
        """What ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` report; [] if sound."""
        problems = [r["integrity_check"] for r in self._rows("PRAGMA integrity_check")
                    if r["integrity_check"] != "ok"]
        for r in self._rows("PRAGMA foreign_key_check"):
            problems.append(f"{r['table']} row {r['rowid']} points to a missing {r['parent']} row")
        return problems

    # -- schema (for the schema test and diagnostics) -----------------------------------
    def schema_sql(self) -> str:
        rows = self._rows(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, name")
        return ";\n".join(r["sql"] for r in rows) + ";\n"

    # -- search (migration m004: search_docs + search_docs_fts, kept by triggers) -------------
    def search(self, request: SearchRequest) -> list[SearchRow]:
        """Rows of ``search_docs`` that match ``request``, best first.

        The request becomes an FTS5 query over the normalised text, ordered by bm25: each word
        of 3 characters or more a phrase (the trigram index matches substrings of that length),
        shorter words ``instr`` conditions on the text. With no word long enough the rows are
        scanned with ``instr`` alone, in index order.
        ``cap``: no bm25; only the first ``cap`` matching rows (index order) are read, and they
        come closest in length to ``near_length`` first. Finding matches is cheap; bm25 is not
        (it counts every phrase over the whole index, then scores every match), which is slow
        for common words in a large library."""
        groups = tuple(g for g in request.groups if g)
        if not groups:
            return []
        where: list[str] = []
        params: list[str | int] = []
        kinds = request.kinds
        if kinds:
            where.append(f"d.kind IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        if request.exclude_article:
            where.append("d.article_id != ?")
            params.append(request.exclude_article)
        longs = [[w for w in g if len(w) >= _TRIGRAM] for g in groups]
        match: str | None
        if len(groups) == 1:
            match = " AND ".join(_phrase(w) for w in longs[0]) or None
            for needle in groups[0]:
                if len(needle) < _TRIGRAM:
                    where.append("instr(d.body, ?) > 0")
                    params.append(needle)
        else:
            match = " OR ".join(_fts_all(g) for g in longs) if all(longs) else None
            if any(len(w) < _TRIGRAM for g in groups for w in g):
                where.append("(" + " OR ".join(
                    "(" + " AND ".join("instr(d.body, ?) > 0" for _ in g) + ")" for g in groups) + ")")
                params.extend(w for g in groups for w in g)
        limit, cap = request.limit, request.cap
        if match:
            # bm25 orders the rows but is not selected: asking for its value as a column
            # costs about a third more (it is computed again for the output).
            sql = ("SELECT d.kind, d.ref_id, d.article_id, d.claim_id "
                   "FROM search_docs_fts f JOIN search_docs d ON d.id = f.rowid "
                   "WHERE search_docs_fts MATCH ? " + "".join(f"AND {w} " for w in where)
                   + "ORDER BY f.rank LIMIT ?")
            if cap:
                sql = sql.replace("d.claim_id ", "d.claim_id, abs(length(d.body) - ?) AS rank ")
                sql = sql.replace("ORDER BY f.rank LIMIT ?", "LIMIT ?")
                sql = f"SELECT * FROM ({sql}) ORDER BY rank LIMIT ?"
                params = [request.near_length, match, *params, cap, limit]
            else:
                params = [match, *params, limit]
        else:
            sql = ("SELECT d.kind, d.ref_id, d.article_id, d.claim_id "
                   "FROM search_docs d WHERE " + " AND ".join(where) + " LIMIT ?")
            params.append(limit)
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        return [SearchRow(r[0], r[1], r[2], r[3] or "") for r in rows]

    def rebuild_search_index(self) -> int:
        """Recompute every normalised text and the FTS index (after a change of the
        normalisation rules); returns the number of documents."""
        with self.transaction():
            self._write(self.conn.execute,
                        "UPDATE search_docs SET body = wb_search_norm(CASE kind "
                        "WHEN 'article' THEN (SELECT text FROM articles WHERE id = ref_id) "
                        "WHEN 'claim' THEN (SELECT quote || char(10) || statement FROM claims "
                        "WHERE id = ref_id) "
                        "WHEN 'rationale' THEN (SELECT rationale FROM claims WHERE id = ref_id) "
                        "ELSE (SELECT coalesce(title, '') || char(10) || coalesce(publisher, '') "
                        "|| char(10) || coalesce(excerpt, '') FROM sources WHERE id = ref_id) END)")
            self._write(self.conn.execute,
                        "INSERT INTO search_docs_fts (search_docs_fts) VALUES ('rebuild')")
        return self._rows("SELECT count(*) AS n FROM search_docs")[0]["n"]

    def claim_ratings(self, claim_ids: list[str]) -> list[ClaimRating]:
        """The claims' searched fields and verdicts (no sources), in no particular order."""
        if not claim_ids:
            return []
        marks = ",".join("?" * len(claim_ids))
        try:
            rows = self.conn.execute(
                "SELECT id, article_id, start, end, quote, statement, rating, rationale, review_state "
                f"FROM claims WHERE id IN ({marks})", claim_ids).fetchall()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        return [ClaimRating(*r) for r in rows]

    def source_texts(self, source_id: str) -> SourceTexts | None:
        """The searched fields of a source."""
        rows = self._rows("SELECT title, publisher, excerpt FROM sources WHERE id = ?", [source_id])
        return SourceTexts(**{k: v or "" for k, v in rows[0].items()}) if rows else None

    def article_text(self, article_id: str) -> str | None:
        rows = self._rows("SELECT text FROM articles WHERE id = ?", [article_id])
        return rows[0]["text"] if rows else None

    # -- proposals (migration m004) ----------------------------------------------------------
    _proposal = staticmethod(records.proposal)

    def proposals(self, article_id: str, decided: bool = False) -> list[Proposal]:
        """An article's proposals, best first; open ones only unless ``decided``."""
        sql = "SELECT * FROM proposals WHERE article_id = ?"
        if not decided:
            sql += " AND decision IS NULL"
        rows = self._rows(sql + " ORDER BY score DESC, start", [article_id])
        return [self._proposal(r) for r in rows]

    def all_proposals(self) -> list[Proposal]:
        rows = self._rows("SELECT * FROM proposals ORDER BY article_id, score DESC, start, id")
        return [self._proposal(r) for r in rows]

    def proposal(self, proposal_id: str) -> Proposal | None:
        rows = self._rows("SELECT * FROM proposals WHERE id = ?", [proposal_id])
        return self._proposal(rows[0]) if rows else None

    def replace_open_proposals(self, article_id: str, proposals: list[Proposal]) -> None:
        """Drop the article's undecided proposals and insert ``proposals`` (decided ones stay)."""
        self._write(self.conn.execute,
                    "DELETE FROM proposals WHERE article_id = ? AND decision IS NULL", [article_id])
        rows = []
        for p in proposals:
            row = p.to_json()
            row.pop("covered_by")  # worked out on reading, from the claims; never stored
            row["reasons"] = json.dumps(row["reasons"], ensure_ascii=False)
            rows.append(row)
        if rows:
            self._write(self.db["proposals"].insert_all, rows)

    def insert_proposals(self, proposals: list[Proposal]) -> None:
        """Proposals as they were, decisions included (an undone article deletion)."""
        rows = []
        for p in proposals:
            row = p.to_json()
            row.pop("covered_by")
            row["reasons"] = json.dumps(row["reasons"], ensure_ascii=False)
            for key in ("decided_by", "decided_at", "claim_id"):
                row[key] = row[key] or None
            rows.append(row)
        if rows:
            self._write(self.db["proposals"].insert_all, rows)

    def decide_proposal(self, proposal_id: str, decision: str, user: str, at: str,
                        claim_id: str = "") -> None:
        self._write(self.conn.execute,
                    "UPDATE proposals SET decision = ?, decided_by = ?, decided_at = ?, "
                    "claim_id = ? WHERE id = ?", [decision, user, at, claim_id, proposal_id])

    # -- imported articles: evidence and the library (migration m003) -------------------------
    def insert_evidence(self, evidence: Evidence, data: bytes | None) -> None:
        row = evidence.to_json()
        row["data"] = data
        self._write(self.db["article_evidence"].insert, row)

    def evidence(self, article_id: str) -> Evidence | None:
        rows = self._rows("SELECT article_id, kind, origin, final_url, content_type, encoding, "
                          "author, sha256, size, retrieved_at, retrieved_by "
                          "FROM article_evidence WHERE article_id = ?", [article_id])
        return Evidence(**rows[0]) if rows else None

    def evidence_data(self, article_id: str) -> bytes | None:
        rows = self._rows("SELECT data FROM article_evidence WHERE article_id = ?", [article_id])
        return bytes(rows[0]["data"]) if rows and rows[0]["data"] is not None else None

    def articles_with_sha256(self, sha256: str) -> list[str]:
        return [r["article_id"] for r in self._rows(
            "SELECT article_id FROM article_evidence WHERE sha256 = ? ORDER BY retrieved_at",
            [sha256])]

    def library_rows(self) -> list[LibraryRow]:
        """Every article with its claim counts, newest first: one query, the counts read from
        the ``claims_progress`` index."""
        try:
            cur = self.conn.execute(
                "SELECT a.id, a.title, a.language, a.url, a.publisher, a.published, a.added_at, "
                "coalesce(c.total, 0), coalesce(c.rated, 0), coalesce(c.approved, 0), "
                "CASE WHEN e.kind IN ('file', 'html') THEN e.origin ELSE '' END "
                "FROM articles a LEFT JOIN ("
                "  SELECT article_id, count(*) AS total, count(rating) AS rated, "
                "  sum(review_state = 'approved') AS approved FROM claims GROUP BY article_id"
                ") c ON c.article_id = a.id LEFT JOIN article_evidence e ON e.article_id = a.id "
                "ORDER BY a.added_at DESC, a.rowid DESC")
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        return [LibraryRow(*row) for row in cur.fetchall()]

    # -- undo of review and proposal steps (the window's change path) --------------------------
    def delete_comment(self, comment_id: str) -> None:
        """An unanswered comment taken back by its author (its event stays in the trail)."""
        self._write(self.conn.execute, "DELETE FROM comments WHERE id = ?", [comment_id])

    def reopen_proposal(self, proposal_id: str) -> None:
        """A decided proposal open again (an undone accept or dismiss)."""
        self._write(self.conn.execute,
                    "UPDATE proposals SET decision = NULL, decided_by = NULL, decided_at = NULL, "
                    "claim_id = NULL WHERE id = ?", [proposal_id])

    # == lazy table models (ui/models.py): ordered ids, and rows fetched by ids ==================
    # One block, added for the Qt models that keep only ids in memory (as Anki's browser does).
    #: Most ``?`` in one ``IN (...)``: SQLite's default limit is far above, this keeps queries short.
    _IDS_PER_QUERY = 500

    def claim_spans(self, article_id: str) -> list[tuple[str, int, int, str | None]]:
        """(id, start, end, rating) of an article's claims in text order: what the checklist
        needs to order its rows and count verdicts, and the article view to paint them."""
        try:
            cur = self.conn.execute('SELECT id, start, "end", rating FROM claims WHERE article_id = ? '
                                    'ORDER BY start, "end", id', [article_id])
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        return cur.fetchall()

    def claims_by_ids(self, claim_ids: list[str]) -> list[Claim]:
        """The claims (with sources and files) of ``claim_ids`` that exist, in that order."""
        found: dict[str, Claim] = {}
        for i in range(0, len(claim_ids), self._IDS_PER_QUERY):
            chunk = list(claim_ids[i:i + self._IDS_PER_QUERY])
            rows = self._rows(f"SELECT * FROM claims WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            sources = self._sources_for([r["id"] for r in rows])
            found.update((r["id"], self._claim(r, sources[r["id"]])) for r in rows)
        return [found[cid] for cid in claim_ids if cid in found]

    def article_titles(self, article_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(article_ids), self._IDS_PER_QUERY):
            chunk = list(article_ids[i:i + self._IDS_PER_QUERY])
            out.update((r["id"], r["title"]) for r in self._rows(
                f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def article_count(self) -> int:
        return self._rows("SELECT count(*) AS n FROM articles")[0]["n"]

    #: The library's sort keys by name (the same keys the library window sorted by in Python).
    _LIBRARY_KEYS = {
        "title": "wb_casefold(title)", "language": "language", "source": "wb_casefold(source)",
        "date": "date", "progress": "CASE WHEN total > 0 THEN CAST(rated AS REAL) / total ELSE -1.0 END",
        "approved": "approved",
    }
    _LIBRARY_SELECT = (
        "SELECT a.id, a.title, a.language, a.url, a.publisher, a.published, a.added_at, "
        "coalesce(c.total, 0) AS total, coalesce(c.rated, 0) AS rated, "
        "coalesce(c.approved, 0) AS approved, "
        "CASE WHEN e.kind IN ('file', 'html') THEN e.origin ELSE '' END AS origin, a.rowid AS rid "
        "FROM articles a LEFT JOIN ("
        "  SELECT article_id, count(*) AS total, count(rating) AS rated, "
        "  sum(review_state = 'approved') AS approved FROM claims {claims_where} GROUP BY article_id"
        ") c ON c.article_id = a.id LEFT JOIN article_evidence e ON e.article_id = a.id {where}")

    def _library_functions(self) -> None:
        from urllib.parse import urlparse

        from workbench.core.arabic import mask_bidi_controls

        def source(publisher, url, origin):
            if publisher:
                return publisher
            return urlparse(url).netloc if url else (origin or "")

        self.conn.create_function("wb_casefold", 1, lambda t: (t or "").casefold(), deterministic=True)
        self.conn.create_function("wb_shown_fold", 1, lambda t: mask_bidi_controls(t or "").casefold(),
                                  deterministic=True)
        self.conn.create_function("wb_library_source", 3, source, deterministic=True)

    def library_ids(self, order: str = "date", descending: bool = True, text: str = "") -> list[str]:
        """Ids of the articles whose shown text contains ``text`` (any column, ignoring case:
        title, language, source, date, verdicts "rated/total", approved), sorted by ``order``
        (a key of ``_LIBRARY_KEYS``); ties newest first."""
        self._library_functions()
        sql = self._LIBRARY_SELECT.format(claims_where="", where="")
        sql = (f"SELECT id FROM (SELECT *, wb_library_source(publisher, url, origin) AS source, "
               f"coalesce(nullif(published, ''), substr(added_at, 1, 10)) AS date FROM ({sql}))")
        params: list = []
        if text:
            sql += (" WHERE instr(wb_shown_fold(title) || char(10) || wb_casefold(language) || char(10) || "
                    "wb_shown_fold(source) || char(10) || date || char(10) || rated || '/' || total "
                    "|| char(10) || approved, ?) > 0")
            params.append(text.casefold())
        sql += (f" ORDER BY {self._LIBRARY_KEYS[order]} {'DESC' if descending else 'ASC'}, "
                "added_at DESC, rid DESC")
        try:
            return [r[0] for r in self.conn.execute(sql, params)]
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None

    def library_rows_by_ids(self, article_ids: list[str]) -> list[LibraryRow]:
        """The library rows of ``article_ids`` that exist, in that order."""
        found: dict[str, LibraryRow] = {}
        for i in range(0, len(article_ids), self._IDS_PER_QUERY):
            chunk = list(article_ids[i:i + self._IDS_PER_QUERY])
            marks = ",".join("?" * len(chunk))
            sql = self._LIBRARY_SELECT.format(claims_where=f"WHERE article_id IN ({marks})",
                                              where=f"WHERE a.id IN ({marks})")
            try:
                rows = self.conn.execute(sql, chunk + chunk).fetchall()
            except sqlite3.Error as exc:
                raise _explain(exc, self.path) from None
            found.update((r[0], LibraryRow(*r[:11])) for r in rows)
        return [found[a] for a in article_ids if a in found]

    def claims_in_review(self) -> list[tuple[str, str, str]]:
        """(id, updated_at, updated_by) of every claim in review."""
        try:
            return self.conn.execute("SELECT id, updated_at, updated_by FROM claims "
                                     "WHERE review_state = 'in_review'").fetchall()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
