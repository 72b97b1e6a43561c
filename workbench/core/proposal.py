"""A proposed claim: a span of an article the scorer thinks is check-worthy, with its reasons.

Proposals sit apart from the checklist until the checker accepts one (it becomes a claim, with
the same span) or dismisses it; the decision is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

ACCEPTED = "accepted"
DISMISSED = "dismissed"
DECISIONS = (ACCEPTED, DISMISSED)
#: A proposal's state, as `workbench suggest` shows it: open and still to take (``new``), open
#: but its sentence is already (part of) a claim (``claimed``), or decided; ``unproposed``: a
#: sentence ``suggest --all`` scored that is not a stored proposal (below the floor or the top).
NEW = "new"
CLAIMED = "claimed"
UNPROPOSED = "unproposed"
STATES = (NEW, CLAIMED, ACCEPTED, DISMISSED, UNPROPOSED)


def state_of(decision: str | None, covered_by: str, stored: bool = True) -> str:
    """The state of a proposal (``stored``) or of a scored sentence, see :data:`STATES`."""
    if decision:
        return decision
    if covered_by:
        return CLAIMED
    return NEW if stored else UNPROPOSED


@dataclass(frozen=True)
class Proposal:
    id: str
    article_id: str
    start: int
    end: int
    quote: str
    score: float  # 0–1, higher is more check-worthy
    reasons: tuple[dict, ...]  # {"code", "label", "text", "weight"} explaining the score
    decision: str | None = None  # accepted, dismissed or None (open)
    decided_by: str = ""
    decided_at: str = ""
    claim_id: str = ""  # the claim an accepted proposal became
    created_at: str = ""
    created_by: str = ""
    covered_by: str = ""  # an existing claim whose span overlaps this one (worked out on reading)

    def to_json(self) -> dict:
        return {
            "id": self.id, "article_id": self.article_id, "start": self.start, "end": self.end,
            "quote": self.quote, "score": self.score, "reasons": list(self.reasons),
            "decision": self.decision, "decided_by": self.decided_by,
            "decided_at": self.decided_at, "claim_id": self.claim_id,
            "created_at": self.created_at, "created_by": self.created_by,
            "covered_by": self.covered_by or None,
        }

    @property
    def state(self) -> str:
        return state_of(self.decision, self.covered_by)
