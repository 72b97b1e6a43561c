"""PostgreSQL store over psycopg 3: a desk on a shared server, with the SQLite store's semantics.

The same tables and columns as ``db/schema.sql`` (``db/schema-postgres.sql`` is what the
numbered files of ``postgres_migrations/`` produce). Differences from the SQLite store:

- Search rows (``search_docs.body``) are normalised in Python (``core/normalize.py``) by the
  store when it writes an article, claim or source, in the same transaction; a ``pg_trgm`` GIN
  index serves ``LIKE '%word%'`` (without pg_trgm the same queries scan, still correct).
- Writes are serialised: every transaction (one user action) starts with
  ``LOCK TABLE events IN EXCLUSIVE MODE``, held until commit (through ``workbench_lock_chain()``,
  which runs with the owner's rights: logins may not lock the table themselves), so two desks
  never chain onto the same head, a stale-edit check sees every action committed before it, and
  two actions never deadlock on each other's rows (plain reads outside a transaction are not
  blocked); the server refuses any other append too.
- The server enforces who may do what (``postgres_migrations/0003_roles.sql``, docs/team.md):
  a refusal (SQLSTATE 42501) becomes ``Forbidden("desk.refused")``; ``login``, ``desk_role``,
  ``init_desk``, ``create_login``... play the ``ServerDesk`` role of ``services/ports.py``.
- One connection per store (autocommit outside ``transaction()``), guarded by a lock so one
  worker thread at a time may use it; the window's workers open their own store.

``path`` is the connection URI with any password taken out (it is shown in the window and in
messages); the password given in a URI is kept in this process only, so a worker reopening
``path`` connects the same way.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from importlib import resources
from typing import Any

from workbench.core.audit import ChainHead
from workbench.core.errors import Forbidden, StoreUnavailable, WorkbenchError
from workbench.core.evidence import Capture, CaptureTimestamp
from workbench.core.library import Evidence, LibraryRow
from workbench.core.model import (
    Article, AttachedFile, Claim, Event, Role, Source, User,
)
from workbench.core.proposal import Proposal
from workbench.core.review import Comment
from workbench.core.search import ClaimRating, SearchRequest, SearchRow, SourceTexts

from . import records

#: The table that records the applied steps of ``postgres_migrations/``.
MIGRATIONS_TABLE = "workbench_migrations"

#: The channel migration 0004's trigger notifies with each appended event's seq.
NOTIFY_CHANNEL = "workbench_events"

#: Seconds to wait for the server when connecting (an unreachable server is said after this).
CONNECT_TIMEOUT_S = 10


#: Passwords given inside a URI, by the URI shown without them (this process only).
_PASSWORDS: dict[str, str] = {}


def is_postgres_uri(db: object) -> bool:
    text = str(db)
    return text.startswith(("postgresql://", "postgres://"))


def redact(uri: str) -> str:
    """``uri`` without its password (core/urls.py ``without_password``)."""
    from workbench.core.urls import without_password

    return without_password(uri)


def migration_steps() -> list[tuple[str, str]]:
    """(name, SQL) of every step this version knows, in order."""
    folder = resources.files("workbench.store") / "postgres_migrations"
    steps = sorted(f.name for f in folder.iterdir() if f.name.endswith(".sql"))
    return [(name[:-4], (folder / name).read_text(encoding="utf-8")) for name in steps]


def _norm(text: str | None) -> str:
    from workbench.core.normalize import normalize

    return normalize(text) if isinstance(text, str) else ""


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


#: The shortest word the trigram index can match (as SQLite's trigram FTS5).
_TRIGRAM = 3


class PostgresStore:
    """Implements :class:`workbench.services.ports.Store` on a PostgreSQL database."""

    #: ``wait_for_change`` is woken by the server (LISTEN/NOTIFY), not by polling: a window
    #: may wait on it in a thread of its own (``ui/desk.py``).
    listens = True

    def __init__(self, uri: str):

        uri = str(uri)
        shown = redact(uri)
        if shown != uri:
            _PASSWORDS[shown] = uri
        conninfo = _PASSWORDS.get(uri, uri)
        self.path = shown
        self._conninfo = conninfo
        self._depth = 0  # nesting of transaction()
        self._listen_conn: Any = None
        self._lock = threading.RLock()
        self._avglen: tuple[float, float] | None = None  # (when read, average body length)
        self.conn = self._connect()
        try:
            self._open()
        except BaseException:
            self.conn.close()
            raise

    def _connect(self) -> Any:
        import psycopg

        try:
            return psycopg.connect(self._conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                   prepare_threshold=None)
        except psycopg.Error as exc:
            raise self._explain_connect(exc) from None

    def _lost(self) -> bool:
        return bool(self.conn.closed or getattr(self.conn, "broken", False))

    def _reconnect(self) -> None:
        """A connection lost (the server restarted, the network came back): a new one, or
        ``db.pg_unreachable`` while the server cannot be reached. Only between transactions:
        what a broken transaction was writing was never acknowledged."""
        with contextlib.suppress(Exception):
            self.conn.close()
        self.conn = self._connect()

    def _explain_connect(self, exc: Exception) -> StoreUnavailable:
        state = getattr(exc, "sqlstate", None)
        text = str(exc)
        low = text.lower()
        if "no password supplied" in low:  # asked for one, and this side had none to give
            return StoreUnavailable("db.pg_no_password", path=self.path)
        if state in ("28P01", "28000") or "password authentication failed" in low:
            return StoreUnavailable("db.pg_password", path=self.path)
        if state == "3D000" or ("database" in low and "does not exist" in low):
            return StoreUnavailable("db.pg_no_database", path=self.path)
        if "connection refused" in low or "could not connect" in low or "no such file" in low \
                or "could not translate host" in low or "timeout expired" in low \
                or "connection failed" in low:
            return StoreUnavailable("db.pg_unreachable", path=self.path)
        first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
        return StoreUnavailable("db.error", path=self.path, error=first.replace(_PASSWORDS.get(self.path, "\0"), self.path))

    def _explain(self, exc: Exception) -> WorkbenchError:
        import psycopg

        if isinstance(exc, psycopg.OperationalError) and self._lost():
            return StoreUnavailable("db.pg_unreachable", path=self.path)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if getattr(exc, "sqlstate", None) == "42501":  # the desk's grants or rules (0003_roles.sql)
            return Forbidden("desk.refused", login=self.login(), error=first.removeprefix("workbench: "))
        return StoreUnavailable("db.error", path=self.path, error=first)

    def _open(self) -> None:
        """Apply the steps this desk lacks, in order, in one transaction; refuse a database
        that is not a workbench desk, or one from a newer version."""
        known = migration_steps()
        names = [n for n, _ in known]
        import psycopg

        with self._lock, self.conn.transaction():
            tables = {r[0] for r in self.conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
            if tables and MIGRATIONS_TABLE not in tables:
                raise StoreUnavailable("db.pg_foreign", path=self.path)
            if MIGRATIONS_TABLE in tables:
                # A person of the desk may only read the steps: nothing to apply, nothing locked.
                applied = {r[0] for r in self.conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE}")}
                if applied - set(names):
                    raise StoreUnavailable("db.newer_steps", path=self.path,
                                           steps=", ".join(sorted(applied - set(names))))
                if not set(names) - applied:
                    return
            try:
                self.conn.execute(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
                                  "(name text PRIMARY KEY, applied_at text NOT NULL)")
            except psycopg.errors.InsufficientPrivilege:
                raise StoreUnavailable("desk.needs_owner", path=self.path, login=self.login()) from None
            # Two programs opening a new desk at once: one migrates, the other waits.
            self.conn.execute(f"LOCK TABLE {MIGRATIONS_TABLE} IN EXCLUSIVE MODE")
            applied = {r[0] for r in self.conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE}")}
            newer = applied - set(names)
            if newer:
                raise StoreUnavailable("db.newer_steps", path=self.path, steps=", ".join(sorted(newer)))
            for name, sql in known:
                if name in applied:
                    continue
                self.conn.execute(sql.encode())
                self.conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (%s, %s)",
                                  [name, datetime.now(timezone.utc).isoformat(timespec="seconds")])

    def warm_up(self) -> None:
        """Nothing to import ahead of time."""

    def close(self) -> None:
        self._drop_listener()
        with contextlib.suppress(Exception):
            self.conn.close()

    # -- plumbing ----------------------------------------------------------------------
    def local_files(self) -> tuple[str, ...]:
        return ()  # the server keeps the desk

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; a nested call is a savepoint inside the outer one."""
        import psycopg

        with self._lock:
            outermost = self._depth == 0
            if outermost:
                self._alive()
            self._depth += 1
            try:
                with self.conn.transaction():
                    if outermost:
                        # One user action at a time writes the desk: the chain's lock is taken
                        # first, so the action's reads (check_fresh, the head) see every action
                        # committed before it, and no two actions wait on each other's rows
                        # (a lock taken at the first append instead deadlocks: one holds a
                        # claim's row and waits for the chain, the other the reverse).
                        # (LOCK TABLE events IN EXCLUSIVE MODE, with the owner's rights)
                        self.conn.execute("SELECT workbench_lock_chain()")
                    yield
            except psycopg.Error as exc:
                if isinstance(exc, psycopg.errors.IntegrityError):
                    raise
                raise self._explain(exc) from None
            finally:
                self._depth -= 1

    def _alive(self) -> None:
        """Before a transaction: a connection lost since the last one is made again (one
        round trip to find out), so an action after the server came back just works."""
        import psycopg

        if not self._lost():
            try:
                self.conn.execute("SELECT 1")
                return
            except psycopg.OperationalError:
                pass
            except psycopg.Error as exc:
                raise self._explain(exc) from None
        self._reconnect()

    def _in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.conn.info.transaction_status != TransactionStatus.IDLE

    def _exec(self, sql: Any, params: Any = None):
        import psycopg

        with self._lock:
            try:
                return self.conn.execute(sql, params)  # type: ignore[arg-type]
            except psycopg.errors.IntegrityError:
                raise
            except psycopg.OperationalError as exc:
                if self._depth or not self._lost():
                    raise self._explain(exc) from None
            except psycopg.Error as exc:
                raise self._explain(exc) from None
            # a read between transactions on a lost connection: once more on a new one
            self._reconnect()
            try:
                return self.conn.execute(sql, params)  # type: ignore[arg-type]
            except psycopg.errors.IntegrityError:
                raise
            except psycopg.Error as exc:
                raise self._explain(exc) from None

    def _rows(self, sql: str, params: Any = None) -> list[dict]:
        with self._lock:
            cur = self._exec(sql, params)
            if cur.description is None:
                return []
            cols = [c.name for c in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]

    def _tuples(self, sql: str, params: Any = None) -> list[tuple]:
        with self._lock:
            return list(self._exec(sql, params).fetchall())

    def _insert(self, table: str, row: dict) -> None:
        cols = ", ".join(f'"{k}"' for k in row)
        marks = ", ".join(["%s"] * len(row))
        self._exec(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))

    def _update(self, table: str, key: str, row: dict) -> None:
        sets = ", ".join(f'"{k}" = %s' for k in row)
        self._exec(f"UPDATE {table} SET {sets} WHERE id = %s", [*row.values(), key])

    # -- search rows (kept by the store: the SQLite store's triggers, in Python) ---------
    def _index_article(self, article_id: str) -> None:
        self._exec("DELETE FROM search_docs WHERE ref_id = %s AND kind = 'article'", [article_id])
        for r in self._rows("SELECT id, text FROM articles WHERE id = %s", [article_id]):
            self._insert("search_docs", {"kind": "article", "ref_id": r["id"], "article_id": r["id"],
                                         "claim_id": None, "body": _norm(r["text"])})

    def _index_claim(self, claim_id: str) -> None:
        self._exec("DELETE FROM search_docs WHERE ref_id = %s AND kind IN ('claim', 'rationale')", [claim_id])
        for r in self._rows("SELECT id, article_id, quote, statement, rationale FROM claims WHERE id = %s",
                            [claim_id]):
            self._insert("search_docs", {"kind": "claim", "ref_id": r["id"], "article_id": r["article_id"],
                                         "claim_id": r["id"], "body": _norm(r["quote"] + "\n" + r["statement"])})
            if r["rationale"] != "":
                self._insert("search_docs", {"kind": "rationale", "ref_id": r["id"],
                                             "article_id": r["article_id"], "claim_id": r["id"],
                                             "body": _norm(r["rationale"])})

    def _index_source(self, source_id: str) -> None:
        self._exec("DELETE FROM search_docs WHERE ref_id = %s AND kind = 'source'", [source_id])
        for r in self._rows("SELECT s.id, s.title, s.publisher, s.excerpt, c.article_id, c.id AS claim_id "
                            "FROM sources s JOIN claims c ON c.id = s.claim_id WHERE s.id = %s", [source_id]):
            text = "\n".join([r["title"] or "", r["publisher"] or "", r["excerpt"] or ""])
            if text.strip(" \n"):
                self._insert("search_docs", {"kind": "source", "ref_id": r["id"], "article_id": r["article_id"],
                                             "claim_id": r["claim_id"], "body": _norm(text)})

    # -- articles ----------------------------------------------------------------------
    _article = staticmethod(records.article)

    def article(self, article_id: str) -> Article | None:
        rows = self._rows("SELECT * FROM articles WHERE id = %s", [article_id])
        return self._article(rows[0]) if rows else None

    def articles(self) -> list[Article]:
        return [self._article(r) for r in self._rows('SELECT * FROM articles ORDER BY added_at COLLATE "C", rowid')]

    def insert_article(self, article: Article) -> None:
        self._insert("articles", article.to_json())
        self._index_article(article.id)

    def update_article_title(self, article_id: str, title: str) -> None:
        self._exec("UPDATE articles SET title = %s WHERE id = %s", [title, article_id])

    def articles_with_text(self, text: str) -> list[str]:
        return [r["id"] for r in self._rows(
            'SELECT id FROM articles WHERE length(text) = %s AND text = %s ORDER BY added_at COLLATE "C", rowid',
            [len(text), text])]

    def delete_article(self, article_id: str) -> None:
        for c in self._rows("SELECT id FROM claims WHERE article_id = %s", [article_id]):
            self.delete_claim(c["id"])
        self._exec("DELETE FROM proposals WHERE article_id = %s", [article_id])
        self._exec("DELETE FROM article_evidence WHERE article_id = %s", [article_id])
        self._exec("DELETE FROM articles WHERE id = %s", [article_id])
        self._exec("DELETE FROM search_docs WHERE ref_id = %s AND kind = 'article'", [article_id])

    # -- claims ------------------------------------------------------------------------
    def _sources_for(self, claim_ids: list[str]) -> dict[str, list[Source]]:
        if not claim_ids:
            return {}
        srows = self._rows('SELECT * FROM sources WHERE claim_id = ANY(%s) '
                           'ORDER BY claim_id COLLATE "C", position', [list(claim_ids)])
        ids = [s["id"] for s in srows]
        file_rows = self._rows(
            'SELECT id, source_id, name, sha256, size, added_at FROM files '
            'WHERE source_id = ANY(%s) ORDER BY added_at COLLATE "C", rowid', [ids]) if ids else []
        return records.sources_by_claim(claim_ids, srows, file_rows, self._captures_of(ids))

    _source = staticmethod(records.source)
    _claim = staticmethod(records.claim)

    def claim(self, claim_id: str) -> Claim | None:
        rows = self._rows("SELECT * FROM claims WHERE id = %s", [claim_id])
        if not rows:
            return None
        return self._claim(rows[0], self._sources_for([claim_id])[claim_id])

    def claims(self, article_id: str | None = None) -> list[Claim]:
        if article_id is None:
            rows = self._rows('SELECT * FROM claims ORDER BY article_id COLLATE "C", start, "end", id COLLATE "C"')
        else:
            rows = self._rows('SELECT * FROM claims WHERE article_id = %s ORDER BY start, "end", id COLLATE "C"',
                              [article_id])
        sources = self._sources_for([r["id"] for r in rows])
        return [self._claim(r, sources[r["id"]]) for r in rows]

    _claim_row = staticmethod(records.claim_row)

    def insert_claim(self, claim: Claim) -> None:
        self._insert("claims", self._claim_row(claim))
        self._index_claim(claim.id)

    def update_claim(self, claim: Claim) -> None:
        row = self._claim_row(claim)
        self._update("claims", row.pop("id"), row)
        self._index_claim(claim.id)
        for s in self._rows("SELECT id FROM sources WHERE claim_id = %s", [claim.id]):
            self._index_source(s["id"])

    def delete_claim(self, claim_id: str) -> None:
        for s in self._rows("SELECT id FROM sources WHERE claim_id = %s", [claim_id]):
            self.delete_source(s["id"])
        self._exec("DELETE FROM claims WHERE id = %s", [claim_id])
        self._exec("DELETE FROM search_docs WHERE ref_id = %s AND kind IN ('claim', 'rationale')", [claim_id])

    # -- sources -----------------------------------------------------------------------
    def source(self, source_id: str) -> Source | None:
        rows = self._rows("SELECT claim_id FROM sources WHERE id = %s", [source_id])
        if not rows:
            return None
        return next(s for s in self._sources_for([rows[0]["claim_id"]])[rows[0]["claim_id"]]
                    if s.id == source_id)

    def insert_source(self, source: Source, position: int) -> None:
        row = source.to_json()
        del row["files"]
        row.update(claim_id=source.claim_id, position=position, added_at=source.added_at,
                   added_by=source.added_by)
        self._insert("sources", row)
        self._index_source(source.id)

    def update_source(self, source: Source) -> None:
        row = source.to_json()
        del row["files"]
        self._update("sources", row.pop("id"), row)
        self._index_source(source.id)

    def delete_source(self, source_id: str) -> None:
        self._exec("DELETE FROM files WHERE source_id = %s", [source_id])
        self._exec("DELETE FROM captures WHERE source_id = %s", [source_id])
        self._exec("DELETE FROM sources WHERE id = %s", [source_id])
        self._exec("DELETE FROM search_docs WHERE ref_id = %s AND kind = 'source'", [source_id])

    def insert_file(self, source_id: str, attached: AttachedFile, data: bytes) -> None:
        self._insert("files", {
            "id": attached.id, "source_id": source_id, "name": attached.name,
            "sha256": attached.sha256, "size": attached.size, "data": bytes(data),
            "added_at": attached.added_at})

    def attached_file(self, file_id: str) -> AttachedFile | None:
        rows = self._rows("SELECT id, name, sha256, size, added_at FROM files WHERE id = %s", [file_id])
        return AttachedFile(**rows[0]) if rows else None

    def file_data(self, file_id: str) -> bytes:
        rows = self._rows("SELECT data FROM files WHERE id = %s", [file_id])
        return bytes(rows[0]["data"]) if rows else b""

    # -- captures (web sources as evidence) ----------------------------------------------
    _CAPTURE_COLUMNS = records.CAPTURE_COLUMNS

    _capture = staticmethod(records.capture)

    def _captures_of(self, source_ids: list[str]) -> dict[str, list[Capture]]:
        out: dict[str, list[Capture]] = {}
        if not source_ids:
            return out
        for r in self._rows(f"SELECT {self._CAPTURE_COLUMNS} FROM captures WHERE source_id = ANY(%s) "
                            'ORDER BY taken_at COLLATE "C", rowid', [list(source_ids)]):
            out.setdefault(r["source_id"], []).append(self._capture(r))
        return out

    def insert_capture(self, capture: Capture, data: bytes, token: bytes | None = None) -> None:
        self._insert("captures", {
            "id": capture.id, "source_id": capture.source_id, "url": capture.url,
            "final_url": capture.final_url, "taken_at": capture.taken_at,
            "taken_by": capture.taken_by, "status": capture.status,
            "content_type": capture.content_type, "resources": capture.resources,
            "sha256": capture.sha256, "size": capture.size, "data": bytes(data),
            "tsa_url": capture.tsa_url, "ts_time": capture.ts_time,
            "token": None if token is None else bytes(token), "token_sha256": capture.token_sha256})

    def captures(self, source_id: str | None = None) -> list[Capture]:
        """The captures of a source (every capture when ``None``), oldest first."""
        if source_id is None:
            return [self._capture(r) for r in self._rows(
                f'SELECT {self._CAPTURE_COLUMNS} FROM captures ORDER BY taken_at COLLATE "C", rowid')]
        return self._captures_of([source_id]).get(source_id, [])

    def capture(self, capture_id: str) -> Capture | None:
        rows = self._rows(f"SELECT {self._CAPTURE_COLUMNS} FROM captures WHERE id = %s", [capture_id])
        return self._capture(rows[0]) if rows else None

    def capture_data(self, capture_id: str) -> bytes | None:
        rows = self._rows("SELECT data FROM captures WHERE id = %s", [capture_id])
        return bytes(rows[0]["data"]) if rows else None

    def capture_token(self, capture_id: str) -> bytes | None:
        rows = self._rows("SELECT token FROM captures WHERE id = %s", [capture_id])
        return bytes(rows[0]["token"]) if rows and rows[0]["token"] is not None else None

    def set_capture_timestamp(self, capture_id: str, stamp: CaptureTimestamp) -> None:
        self._exec("UPDATE captures SET tsa_url = %s, ts_time = %s, token = %s, token_sha256 = %s "
                   "WHERE id = %s", [stamp.tsa_url, stamp.time, stamp.token, stamp.token_sha256, capture_id])

    def next_source_position(self, claim_id: str) -> int:
        rows = self._rows("SELECT coalesce(max(position), -1) + 1 AS p FROM sources WHERE claim_id = %s",
                          [claim_id])
        return rows[0]["p"]

    # -- users -------------------------------------------------------------------------
    def user(self, name: str) -> User | None:
        rows = self._rows("SELECT * FROM users WHERE name = %s", [name])
        return User(rows[0]["name"], Role(rows[0]["role"]), rows[0]["created_at"]) if rows else None

    def insert_user(self, user: User) -> None:
        self._insert("users", {"name": user.name, "role": str(user.role), "created_at": user.created_at})

    def users(self) -> list[User]:
        return [User(r["name"], Role(r["role"]), r["created_at"])
                for r in self._rows('SELECT * FROM users ORDER BY name COLLATE "C"')]

    def set_user_role(self, name: str, role: Role) -> None:
        self._exec("UPDATE users SET role = %s WHERE name = %s", [str(role), name])

    # -- events ------------------------------------------------------------------------
    _event = staticmethod(records.event)

    def _serialise_appends(self) -> None:
        """Inside a transaction: hold the chain until commit, so the event about to be
        chained onto the head read now is the only one chained onto it. ``transaction()``
        took that lock when it began: only a transaction begun some other way takes it here."""
        if self._depth == 0 and self._in_transaction():
            # LOCK TABLE events IN EXCLUSIVE MODE, with the owner's rights (0003_roles.sql)
            self._exec("SELECT workbench_lock_chain()")

    def last_event(self) -> Event | None:
        with self._lock:
            self._serialise_appends()
            rows = self._rows("SELECT * FROM events ORDER BY seq DESC LIMIT 1")
        return self._event(rows[0]) if rows else None

    def append_event(self, event: Event) -> None:
        row = records.event_row(event)
        with self._lock:
            self._serialise_appends()
            self._insert("events", row)

    def insert_events(self, events: Iterable[Event]) -> None:
        """Events as they are (seq and hashes unchanged); the head trigger follows them."""
        with self._lock:
            self._serialise_appends()
            for event in events:
                row = records.event_row(event)
                self._insert("events", row)

    def events(self, entity_id: str | None = None) -> Iterator[Event]:
        if entity_id is None:
            rows = self._rows("SELECT * FROM events ORDER BY seq")
        else:
            rows = self._rows("SELECT * FROM events WHERE scope_id = %s OR entity_id = %s ORDER BY seq",
                              [entity_id, entity_id])
        return iter([self._event(r) for r in rows])

    def events_after(self, seq: int, scope_id: str | None = None, limit: int | None = None) -> list[Event]:
        """Events appended after ``seq`` (oldest first), of one claim or article when given."""
        sql = "SELECT * FROM events WHERE seq > %s"
        params: list[int | str] = [seq]
        if scope_id is not None:
            sql += " AND scope_id = %s"
            params.append(scope_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT %s"
            params.append(limit)
        return [self._event(r) for r in self._rows(sql, params)]

    def head_seq(self) -> int:
        """The seq of the newest event (0 for an empty trail): what "changed since" counts from."""
        head = self.chain_head()
        return head.seq if head else 0

    def wait_for_change(self, after_seq: int, timeout_s: float) -> bool:
        """True as soon as the trail has an event after ``after_seq``, False after ``timeout_s``.

        Waits on ``LISTEN workbench_events`` (migration 0004's trigger sends ``NOTIFY`` for
        each appended event, delivered at commit) on a connection of its own, so a watcher
        wakes at once without polling the server; when that connection cannot be had (or
        breaks), it looks at the head of the trail every 0.2 s as before."""
        import time

        deadline = time.monotonic() + max(0.0, timeout_s)
        listener = self._listener()
        if listener is not None:
            try:
                return self._wait_notified(listener, after_seq, deadline)
            except Exception:
                self._drop_listener()
        return records.poll_for_change(self.head_seq, after_seq, deadline)

    def _listener(self) -> Any:
        """The connection that LISTENs (opened on first use), or None when it cannot be had."""
        import psycopg

        with self._lock:
            conn = self._listen_conn
            if conn is not None and not conn.closed:
                return conn
            self._listen_conn = None
        try:  # not under the store's lock: a slow server must not hold up the store's users
            conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
            conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        except psycopg.Error:
            return None
        with self._lock:
            self._listen_conn = conn
        return conn

    def _drop_listener(self) -> None:
        with self._lock:
            conn, self._listen_conn = self._listen_conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def _wait_notified(self, listener: Any, after_seq: int, deadline: float) -> bool:
        import time

        # LISTEN is in force before the head is read: an event committed between the two
        # is either seen in the head or delivered as a notification.
        while True:
            if self.head_seq() > after_seq:
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            for note in listener.notifies(timeout=left, stop_after=1):
                with contextlib.suppress(ValueError):
                    if int(note.payload) > after_seq:
                        return True

    def chain_head(self) -> ChainHead | None:
        rows = self._rows("SELECT seq, hash FROM events_head WHERE id = 1")
        return ChainHead(rows[0]["seq"], rows[0]["hash"]) if rows else None

    def integrity_problems(self) -> list[str]:
        """The server keeps its own pages and foreign keys; what is left to report is a row
        pointing at a missing parent where no foreign key holds it (none here): []."""
        return []

    # -- the people of a desk on a server (services/ports.py ServerDesk) --------------------
    def login(self) -> str:
        """The authenticated login (``session_user``): who acts, whatever a client says."""
        with self._lock:
            return str(self.conn.execute("SELECT session_user").fetchone()[0])  # type: ignore[index]

    def desk_role(self, name: str) -> str | None:
        """'checker', 'editor' or 'admin' when ``name`` is a login of this desk's groups."""
        rows = self._tuples("SELECT workbench_desk_role(%s)", [name])
        return rows[0][0] if rows else None

    def desk_groups(self) -> dict[str, str]:
        """desk role -> the group role of this database (<db>_checker, ...)."""
        db = self._tuples("SELECT current_database()")[0][0]
        return {r: f"{db}_{r}" for r in ("checker", "editor", "admin")}

    def init_desk(self) -> list[str]:
        """Create the desk's group roles and grants (again: no change); the group names."""
        import psycopg

        with self._lock:
            try:
                with self.conn.transaction():
                    return list(self.conn.execute("SELECT workbench_desk_init()").fetchone()[0])  # type: ignore[index]
            except psycopg.errors.InsufficientPrivilege as exc:
                raise Forbidden("desk.cannot_create_roles", login=self.login(),
                                error=str(exc).strip().splitlines()[0]) from None

    def desk_logins(self) -> list[tuple[str, str]]:
        """(login, desk role) of everyone in this desk's groups, by name."""
        groups = list(self.desk_groups().values())
        return [(r[0], r[1]) for r in self._tuples(
            "SELECT n, workbench_desk_role(n) FROM (SELECT DISTINCT u.rolname::text AS n "
            "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE g.rolname = ANY(%s) AND u.rolcanlogin AND NOT m.admin_option) t "
            'ORDER BY n COLLATE "C"', [groups]) if r[1]]

    def role_exists(self, name: str) -> bool:
        return bool(self._tuples("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]))

    def create_login(self, name: str, role: str, password: str) -> None:
        """A LOGIN role in the group of ``role``; only the SCRAM verifier of the password is sent
        (computed here by libpq), so it appears in no statement and no server log."""
        from psycopg import sql

        groups = self.desk_groups()
        verifier = self.conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
        attrs = sql.SQL(" CREATEROLE") if role == "admin" else sql.SQL("")
        self._exec(sql.SQL("CREATE ROLE {} LOGIN{} PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), attrs, sql.Literal(verifier.decode()), sql.Identifier(groups[role])))

    def set_login_role(self, name: str, role: str) -> None:
        """Move ``name`` into the group of ``role`` (out of the desk's other groups)."""
        from psycopg import sql

        groups = self.desk_groups()
        for r, group in groups.items():
            if r != role:
                self._exec(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(name)))
        self._exec(sql.SQL("GRANT {} TO {}").format(sql.Identifier(groups[role]), sql.Identifier(name)))
        self._exec(sql.SQL("ALTER ROLE {} {}").format(
            sql.Identifier(name), sql.SQL("CREATEROLE" if role == "admin" else "NOCREATEROLE")))

    # -- settings ----------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE key = %s", [key])
        return rows[0]["value"] if rows else None

    def settings(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows('SELECT key, value FROM settings ORDER BY key COLLATE "C"')}

    def set_setting(self, key: str, value: str) -> None:
        self._exec("INSERT INTO settings (key, value) VALUES (%s, %s) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    # -- comments ----------------------------------------------------------------------
    def insert_comment(self, comment: Comment) -> None:
        self._insert("comments", comment.to_json())

    def comment(self, comment_id: str) -> Comment | None:
        rows = self._rows("SELECT id, claim_id, parent_id, author, at, text FROM comments WHERE id = %s",
                          [comment_id])
        return Comment.from_json(rows[0]) if rows else None

    def comments(self, claim_id: str) -> list[Comment]:
        rows = self._rows('SELECT id, claim_id, parent_id, author, at, text FROM comments '
                          'WHERE claim_id = %s ORDER BY at COLLATE "C", rowid', [claim_id])
        return [Comment.from_json(r) for r in rows]

    def all_comments(self) -> list[Comment]:
        rows = self._rows('SELECT id, claim_id, parent_id, author, at, text FROM comments '
                          'ORDER BY at COLLATE "C", rowid')
        return [Comment.from_json(r) for r in rows]

    def delete_comment(self, comment_id: str) -> None:
        self._exec("DELETE FROM comments WHERE id = %s", [comment_id])

    # -- search ------------------------------------------------------------------------
    #: Documents of this many normalised characters or more are "long" (articles): the trigram
    #: index is split there (postgres_migrations/0005_search_speed.sql; the literal must match).
    LONG_DOCUMENT = 1000
    #: At most this many short and this many long matching documents are ranked (read and
    #: counted) for one request. A word found in more documents than that (a common word in a
    #: large library) is ranked over the first matches the index yields, as SQLite's ``cap``
    #: reads do; below it the ranking is over every match.
    RANK_SHORT = 500
    RANK_LONG = 50

    def search(self, request: SearchRequest) -> list[SearchRow]:
        """Rows of ``search_docs`` that match ``request``, best first: the SQLite store's rules
        (see ``SqliteStore.search``) with ``LIKE '%word%'`` over the trigram index, and an
        Okapi BM25 score over character counts in place of FTS5's bm25.

        What costs is reading the matching bodies: the index only narrows the rows, each one
        is read again to check the substring, and ranking counts the occurrences in it. So a
        ranked request reads at most :attr:`RANK_SHORT` short and :attr:`RANK_LONG` long
        matches (each part over its own partial index), a capped one its ``cap`` first
        matches, short ones first; lengths come from the ``n`` column, occurrences from byte
        lengths (O(1) on a read body)."""
        groups = tuple(g for g in request.groups if g)
        if not groups:
            return []
        where: list[str] = []
        params: list[Any] = []
        if request.kinds:
            where.append("d.kind = ANY(%s)")
            params.append(list(request.kinds))
        if request.exclude_article:
            where.append("d.article_id != %s")
            params.append(request.exclude_article)
        where.append("(" + " OR ".join(
            "(" + " AND ".join("d.body LIKE %s" for _ in g) + ")" for g in groups) + ")")
        params.extend(_like(w) for g in groups for w in g)
        longs = [[w for w in g if len(w) >= _TRIGRAM] for g in groups]
        ranked = bool(longs[0]) if len(groups) == 1 else all(longs)

        def tiers(extra: str, short_limit: int, long_limit: int) -> tuple[str, list[Any]]:
            """The matches in two parts, short documents then long ones, each read through its
            own partial index (the conditions on ``n`` are literals, so the planner can use
            them), each at most ``*_limit`` rows."""
            head = f"SELECT d.kind, d.ref_id, d.article_id, d.claim_id, d.id, d.n{extra} FROM search_docs d WHERE "
            cond = " AND ".join(where)
            sql = (f"({head}d.n < {self.LONG_DOCUMENT} AND {cond} LIMIT %s) UNION ALL "
                   f"({head}d.n >= {self.LONG_DOCUMENT} AND {cond} LIMIT %s)")
            return sql, [*params, short_limit, *params, long_limit]

        if request.cap:
            # the first ``cap`` matches in whatever order the index yields them, short ones
            # first (no sort of every match), then those closest in length
            inner, inner_params = tiers("", request.cap, request.cap)
            sql = (f"SELECT kind, ref_id, article_id, claim_id FROM (SELECT * FROM ({inner}) t LIMIT %s) m "
                   "ORDER BY abs(n - %s), id LIMIT %s")
            all_params = [*inner_params, request.cap, request.near_length, request.limit]
        elif ranked:
            # Each candidate body is read (detoasted) once, in the innermost query (the LIMITs
            # keep it from being merged into the outer ones); occurrences are counted on that
            # copy: the bytes replace() removes over the word's bytes is the count in
            # characters, and octet_length() does not walk the text as length() does.
            words = list(dict.fromkeys(w for g in longs for w in g))
            counts = ", ".join(f"((octet_length(b) - octet_length(replace(b, %s, ''))) "
                               f"/ {len(w.encode('utf-8'))})::float8 AS tf{i}" for i, w in enumerate(words))
            norm = "1.2 * (0.25 + 0.75 * n / %s::float8)"
            score = " + ".join(f"(tf{i} * 2.2 / (tf{i} + {norm}))" for i in range(len(words)))
            avglen = self._average_length()
            inner, inner_params = tiers(", d.body || '' AS b", self.RANK_SHORT, self.RANK_LONG)
            sql = ("SELECT kind, ref_id, article_id, claim_id FROM ("
                   f"SELECT kind, ref_id, article_id, claim_id, id, n, {counts} FROM ({inner}) x OFFSET 0) y "
                   f"ORDER BY {score} DESC, id LIMIT %s")
            all_params = [*words, *inner_params, *([avglen] * len(words)), request.limit]
        else:
            sql = ("SELECT kind, ref_id, article_id, claim_id FROM search_docs d WHERE " + " AND ".join(where)
                   + " ORDER BY id LIMIT %s")
            all_params = [*params, request.limit]
        return [SearchRow(r[0], r[1], r[2], r[3] or "") for r in self._tuples(sql, all_params)]

    #: How long the average document length (BM25's length norm) is reused before it is read again.
    AVERAGE_LENGTH_TTL_S = 60.0

    def _average_length(self) -> float:
        """The average normalised length of the indexed documents (the ``n`` column: no body
        is read), read again at most once a minute (it moves slowly)."""
        import time

        now = time.monotonic()
        if self._avglen is None or now - self._avglen[0] > self.AVERAGE_LENGTH_TTL_S:
            value = self._tuples("SELECT coalesce(avg(n), 1) FROM search_docs")[0][0]
            self._avglen = (now, max(float(value), 1.0))
        return self._avglen[1]

    def rebuild_search_index(self) -> int:
        """Recompute every normalised text (after a change of the normalisation rules)."""
        with self.transaction():
            for r in self._tuples("SELECT id, kind, ref_id FROM search_docs"):
                body = self._document_text(r[1], r[2])
                self._exec("UPDATE search_docs SET body = %s WHERE id = %s", [_norm(body), r[0]])
        return self._tuples("SELECT count(*) FROM search_docs")[0][0]

    def _document_text(self, kind: str, ref_id: str) -> str:
        if kind == "article":
            return self.article_text(ref_id) or ""
        if kind == "source":
            t = self.source_texts(ref_id) or SourceTexts()
            return "\n".join([t.title, t.publisher, t.excerpt])
        rows = self._rows("SELECT quote, statement, rationale FROM claims WHERE id = %s", [ref_id])
        if not rows:
            return ""
        return rows[0]["rationale"] if kind == "rationale" else rows[0]["quote"] + "\n" + rows[0]["statement"]

    def claim_ratings(self, claim_ids: list[str]) -> list[ClaimRating]:
        if not claim_ids:
            return []
        return [ClaimRating(*r) for r in self._tuples(
            'SELECT id, article_id, start, "end", quote, statement, rating, rationale, review_state '
            "FROM claims WHERE id = ANY(%s)", [list(claim_ids)])]

    def source_texts(self, source_id: str) -> SourceTexts | None:
        rows = self._rows("SELECT title, publisher, excerpt FROM sources WHERE id = %s", [source_id])
        return SourceTexts(**{k: v or "" for k, v in rows[0].items()}) if rows else None

    def article_text(self, article_id: str) -> str | None:
        rows = self._rows("SELECT text FROM articles WHERE id = %s", [article_id])
        return rows[0]["text"] if rows else None

    # -- proposals ---------------------------------------------------------------------
    _proposal = staticmethod(records.proposal)

    def proposals(self, article_id: str, decided: bool = False) -> list[Proposal]:
        sql = "SELECT * FROM proposals WHERE article_id = %s"
        if not decided:
            sql += " AND decision IS NULL"
        return [self._proposal(r) for r in self._rows(sql + " ORDER BY score DESC, start", [article_id])]

    def all_proposals(self) -> list[Proposal]:
        rows = self._rows('SELECT * FROM proposals ORDER BY article_id COLLATE "C", score DESC, start, '
                          'id COLLATE "C"')
        return [self._proposal(r) for r in rows]

    def proposal(self, proposal_id: str) -> Proposal | None:
        rows = self._rows("SELECT * FROM proposals WHERE id = %s", [proposal_id])
        return self._proposal(rows[0]) if rows else None

    @staticmethod
    def _proposal_row(p: Proposal, keep_decision: bool) -> dict:
        row = p.to_json()
        row.pop("covered_by")
        row["reasons"] = json.dumps(row["reasons"], ensure_ascii=False)
        if keep_decision:
            for key in ("decided_by", "decided_at", "claim_id"):
                row[key] = row[key] or None
        return row

    def replace_open_proposals(self, article_id: str, proposals: list[Proposal]) -> None:
        self._exec("DELETE FROM proposals WHERE article_id = %s AND decision IS NULL", [article_id])
        for p in proposals:
            self._insert("proposals", self._proposal_row(p, keep_decision=False))

    def insert_proposals(self, proposals: list[Proposal]) -> None:
        for p in proposals:
            self._insert("proposals", self._proposal_row(p, keep_decision=True))

    def decide_proposal(self, proposal_id: str, decision: str, user: str, at: str,
                        claim_id: str = "") -> None:
        self._exec("UPDATE proposals SET decision = %s, decided_by = %s, decided_at = %s, claim_id = %s "
                   "WHERE id = %s", [decision, user, at, claim_id, proposal_id])

    def reopen_proposal(self, proposal_id: str) -> None:
        self._exec("UPDATE proposals SET decision = NULL, decided_by = NULL, decided_at = NULL, "
                   "claim_id = NULL WHERE id = %s", [proposal_id])

    # -- evidence and the library ----------------------------------------------------------
    def insert_evidence(self, evidence: Evidence, data: bytes | None) -> None:
        row = evidence.to_json()
        row["data"] = None if data is None else bytes(data)
        self._insert("article_evidence", row)

    def evidence(self, article_id: str) -> Evidence | None:
        rows = self._rows("SELECT article_id, kind, origin, final_url, content_type, encoding, "
                          "author, sha256, size, retrieved_at, retrieved_by "
                          "FROM article_evidence WHERE article_id = %s", [article_id])
        return Evidence(**rows[0]) if rows else None

    def evidence_data(self, article_id: str) -> bytes | None:
        rows = self._rows("SELECT data FROM article_evidence WHERE article_id = %s", [article_id])
        return bytes(rows[0]["data"]) if rows and rows[0]["data"] is not None else None

    def articles_with_sha256(self, sha256: str) -> list[str]:
        return [r["article_id"] for r in self._rows(
            'SELECT article_id FROM article_evidence WHERE sha256 = %s ORDER BY retrieved_at COLLATE "C"',
            [sha256])]

    _LIBRARY_SELECT = (
        "SELECT a.id, a.title, a.language, a.url, a.publisher, a.published, a.added_at, "
        "coalesce(c.total, 0) AS total, coalesce(c.rated, 0) AS rated, "
        "coalesce(c.approved, 0) AS approved, "
        "CASE WHEN e.kind IN ('file', 'html') THEN e.origin ELSE '' END AS origin, a.rowid AS rid "
        "FROM articles a LEFT JOIN ("
        "  SELECT article_id, count(*) AS total, count(rating) AS rated, "
        "  count(*) FILTER (WHERE review_state = 'approved') AS approved FROM claims {claims_where} "
        "  GROUP BY article_id"
        ") c ON c.article_id = a.id LEFT JOIN article_evidence e ON e.article_id = a.id {where}")

    def library_rows(self) -> list[LibraryRow]:
        sql = self._LIBRARY_SELECT.format(claims_where="", where="") + ' ORDER BY a.added_at COLLATE "C" DESC, a.rowid DESC'
        return [LibraryRow(*r[:11]) for r in self._tuples(sql)]

    # == lazy table models ==================================================================
    def claim_spans(self, article_id: str) -> list[tuple[str, int, int, str | None]]:
        return self._tuples('SELECT id, start, "end", rating FROM claims WHERE article_id = %s '
                            'ORDER BY start, "end", id COLLATE "C"', [article_id])

    def claims_by_ids(self, claim_ids: list[str]) -> list[Claim]:
        rows = self._rows("SELECT * FROM claims WHERE id = ANY(%s)", [list(claim_ids)]) if claim_ids else []
        sources = self._sources_for([r["id"] for r in rows])
        found = {r["id"]: self._claim(r, sources[r["id"]]) for r in rows}
        return [found[cid] for cid in claim_ids if cid in found]

    def article_titles(self, article_ids: list[str]) -> dict[str, str]:
        if not article_ids:
            return {}
        return {r[0]: r[1] for r in self._tuples("SELECT id, title FROM articles WHERE id = ANY(%s)",
                                                 [list(article_ids)])}

    def article_count(self) -> int:
        return self._tuples("SELECT count(*) FROM articles")[0][0]

    _LIBRARY_ORDERS = ("title", "language", "source", "date", "progress", "approved")

    def library_ids(self, order: str = "date", descending: bool = True, text: str = "") -> list[str]:
        """As ``SqliteStore.library_ids``; the shown texts are worked out in Python (the same
        functions SQLite calls), so both stores filter and sort alike."""
        from urllib.parse import urlparse

        from workbench.core.arabic import mask_bidi_controls

        if order not in self._LIBRARY_ORDERS:
            raise KeyError(order)
        rows = self._tuples(self._LIBRARY_SELECT.format(claims_where="", where=""))
        items = []
        for (aid, title, language, url, publisher, published, added_at, total, rated, approved,
             origin, rid) in rows:
            source = publisher or (urlparse(url).netloc if url else (origin or ""))
            date = published or (added_at or "")[:10]
            if text:
                shown = "\n".join([mask_bidi_controls(title or "").casefold(), (language or "").casefold(),
                                   mask_bidi_controls(source or "").casefold(), date,
                                   f"{rated}/{total}", str(approved)])
                if text.casefold() not in shown:
                    continue
            key: Any = {"title": (title or "").casefold(), "language": language, "source": (source or "").casefold(),
                        "date": date, "progress": rated / total if total > 0 else -1.0,
                        "approved": approved}[order]
            items.append((key, added_at, rid, aid))
        # ties newest first, whatever the direction of the key
        items.sort(key=lambda i: (i[1], i[2]), reverse=True)
        items.sort(key=lambda i: i[0], reverse=descending)
        return [i[3] for i in items]

    def library_rows_by_ids(self, article_ids: list[str]) -> list[LibraryRow]:
        if not article_ids:
            return []
        sql = self._LIBRARY_SELECT.format(claims_where="WHERE article_id = ANY(%s)", where="WHERE a.id = ANY(%s)")
        found = {r[0]: LibraryRow(*r[:11]) for r in self._tuples(sql, [list(article_ids), list(article_ids)])}
        return [found[a] for a in article_ids if a in found]

    def claims_in_review(self) -> list[tuple[str, str, str]]:
        return self._tuples("SELECT id, updated_at, updated_by FROM claims WHERE review_state = 'in_review'")
