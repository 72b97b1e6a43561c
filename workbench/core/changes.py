"""What one user action changed, as typed flags: the window tells each view exactly what it
shows changed (Anki's ``OpChanges``), never by looking at the action's name.

Services attach the flags to the :class:`workbench.services.Change` they return; views test
them (``if ChangeKind.SOURCES in change.kinds``). Actions are the audit trail's action names;
``KINDS_OF_ACTION`` is the one table that maps one to the other.
"""

from __future__ import annotations

import enum


class ChangeKind(enum.Flag):
    NONE = 0
    CLAIM_ADDED = enum.auto()      # a claim appeared (new, restored, accepted from a proposal)
    CLAIM_REMOVED = enum.auto()    # a claim went away
    STATEMENT = enum.auto()        # the checker's statement
    VERDICT = enum.auto()          # rating or rationale
    SOURCES = enum.auto()          # a source added, edited, removed (and its files)
    REVIEW_STATE = enum.auto()     # draft, in review, approved, changes requested
    COMMENTS = enum.auto()         # a claim's comment thread
    PROPOSALS = enum.auto()        # an article's proposed claims (decided, reopened)
    ARTICLES = enum.auto()         # the library: an article added, renamed, deleted or merged
    PEOPLE = enum.auto()           # users and roles
    SETTINGS = enum.auto()         # the database's settings

    #: anything that changes a claim's row in the checklist
    CLAIM_ROW = CLAIM_ADDED | CLAIM_REMOVED | STATEMENT | VERDICT | SOURCES | REVIEW_STATE
    #: claims appearing or going away: what proposals "covered by" depends on
    CLAIM_SET = CLAIM_ADDED | CLAIM_REMOVED


K = ChangeKind
KINDS_OF_ACTION: dict[str, ChangeKind] = {
    "article.add": K.ARTICLES,
    "article.rename": K.ARTICLES,
    "article.delete": K.ARTICLES | K.CLAIM_REMOVED | K.PROPOSALS,
    "article.restore": K.ARTICLES | K.CLAIM_ADDED | K.PROPOSALS,
    "claim.add": K.CLAIM_ADDED,
    "claim.restore": K.CLAIM_ADDED,
    "claim.delete": K.CLAIM_REMOVED,
    "claim.edit": K.STATEMENT,
    "claim.merge": K.CLAIM_ROW,
    "verdict.set": K.VERDICT,
    "source.add": K.SOURCES,
    "source.edit": K.SOURCES,
    "source.remove": K.SOURCES,
    "source.restore": K.SOURCES,
    "capture.add": K.SOURCES,
    "review.submit": K.REVIEW_STATE,
    "review.approve": K.REVIEW_STATE,
    "review.request_changes": K.REVIEW_STATE | K.COMMENTS,
    "review.withdraw": K.REVIEW_STATE,
    "review.restore": K.REVIEW_STATE,
    "comment.add": K.COMMENTS,
    "comment.retract": K.COMMENTS,
    "proposal.accept": K.CLAIM_ADDED | K.PROPOSALS,
    "proposal.unaccept": K.CLAIM_REMOVED | K.PROPOSALS,
    "proposal.dismiss": K.PROPOSALS,
    "proposal.reopen": K.PROPOSALS,
    "proposal.propose": K.PROPOSALS,
    "user.add": K.PEOPLE,
    "user.role": K.PEOPLE,
    "setting.set": K.SETTINGS,
    "bundle.import": K.CLAIM_ROW | K.COMMENTS | K.ARTICLES,
    "refresh": K.CLAIM_ROW,
}


def kinds_of(action: str) -> ChangeKind:
    """The flags of an audit action; an action this table does not know changes nothing a
    view shows (a test checks every action the services record is in the table)."""
    return KINDS_OF_ACTION.get(action, ChangeKind.NONE)
