"""Proposed claims: score every clause of an article, keep the best as proposals, and let the
checker accept (→ a claim with the same span) or dismiss them. Decisions are stored and
audited (``proposal.propose``, ``proposal.accept``, ``proposal.dismiss``).

The score is ``sigmoid(bias + a × model logit + b × features for − c × features against)``:
the model (``core/checkworthy.py``) and the explainable features that fire, combined with
weights fitted on the training data by ``tools/train_checkworthy.py`` (logistic regression on
out-of-fold model logits) and stored with the model. See docs/search-and-proposals.md for the
figures and what the fit does not yet get right.
"""

from __future__ import annotations

import heapq
import math
import uuid
from dataclasses import dataclass, replace
from typing import Any

from workbench.core.errors import InvalidInput, NotFound
from workbench.core.model import now_iso
from workbench.core.proposal import ACCEPTED, DISMISSED, Proposal, state_of

from .session import Change

#: Proposals kept per article by default, and the lowest score kept.
TOP = 10
MIN_SCORE = 0.5
_NS = uuid.UUID("0b5f7a52-8f3e-4c39-9d7e-2f4b8e7c1d61")


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    quote: str
    score: float
    reasons: tuple[dict, ...]
    id: str = ""  # the stored proposal of this span, if there is one
    decision: str | None = None  # that proposal's
    claim_id: str = ""  # the claim it became (accepted)
    covered_by: str = ""  # a claim whose span overlaps this one

    @property
    def state(self) -> str:
        return state_of(self.decision, self.covered_by, stored=bool(self.id))

    def to_json(self) -> dict:
        return {"id": self.id or None, "start": self.start, "end": self.end, "quote": self.quote,
                "score": round(self.score, 4), "reasons": list(self.reasons), "state": self.state,
                "decision": self.decision, "claim_id": self.claim_id or None,
                "covered_by": self.covered_by or None}


def score_text(text: str, weights: dict[str, Any] | None = None) -> tuple[float, list[dict]]:
    """Score one sentence or clause: (0–1, reasons with English and Arabic labels).
    ``weights``: the article score's weights (default: those fitted and shipped with the model;
    the bench compares others).

    Text in Arabic script gets ``sigmoid(bias + logit × model logit + for × features for −
    against × features against)`` (fitted on Arabic tweets). The n-gram model saw only Arabic
    tweets, so on text in another script (English) the features speak alone, each with its own
    weight fitted on labelled news sentences: ``sigmoid(other bias + Σ weight of each feature
    that fires)``. A mixed sentence gets both, weighed by its share of Arabic letters. Weights
    without ``other`` score every text as Arabic."""
    from workbench.core.checkworthy import AGAINST, FEATURES, OTHER_SCRIPT, arabic_share, load_model

    model = load_model()
    w = model.article if weights is None else weights
    scored = model.explain(text)
    n_for = sum(f.code not in AGAINST for f, _ in scored.parts)
    n_against = len(scored.parts) - n_for
    logit = math.log(scored.score / (1 - scored.score)) if 0 < scored.score < 1 else 0.0
    z = w["bias"] + w["logit"] * logit + w["for"] * n_for - w["against"] * n_against
    score = 1.0 / (1.0 + math.exp(-z))
    other = w.get(OTHER_SCRIPT)
    share = arabic_share(text) if other else 1.0
    if other and share < 1.0:
        z_other = other["bias"] + sum(other["weights"].get(f.code, 0.0) for f, _ in scored.parts)
        score = share * score + (1.0 - share) / (1.0 + math.exp(-z_other))
    reasons: list[dict[str, Any]] = []
    for f, fw in scored.parts:
        against = f.code in AGAINST
        weight = share * (w["logit"] * fw + (-w["against"] if against else w["for"]))
        if other and share < 1.0:
            weight += (1.0 - share) * other["weights"].get(f.code, 0.0)
        reasons.append({"code": f.code, "label": FEATURES[f.code][0],
                        "label_ar": FEATURES[f.code][1], "text": f.evidence,
                        "weight": round(weight, 3)})
    reasons.append({"code": "wording", "label": "wording like verifiable claims",
                    "label_ar": "صياغة تشبه الادعاءات القابلة للتحقق", "text": "",
                    "weight": round(share * w["logit"] * scored.ngram, 3)})
    reasons.sort(key=lambda r: -r["weight"])
    return score, reasons


