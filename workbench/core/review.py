"""The desk's review step as pure rules: the state machine, who may do what (four eyes), what
changed since the last review, and how an imported event is wrapped in the local audit trail.

Nothing here reads a database: callers pass the claim, the acting user and the claim's events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from .errors import Forbidden, InvalidInput
from .messages import term
from .model import Claim, Event, ReviewState, Role, User

SUBMIT = "review.submit"
APPROVE = "review.approve"
REQUEST_CHANGES = "review.request_changes"
#: An undone submit: the claim leaves the queue and is a draft again.
WITHDRAW = "review.withdraw"
#: An undo gave a claim back the state it had (its content is again exactly what was approved
#: or submitted); not a decision, and nobody's to take: see ``Workbench._restore_review``.
RESTORE = "review.restore"
REVIEW_ACTIONS = frozenset({SUBMIT, APPROVE, REQUEST_CHANGES, WITHDRAW})
#: The two decisions an editor takes; "since the last review" means since the last of these.
DECISIONS = frozenset({APPROVE, REQUEST_CHANGES})

#: Actions that change what a claim says (its text, verdict, rationale or sources).
CONTENT_ACTIONS = frozenset({
    "claim.add", "claim.edit", "claim.restore", "claim.merge", "verdict.set",
    "source.add", "source.edit", "source.remove", "source.restore",
})
#: Actions that change a claim's state. Two desks that both did one of these to the same claim
#: since they last exchanged bundles are in conflict. (Creating and commenting are not.)
CHANGE_ACTIONS = (CONTENT_ACTIONS - {"claim.add"}) | REVIEW_ACTIONS | {"claim.delete", RESTORE}

#: A foreign event re-appended to the local chain: action, entity and ``after`` layout.
IMPORT_ACTION = "import"
IMPORT_ENTITY = "event"

#: state -> {action: next state}; any edit returns a claim to draft (see ``Workbench._touch``).
TRANSITIONS: dict[ReviewState, dict[str, ReviewState]] = {
    ReviewState.DRAFT: {SUBMIT: ReviewState.IN_REVIEW},
    ReviewState.CHANGES_REQUESTED: {SUBMIT: ReviewState.IN_REVIEW},
    ReviewState.IN_REVIEW: {APPROVE: ReviewState.APPROVED,
                            REQUEST_CHANGES: ReviewState.CHANGES_REQUESTED,
                            WITHDRAW: ReviewState.DRAFT},
    ReviewState.APPROVED: {},
}


@dataclass(frozen=True)
class Comment:
    id: str
    claim_id: str
    parent_id: str | None
    author: str
    at: str
    text: str

    def to_json(self) -> dict:
        return {"id": self.id, "claim_id": self.claim_id, "parent_id": self.parent_id,
                "author": self.author, "at": self.at, "text": self.text}

    @classmethod
    def from_json(cls, d: dict) -> "Comment":
        return cls(d["id"], d["claim_id"], d.get("parent_id"), d["author"], d["at"], d["text"])


# -- imported events ---------------------------------------------------------------------
def event_from_json(d: dict) -> Event:
    return Event(d["seq"], d["id"], d["at"], d["user"], d["action"], d["entity"], d["entity_id"],
                 d["scope_id"], d["before"], d["after"], d["prev_hash"], d["hash"])


def wrap_after(original: Event, origin: str) -> dict:
    """``after`` of the local event that carries ``original`` (from chain ``origin``)."""
    return {"origin": origin, "event": original.to_json()}


def is_wrapper(ev: Event) -> bool:
    return ev.action == IMPORT_ACTION and ev.entity == IMPORT_ENTITY and isinstance(ev.after, dict)


def unwrap(ev: Event) -> Event:
    """The event as its author wrote it: a wrapper gives the foreign event it carries."""
    return event_from_json(cast(dict, ev.after)["event"]) if is_wrapper(ev) else ev


def origin_of(ev: Event, local_chain: str) -> str:
    return cast(dict, ev.after)["origin"] if is_wrapper(ev) else local_chain


# -- who may do what ---------------------------------------------------------------------
def verdict_writers(events: Iterable[Event]) -> set[str]:
    """Who wrote the claim's current verdict and who last changed the claim: the people the
    four-eyes rule keeps from deciding on it. ``events`` are the claim's events, oldest first
    (imported ones unwrapped)."""
    writer = changer = None
    for ev in events:
        if ev.action == "verdict.set":
            writer = ev.user
        if ev.action in CONTENT_ACTIONS:
            changer = ev.user
    return {u for u in (writer, changer) if u}


def check_transition(claim: Claim, action: str) -> ReviewState:
    state = ReviewState(claim.review_state)
    nxt = TRANSITIONS[state].get(action)
    if nxt is None:
        # the message names the states TRANSITIONS allows the action from
        raise InvalidInput({SUBMIT: "review.cannot_submit", APPROVE: "review.cannot_approve",
                            REQUEST_CHANGES: "review.cannot_request_changes",
                            WITHDRAW: "review.cannot_withdraw"}[action],
                           claim=claim.id, state=term(state))
    return nxt


def check_review(user: User | None, claim: Claim, action: str, events: Iterable[Event],
                 comment: str = "", acting: str = "") -> ReviewState:
    """The state after ``user`` does ``action`` on ``claim``, or the reason they may not.
    ``acting``: the name of whoever acts, for the messages when they are not a user yet."""
    if action not in REVIEW_ACTIONS:
        raise InvalidInput("review.unknown_action", action=action)
    nxt = check_transition(claim, action)
    name = user.name if user else (acting or "?")
    if action == WITHDRAW:  # whoever may submit may take it back (an undone submit)
        return nxt
    if action == SUBMIT:
        if not claim.rating:
            raise InvalidInput("review.no_verdict", claim=claim.id)
        return nxt
    if user is None or user.role is not Role.EDITOR:
        raise Forbidden({APPROVE: "review.approve_editor_only",
                         REQUEST_CHANGES: "review.request_changes_editor_only"}[action],
                        user=name, role=term(user.role if user else "new user (checker)"))
    if name in verdict_writers(events):
        raise Forbidden({APPROVE: "review.four_eyes_approve",
                         REQUEST_CHANGES: "review.four_eyes_request_changes"}[action], user=name)
    if action == REQUEST_CHANGES and not comment.strip():
        raise InvalidInput("review.comment_needed")
    return nxt


def check_role_change(actor: User | None, role: Role, editors_exist: bool,
                      existing: bool = False) -> None:
    """Anyone may add a checker (any new name becomes one on its first action). Once the desk
    has an editor, only an editor makes editors or changes someone's role."""
    if not existing and role is Role.CHECKER:
        return
    if editors_exist and (actor is None or actor.role is not Role.EDITOR):
        if actor is None:
            raise Forbidden("review.roles_editor_only_new_user")
        raise Forbidden("review.roles_editor_only", user=actor.name)


