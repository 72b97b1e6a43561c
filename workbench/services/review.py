"""The review step's use cases over a :class:`Workbench`: people and roles, submit / approve /
request changes, threaded comments, the review queue, the diff since the last review, and the
integrity check of the database and its audit trail.

Each action validates with the pure rules of :mod:`workbench.core.review`, then writes in one
transaction together with its audit event(s) (``Workbench.record``).
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core import audit
from workbench.core import review as rules
from workbench.core.errors import InvalidInput, NotFound, WorkbenchError
from workbench.core.model import Article, Claim, Event, Role, User, new_id, now_iso
from workbench.core.review import Comment, FieldChange
from workbench.core.spans import normalize

from .session import Change, Workbench


@dataclass(frozen=True)
class QueueItem:
    claim: Claim
    article: Article
    submitted_at: str
    submitted_by: str

    def to_json(self) -> dict:
        return {"claim": self.claim.to_json(), "article_id": self.article.id,
                "article_title": self.article.title, "submitted_at": self.submitted_at,
                "submitted_by": self.submitted_by}


@dataclass(frozen=True)
class StateNote:
    state: str  # draft, in_review, approved, changes_requested
    by: str  # who submitted, approved or asked for changes ("" if nobody did)
    at: str  # when (ISO 8601, UTC)


@dataclass(frozen=True)
class ReviewDiff:
    """What changed in a claim since its last review (``last_review`` None: never reviewed)."""

    claim: Claim
    last_review: Event | None
    changes: tuple[FieldChange, ...]

    def to_json(self) -> dict:
        lr = self.last_review
        return {
            "claim_id": self.claim.id,
            "last_review": None if lr is None else {"action": lr.action, "user": lr.user, "at": lr.at},
            "changes": [{"field": c.field, "before": c.before, "after": c.after} for c in self.changes],
        }


@dataclass(frozen=True)
class CheckResult:
    problems: tuple[str, ...]  # from PRAGMA integrity_check / foreign_key_check
    broken: tuple[int, str] | None  # first broken event (seq, reason)
    events: int
    drift: tuple[str, ...] = ()  # claims whose row says what the trail does not
    captures: tuple[str, ...] = ()  # captures whose bytes no longer match their SHA-256

    @property
    def ok(self) -> bool:
        return not self.problems and self.broken is None and not self.drift and not self.captures

    def message(self) -> str:
        if self.broken:
            seq, reason = self.broken
            return f"audit trail broken at event {seq}: {reason}"
        if self.problems:
            return f"database damaged: {self.problems[0]}"
        if self.drift:
            more = f" (and {len(self.drift) - 1} more)" if len(self.drift) > 1 else ""
            return f"changed outside workbench: {self.drift[0]}{more}"
        if self.captures:
            more = f" (and {len(self.captures) - 1} more)" if len(self.captures) > 1 else ""
            return f"evidence changed outside workbench: {self.captures[0]}{more}"
        return (f"ok: database sound, {self.events} events in an unbroken chain, "
                "every claim as the trail says")

    def to_json(self) -> dict:
        return {"ok": self.ok, "problems": list(self.problems), "drift": list(self.drift),
                "captures": list(self.captures),
                "events": self.events,
                "broken_event": None if self.broken is None else
                {"seq": self.broken[0], "reason": self.broken[1]}}


def verify_trail(wb: Workbench, events=None) -> tuple[tuple[int, str] | None, int]:
    """The first broken event (seq, reason) of the whole chain, and how many events there are.

    The hash chain catches an event changed or removed in the middle; the head kept by a
    trigger (``events_head``) catches events removed from the end."""
    events = list(wb.store.events()) if events is None else events
    broken = audit.first_broken(events)
    if broken:
        # a removed event is named by its own number, not by the one after the gap
        expected = 1
        for ev in events:
            if ev.seq != expected:
                if expected <= broken[0]:
                    broken = (expected, "it was removed")
                break
            expected += 1
        return broken, len(events)
    head = wb.store.chain_head()
    last = events[-1] if events else None
    if head is not None:
        head_seq, head_hash = head
        if last is None or last.seq < head_seq:
            first_missing = last.seq + 1 if last else 1
            return (first_missing, f"events {first_missing} to {head_seq} were removed"), len(events)
        if last.seq == head_seq and last.hash != head_hash:
            return (last.seq, "the chain was rewritten after it was written"), len(events)
        if last.seq > head_seq:
            return (head_seq + 1, "it was added behind workbench's back"), len(events)
    return None, len(events)


def check(wb: Workbench) -> CheckResult:
    """The database's integrity, the audit trail's chain, and the claims and sources tables
    against the trail (a verdict or a source changed by hand, outside workbench, is caught even
    with the chain intact)."""
    events = list(wb.store.events())
    broken, count = verify_trail(wb, events)
    problems = tuple(wb.store.integrity_problems())
    if broken or problems:
        drift: tuple[str, ...] = ()
    else:
        claims = wb.store.claims()
        drift = tuple(rules.claim_drift(events, claims) + rules.source_drift(events, claims))
    from .capture import altered_captures

    captures = () if problems else tuple(altered_captures(wb, events))
    return CheckResult(problems, broken, count, drift, captures)


def trail_warning(wb: Workbench) -> WorkbenchError | None:
    """The window's banner when the database, its audit trail or its evidence is damaged, as a
    message code (the window translates it), else ``None``."""
    result = check(wb)
    if result.ok:
        return None
    if result.broken:
        return WorkbenchError("trail.warn_broken", seq=result.broken[0], reason=result.broken[1])
    if result.problems:
        return WorkbenchError("trail.warn_damaged", problem=result.problems[0])
    if result.drift:
        return WorkbenchError("trail.warn_drift", what=result.drift[0], count=len(result.drift))
    from .capture import altered_capture_ids

    (capture_id, source_id, recorded), *_rest = altered_capture_ids(wb)
    return WorkbenchError("trail.warn_evidence_recorded" if recorded else "trail.warn_evidence",
                          capture=capture_id, source=source_id, count=len(result.captures))


def chain_warning(wb: Workbench) -> str | None:
    """The banner text (English) when the database or its audit trail is damaged, else ``None``."""
    warning = trail_warning(wb)
    return None if warning is None else warning.message


class Review:
    def __init__(self, wb: Workbench):
        self.wb = wb
        self.store = wb.store

    # -- people --------------------------------------------------------------------------
    def users(self) -> list[User]:
        return self.store.users()

    def user(self, name: str) -> User | None:
        return self.store.user(name)

    def me(self) -> User:
        return self.store.user(self.wb.user) or User(self.wb.user, Role.CHECKER)

    def add_user(self, name: str, role: str = "checker") -> Change:
        """Add a person, or change their role. Both are audit events (user.add, user.role)."""
        name = normalize(name).strip()
        if not name:
            raise InvalidInput("user.no_name")
        try:
            role = Role(role)
        except ValueError:
            raise InvalidInput("user.unknown_role", role=role) from None
        old = self.store.user(name)
        if old is not None and old.role is role:
            return Change("user.role", message=f"{name} is already a {role}")
        rules.check_role_change(self.store.user(self.wb.user), role,
                                any(u.role is Role.EDITOR for u in self.store.users()),
                                existing=old is not None)
        with self.store.transaction():
            if old is None:
                self.store.insert_user(User(name, role, now_iso()))
                self.wb.record("user.add", "user", name, name, None,
                               {"name": name, "role": str(role)})
            else:
                self.store.set_user_role(name, role)
                self.wb.record("user.role", "user", name, name, {"role": str(old.role)},
                               {"role": str(role)})
            # only the named person is added: the one acting (say, the login name of a
            # command run without --user) is not made a checker by saying who else works here
        verb = "added" if old is None else "is now"
        return Change("user.add" if old is None else "user.role", message=f"{name} {verb} {role}")

    # -- review --------------------------------------------------------------------------
    def timeline(self, claim_id: str) -> list[Event]:
        """A claim's events, oldest first, imported ones as their authors wrote them."""
        return self.wb.history(claim_id)

    def _decide(self, claim_id: str, action: str, comment: str = "", opened: int | None = None) -> Change:
        claim = self.wb.claim(claim_id)
        comment = normalize(comment).strip()
        new_state = rules.check_review(self.store.user(self.wb.user), claim, action,
                                       self.timeline(claim_id), comment, acting=self.wb.user)
        new = claim.with_(review_state=new_state)
        with self.store.transaction():
            self.wb.check_fresh(claim.id, opened)
            self.wb.ensure_user()
            self.store.update_claim(new)
            self.wb.record(action, "claim", claim.id, claim.id,
                           {"review_state": str(claim.review_state)},
                           {"review_state": str(new_state), "reviewed": rules.review_snapshot(claim)})
            if comment:
                self._add_comment(claim.id, comment, None)
        new = self.wb.claim(claim.id)
        return Change(action, new.article_id, new, frozenset({new.id}), message=str(new_state))

    def submit(self, claim_id: str, comment: str = "", opened: int | None = None) -> Change:
        """``opened``: the desk's seq when the person looked at the claim; refused
        (``StaleEdit``) if someone else changed it since. None: act on the latest version."""
        return self._decide(claim_id, rules.SUBMIT, comment, opened)

    def approve(self, claim_id: str, comment: str = "", opened: int | None = None) -> Change:
        return self._decide(claim_id, rules.APPROVE, comment, opened)

    def request_changes(self, claim_id: str, comment: str, opened: int | None = None) -> Change:
        return self._decide(claim_id, rules.REQUEST_CHANGES, comment, opened)

    def check_decision(self, claim_id: str, action: str, comment: str = "") -> None:
        """Raise what ``action`` would be refused with, changing nothing: the window asks a
        person to confirm only a decision that can be taken."""
        claim = self.wb.claim(claim_id)
        rules.check_review(self.store.user(self.wb.user), claim, action, self.timeline(claim_id),
                           normalize(comment).strip(), acting=self.wb.user)

    def withdraw(self, claim_id: str) -> Change:
        """Take a submitted claim back out of the queue (an undone submit), recorded."""
        return self._decide(claim_id, rules.WITHDRAW)

    def state_note(self, claim_id: str) -> StateNote:
        """Who put the claim in its review state, and when: what a person is told before an
        edit sends an approved or submitted claim back to draft."""
        claim = self.wb.claim(claim_id)
        mark = rules.last_state_mark(self.timeline(claim_id), claim.review_state)
        return StateNote(str(claim.review_state), mark.user if mark else "", mark.at if mark else "")

    # -- comments ------------------------------------------------------------------------
    def _add_comment(self, claim_id: str, text: str, parent_id: str | None,
                     comment_id: str | None = None) -> Comment:
        c = Comment(comment_id or new_id(), claim_id, parent_id, self.wb.user, now_iso(), text)
        self.store.insert_comment(c)
        self.wb.record("comment.add", "comment", c.id, claim_id, None, c.to_json())
        return c

    def comment(self, claim_id: str, text: str, parent_id: str | None = None,
                comment_id: str | None = None) -> Comment:
        """``comment_id``: the id to use (a redo puts back the comment an undo retracted)."""
        claim = self.wb.claim(claim_id)
        text = normalize(text).strip()
        if not text:
            raise InvalidInput("comment.empty")
        if parent_id is not None:
            parent = self.store.comment(parent_id)
            if parent is None or parent.claim_id != claim.id:
                raise NotFound("comment.not_found", comment=parent_id, claim=claim.id)
        with self.store.transaction():
            self.wb.ensure_user()
            return self._add_comment(claim.id, text, parent_id, comment_id)

    def retract_comment(self, comment_id: str) -> Change:
        """Take back one's own comment that nobody has answered yet (an undone comment)."""
        c = self.store.comment(comment_id)
        if c is None:
            raise NotFound("comment.missing", comment=comment_id)
        if c.author != self.wb.user:
            raise InvalidInput("comment.not_yours", author=c.author)
        if any(r.parent_id == c.id for r in self.store.comments(c.claim_id)):
            raise InvalidInput("comment.has_replies")
        with self.store.transaction():
            self.wb.ensure_user()
            self.store.delete_comment(c.id)
            self.wb.record("comment.retract", "comment", c.id, c.claim_id, c.to_json(), None)
        claim = self.wb.claim(c.claim_id)
        return Change("comment.retract", claim.article_id, claim, frozenset({claim.id}))

    def comments(self, claim_id: str) -> list[Comment]:
        """The claim's comments, oldest first (``parent_id`` links replies to their thread)."""
        return self.store.comments(claim_id)

    # -- the queue and the diff ----------------------------------------------------------
    def queue(self) -> list[QueueItem]:
        """Every claim in review, across articles, the one submitted longest ago first."""
        return self.queue_items(self.queue_ids())

    def _submission(self, claim_id: str) -> tuple[int, Event | None]:
        """(seq, event) of the claim's last submission as this database learnt it."""
        seq, sub = 0, None
        for raw in self.store.events(claim_id):
            if rules.unwrap(raw).action == rules.SUBMIT:
                seq, sub = raw.seq, rules.unwrap(raw)
        return seq, sub

    def queue_ids(self) -> list[str]:
        """The ids of the claims in review, the one submitted longest ago first (what a lazy
        queue view holds; ``queue_items`` gives the rows)."""
        keyed = []
        for claim_id, updated_at, _by in self.store.claims_in_review():
            # times have whole seconds: ties go by the order this database learnt of them
            seq, sub = self._submission(claim_id)
            keyed.append(((sub.at if sub else updated_at, seq), claim_id))
        keyed.sort(key=lambda k: k[0])
        return [claim_id for _, claim_id in keyed]

    def queue_items(self, claim_ids: list[str]) -> list[QueueItem]:
        """The queue rows of ``claim_ids`` that exist, in that order."""
        articles: dict[str, Article] = {}
        items = []
        for claim in self.wb.claims_by_ids(claim_ids):
            if claim.article_id not in articles:
                articles[claim.article_id] = self.wb.article(claim.article_id)
            _seq, sub = self._submission(claim.id)
            items.append(QueueItem(claim, articles[claim.article_id], sub.at if sub else claim.updated_at,
                                   sub.user if sub else claim.updated_by))
        return items

    def diff(self, claim_id: str) -> ReviewDiff:
        """Verdict, rationale, statement and sources now, against what the last review saw."""
        claim = self.wb.claim(claim_id)
        last = rules.last_decision(self.timeline(claim_id))
        before = (last.after or {}).get("reviewed") if last else None
        return ReviewDiff(claim, last, tuple(rules.diff_snapshots(before, rules.review_snapshot(claim))))

    # -- integrity -----------------------------------------------------------------------
    def check(self) -> CheckResult:
        return check(self.wb)
