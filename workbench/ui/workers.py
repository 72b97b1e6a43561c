"""Queries that may be slow (search, "checked before", proposing claims) run on a QThreadPool
worker with a connection of their own: the GUI thread keeps its connection to itself (see
import_dialog.py), and SQLite in WAL mode lets the two read side by side. A write made by a
worker (``proposals.propose``) takes the database lock like any other program's.

A :class:`Runner` delivers only the answer to the newest request: when the checker types on,
or opens another article, answers to older requests are dropped.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

from workbench.core.errors import WorkbenchError

from .errors import error_text


#: How long after a job's answer its signal object is looked at again.
RETIRE_AFTER_MS = 250


class JobSignals(QObject):
    finished = Signal(int, object)  # token, result
    failed = Signal(int, str)  # token, one-line message
    progress = Signal(int, int)  # done, total


#: Signal objects of jobs whose answer may have been delivered, each with the event its job
#: sets once ``run`` has returned: deleted on the GUI thread only after that (see :class:`Job`).
_RETIRING: list[tuple[threading.Event, JobSignals]] = []


def _retire_ended() -> None:
    """Delete (on the GUI thread) the signal objects of jobs that have finished running."""
    for item in [i for i in _RETIRING if i[0].is_set()]:
        _RETIRING.remove(item)
        item[1].deleteLater()


class Job(QRunnable):
    """``fn(*args)`` on a QThreadPool worker. It answers through ``signals`` (queued to the GUI
    thread) with its ``token``; any error becomes a one-line message, never lost in a thread.
    With ``with_progress`` it passes ``progress=callback(done, total)`` to ``fn`` and reports at
    most 101 times, however long the work.

    ``signals`` lives on the GUI thread and is owned by the application object, never by
    Python: its answer reaches the GUI thread while the worker is still returning from the
    emit, and a Python reference dropped there (the window forgets the job in its slot) must
    not delete a QObject of the GUI thread from the worker, nor while it is still emitting (a
    crash seen once in the test suite). It is deleted on the GUI thread once ``run`` ended."""

    def __init__(self, fn, *args, token: int = 0, with_progress: bool = False):
        super().__init__()
        self.fn, self.args, self.token, self.with_progress = fn, args, token, with_progress
        self.signals = JobSignals(QCoreApplication.instance())
        self.ended = threading.Event()
        self._last = -1

    def report(self, done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != self._last:
            self._last = percent
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        kwargs = {"progress": self.report} if self.with_progress else {}
        try:
            result = self.fn(*self.args, **kwargs)
        except WorkbenchError as exc:
            self.signals.failed.emit(self.token, error_text(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost in a thread
            self.signals.failed.emit(self.token, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(self.token, result)
        finally:
            self.ended.set()

    def start(self, on_finished, on_failed, on_progress=None) -> "Job":
        queued = Qt.ConnectionType.QueuedConnection
        # the signal object goes once its job has ended: looked at a moment after the answer
        # (the worker may still be returning from its emit when the answer arrives)
        for signal in (self.signals.finished, self.signals.failed):
            signal.connect(lambda *_: QTimer.singleShot(RETIRE_AFTER_MS, _retire_ended), queued)
        self.signals.finished.connect(on_finished, queued)
        self.signals.failed.connect(on_failed, queued)
        if on_progress is not None:
            self.signals.progress.connect(on_progress, queued)
        _RETIRING.append((self.ended, self.signals))
        QThreadPool.globalInstance().start(self)
        return self


def _with_own_connection(db_path: str, user: str, own_seqs: set[int], fn, *args, **kwargs):
    """``fn(workbench, *args, **kwargs)`` over a fresh connection to ``db_path``, closed
    afterwards. The worker's events are the window's own: it records their seqs in the window's
    ``own_seqs`` (the same set, filled before each commit), so the live desk never reports the
    window's own capture as someone else's change, nor counts it as making an edit stale."""
    from workbench.services import open_workbench

    wb = open_workbench(db_path, user)
    wb.own_seqs = own_seqs
    try:
        return fn(wb, *args, **kwargs)
    finally:
        wb.close()


class Runner(QObject):
    """Starts ``fn(worker_workbench, *args)`` off the GUI thread; emits ``done(result)`` or
    ``failed(message)`` for the newest request only."""

    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)  # done, total (a job started ``with_progress``)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._token = 0
        self._jobs: dict[int, Job] = {}  # keeps each job's signals alive until it answers

    def start(self, wb, fn, *args, with_progress: bool = False) -> None:
        """``with_progress``: ``fn`` is given ``progress=callback(done, total)``, reported
        through :attr:`progress`."""
        self._token += 1
        job = Job(_with_own_connection, wb.db_path, wb.user, wb.own_seqs, fn, *args, token=self._token,
                  with_progress=with_progress)
        self._jobs[self._token] = job
        job.start(self._finished, self._failed, self._progress if with_progress else None)

    def _progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

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
