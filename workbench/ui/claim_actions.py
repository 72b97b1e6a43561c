"""The checker's actions on claims, sources and proposals: each builds one undo command and
runs it through :class:`~workbench.ui.ops.Ops`. Before an edit sends a submitted or approved
claim back to draft, the person is told who approved it and when, and may cancel.
"""

from __future__ import annotations

from functools import partial

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from workbench.core.arabic import isolate, left_to_right
from workbench.core.model import ReviewState
from workbench.core.spans import normalize, snap_span

from . import commands
from .capture_dialogs import CaptureProgress, CaptureViewer
from .claim_panel import SourceDialog, display_time

if TYPE_CHECKING:
    from .main_window import MainWindow


class ClaimActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.ops = window.ops
        self.wb = window.wb
        self._asking = False
        self.capturing: dict[str, tuple[CaptureProgress, threading.Event, QObject]] = {}

    # -- asking before an approval is lost ----------------------------------------------
    def confirm_reopen(self, claim_id: str) -> bool:
        """True when the claim is a draft, or the person agrees to send it back for review."""

        claim = self.ops.build(lambda: self.wb.claim(claim_id))
        if claim is None:
            return False
        state = ReviewState(claim.review_state)
        if state not in (ReviewState.IN_REVIEW, ReviewState.APPROVED):
            return True
        if self._asking:  # the question is open (the focus left a box for it): one answer
            return False
        self._asking = True
        try:
            return self._ask_reopen(claim_id, state)
        finally:
            self._asking = False

    def _ask_reopen(self, claim_id: str, state: ReviewState) -> bool:
        from workbench.services.review import Review

        note = Review(self.wb).state_note(claim_id)
        who, when = isolate(note.by or "?"), isolate(display_time(note.at) if note.at else "?")
        if state is ReviewState.APPROVED:
            text = self.tr("Approved by {0} on {1}; changing it sends it back for review.").format(who, when)
        else:
            text = self.tr("Submitted by {0} on {1} and waiting for review; changing it takes it out "
                           "of the review queue.").format(who, when)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change a reviewed claim?"), text,
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("confirmReopen")
        go = box.addButton(self.tr("Change it"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def _run(self, factory, claim_id: str | None = None) -> bool:
        if claim_id is not None and not self.confirm_reopen(claim_id):
            self.window.refresh_claim_panel()  # what was chosen or typed goes back to the claim
            return False
        command = self.ops.build(factory)
        return command is not None and self.ops.push(command)

    # -- claims -------------------------------------------------------------------------
    def new_claim_from_selection(self) -> None:
        win = self.window
        if win.article is None or win.article_id is None:
            return
        span = win.article_view.selection_span()
        if span is None:
            QMessageBox.information(win, self.tr("New claim"),
                                    self.tr("Select the words of the claim in the article first."))
            return
        start, end = snap_span(win.article.text, *span)
        command = commands.AddClaim(self.ops, win.article_id, start, end, self.tr("Add claim"))
        if self.ops.push(command):
            win.select_claim(command.claim_id)
            win.claim_panel.statement.setFocus()

    def delete_current(self) -> None:
        self.delete_claim(self.window.current_claim_id())

    def add_source_to_current(self) -> None:
        self.add_source(self.window.current_claim_id())

    def delete_claim(self, claim_id: str | None) -> None:
        if claim_id is None:
            return
        win = self.window
        row = win.claims_view.currentIndex().row()
        if self._run(lambda: commands.DeleteClaim(self.ops, claim_id, self.tr("Delete claim"))):
            neighbour = win.claims_model.claim_at(min(row, win.claims_model.rowCount() - 1))
            if neighbour:
                win.select_claim(neighbour.id)

    def edit_statement(self, claim_id: str, statement: str) -> None:
        opened = self.window.opened_seq(claim_id)
        self._run(lambda: commands.EditStatement(self.ops, claim_id, statement, self.tr("Edit statement"),
                                                 opened), claim_id)

    def set_verdict(self, claim_id: str, rating, rationale: str) -> None:
        claim = self.ops.build(lambda: self.wb.claim(claim_id))
        if claim is None or (claim.rating, claim.rationale) == (rating or None, normalize(rationale).strip()):
            return
        opened = self.window.opened_seq(claim_id)
        self._run(lambda: commands.SetVerdict(self.ops, claim_id, rating, rationale, self.tr("Set verdict"),
                                              opened), claim_id)

    # -- sources --------------------------------------------------------------------------
    def add_source(self, claim_id: str | None, dialog: SourceDialog | None = None) -> None:
        if claim_id is None or not self.confirm_reopen(claim_id):
            return
        dialog = dialog or SourceDialog(self.window)
        while dialog.exec():
            command = commands.AddSource(self.ops, claim_id, dialog.values(), self.tr("Add source"))
            if self.ops.push(command):
                if dialog.wants_capture() and command.source_id is not None:
                    self.capture_source(command.source_id)
                return
            # refused: the dialog comes back with what was typed, nothing is lost

    def edit_source(self, source_id: str, dialog: SourceDialog | None = None) -> None:
        src = self.ops.build(lambda: self.wb.source(source_id))
        if src is None:
            return
        dialog = dialog or SourceDialog(self.window)
        dialog.fill(src)
        dialog.on_view_capture = lambda capture_id: self.view_capture(source_id, capture_id)
        opened = self.window.opened_seq(src.claim_id)  # the version the dialog was filled from

        def edit(seen: int | None) -> commands.EditSource:
            return commands.EditSource(self.ops, source_id, dialog.values(), self.tr("Edit source"), seen)

        while dialog.exec():
            command = self.ops.build(partial(edit, opened))
            if command is None or command.is_noop():
                return
            if not self.confirm_reopen(src.claim_id):
                return
            if self.ops.push(command):
                return
            # refused (someone changed the claim meanwhile: the message says so over the dialog,
            # which comes back with what was typed): OK again keeps it, knowingly
            opened = self.ops.build(self.wb.desk_head)

    def remove_source(self, source_id: str) -> None:
        src = self.ops.build(lambda: self.wb.source(source_id))
        if src is not None:
            opened = self.window.opened_seq(src.claim_id)
            self._run(lambda: commands.RemoveSource(self.ops, source_id, self.tr("Remove source"), opened),
                      src.claim_id)

    # -- captures ---------------------------------------------------------------------------
    def capture_current_source(self) -> None:
        src = self.window.claim_panel.current_source()
        if src is not None:
            self.capture_source(src.id)

    def view_current_capture(self) -> None:
        src = self.window.claim_panel.current_source()
        if src is not None:
            self.view_capture(src.id)

    def capture_source(self, source_id: str) -> CaptureProgress | None:
        """Capture a source's page on a worker (the window stays responsive), with progress
        and Cancel. A new capture is added to the source's history; a failed one says why and
        stores nothing (the source stays)."""
        from workbench.services.capture_view import capture_in_background

        src = self.ops.build(lambda: self.wb.source(source_id))
        if src is None:
            return None
        if source_id in self.capturing:  # one capture of a source at a time
            self.capturing[source_id][0].raise_()
            return self.capturing[source_id][0]
        cancel = threading.Event()
        dialog = CaptureProgress(src.url, cancel, self.window)
        runner = self.ops.background(
            capture_in_background, source_id, cancel,
            done=lambda capture: self._captured(source_id, capture),
            failed=lambda message: self._capture_failed(source_id, message),
            progress=dialog.set_progress, parent=self)
        self.capturing[source_id] = (dialog, cancel, runner)
        dialog.show()
        return dialog

    def _captured(self, source_id: str, capture) -> None:
        from workbench.services.capture_view import capture_added

        dialog, _cancel, runner = self.capturing.pop(source_id, (None, None, None))
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        if runner is not None:
            runner.deleteLater()
        change = self.ops.build(lambda: capture_added(self.wb, source_id))
        if change is not None:
            self.ops.report_change(change)
        from .capture_dialogs import capture_short, capture_tooltip

        # short enough for a 1024 px window; the whole line is the status bar's tooltip
        bar = self.window.statusBar()
        bar.showMessage(self.tr("Captured {0}").format(capture_short(capture)), 10000)
        bar.setToolTip(capture_tooltip(capture))

    def _capture_failed(self, source_id: str, message: str) -> None:
        dialog, cancel, runner = self.capturing.pop(source_id, (None, None, None))
        if runner is not None:
            runner.deleteLater()
        if dialog is None:
            return
        if cancel is not None and cancel.is_set():
            dialog.close()
            dialog.deleteLater()
            self.window.statusBar().showMessage(
                self.tr("Capture cancelled: the source was kept, without evidence."), 10000)
            return
        dialog.show_failure(message)

    def view_capture(self, source_id: str, capture_id: str | None = None) -> CaptureViewer | None:
        """Show a capture (the source's latest by default) as an archived copy, read from its
        WARC only."""
        from workbench.core.errors import WorkbenchError
        from workbench.services.capture_view import capture_view

        from .errors import error_text

        src = self.ops.build(lambda: self.wb.source(source_id))
        if src is None:
            return None
        if not src.captures:
            QMessageBox.information(self.window, self.tr("View capture"),
                                    self.tr("This source has not been captured yet: use Capture again."))
            return None
        wanted = capture_id or src.captures[-1].id
        capture = next((c for c in src.captures if c.id == wanted), src.captures[-1])
        try:
            view = capture_view(self.wb, capture.id)
        except WorkbenchError as exc:
            # the capture is there but cannot be read as a page: say exactly that, never as if
            # the page itself were gone
            viewer = CaptureViewer(capture, [], (), self.tr("This archived copy cannot be shown: {0}").format(
                error_text(exc)), self.window)
        else:
            viewer = CaptureViewer(capture, view.paragraphs, view.images, "", self.window)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    def save_attached_files(self, source_id: str, folder: str | None = None) -> int:
        """Write a source's attached files into a folder (the files service checks each
        against its SHA-256 and never overwrites or writes outside the folder)."""
        from workbench.services.files import save_source_files

        from .file_dialogs import existing_directory  # on first use
        folder = folder or existing_directory(self.window, self.tr("Save attached files to"))
        if not folder:
            return 0
        report = self.ops.call(lambda: save_source_files(self.wb, source_id, folder))
        if report is None:
            return 0
        for skipped in report.skipped:
            self.window.show_error(skipped.error or skipped.reason)
        if report.saved:
            self.window.statusBar().showMessage(self.tr("Saved %n file(s) to %1", "", len(report.saved)).replace(
                "%1", left_to_right(folder)), 8000)
        return len(report.saved)

    # -- proposals ------------------------------------------------------------------------
    def decide_proposal(self, decision: str, proposal_id: str):
        """The proposals panel's Accept and Dismiss, each one undo step; the Change or None."""
        if decision == "accept":
            command: commands.Op = commands.AcceptProposal(self.ops, proposal_id, self.tr("Accept proposal"))
        else:
            command = commands.DismissProposal(self.ops, proposal_id, self.tr("Dismiss proposal"))
        if not self.ops.push(command):
            return None
        if isinstance(command, commands.AcceptProposal):
            self.window.select_claim(command.claim_id)
        return command.change
