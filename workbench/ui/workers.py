"""Queries that may be slow (search, "checked before", proposing claims) run on a QThreadPool
worker with a connection of their own: the GUI thread keeps its connection to itself (see
import_dialog.py), and SQLite in WAL mode lets the two read side by side. A write made by a
worker (``proposals.propose``) takes the database lock like any other program's.

A :class:`Runner` delivers only the answer to the newest request: when the checker types on,
or opens another article, answers to older requests are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from workbench.core.errors import WorkbenchError


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    """``fn(workbench, *args)`` over a fresh connection to ``db_path``, closed afterwards."""

    def __init__(self, token: int, db_path: str, user: str, fn, args):
        super().__init__()
        self.token, self.db_path, self.user, self.fn, self.args = token, db_path, user, fn, args
        self.signals = _Signals()

    def run(self) -> None:
        from workbench.services import open_workbench

        wb = None
        try:
            wb = open_workbench(self.db_path, self.user)
            result = self.fn(wb, *self.args)
        except WorkbenchError as exc:
            self.signals.failed.emit(self.token, exc.message)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost in a thread
            self.signals.failed.emit(self.token, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(self.token, result)
        finally:
            if wb is not None:
                wb.close()


class Runner(QObject):
    """Starts ``fn(worker_workbench, *args)`` off the GUI thread; emits ``done(result)`` or
    ``failed(message)`` for the newest request only."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._token = 0
        self._jobs: dict[int, _Job] = {}  # keeps each job's signals alive until it answers

    def start(self, wb, fn, *args) -> None:
        self._token += 1
        job = _Job(self._token, wb.db_path, wb.user, fn, args)
        job.signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._jobs[self._token] = job
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        """Whatever is still running is dropped when it answers."""
        self._token += 1

    def is_busy(self) -> bool:
        return self._token in self._jobs

    def _finished(self, token: int, result) -> None:
        self._jobs.pop(token, None)
        if token == self._token:
            self.done.emit(result)

    def _failed(self, token: int, message: str) -> None:
        self._jobs.pop(token, None)
        if token == self._token:
            self.failed.emit(message)