# -- what changed since the last review -------------------------------------------------
def review_snapshot(claim: Claim) -> dict:
    """What an editor looks at: kept in every review event so a later review can diff it."""
    return {
        "statement": claim.statement,
        "rating": claim.rating,
        "rationale": claim.rationale,
        "sources": [{"id": s.id, "url": s.url, "title": s.title, "publisher": s.publisher,
                     "stance": str(s.stance), "excerpt": s.excerpt} for s in claim.sources],
    }


@dataclass(frozen=True)
class FieldChange:
    field: str  # statement, rating, rationale, source
    before: str | None
    after: str | None


def _source_line(s: dict) -> str:
    parts = [f"({s['stance']})", s["url"]]
    if s.get("title"):
        parts.append(f"— {s['title']}")
    if s.get("excerpt"):
        parts.append(f"«{s['excerpt']}»")
    return " ".join(parts)


def diff_snapshots(old: dict | None, new: dict) -> list[FieldChange]:
    """Changes from the snapshot of the last review (``None``: never reviewed) to ``new``."""
    old = old or {"statement": "", "rating": None, "rationale": "", "sources": []}
    out = [FieldChange(f, old.get(f), new.get(f))
           for f in ("statement", "rating", "rationale") if old.get(f) != new.get(f)]
    before = {s["id"]: s for s in old.get("sources", [])}
    after = {s["id"]: s for s in new.get("sources", [])}
    for sid, s in before.items():
        if sid not in after:
            out.append(FieldChange("source", _source_line(s), None))
        elif _source_line(after[sid]) != _source_line(s):
            out.append(FieldChange("source", _source_line(s), _source_line(after[sid])))
    out.extend(FieldChange("source", None, _source_line(s)) for sid, s in after.items()
               if sid not in before)
    return out


def last_state_mark(events: Iterable[Event], state: ReviewState) -> Event | None:
    """The last review event that put the claim in ``state`` (its ``after`` holds the content
    it was given that state for), or ``None``."""
    last = None
    for ev in events:
        if (ev.action in REVIEW_ACTIONS or ev.action == RESTORE) and \
                (ev.after or {}).get("review_state") == str(state):
            last = ev
    return last


def last_decision(events: Iterable[Event]) -> Event | None:
    last = None
    for ev in events:
        if ev.action in DECISIONS:
            last = ev
    return last



# -- rows against the trail ------------------------------------------------------------------
#: The fields of a claim the trail records and ``check`` compares with the claims table.
TRACKED_CLAIM_FIELDS = ("article_id", "start", "end", "quote", "statement", "rating", "rationale",
                        "review_state")