def _scored(wb, article_id: str):
    """Each clause of the article with its score, in text order, one at a time."""
    from workbench.core.segment import segments

    text = wb.article(article_id).text
    for s, e in segments(text):
        score, reasons = score_text(text[s:e])
        yield Suggestion(s, e, text[s:e], score, tuple(reasons))


def _best_first(x: Suggestion) -> tuple[float, int]:
    return (-x.score, x.start)


def score_sentences(wb, article_id: str) -> list[Suggestion]:
    """Every clause of the article with its score, best first (nothing is stored), each with
    the id and decision of its stored proposal (if ``propose`` kept it) and the claim that
    covers it, if any: what ``proposal accept|dismiss`` needs, and what is taken already."""
    scored = sorted(_scored(wb, article_id), key=_best_first)
    stored = {(p.start, p.end): p for p in wb.store.proposals(article_id, decided=True)}
    claims = [(c.start, c.end, c.id) for c in wb.store.claims(article_id)]
    out = []
    for s in scored:
        p = stored.get((s.start, s.end))
        covered = next((cid for cs, ce, cid in claims if s.start < ce and cs < s.end), "")
        out.append(replace(s, id=p.id if p else "", decision=p.decision if p else None,
                           claim_id=p.claim_id if p else "", covered_by=covered))
    return out


def propose(wb, article_id: str, top: int = TOP, min_score: float = MIN_SCORE) -> list[Proposal]:
    """Store the best clauses as open proposals (replacing earlier open ones; spans already
    decided are not proposed again) and return the article's open proposals, best first. A
    proposal whose sentence is already (part of) a claim says so (``covered_by``), so the
    ranking stays whole and the checker sees what is still to take. A proposal's id depends on
    its article and span only: proposing again keeps the ids of what is proposed again."""
    decided = {(p.start, p.end) for p in wb.store.proposals(article_id, decided=True) if p.decision}
    at = now_iso()
    # Only the best ``top`` are held: a long article's clauses are scored one at a time.
    keep = heapq.nsmallest(top, (s for s in _scored(wb, article_id) if s.score >= min_score
                                 and (s.start, s.end) not in decided), key=_best_first)
    fresh = [Proposal(str(uuid.uuid5(_NS, f"{article_id}:{s.start}:{s.end}")), article_id,
                      s.start, s.end, s.quote, s.score, s.reasons, created_at=at,
                      created_by=wb.user) for s in keep]
    with wb.store.transaction():
        wb.ensure_user()
        # decided while the article was being scored (another window, another process)
        now_decided = {p.id for p in wb.store.proposals(article_id, decided=True) if p.decision}
        fresh = [p for p in fresh if p.id not in now_decided]
        wb.store.replace_open_proposals(article_id, fresh)
        wb.record("proposal.propose", "article", article_id, article_id, None,
                  {"proposals": [[p.id, p.start, p.end, round(p.score, 4)] for p in fresh]})
    return proposals(wb, article_id)


def _covered(wb, article_id: str, found: list[Proposal]) -> list[Proposal]:
    claims = [(c.start, c.end, c.id) for c in wb.store.claims(article_id)]
    return [replace(p, covered_by=next((cid for s, e, cid in claims if p.start < e and s < p.end), ""))
            for p in found]


def proposals(wb, article_id: str, decided: bool = False) -> list[Proposal]:
    """The article's open (or decided) proposals, best first, each saying whether a claim
    already covers its sentence."""
    wb.article(article_id)
    return _covered(wb, article_id, wb.store.proposals(article_id, decided))


