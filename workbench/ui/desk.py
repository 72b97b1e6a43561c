"""The window follows the desk: changes others make to the same database show within about
two seconds, and an edit made on a version someone else has changed since is settled by the
person, never lost (``services/desk.py``).

- :class:`DeskFollower` looks at the head of the audit trail on a timer (one one-row read: it
  never blocks the window) and hands the changes of others (not this window's own steps) to
  ``MainWindow.apply_desk_changes``, which refreshes views through the usual change flags.
- :class:`ReloadBanner` sits above the claim panel when someone else changed the claim the
  person is typing in: their typing stays, "Reload" shows the stored version.
- :class:`StaleEditDialog` shows both versions of a refused save and lets the person keep one.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
)

from workbench.core.arabic import mask_bidi_controls
from workbench.core.errors import WorkbenchError
from workbench.services import Workbench
from workbench.services.desk import DeskChange

from .screen import fit_to_screen

#: How often the window looks for changes made by others (ms).
POLL_MS = 1000

#: How long the waiting thread of a server desk waits on the server at a time (s): how soon it
#: notices the window closing.
WAIT_S = 0.5

_T = "DeskLine"
#: The status-bar line for a change ({0}: who, {1}: the claim's number in the checklist, or
#: its id when the claim is not in the open article).
LINES: dict[str, object] = {  # QT_TRANSLATE_NOOP: the English text, marked for lupdate
    "claim.add": QT_TRANSLATE_NOOP("DeskLine", "{0} added claim {1}"),
    "claim.delete": QT_TRANSLATE_NOOP("DeskLine", "{0} deleted claim {1}"),
    "claim.edit": QT_TRANSLATE_NOOP("DeskLine", "{0} changed the statement of claim {1}"),
    "verdict.set": QT_TRANSLATE_NOOP("DeskLine", "{0} set the verdict of claim {1}"),
    "source.add": QT_TRANSLATE_NOOP("DeskLine", "{0} added a source to claim {1}"),
    "source.edit": QT_TRANSLATE_NOOP("DeskLine", "{0} edited a source of claim {1}"),
    "source.remove": QT_TRANSLATE_NOOP("DeskLine", "{0} removed a source from claim {1}"),
    "review.submit": QT_TRANSLATE_NOOP("DeskLine", "{0} submitted claim {1}"),
    "review.approve": QT_TRANSLATE_NOOP("DeskLine", "{0} approved claim {1}"),
    "review.request_changes": QT_TRANSLATE_NOOP("DeskLine", "{0} requested changes on claim {1}"),
    "comment.add": QT_TRANSLATE_NOOP("DeskLine", "{0} commented on claim {1}"),
}
OTHER_CLAIM_LINE = QT_TRANSLATE_NOOP("DeskLine", "{0} changed claim {1}")
OTHER_LINE = QT_TRANSLATE_NOOP("DeskLine", "{0} changed the desk")


def desk_line(change: DeskChange, claim_number: str) -> str:
    """The translated status-bar line for ``change`` ("omar approved claim 3")."""
    if change.claim_id:
        template = LINES.get(change.event, OTHER_CLAIM_LINE)
    else:
        template = OTHER_LINE
    return QCoreApplication.translate(_T, str(template)).format(change.user, claim_number)


class DeskFollower(QObject):
    """Every :data:`POLL_MS`, the changes others made since the last look (``changed``); on a
    store whose ``wait_for_change`` the server wakes (PostgreSQL's LISTEN/NOTIFY: ``listens``),
    also at once, from a thread that waits on it and wakes the GUI thread (``woke``)."""

    changed = Signal(object)  # tuple[DeskChange, ...], oldest first
    woke = Signal()           # from the waiting thread: look now

    def __init__(self, wb: Workbench, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.wb = wb
        self.seen = wb.desk_head()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._stop = threading.Event()
        self._waiter: threading.Thread | None = None
        self.woke.connect(self.poll)  # queued: emitted by the waiting thread
        if wb.change_wakes:
            self._waiter = threading.Thread(target=self._wait, args=(self.seen,), daemon=True,
                                            name="desk-listener")
            self._waiter.start()

    def _wait(self, seen: int) -> None:
        while not self._stop.is_set():
            try:
                if not self.wb.wait_for_change(seen, WAIT_S):
                    continue
                seen = self.wb.desk_head()
            except Exception:  # the server gone for a moment, or the store closed: later
                self._stop.wait(WAIT_S)
                continue
            if not self._stop.is_set():
                self.woke.emit()

    def stop(self) -> None:
        """End the waiting thread (before the window's store is closed)."""
        self.timer.stop()
        self._stop.set()
        if self._waiter is not None:
            self._waiter.join(2 * WAIT_S + 1)
            self._waiter = None

    def poll(self) -> None:
        try:
            if self.wb.desk_head() <= self.seen:
                return
            found = self.wb.desk_changes(self.seen)
        except WorkbenchError:
            return  # the database is busy or gone for a moment: the next look tries again
        self.seen = found.head
        if found.changes:
            self.changed.emit(found.changes)


class ReloadBanner(QFrame):
    """"Omar changed this claim since you opened it" with a Reload button; the typing stays."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reloadBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reloadBanner { background: #fff4ce; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload = QPushButton(self)
        self.reload.setObjectName("reloadClaim")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload)
        self.reload.setText(self.tr("Reload"))
        self.hide()

    def offer(self, user: str) -> None:
        self.label.setText(self.tr("{0} changed this claim since you opened it. Your typing is "
                                   "kept; Reload shows their version.").format(user))
        self.reload.setText(self.tr("Reload"))
        self.show()


class StaleEditDialog(QDialog):
    """A save refused because someone else changed the claim: both versions, keep one."""

    def __init__(self, parent, message: str, mine: tuple[str, str], theirs: tuple[str, str]):
        super().__init__(parent)
        self.setObjectName("staleEditDialog")
        self.setWindowTitle(self.tr("Someone else changed this claim"))
        self.choice = ""
        intro = self.intro = QLabel(message)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Your version")), 0, 0)
        grid.addWidget(QLabel(self.tr("Their version (as stored now)")), 0, 1)
        self.views = []
        for col, (statement, verdict) in enumerate((mine, theirs)):
            view = QPlainTextEdit(mask_bidi_controls(f"{statement}\n\n{verdict}".strip()))
            view.setReadOnly(True)
            view.setObjectName(("mine", "theirs")[col])
            grid.addWidget(view, 1, col)
            self.views.append(view)
        buttons = QDialogButtonBox(self)
        self.keep_mine = buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs = buttons.addButton(self.tr("Keep theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine.clicked.connect(lambda: self.keep("mine"))
        self.keep_theirs.clicked.connect(lambda: self.keep("theirs"))
        layout = QGridLayout(self)
        layout.addWidget(intro, 0, 0)
        layout.addLayout(grid, 1, 0)
        layout.addWidget(buttons, 2, 0)
        fit_to_screen(self, 760, 360)

    def keep(self, side: str) -> None:
        """``mine`` or ``theirs``, as the buttons do."""
        self.choice = side
        self.accept()
