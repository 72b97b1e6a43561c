"""The checking session's use cases. Each public method is one user action: it validates first,
then writes in one transaction together with its audit event, and returns a :class:`Change`."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, NamedTuple
from datetime import date
from pathlib import Path

from workbench.core import audit, bundled
from workbench.core import review as rules
from workbench.core.changes import ChangeKind, kinds_of
from workbench.core.errors import InvalidInput, NotFound
from workbench.core.model import (
    Approval, Article, AttachedFile, Claim, Event, ReviewState, Role, Source, Stance, User, new_id, now_iso,
)
from workbench.core.ratings import RatingScale
from workbench.core.review import unwrap
from workbench.core.spans import check_span, locate, normalize, trim_span

if TYPE_CHECKING:  # only annotations: not worth their imports at start-up
    from .desk import DeskChanges
    from workbench.core.library import Evidence
    from workbench.core.proposal import Proposal
    from .ports import Store

#: Largest file kept as evidence inside the database.
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
#: Who the bundled sample's article and claims are recorded as created by.
SAMPLE_USER = "workbench-sample"
SAMPLE_NAMESPACE = uuid.UUID("6f1c1d43-3a5e-4a55-9a3c-6b0c1e0b7a10")


@dataclass(frozen=True)
class Change:
    """What one action changed, so views refresh only that: the claims (``claim_ids``, with
    ``claim`` as it is now when there is one) and what about them (``kinds``, typed flags)."""

    action: str
    article_id: str | None = None
    claim: Claim | None = None
    claim_ids: frozenset[str] = frozenset()
    returned_to_draft: bool = False
    message: str = ""
    same_as: str | None = None  # an import: the article imported before with the same content
    kinds: ChangeKind = ChangeKind.NONE  # NONE: taken from ``action`` (core/changes.py)
    review_restored: str = ""  # an undo gave the claim back the review state it had ("approved")

    def __post_init__(self) -> None:
        if not self.kinds:
            kinds = kinds_of(self.action)
            if self.returned_to_draft or self.review_restored:
                kinds |= ChangeKind.REVIEW_STATE
            object.__setattr__(self, "kinds", kinds)


class ClaimSpan(NamedTuple):
    """Where a claim is and its verdict: what ordering the checklist and painting the article
    need, without the claim's texts and sources."""

    id: str
    start: int
    end: int
    rating: str | None


@dataclass(frozen=True)
class SourceSnapshot:
    """A removed source with its files' bytes, enough to put it back (undo)."""

    source: Source
    position: int
    file_data: dict[str, bytes] = field(default_factory=dict)
    # the source's captures (WARC bytes, timestamp tokens): they go and come back with it
    capture_data: dict[str, bytes] = field(default_factory=dict)
    capture_tokens: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class ClaimSnapshot:
    claim: Claim
    sources: tuple[SourceSnapshot, ...] = ()


