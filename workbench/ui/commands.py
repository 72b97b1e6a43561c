"""One ``QUndoCommand`` per undoable user action; its ``redo()`` does the work, every time.

A command is run by pushing it (``Ops.push``): ``QUndoStack.push`` calls ``redo()``, which
calls a service. When the service refuses, the command makes itself obsolete, so the stack
drops it (nothing is pushed), and the error goes to ``Ops`` to be shown — the same way for
every action, first run, undo or redo alike. Each step reports what it changed (a
:class:`~workbench.services.Change` with typed ``kinds``) through ``Ops.changed``.

Undo gives a claim back its review state only through the services' ``restore_review``: the
state it had before the step (``prior``) returns when the content is again exactly what was
approved or submitted, and the trail records both the undo and the state.

Commands need no widget: ``tests/ui/test_commands.py`` runs them on a bare ``QUndoStack``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from workbench.core.errors import WorkbenchError
from workbench.core.model import ReviewState
from workbench.services import ArticleSnapshot, Change, ClaimSnapshot, SourceSnapshot

if TYPE_CHECKING:
    from .ops import Ops

SOURCE_FIELDS = ("url", "title", "publisher", "published", "accessed", "excerpt", "stance")


class Op(QUndoCommand):
    """Base of every command: ``forward()`` and ``backward()`` call services and return the
    :class:`Change`; errors make the command obsolete and are reported, never raised."""

    def __init__(self, ops: Ops, text: str):
        super().__init__(text)
        self.ops = ops
        self.wb = ops.wb
        self.ok = False  # the last step succeeded (Ops.push reads it: the C++ side may be gone)
        self.runs = 0  # how many times forward() succeeded
        self.change: Change | None = None  # what the last step changed

    def redo(self) -> None:
        if self._step(self.forward):
            self.runs += 1

    def undo(self) -> None:
        self._step(self.backward)

    def _step(self, fn) -> bool:
        try:
            change = fn()
        except WorkbenchError as exc:
            self.ok = False
            self.setObsolete(True)  # the stack drops a step that can no longer be taken
            self.ops.report_error(exc)
            return False
        self.ok = True
        self.change = change
        self.ops.report_change(change)
        return True

    def forward(self) -> Change:
        raise NotImplementedError

    def backward(self) -> Change:
        raise NotImplementedError


def _prior(wb, claim_id: str) -> ReviewState:
    return ReviewState(wb.claim(claim_id).review_state)


# -- articles (the library) -----------------------------------------------------------------
class RenameArticle(Op):
    def __init__(self, ops, article_id: str, title: str, text: str = "Rename article"):
        super().__init__(ops, text)
        self.article_id, self.old, self.new = article_id, self.wb.article(article_id).title, title

    def forward(self):
        return self.wb.rename_article(self.article_id, self.new)

    def backward(self):
        return self.wb.rename_article(self.article_id, self.old)


class DeleteArticle(Op):
    """Undo puts the article back with the same ids: claims, sources, files, proposals."""

    def __init__(self, ops, article_id: str, text: str = "Delete article"):
        super().__init__(ops, text)
        self.article_id = article_id
        self._snapshot: ArticleSnapshot | None = None

    def forward(self):
        self._snapshot = self.wb.snapshot_article(self.article_id)
        return self.wb.delete_article(self.article_id)

    def backward(self):
        return self.wb.restore_article(self._snapshot)


# -- claims -------------------------------------------------------------------------------
class AddClaim(Op):
    def __init__(self, ops, article_id: str, start: int, end: int, text: str = "Add claim"):
        super().__init__(ops, text)
        self.article_id, self.start, self.end = article_id, start, end
        self.claim_id: str | None = None
        self._snapshot: ClaimSnapshot | None = None

    def forward(self):
        if self._snapshot is None:
            change = self.wb.add_claim(self.article_id, self.start, self.end, claim_id=self.claim_id)
            self.claim_id = change.claim.id
            return change
        return self.wb.restore_claim(self._snapshot)

    def backward(self):
        self._snapshot = self.wb.snapshot_claim(self.claim_id)
        return self.wb.delete_claim(self.claim_id)


class DeleteClaim(Op):
    def __init__(self, ops, claim_id: str, text: str = "Delete claim"):
        super().__init__(ops, text)
        self.claim_id = claim_id
        self._snapshot: ClaimSnapshot | None = None

    def forward(self):
        self._snapshot = self.wb.snapshot_claim(self.claim_id)
        return self.wb.delete_claim(self.claim_id)

    def backward(self):
        return self.wb.restore_claim(self._snapshot)  # with its sources, files and review state


class EditStatement(Op):
    """``opened``: the desk's seq when the person opened the claim; the first run is refused
    (``StaleEdit``) if someone else changed it since. Redo and undo act on the latest version."""

    def __init__(self, ops, claim_id: str, new: str, text: str = "Edit statement",
                 opened: int | None = None):
        super().__init__(ops, text)
        claim = self.wb.claim(claim_id)
        self.claim_id, self.old, self.new = claim_id, claim.statement, new
        self.prior = ReviewState(claim.review_state)
        self.opened = opened

    def forward(self):
        return self.wb.edit_statement(self.claim_id, self.new,
                                      opened=self.opened if self.runs == 0 else None)

    def backward(self):
        return self.wb.edit_statement(self.claim_id, self.old, restore_review=self.prior)


class SetVerdict(Op):
    """``opened``: as for :class:`EditStatement`."""

    def __init__(self, ops, claim_id: str, rating: str | None, rationale: str, text: str = "Set verdict",
                 opened: int | None = None):
        super().__init__(ops, text)
        claim = self.wb.claim(claim_id)
        self.claim_id = claim_id
        self.old = (claim.rating, claim.rationale)
        self.new = (rating, rationale)
        self.prior = ReviewState(claim.review_state)
        self.opened = opened

    def forward(self):
        return self.wb.set_verdict(self.claim_id, *self.new, opened=self.opened if self.runs == 0 else None)

    def backward(self):
        return self.wb.set_verdict(self.claim_id, *self.old, restore_review=self.prior)


# -- sources ------------------------------------------------------------------------------
class AddSource(Op):
    def __init__(self, ops, claim_id: str, values: dict[str, Any], text: str = "Add source"):
        super().__init__(ops, text)
        self.claim_id, self.values = claim_id, values
        self.prior = _prior(self.wb, claim_id)
        self.source_id: str | None = None
        self._snapshot: SourceSnapshot | None = None

    def forward(self):
        if self._snapshot is None:
            change = self.wb.add_source(self.claim_id, **self.values)
            self.source_id = change.claim.sources[-1].id
            return change
        return self.wb.restore_source(self._snapshot)

    def backward(self):
        self._snapshot = self.wb.snapshot_source(self.source_id)
        return self.wb.remove_source(self.source_id, restore_review=self.prior)


class RemoveSource(Op):
    """``opened``: as for :class:`EditStatement` (the claim the source belongs to)."""

    def __init__(self, ops, source_id: str, text: str = "Remove source", opened: int | None = None):
        super().__init__(ops, text)
        self.source_id = source_id
        self.prior = _prior(self.wb, self.wb.source(source_id).claim_id)
        self._snapshot: SourceSnapshot | None = None
        self.opened = opened

    def forward(self):
        self._snapshot = self.wb.snapshot_source(self.source_id)
        return self.wb.remove_source(self.source_id, opened=self.opened if self.runs == 0 else None)

    def backward(self):
        return self.wb.restore_source(self._snapshot, restore_review=self.prior)


class EditSource(Op):
    """``opened``: as for :class:`EditStatement` (the claim the source belongs to, as of when
    its dialog was filled): an edit over someone else's newer change is refused once."""

    def __init__(self, ops, source_id: str, new: dict[str, Any], text: str = "Edit source",
                 opened: int | None = None):
        super().__init__(ops, text)
        src = self.wb.source(source_id)
        self.source_id = source_id
        self.old = {k: v for k, v in src.to_json().items() if k in SOURCE_FIELDS}
        self.new = {k: v for k, v in new.items() if k in SOURCE_FIELDS}
        self.prior = _prior(self.wb, src.claim_id)
        self.opened = opened

    def is_noop(self) -> bool:
        return all(self.old.get(k) == v for k, v in self.new.items())

    def forward(self):
        return self.wb.edit_source(self.source_id, opened=self.opened if self.runs == 0 else None,
                                   **self.new)

    def backward(self):
        return self.wb.edit_source(self.source_id, restore_review=self.prior, **self.old)


