"""The one path every user action in the window takes (in the spirit of Anki's
``CollectionOp`` + ``OpChanges``):

    a slot  ->  Ops.push(command)           undoable: QUndoStack.push -> command.redo() -> service
            ->  Ops.call(fn)                not undoable (approve, import, …): the service, once
            ->  Ops.background(fn, ...)     long work on a worker with its own connection
    then    ->  Ops.changed(Change)         typed ``kinds`` + claim ids, to every view that shows them
    or      ->  Ops.failed(WorkbenchError)  one place shows errors, the same way for every action

Nothing else in the window calls a service that writes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.errors import WorkbenchError
from workbench.services import Change, Workbench

from .commands import Op

T = TypeVar("T")


class Ops(QObject):
    changed = Signal(object)  # Change: what one step changed
    failed = Signal(object)   # WorkbenchError (or a worker's message): refused; nothing changed

    def __init__(self, wb: Workbench, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.wb = wb
        self.stack = stack

    # -- reporting (commands call these) -----------------------------------------------
    def report_change(self, change: Change) -> None:
        self.changed.emit(change)

    def report_error(self, exc: WorkbenchError) -> None:
        self.failed.emit(exc)

    # -- running -----------------------------------------------------------------------
    def push(self, command: Op) -> bool:
        """Run ``command`` as one undo step. False (and nothing pushed) if it was refused."""
        self.stack.push(command)
        return command.ok

    def call(self, fn: Callable[[], Any], *, clears_undo: bool = False) -> Any:
        """A step that is not undone with Ctrl+Z (a review decision, an import). Returns what
        ``fn`` returned, or None when it was refused (the error is shown). ``clears_undo``: the
        steps before it can no longer be undone safely (an approval rests on them)."""
        try:
            result = fn()
        except WorkbenchError as exc:
            self.report_error(exc)
            return None
        if clears_undo:
            self.stack.clear()
        if isinstance(result, Change):
            self.report_change(result)
        return result

    def build(self, factory: Callable[[], T]) -> T | None:
        """``factory()`` (a command, whose constructor reads the current state, or a read),
        or None when it was refused (the error is shown)."""
        try:
            return factory()
        except WorkbenchError as exc:
            self.report_error(exc)
            return None

    def background(self, fn, *args, done: Callable[[Any], None],
                   failed: Callable[[str], None] | None = None, parent: QObject | None = None,
                   progress: Callable[[int, int], None] | None = None):
        """``fn(worker_workbench, *args)`` off the GUI thread; ``done(result)`` on the GUI thread.
        A failure goes to ``failed(message)``, or is reported like any other error. With
        ``progress``, ``fn`` is also given ``progress=callback(done, total)`` and each report
        reaches ``progress(done, total)`` on the GUI thread."""
        from .workers import Runner

        runner = Runner(parent or self)
        runner.done.connect(done)
        runner.failed.connect(failed or self.failed.emit)
        if progress is not None:
            runner.progress.connect(progress)
        runner.start(self.wb, fn, *args, with_progress=progress is not None)
        return runner
