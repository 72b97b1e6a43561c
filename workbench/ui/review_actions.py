"""The review step and the desk's exchanges in the window: submit (undoable: undo withdraws),
comments (undoable while unanswered), the editor's queue (approve and request changes are
confirmed and not undone), review bundles in and out, who is working, and the audit check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from workbench.core.arabic import left_to_right

from . import commands

if TYPE_CHECKING:
    from .main_window import MainWindow


class ReviewActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.ops = window.ops
        self.wb = window.wb

    # -- review -----------------------------------------------------------------------------
    def submit_current(self) -> None:
        self.submit(self.window.current_claim_id())

    def comment_current(self) -> None:
        self.comment(self.window.current_claim_id())

    def export_current_bundle(self) -> None:
        self.export_bundle(self.window.article_id)

    def submit(self, claim_id: str | None) -> None:
        if claim_id is None:
            return
        self.window.claim_panel.commit_pending()
        opened = self.window.opened_seq(claim_id)
        if self.ops.push(commands.Submit(self.ops, claim_id, self.tr("Submit for review"), opened)):
            self.window.statusBar().showMessage(self.tr("Submitted for review"), 5000)

    def comment(self, claim_id: str | None, text: str | None = None) -> None:
        """A comment on the claim, for the desk's thread (and the claim's history)."""
        if claim_id is None:
            return
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self.window, self.tr("Comment on claim"), self.tr("Comment:"))
            if not ok:
                return
        if self.ops.push(commands.AddComment(self.ops, claim_id, text, self.tr("Comment"))):
            self.window.statusBar().showMessage(self.tr("Comment added"), 5000)

    def open_queue(self) -> None:
        from .review_queue import ReviewQueueDialog

        dialog = ReviewQueueDialog(self.window, self.wb)
        dialog.save_source_files = self.window.claim_actions.save_attached_files  # through Ops
        dialog.view_capture = self.window.claim_actions.view_capture
        dialog.decide = self.decide

        def follow(_changes) -> None:  # claims others submit or decide show while it is open
            dialog.model.refresh()

        self.window.desk.changed.connect(follow)
        try:
            dialog.exec()
        finally:
            self.window.desk.changed.disconnect(follow)

    def decide(self, action: str, claim_id: str, comment: str, opened: int | None = None):
        """An approval or a request for changes (confirmed in the queue, not undoable): one step
        through Ops; the steps before it can no longer be undone without undoing what the editor
        decided on, so the undo history is cleared. ``opened``: the desk's seq the queue read the
        claim at (a decision on a version changed since is refused)."""
        from workbench.services.review import Review

        review = Review(self.wb)
        if action == "review.approve":
            return self.ops.call(lambda: review.approve(claim_id, comment, opened=opened), clears_undo=True)
        return self.ops.call(lambda: review.request_changes(claim_id, comment, opened=opened),
                             clears_undo=True)

    # -- bundles ----------------------------------------------------------------------------
    def export_bundle(self, article_id: str | None) -> None:
        if article_id is None:
            return
        from workbench.services.bundle import export_bundle

        from .file_dialogs import save_file_name  # on first use
        path = save_file_name(self.window, self.tr("Export for review"), "",
                              self.tr("Workbench bundle (*.wbbundle)"))
        if path and self.ops.call(lambda: export_bundle(self.wb, article_id, path)):
            self.window.statusBar().showMessage(self.tr("Wrote {0}").format(left_to_right(path)), 8000)

    def import_bundle(self, path: str | None = None) -> None:
        from workbench.services.bundle import import_bundle

        win = self.window
        if not path:
            from .file_dialogs import open_file_name  # on first use
            path = open_file_name(win, self.tr("Import review bundle"), "",
                                  self.tr("Workbench bundle (*.wbbundle);;All files (*)"))
        if not path:
            return
        # another desk's work replaces claims here: the steps before it are no longer undoable
        report = self.ops.call(lambda: import_bundle(self.wb, path), clears_undo=True)
        if report is None:
            return
        lines = [self.tr("%n claim(s) added", "", len(report.added)),
                 self.tr("%n claim(s) updated", "", len(report.updated)),
                 self.tr("%n event(s) imported", "", report.events_imported)]
        if report.conflicts:
            from .conflicts_dialog import ConflictsDialog

            dialog = ConflictsDialog(win, report.conflicts)
            resolve = dialog.resolutions() if dialog.exec() == QDialog.DialogCode.Accepted else {}
            settled = self.ops.call(lambda: import_bundle(self.wb, path, resolve)) if resolve else None
            if settled is not None:
                lines.append(self.tr("Settled: %n claim(s) kept as they are here", "", len(settled.kept)))
                lines.append(self.tr("Settled: %n claim(s) taken from the bundle", "", len(settled.updated)))
                report = settled
            if report.conflicts:
                lines.append(self.tr("%n claim(s) changed on both sides are left as they are here until "
                                     "someone decides; import the bundle again to settle them.", "",
                                     len(report.conflicts)))
        win.open_article(report.article_id)
        if report.events_held:
            lines.append(self.tr("%n new event(s) held back until those conflicts are settled", "",
                                 report.events_held))
        if report.events_untrusted:
            lines.append(self.tr("%n new event(s) not trusted (after the break in the bundle's trail)", "",
                                 report.events_untrusted))
        if report.chain_broken:
            lines.append(self.tr("The bundle's audit trail is broken at event {0}; later events were not trusted.")
                         .format(report.chain_broken[0]))
        QMessageBox.information(win, self.tr("Import review bundle"), "\n".join(lines))

    # -- people -----------------------------------------------------------------------------
    def change_user(self) -> None:
        from workbench.services.review import Review
        from workbench.services.server_desk import may_change_user

        win = self.window
        if not self.ops.call(lambda: may_change_user(self.wb)):
            return  # a person of a server desk is their login (the error says so)
        review = Review(self.wb)
        names = [u.name for u in review.users()]
        name, ok = QInputDialog.getItem(win, self.tr("Change user"), self.tr("Who is working?"),
                                        names, names.index(self.wb.user) if self.wb.user in names else 0, True)
        name = name.strip()
        if not ok or not name:
            return
        if name not in names:
            roles = [self.tr("Checker"), self.tr("Editor")]
            role, ok = QInputDialog.getItem(win, self.tr("Change user"),
                                            self.tr("Role of {0}:").format(name), roles, 0, False)
            if not ok:
                return
            self.wb.user, previous = name, self.wb.user
            if self.ops.call(lambda: review.add_user(name, "editor" if role == roles[1] else "checker")) is None:
                self.wb.user = previous
                return
        self.wb.user = name
        win.undo_stack.clear()  # one person's steps are not another's to undo
        self.ops.call(self.wb.remember_user)  # the command line's default user from now on
        win.update_title()  # "… (as sara)": the title names who is working, as the status bar does
        win.update_status()

    # -- the audit trail --------------------------------------------------------------------
    def check_trail(self) -> None:
        """Warn, above everything, when the database or its audit trail is damaged."""
        from workbench.services.review import trail_warning

        self.window.show_trail_warning(self.ops.call(lambda: trail_warning(self.wb)))

    def check_trail_in_background(self) -> None:
        """The same check on a worker with its own connection: a large database's integrity
        check never freezes the window."""
        from workbench.services.review import trail_warning

        self._trail_runner = self.ops.background(trail_warning, done=self.window.show_trail_warning,
                                                 failed=self.window.show_trail_warning)