@dataclass(frozen=True)
class ArticleSnapshot:
    """A deleted article with everything that went with it, enough to put it back (undo)."""

    article: Article
    claims: tuple[ClaimSnapshot, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    evidence: Evidence | None = None
    evidence_data: bytes | None = None


def _claim_fields(claim: Claim) -> dict:
    row = claim.to_json()
    row["sources"] = [s["id"] for s in row["sources"]]
    return row


#: The database setting naming the last user of the window: the command line's default user.
DEFAULT_USER_KEY = "default_user"


class Workbench:
    def __init__(self, store: Store, user: str, scale: RatingScale | None = None):
        if not user or not user.strip():
            raise InvalidInput("session.no_user")
        self.store = store
        self.user = user.strip()
        self.scale = scale or RatingScale.from_dict(bundled.read_json("ratings.json"))
        #: The seqs of the events this session recorded: its own steps, which never make its
        #: edits stale and which it does not show as someone else's change (services/desk.py).
        self.own_seqs: set[int] = set()

    def local_files(self) -> tuple[str, ...]:
        """The desk's own files on this machine, which no action may read as a document."""
        return self.store.local_files()

    def close(self) -> None:
        self.store.close()

    def warm_up(self) -> None:
        """Let the store prepare for writing in the background (after the window is shown)."""
        self.store.warm_up()

    @property
    def db_path(self) -> str:
        return self.store.path

    # -- audit ---------------------------------------------------------------------------
    def record(self, action: str, entity: str, entity_id: str, scope_id: str,
                before: dict | None, after: dict | None) -> Event:
        last = self.store.last_event()
        seq = (last.seq + 1) if last else 1
        prev = last.hash if last else audit.GENESIS
        ev_id, at = new_id(), now_iso()
        digest = audit.event_hash(id=ev_id, at=at, user=self.user, action=action, entity=entity,
                                  entity_id=entity_id, scope_id=scope_id, before=before,
                                  after=after, prev_hash=prev)
        event = Event(seq, ev_id, at, self.user, action, entity, entity_id, scope_id, before,
                      after, prev, digest)
        self.store.append_event(event)
        self.own_seqs.add(seq)
        return event

    # -- the live desk (services/desk.py) --------------------------------------------------
    def desk_head(self) -> int:
        """The seq of the newest change: the version of everything as one sees it now (give it
        back as ``opened=`` to an edit, or to ``desk_changes`` to hear what came after)."""
        return self.store.head_seq()

    def desk_changes(self, since_seq: int, others_only: bool = True) -> DeskChanges:
        """What was changed after ``since_seq``, by others (not this session) unless
        ``others_only`` is False; with the head to ask from next time."""
        from .desk import changes_after

        return changes_after(self.store, since_seq, self.own_seqs if others_only else ())

    def wait_for_change(self, since_seq: int, timeout_s: float) -> bool:
        """True as soon as the desk holds a change after ``since_seq``; False after ``timeout_s``."""
        return self.store.wait_for_change(since_seq, timeout_s)

    @property
    def change_wakes(self) -> bool:
        """The server wakes ``wait_for_change`` (PostgreSQL's LISTEN/NOTIFY) rather than the
        store polling: worth a thread that waits on it (the window's ``DeskFollower``)."""
        return bool(getattr(self.store, "listens", False))

    def check_fresh(self, claim_id: str, opened: int | None) -> None:
        """Refuse (``StaleEdit``) an edit of a claim opened at seq ``opened`` that someone else
        has changed since; ``None``: act on the latest version."""
        from .desk import check_fresh

        check_fresh(self.store, claim_id, opened, self.own_seqs)

    def ensure_user(self) -> None:
        if self.store.user(self.user) is None:
            user = User(self.user, Role.CHECKER, now_iso())
            self.store.insert_user(user)
            self.record("user.add", "user", user.name, user.name, None,
                         {"name": user.name, "role": str(user.role)})

    def history(self, entity_id: str) -> list[Event]:
        """The entity's events in the order this database learnt them; an event imported from
        another desk's bundle is shown as its author wrote it (see core/review.py unwrap)."""
        return [unwrap(e) for e in self.store.events(entity_id)]

    def verify_chain(self) -> tuple[int, str] | None:
        return audit.first_broken(self.store.events())

    # -- reads ---------------------------------------------------------------------------
    def articles(self) -> list[Article]:
        return self.store.articles()

    def article(self, article_id: str) -> Article:
        art = self.store.article(article_id)
        if art is None:
            raise NotFound("article.not_found", article=article_id)
        return art

    def claims(self, article_id: str | None = None) -> list[Claim]:
        if article_id is not None:
            self.article(article_id)
        return self.store.claims(article_id)

    def export_claims(self, article_id: str | None = None) -> list[Claim]:
        """:meth:`claims`, each approved one carrying its :class:`Approval` (who put it in the
        approved state and when, by the audit trail), for exports."""
        claims = self.claims(article_id)
        approved = {c.id for c in claims if c.review_state is ReviewState.APPROVED}
        if not approved:
            return claims
        events: dict[str, list] = {}
        for ev in self.store.events():
            if ev.scope_id in approved:
                events.setdefault(ev.scope_id, []).append(unwrap(ev))
        out = []
        for c in claims:
            mark = rules.last_state_mark(events.get(c.id, ()), ReviewState.APPROVED) \
                if c.id in approved else None
            out.append(c.with_(approval=Approval(mark.user, mark.at)) if mark else c)
        return out

    def claim(self, claim_id: str) -> Claim:
        claim = self.store.claim(claim_id)
        if claim is None:
            raise NotFound("claim.not_found", claim=claim_id)
        return claim

    def claim_spans(self, article_id: str) -> list[ClaimSpan]:
        """The article's claims in text order, as spans with their verdicts (one light query)."""
        return [ClaimSpan(*row) for row in self.store.claim_spans(article_id)]

    def claim_ids(self, article_id: str) -> list[str]:
        """The ids of the article's claims in text order."""
        return [row[0] for row in self.store.claim_spans(article_id)]

    def claims_by_ids(self, claim_ids: list[str]) -> list[Claim]:
        """The claims of ``claim_ids`` that exist, in that order (a batch for a lazy view)."""
        return self.store.claims_by_ids(list(claim_ids))

    def source(self, source_id: str) -> Source:
        src = self.store.source(source_id)
        if src is None:
            raise NotFound("source.not_found", source=source_id)
        return src

    def file_data(self, file_id: str) -> bytes:
        return self.store.file_data(file_id)

    def attached_file(self, file_id: str):
        """The record of an attached file (name, size, SHA-256)."""
        attached = self.store.attached_file(file_id)
        if attached is None:
            raise NotFound("file.not_attached", file=file_id)
        return attached

    def progress(self, article_id: str) -> tuple[int, int]:
        claims = self.store.claims(article_id)
        return sum(1 for c in claims if c.rating), len(claims)

    # -- articles ------------------------------------------------------------------------
    def add_article(self, title: str, text: str, language: str = "ar", url: str = "",
                    publisher: str = "", published: str = "", article_id: str | None = None) -> Change:
        text = normalize(text)
        if not text.strip():
            raise InvalidInput("article.empty")
        title = normalize(title).strip() or text.strip().split("\n", 1)[0][:120]
        art = Article(article_id or new_id(), title, language, text, url, publisher, published,
                      now_iso(), self.user)
        with self.store.transaction():
            self.ensure_user()
            self.store.insert_article(art)
            after = art.to_json()
            after["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
            del after["text"]
            self.record("article.add", "article", art.id, art.id, None, after)
        return Change("article.add", article_id=art.id)

    def rename_article(self, article_id: str, title: str) -> Change:
        old = self.article(article_id)
        title = normalize(title).strip()
        if not title:
            raise InvalidInput("article.no_title")
        if title == old.title:
            return Change("article.rename", article_id=article_id)
        with self.store.transaction():
            self.ensure_user()
            self.store.update_article_title(article_id, title)
            self.record("article.rename", "article", article_id, article_id,
                        {"title": old.title}, {"title": title})
        return Change("article.rename", article_id=article_id)

    def snapshot_article(self, article_id: str) -> ArticleSnapshot:
        art = self.article(article_id)
        return ArticleSnapshot(
            art, tuple(self.snapshot_claim(c) for c in self.claim_ids(article_id)),
            tuple(self.store.proposals(article_id, decided=True)),
            self.store.evidence(article_id), self.store.evidence_data(article_id))

    @staticmethod
    def _article_summary(snap: ArticleSnapshot) -> dict:
        return {"title": snap.article.title, "claims": [c.claim.id for c in snap.claims],
                "proposals": [p.id for p in snap.proposals]}

    def delete_article(self, article_id: str) -> Change:
        """The article with its claims (each recorded as deleted, so the trail replays), their
        sources and files, its proposals and its import evidence, in one transaction."""
        snap = self.snapshot_article(article_id)
        with self.store.transaction():
            self.ensure_user()
            for c in snap.claims:
                self.record("claim.delete", "claim", c.claim.id, c.claim.id, _claim_fields(c.claim), None)
            self.store.delete_article(article_id)
            self.record("article.delete", "article", article_id, article_id,
                        self._article_summary(snap), None)
        return Change("article.delete", article_id=article_id,
                      claim_ids=frozenset(c.claim.id for c in snap.claims))

    def restore_article(self, snap: ArticleSnapshot) -> Change:
        """Put a deleted article back with the same ids: claims, sources, files, proposals."""
        art = snap.article
        if self.store.article(art.id) is not None:
            raise InvalidInput("article.exists", article=art.id)
        with self.store.transaction():
            self.ensure_user()
            self.store.insert_article(art)
            if snap.evidence is not None:
                self.store.insert_evidence(snap.evidence, snap.evidence_data)
            for c in snap.claims:
                self.store.insert_claim(c.claim.with_(sources=()))
                for s in c.sources:
                    self._insert_source(s)
                self.record("claim.restore", "claim", c.claim.id, c.claim.id, None, _claim_fields(c.claim))
            self.store.insert_proposals(list(snap.proposals))
            self.record("article.restore", "article", art.id, art.id, None, self._article_summary(snap))
        return Change("article.restore", article_id=art.id,
                      claim_ids=frozenset(c.claim.id for c in snap.claims))

    def ensure_sample(self) -> str | None:
        """On a new database, load the bundled sample article and its claims; return its id."""
        if self.store.setting("sample_loaded") or self.store.articles():
            return None
        spec = bundled.read_json("sample-claims.json")
        text = normalize(bundled.read_text(spec["article"]["file"]))
        article_id = str(uuid.uuid5(SAMPLE_NAMESPACE, spec["article"]["file"]))
        title = text.strip().split("\n", 1)[0]
        claims = []
        for item in spec["claims"]:
            start, end = locate(text, item["quote"], item.get("occurrence", 1))
            claims.append((str(uuid.uuid5(SAMPLE_NAMESPACE, f"{article_id}:{start}:{end}")),
                           start, end, item.get("statement", "")))
        acting, self.user = self.user, SAMPLE_USER  # the sample is nobody's work: say so
        try:
            self._load_sample(spec, text, title, article_id, claims)
        finally:
            self.user = acting
        return article_id

    def _load_sample(self, spec, text, title, article_id, claims) -> None:
        with self.store.transaction():
            self.add_article(title, text, spec["article"]["language"], spec["article"]["url"],
                             spec["article"]["publisher"], article_id=article_id)
            for claim_id, start, end, statement in claims:
                self.add_claim(article_id, start, end, statement, claim_id=claim_id)
            self.store.set_setting("sample_loaded", article_id)

    # -- claims --------------------------------------------------------------------------
    def add_claim(self, article_id: str, start: int, end: int, statement: str = "",
                  claim_id: str | None = None) -> Change:
        art = self.article(article_id)
        check_span(art.text, start, end)
        trimmed = trim_span(art.text, start, end)
        for taken in self.claim_spans(article_id):
            if (taken.start, taken.end) == (start, end):
                raise InvalidInput("claim.span_taken", claim=taken.id, start=start, end=end)
            if trim_span(art.text, taken.start, taken.end) == trimmed:
                # the same words with white space around them: the same claim twice
                raise InvalidInput("claim.span_taken_spaced", claim=taken.id, start=start, end=end,
                                   taken_start=taken.start, taken_end=taken.end)
        t = now_iso()
        claim = Claim(claim_id or new_id(), article_id, start, end, art.text[start:end],
                      normalize(statement).strip(), None, "", ReviewState.DRAFT, t, self.user, t, self.user)
        with self.store.transaction():
            self.ensure_user()
            self.store.insert_claim(claim)
            self.record("claim.add", "claim", claim.id, claim.id, None, _claim_fields(claim))
        return Change("claim.add", article_id, claim, frozenset({claim.id}))

    def _touch(self, old: Claim, **changes) -> tuple[Claim, bool]:
        """The claim after an edit by this user: back to draft if it had left draft."""
        back = old.review_state is not ReviewState.DRAFT
        new = old.with_(updated_at=now_iso(), updated_by=self.user,
                        review_state=ReviewState.DRAFT, **changes)
        return new, back

    def _restore_review(self, claim_id: str, state: ReviewState | None) -> str:
        """Inside the transaction of an undo: give the claim, just sent back to draft, the
        review state it had before the step being undone (``state``), but only when its content
        is now exactly what that state was given for (what the editor approved, what was
        submitted). Recorded as its own event, so the trail shows the undo and the state."""
        if state not in (ReviewState.IN_REVIEW, ReviewState.APPROVED):
            return ""
        claim = self.claim(claim_id)
        if claim.review_state is not ReviewState.DRAFT:
            return ""
        mark = rules.last_state_mark(self.history(claim_id), state)
        snapshot = rules.review_snapshot(claim)
        if mark is None or (mark.after or {}).get("reviewed") != snapshot:
            return ""
        self.store.update_claim(claim.with_(review_state=state))
        self.record(rules.RESTORE, "claim", claim.id, claim.id, {"review_state": str(ReviewState.DRAFT)},
                    {"review_state": str(state), "reviewed": snapshot, "restores": mark.id})
        return str(state)

    def _content_change(self, action: str, new: Claim, back: bool, restored: str) -> Change:
        msg = ("" if restored or not back else "the claim went back to draft: it needs review again")
        return Change(action, new.article_id, new, frozenset({new.id}), back and not restored, msg,
                      review_restored=restored)

    def _update_claim(self, action: str, old: Claim, restore_review: ReviewState | None = None,
                      opened: int | None = None, **changes) -> Change:
        new, back = self._touch(old, **changes)
        with self.store.transaction():
            self.check_fresh(old.id, opened)
            self.ensure_user()
            self.store.update_claim(new)
            self.record(action, "claim", new.id, new.id, _claim_fields(old), _claim_fields(new))
            restored = self._restore_review(new.id, restore_review)
        return self._content_change(action, self.claim(new.id), back, restored)

    def edit_statement(self, claim_id: str, statement: str,
                       restore_review: ReviewState | None = None, opened: int | None = None) -> Change:
        """``restore_review``: an undo's state to give back (see ``_restore_review``);
        ``opened``: the desk's seq when the person opened the claim (refused if changed since)."""
        old = self.claim(claim_id)
        statement = normalize(statement).strip()
        if statement == old.statement:
            return Change("claim.edit", old.article_id, old, frozenset({old.id}))
        return self._update_claim("claim.edit", old, restore_review, opened, statement=statement)

    def set_verdict(self, claim_id: str, rating: str | None, rationale: str = "",
                    restore_review: ReviewState | None = None, opened: int | None = None) -> Change:
        old = self.claim(claim_id)
        if rating is not None and rating != "":
            self.scale.get(rating)
        else:
            rating = None
        rationale = normalize(rationale).strip()
        if rating is not None and not rationale:
            raise InvalidInput("verdict.no_rationale")
        if rating == old.rating and rationale == old.rationale:
            return Change("verdict.set", old.article_id, old, frozenset({old.id}))
        return self._update_claim("verdict.set", old, restore_review, opened, rating=rating,
                                  rationale=rationale)

    def snapshot_claim(self, claim_id: str) -> ClaimSnapshot:
        claim = self.claim(claim_id)
        return ClaimSnapshot(claim, tuple(self._snapshot_source(s, i) for i, s in enumerate(claim.sources)))

    def delete_claim(self, claim_id: str) -> Change:
        claim = self.claim(claim_id)
        with self.store.transaction():
            self.ensure_user()
            self.store.delete_claim(claim_id)
            self.record("claim.delete", "claim", claim_id, claim_id, _claim_fields(claim), None)
        return Change("claim.delete", claim.article_id, None, frozenset({claim_id}))

    def restore_claim(self, snap: ClaimSnapshot) -> Change:
        """Put a deleted claim back with the same id, sources and files (undo of delete)."""
        claim = snap.claim.with_(sources=())
        if self.store.claim(claim.id) is not None:
            raise InvalidInput("claim.exists", claim=claim.id)
        self.article(claim.article_id)
        with self.store.transaction():
            self.ensure_user()
            self.store.insert_claim(claim)
            for s in snap.sources:
                self._insert_source(s)
            self.record("claim.restore", "claim", claim.id, claim.id, None, _claim_fields(snap.claim))
        return Change("claim.restore", claim.article_id, self.claim(claim.id), frozenset({claim.id}))

    # -- sources -------------------------------------------------------------------------
    @staticmethod
    def _check_source_fields(url: str, stance: str, published: str, accessed: str) -> None:
        from workbench.core.urls import check_web_url

        check_web_url(url)  # before anything is stored: a capture must not meet a bad address
        try:
            Stance(stance)
        except ValueError:
            raise InvalidInput("source.unknown_stance", stance=stance) from None
        for name, value in (("publication date", published), ("access date", accessed)):
            if value:
                try:
                    date.fromisoformat(value[:10])
                except ValueError:
                    raise InvalidInput({"publication date": "source.bad_published",
                                        "access date": "source.bad_accessed"}[name], value=value) from None

    def _read_files(self, paths) -> list[tuple[AttachedFile, bytes]]:
        out = []
        for p in paths or ():
            path = Path(p)
            if not path.is_file():
                raise InvalidInput("attachment.missing", path=p)
            from workbench.core.filenames import is_one_of, name_problem, shown  # only when files are attached

            if name_problem(path.name):
                raise InvalidInput("attachment.not_plain", name=shown(path.name),
                                   reason=name_problem(path.name))
            if is_one_of(path, self.store.local_files()):
                raise InvalidInput("file.is_the_desk", path=p)
            try:
                size = path.stat().st_size
                if size > MAX_ATTACHMENT_BYTES:
                    raise InvalidInput("attachment.too_large", path=p)
                data = path.read_bytes()
            except OSError as exc:
                raise InvalidInput("attachment.unreadable", path=p, error=exc.strerror) from None
            out.append((AttachedFile(new_id(), path.name, hashlib.sha256(data).hexdigest(),
                                     len(data), now_iso()), data))
        return out

    def _insert_source(self, snap: SourceSnapshot) -> None:
        self.store.insert_source(snap.source, snap.position)
        for f in snap.source.files:
            self.store.insert_file(snap.source.id, f, snap.file_data[f.id])
        for c in snap.source.captures:
            self.store.insert_capture(c, snap.capture_data[c.id], snap.capture_tokens.get(c.id))

    def add_source(self, claim_id: str, url: str, title: str = "", publisher: str = "",
                   published: str = "", excerpt: str = "", stance: str = "context",
                   accessed: str | None = None, files=(), source_id: str | None = None,
                   opened: int | None = None) -> Change:
        old = self.claim(claim_id)
        accessed = date.today().isoformat() if accessed is None else accessed
        self._check_source_fields(url, stance, published, accessed)
        read = self._read_files(files)
        src = Source(source_id or new_id(), claim_id, url.strip(), normalize(title).strip(),
                     normalize(publisher).strip(), published, accessed, normalize(excerpt).strip(),
                     Stance(stance), tuple(f for f, _ in read), now_iso(), self.user)
        snap = SourceSnapshot(src, self.store.next_source_position(claim_id),
                              {f.id: data for f, data in read})
        return self.restore_source(snap, action="source.add", claim=old, opened=opened)

    def restore_source(self, snap: SourceSnapshot, action: str = "source.restore",
                       claim: Claim | None = None, restore_review: ReviewState | None = None,
                       opened: int | None = None) -> Change:
        old = claim or self.claim(snap.source.claim_id)
        new, back = self._touch(old)
        with self.store.transaction():
            self.check_fresh(old.id, opened)
            self.ensure_user()
            self._insert_source(snap)
            self.store.update_claim(new)
            self.record(action, "source", snap.source.id, old.id, None, snap.source.to_json())
            restored = self._restore_review(old.id, restore_review)
        return self._content_change(action, self.claim(old.id), back, restored)

    def edit_source(self, source_id: str, restore_review: ReviewState | None = None,
                    opened: int | None = None, **fields) -> Change:
        old_src = self.source(source_id)
        allowed = {"url", "title", "publisher", "published", "accessed", "excerpt", "stance"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInput("source.unknown_fields", fields=", ".join(sorted(unknown)))
        values: dict[str, Any] = {k: (normalize(v).strip() if isinstance(v, str) else v) for k, v in fields.items()}
        merged = {**old_src.to_json(), **values}
        self._check_source_fields(merged["url"], merged["stance"], merged["published"], merged["accessed"])
        if "stance" in values:
            values["stance"] = Stance(values["stance"])
        new_src = replace(old_src, **values)
        if new_src == old_src:
            return Change("source.edit", None, self.claim(old_src.claim_id), frozenset({old_src.claim_id}))
        old = self.claim(old_src.claim_id)
        new, back = self._touch(old)
        with self.store.transaction():
            self.check_fresh(old.id, opened)
            self.ensure_user()
            self.store.update_source(new_src)
            self.store.update_claim(new)
            self.record("source.edit", "source", source_id, old.id, old_src.to_json(),
                         new_src.to_json())
            restored = self._restore_review(old.id, restore_review)
        return self._content_change("source.edit", self.claim(old.id), back, restored)

    def _snapshot_source(self, src: Source, position: int) -> SourceSnapshot:
        tokens = {c.id: self.store.capture_token(c.id) for c in src.captures if c.timestamped}
        return SourceSnapshot(src, position, {f.id: self.store.file_data(f.id) for f in src.files},
                              {c.id: self.store.capture_data(c.id) or b"" for c in src.captures},
                              {k: v for k, v in tokens.items() if v is not None})

    def snapshot_source(self, source_id: str) -> SourceSnapshot:
        src = self.source(source_id)
        claim = self.claim(src.claim_id)
        position = [s.id for s in claim.sources].index(source_id)
        return self._snapshot_source(src, position)

    def remove_source(self, source_id: str, restore_review: ReviewState | None = None,
                      opened: int | None = None) -> Change:
        src = self.source(source_id)
        old = self.claim(src.claim_id)
        new, back = self._touch(old)
        with self.store.transaction():
            self.check_fresh(old.id, opened)
            self.ensure_user()
            self.store.delete_source(source_id)
            self.store.update_claim(new)
            self.record("source.remove", "source", source_id, old.id, src.to_json(), None)
            restored = self._restore_review(old.id, restore_review)
        return self._content_change("source.remove", self.claim(old.id), back, restored)

    # -- database settings (the organisation exports publish under, ...) -------------------
    def remember_user(self) -> None:
        """Record the acting user as this database's last user: the command line's default
        ``--user`` (the window calls this at start and when the checker changes user). A
        preference, not the checker's work: no audit event, and no user row is made."""
        if self.store.setting(DEFAULT_USER_KEY) != self.user:
            with self.store.transaction():
                self.store.set_setting(DEFAULT_USER_KEY, self.user)

    def setting(self, key: str) -> str | None:
        return self.store.setting(key)

    def set_setting(self, key: str, value: str) -> Change:
        old = self.store.setting(key)
        if old == value:
            return Change("setting.set")
        with self.store.transaction():
            self.ensure_user()
            self.store.set_setting(key, value)
            self.record("setting.set", "setting", key, key,
                        None if old is None else {"value": old}, {"value": value})
        return Change("setting.set")