def expected_claims(events: Iterable[Event]) -> dict[str, dict | None]:
    """Each claim's tracked fields as the audit trail says they are now (``None``: deleted),
    replaying its events in order: a full snapshot (add, edit, verdict, restore) sets them, a
    review decision changes the state, a change to one of its sources sends it back to draft,
    a deletion ends it. Imported events count as their author wrote them."""
    state: dict[str, dict | None] = {}
    for raw in events:
        ev = unwrap(raw)
        if ev.entity == "source":
            # adding, editing or removing a source is an edit of its claim (``scope_id``): a
            # claim that had left draft goes back to it (services.session._touch)
            scoped = state.get(ev.scope_id)
            if scoped is not None:
                scoped["review_state"] = "draft"
            continue
        if ev.entity != "claim":
            continue
        if ev.after is None:
            state[ev.entity_id] = None
        elif "quote" in ev.after:
            state[ev.entity_id] = {k: ev.after.get(k) for k in TRACKED_CLAIM_FIELDS}
        elif (known := state.get(ev.entity_id)) is not None and "review_state" in ev.after:
            known["review_state"] = ev.after["review_state"]
    return state


def claim_drift(events: Iterable[Event], claims: Iterable[Claim]) -> list[str]:
    """Where the claims table says something the audit trail does not: a claim changed, added
    or deleted by hand, outside workbench (the trail itself may be intact)."""
    expected = expected_claims(events)
    problems = []
    seen = set()
    for claim in claims:
        seen.add(claim.id)
        row = claim.to_json()
        if claim.id not in expected:
            problems.append(f"claim {claim.id} is in the table but not in the audit trail")
            continue
        want = expected[claim.id]
        if want is None:
            problems.append(f"claim {claim.id} was deleted in the audit trail but is in the table")
        else:
            changed = [k for k in TRACKED_CLAIM_FIELDS if row.get(k) != want[k]]
            if changed:
                verb = "differs" if len(changed) == 1 else "differ"
                problems.append(f"claim {claim.id}: {', '.join(changed)} {verb} from the audit trail")
    for claim_id, want in expected.items():
        if want is not None and claim_id not in seen:
            problems.append(f"claim {claim_id} is in the audit trail but not in the table")
    return problems


#: The fields of a source the trail records and ``check`` compares with the sources table.
TRACKED_SOURCE_FIELDS = ("url", "title", "publisher", "published", "accessed", "excerpt", "stance")


def expected_sources(events: Iterable[Event]) -> dict[str, tuple[str, dict | None]]:
    """Each source's claim and tracked fields as the audit trail says they are now (``None``:
    not in the desk now), replaying its events: adding, restoring or editing one sets its
    fields, removing it ends it; a claim's own events list its sources (``"sources"``), so a
    deleted claim takes its sources with it and a restored one brings them back."""
    fields: dict[str, dict] = {}
    claim_of: dict[str, str] = {}
    alive: dict[str, bool] = {}
    for raw in events:
        ev = unwrap(raw)
        if ev.entity == "source":
            claim_of[ev.entity_id] = ev.scope_id
            if ev.after is None:
                alive[ev.entity_id] = False
            else:
                fields[ev.entity_id] = {k: ev.after.get(k) for k in TRACKED_SOURCE_FIELDS}
                alive[ev.entity_id] = True
        elif ev.entity == "claim":
            listed = None if ev.after is None else ev.after.get("sources")
            if ev.after is not None and listed is None:
                continue  # a review decision: the sources stay as they are
            keep = set(listed or ())
            for sid, cid in claim_of.items():
                if cid == ev.entity_id:
                    alive[sid] = sid in keep
    return {sid: (claim_of[sid], fields.get(sid) if alive.get(sid) else None) for sid in claim_of}


def source_drift(events: Iterable[Event], claims: Iterable[Claim]) -> list[str]:
    """Where the sources table says something the audit trail does not: a source's address,
    title, dates, excerpt or stance changed, or a source added or deleted, by hand."""
    expected = expected_sources(events)
    problems = []
    seen = set()
    for claim in claims:
        for src in claim.sources:
            seen.add(src.id)
            if src.id not in expected:
                problems.append(f"source {src.id} of claim {claim.id} is in the table but not in the audit trail")
                continue
            want = expected[src.id][1]
            if want is None:
                problems.append(f"source {src.id} of claim {claim.id} was removed in the audit trail but is in the table")
                continue
            row = src.to_json()
            changed = [k for k in TRACKED_SOURCE_FIELDS if row.get(k) != want[k]]
            if changed:
                verb = "differs" if len(changed) == 1 else "differ"
                problems.append(f"source {src.id} of claim {claim.id}: {', '.join(changed)} {verb} "
                                "from the audit trail")
    for sid, (claim_id, want) in expected.items():
        if want is not None and sid not in seen:
            problems.append(f"source {sid} of claim {claim_id} is in the audit trail but not in the table")
    return problems

