"""One QUndoCommand per user action, each calling services.

The action is done before the command is pushed (so a failure is shown and nothing is pushed);
the first ``redo()`` that QUndoStack.push() makes is therefore skipped.
Each command reports the resulting :class:`Change` through ``on_change``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.core.errors import WorkbenchError
from workbench.services import Change, Workbench

OnChange = Callable[[Change], None]
OnError = Callable[[WorkbenchError], None]


class _ServiceCommand(QUndoCommand):
    def __init__(self, text: str, wb: Workbench, on_change: OnChange, on_error: OnError):
        super().__init__(text)
        self.wb = wb
        self._on_change = on_change
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, fn) -> None:
        try:
            change = fn()
        except WorkbenchError as exc:
            self.setObsolete(True)  # the stack drops a command that can no longer be replayed
            self._on_error(exc)
            return
        self._on_change(change)

    def _redo(self) -> Change:
        raise NotImplementedError

    def _undo(self) -> Change:
        raise NotImplementedError


class AddClaim(_ServiceCommand):
    def __init__(self, wb, change: Change, on_change, on_error, text="Add claim"):
        super().__init__(text, wb, on_change, on_error)
        self.claim_id = change.claim.id
        self._snapshot = None

    def _undo(self):
        self._snapshot = self.wb.snapshot_claim(self.claim_id)
        return self.wb.delete_claim(self.claim_id)

    def _redo(self):
        return self.wb.restore_claim(self._snapshot)


class DeleteClaim(_ServiceCommand):
    def __init__(self, wb, snapshot, on_change, on_error, text="Delete claim"):
        super().__init__(text, wb, on_change, on_error)
        self._snapshot = snapshot

    def _undo(self):
        return self.wb.restore_claim(self._snapshot)

    def _redo(self):
        self._snapshot = self.wb.snapshot_claim(self._snapshot.claim.id)
        return self.wb.delete_claim(self._snapshot.claim.id)


class EditStatement(_ServiceCommand):
    def __init__(self, wb, claim_id, old, new, on_change, on_error, text="Edit statement"):
        super().__init__(text, wb, on_change, on_error)
        self.claim_id, self.old, self.new = claim_id, old, new

    def _undo(self):
        return self.wb.edit_statement(self.claim_id, self.old)

    def _redo(self):
        return self.wb.edit_statement(self.claim_id, self.new)


class SetVerdict(_ServiceCommand):
    def __init__(self, wb, claim_id, old: tuple, new: tuple, on_change, on_error, text="Set verdict"):
        super().__init__(text, wb, on_change, on_error)
        self.claim_id, self.old, self.new = claim_id, old, new

    def _undo(self):
        return self.wb.set_verdict(self.claim_id, *self.old)

    def _redo(self):
        return self.wb.set_verdict(self.claim_id, *self.new)


class AddSource(_ServiceCommand):
    def __init__(self, wb, source_id, on_change, on_error, text="Add source"):
        super().__init__(text, wb, on_change, on_error)
        self.source_id = source_id
        self._snapshot = None

    def _undo(self):
        self._snapshot = self.wb.snapshot_source(self.source_id)
        return self.wb.remove_source(self.source_id)

    def _redo(self):
        return self.wb.restore_source(self._snapshot)


class RemoveSource(_ServiceCommand):
    def __init__(self, wb, snapshot, on_change, on_error, text="Remove source"):
        super().__init__(text, wb, on_change, on_error)
        self._snapshot = snapshot

    def _undo(self):
        return self.wb.restore_source(self._snapshot)

    def _redo(self):
        self._snapshot = self.wb.snapshot_source(self._snapshot.source.id)
        return self.wb.remove_source(self._snapshot.source.id)


class EditSource(_ServiceCommand):
    def __init__(self, wb, source_id, old: dict, new: dict, on_change, on_error, text="Edit source"):
        super().__init__(text, wb, on_change, on_error)
        self.source_id, self.old, self.new = source_id, old, new

    def _undo(self):
        return self.wb.edit_source(self.source_id, **self.old)

    def _redo(self):
        return self.wb.edit_source(self.source_id, **self.new)