def _open(wb, proposal_id: str) -> Proposal:
    p = wb.store.proposal(proposal_id)
    if p is None:
        raise NotFound("proposal.not_found", proposal=proposal_id)
    if p.decision:
        raise InvalidInput({"accepted": "proposal.already_accepted", "dismissed": "proposal.already_dismissed"}[p.decision],
                           proposal=proposal_id, user=p.decided_by)
    return p


def accept(wb, proposal_id: str, statement: str = "", claim_id: str | None = None) -> Change:
    """The proposal becomes a claim with the same span; the decision is stored with it.
    ``claim_id``: the id to give the claim (a redo makes the same claim an undo took away)."""
    p = _open(wb, proposal_id)
    for c in wb.store.claims(p.article_id):
        if (c.start, c.end) == (p.start, p.end):
            raise InvalidInput("proposal.span_taken", claim=c.id)
        if p.start < c.end and c.start < p.end:  # what suggest shows as "covered_by"
            raise InvalidInput("proposal.overlaps", proposal=p.id, claim=c.id, start=c.start, end=c.end)
    with wb.store.transaction():
        change = wb.add_claim(p.article_id, p.start, p.end, statement, claim_id=claim_id)
        wb.store.decide_proposal(p.id, ACCEPTED, wb.user, now_iso(), change.claim.id)
        wb.record("proposal.accept", "proposal", p.id, change.claim.id, None,
                  {"proposal": p.id, "claim": change.claim.id, "start": p.start, "end": p.end,
                   "score": round(p.score, 4)})
    return Change("proposal.accept", p.article_id, change.claim, frozenset({change.claim.id}))


def dismiss(wb, proposal_id: str) -> Change:
    p = _open(wb, proposal_id)
    with wb.store.transaction():
        wb.ensure_user()
        wb.store.decide_proposal(p.id, DISMISSED, wb.user, now_iso())
        wb.record("proposal.dismiss", "proposal", p.id, p.article_id, None,
                  {"proposal": p.id, "start": p.start, "end": p.end, "score": round(p.score, 4)})
    return Change("proposal.dismiss", p.article_id)


def _decided(wb, proposal_id: str, decision: str) -> Proposal:
    """The proposal, which must have been ``decision`` (accepted or dismissed) to be undone."""
    p = wb.store.proposal(proposal_id)
    if p is None:
        raise NotFound("proposal.not_found", proposal=proposal_id)
    if p.decision != decision:
        raise InvalidInput("proposal.not_accepted" if decision == ACCEPTED else "proposal.not_dismissed",
                           proposal=proposal_id)
    return p


def unaccept(wb, proposal_id: str) -> Change:
    """Undo of accept, as one step: the claim it made is deleted and the proposal is open
    again (proposed like before, never left pointing at a claim that is gone)."""
    p = _decided(wb, proposal_id, ACCEPTED)
    with wb.store.transaction():
        if p.claim_id and wb.store.claim(p.claim_id) is not None:
            wb.delete_claim(p.claim_id)
        wb.store.reopen_proposal(p.id)
        wb.record("proposal.reopen", "proposal", p.id, p.claim_id or p.article_id,
                  {"decision": ACCEPTED, "claim": p.claim_id}, {"decision": None})
    return Change("proposal.unaccept", p.article_id, None,
                  frozenset({p.claim_id}) if p.claim_id else frozenset())


def reopen(wb, proposal_id: str) -> Change:
    """Undo of dismiss: the proposal is open again, recorded."""
    p = _decided(wb, proposal_id, DISMISSED)
    with wb.store.transaction():
        wb.ensure_user()
        wb.store.reopen_proposal(p.id)
        wb.record("proposal.reopen", "proposal", p.id, p.article_id,
                  {"decision": DISMISSED}, {"decision": None})
    return Change("proposal.reopen", p.article_id)