# -- proposals ----------------------------------------------------------------------------
class AcceptProposal(Op):
    """Two things, one step: the claim made from the proposal, and the proposal's decision.
    Undo deletes the claim and opens the proposal again; redo makes the same claim."""

    def __init__(self, ops, proposal_id: str, text: str = "Accept proposal"):
        super().__init__(ops, text)
        self.proposal_id = proposal_id
        self.claim_id: str | None = None

    def forward(self):
        from workbench.services import proposals

        change = proposals.accept(self.wb, self.proposal_id, claim_id=self.claim_id)
        self.claim_id = change.claim.id
        return change

    def backward(self):
        from workbench.services import proposals

        return proposals.unaccept(self.wb, self.proposal_id)


class DismissProposal(Op):
    def __init__(self, ops, proposal_id: str, text: str = "Dismiss proposal"):
        super().__init__(ops, text)
        self.proposal_id = proposal_id

    def forward(self):
        from workbench.services import proposals

        return proposals.dismiss(self.wb, self.proposal_id)

    def backward(self):
        from workbench.services import proposals

        return proposals.reopen(self.wb, self.proposal_id)


# -- review -------------------------------------------------------------------------------
class Submit(Op):
    """Undo withdraws the claim from the queue (recorded); redo submits it again."""

    def __init__(self, ops, claim_id: str, text: str = "Submit for review", opened: int | None = None):
        super().__init__(ops, text)
        self.claim_id = claim_id
        self.opened = opened  # as for EditStatement: a first submit of a stale version is refused

    def forward(self):
        from workbench.services.review import Review

        return Review(self.wb).submit(self.claim_id, opened=self.opened if self.runs == 0 else None)

    def backward(self):
        from workbench.services.review import Review

        return Review(self.wb).withdraw(self.claim_id)


class AddComment(Op):
    """Undo takes the comment back while nobody has answered it; redo puts the same one back."""

    def __init__(self, ops, claim_id: str, text_: str, text: str = "Comment"):
        super().__init__(ops, text)
        self.claim_id, self.body = claim_id, text_
        self.comment_id: str | None = None

    def forward(self):
        from workbench.services.review import Review

        comment = Review(self.wb).comment(self.claim_id, self.body, comment_id=self.comment_id)
        self.comment_id = comment.id
        claim = self.wb.claim(self.claim_id)
        return Change("comment.add", claim.article_id, claim, frozenset({claim.id}))

    def backward(self):
        from workbench.services.review import Review

        return Review(self.wb).retract_comment(self.comment_id)
