"""The checking window: it assembles the parts and routes each change to the views.

- the article (``ArticleView``), the checklist (``ClaimsModel`` in a table) and the claim's
  detail (``ClaimPanel``), in splitters;
- actions, menus and shortcuts: ``actions.py`` (declared once);
- the change path: ``ops.py`` (one way to run a step) and ``commands.py`` (the undo steps);
- what a checker does to claims, sources and proposals: ``claim_actions.py``;
- review, comments, bundles, users and the audit check: ``review_actions.py``;
- the dock panels (history, search, proposals, checked before): ``docks.py``;
- UI settings: ``settings.py``.

Every step ends in :meth:`apply_change`, which tells each view what it shows changed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QMimeData, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QMainWindow, QMenu, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from workbench.core.arabic import has_arabic, mask_bidi_controls
from workbench.core.changes import ChangeKind
from workbench.core.errors import NotFound, StaleEdit, StoreUnavailable, WorkbenchError
from workbench.core.model import Article, Claim
from workbench.services import Change, Workbench

from .actions import ActionRegistry
from .claim_actions import ClaimActions
from .claim_panel import SourceDialog
from .screen import fit_to_screen
from .desk import DeskFollower, ReloadBanner, StaleEditDialog, desk_line
from .docks import DockPanels
from .layout import CheckingLayout
from . import errors
from .errors import error_text
from .ops import Ops
from .library_actions import LibraryActions
from .review_actions import ReviewActions
from .settings import SETTINGS
from .open_desk import desk_label
from .status import StatusLine

#: How often a window whose server cannot be reached tries again (ms).
RETRY_MS = 2000

#: Windows opened by File ▸ Open desk… (kept alive: no other reference holds them).
_OPEN_WINDOWS: list[QMainWindow] = []



class MainWindow(QMainWindow):
    # made from ui/actions.py ACTIONS (act_<attr>, menu_<key>); those used by name here:
    act_new_claim: QAction
    act_undo: QAction
    act_redo: QAction
    menu_view: QMenu

    def __init__(self, wb: Workbench, language_switcher=None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.wb = wb
        self._switch_language = language_switcher
        self.article_id: str | None = None
        self.article: Article | None = None
        self._saved_at: str | None = None
        self.undo_stack = QUndoStack(self)
        self.ops = Ops(wb, self.undo_stack, self)
        self.ops.changed.connect(self.apply_change)
        self.ops.failed.connect(self.show_error)
        self._build_views()
        self.docks = DockPanels(self)
        self.ops.changed.connect(self.docks.on_change)
        self.claim_actions = ClaimActions(self)
        self.review_actions = ReviewActions(self)
        self.library_actions = LibraryActions(self)
        self.action_registry = ActionRegistry(self, {"history": self.docks.history_dock.toggleViewAction()})
        self.article_view.new_claim_action = self.act_new_claim
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_texts)
        self.undo_stack.redoTextChanged.connect(self._undo_texts)
        for i in range(1, len(wb.scale.ratings) + 1):
            QShortcut(QKeySequence(f"Alt+{i}"), self, lambda n=i: self.claim_panel.choose_rating(n))
        self.act_english, self.act_arabic, self.menu_language = self.action_registry.language_menu(
            self.menu_view, self.set_language)
        self.setAcceptDrops(True)  # drop a file, link or text to import it
        # the live desk (ui/desk.py): others' changes show; a save on stale data is settled
        self.desk = DeskFollower(wb, self)
        self.retry_timer: QTimer | None = None  # runs while a server desk cannot be reached
        self._lost_at_claim: str | None = None
        self.desk.changed.connect(self.apply_desk_changes)
        self.claim_opened = self.desk.seen  # the desk's seq the claim in the panel is as of
        self.stale_dialog: StaleEditDialog | None = None  # the one showing, for tests
        self._settling: StaleEdit | None = None  # a refusal waiting to be settled
        self.retranslate()
        # a laptop's 1024×680 gets a window it can show whole (restored geometry comes later)
        fit_to_screen(self, 1280, 800, share=1.0)

    # -- building ------------------------------------------------------------------------
    def _build_views(self) -> None:
        parts = CheckingLayout(self.wb.scale, self)
        self.article_view, self.legend, self.reader = parts.article_view, parts.legend, parts.reader
        self.claims_model, self.claims_view = parts.claims_model, parts.claims_view
        self.claim_panel, self.claim_scroll, self.banner = parts.claim_panel, parts.claim_scroll, parts.banner
        self.splitter, self.right_splitter = parts.splitter, parts.right_splitter
        self.setCentralWidget(parts.central)
        errors.claim_names = self.claim_number  # messages name a claim by its number here
        self.claims_view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.article_view.claimClicked.connect(self.select_claim)
        panel = self.claim_panel
        panel.statementEdited.connect(self.edit_statement)
        panel.verdictRequested.connect(self.set_verdict)
        panel.addSourceRequested.connect(self.add_source)
        panel.removeSourceRequested.connect(self.remove_source)
        panel.editSourceRequested.connect(self.edit_source)
        panel.saveFileRequested.connect(self.save_attached_files)
        panel.captureRequested.connect(lambda sid: self.claim_actions.capture_source(sid))
        panel.viewCaptureRequested.connect(lambda sid: self.claim_actions.view_capture(sid))
        panel.pendingChanged.connect(lambda _pending: self.update_status())
        # above the claim's scrolled detail, never inside it: typing at the bottom of the
        # Rationale box scrolls the panel, and the banner must stay in sight
        self.reload_banner = ReloadBanner()
        detail = QWidget()
        detail.setObjectName("claimDetail")
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.reload_banner)
        sizes = self.right_splitter.sizes()
        self.right_splitter.insertWidget(self.right_splitter.indexOf(self.claim_scroll), detail)
        column.addWidget(self.claim_scroll, 1)  # moved out of the splitter, into the column
        self.right_splitter.setSizes(sizes)
        self.reload_banner.reload.clicked.connect(self.reload_claim)
        self.status_line = StatusLine(self)
        self.user_label, self.progress_label, self.save_label = (
            self.status_line.user, self.status_line.progress, self.status_line.saved)

    # -- parts other modules and tests reach ------------------------------------------------
    @property
    def history_view(self):
        return self.docks.history_view

    @property
    def history_dock(self):
        return self.docks.history_dock

    @property
    def _panels(self):
        return self.docks.panels

    def panel(self, name: str):
        return self.docks.panel(name)

    def show_panel(self, name: str) -> None:
        self.docks.show(name)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.action_registry.retranslate()
        self.docks.retranslate()
        self.legend.set_language(self.legend.language)
        self.menu_language.setTitle(self.tr("&Language"))
        self._undo_texts()
        self.claims_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.update_title()
        self.update_status()

    def _undo_texts(self, *_) -> None:
        """Undo/Redo named after the step they would take, in the interface's language (our
        own actions: QUndoStack's would write English "Undo %1" over the translation)."""
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.act_undo.setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            # splitters place their panes at resize time: lay them out again, mirrored
            self.splitter.setSizes(self.splitter.sizes())
            self.splitter.refresh()
            self.docks.follow_direction()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.claims_model.language = code
        self.docks.set_language(code)
        self.claim_panel.set_language(code)
        self.legend.set_language(code)
        (self.act_arabic if code == "ar" else self.act_english).setChecked(True)
        if self._switch_language is not None:
            self._switch_language(code)
        self.claims_model.layoutChanged.emit()

    # -- undo follows the person ------------------------------------------------------------
    def _typing_box(self) -> QPlainTextEdit | None:
        """The statement or rationale box holding typing not saved yet, if the focus is there."""
        focus = QApplication.focusWidget()
        panel = self.claim_panel
        for box in (panel.statement, panel.rationale):
            if focus is box and panel.box_is_dirty(box):
                return box
        return None

    def undo(self) -> None:
        """In a box with unsaved typing, undo the typing; otherwise the desk's last step."""
        box = self._typing_box()
        if box is not None:
            box.undo()
        else:
            self.undo_stack.undo()

    def redo(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QPlainTextEdit) and focus.document().isRedoAvailable():
            focus.redo()
        else:
            self.undo_stack.redo()

    # -- article and claims -------------------------------------------------------------------
    def open_article(self, article_id: str, keep_undo: bool = False) -> None:
        """``keep_undo``: the article came back by an undo (a deletion undone): the steps
        before stay undoable."""
        if article_id != self.article_id and not self.may_leave_claim():
            return
        self.article = article = self.wb.article(article_id)
        self.article_id = article_id
        spans = self.wb.claim_spans(article_id)  # ids, offsets and verdicts: no claim is read whole
        self.article_view.set_article(article.text, article.language, spans)
        hidden = self.article_view.hidden_controls
        if hidden:
            self.statusBar().showMessage(self.tr(
                "This article holds {0} invisible direction controls; they are shown as ◆ and "
                "cannot reorder the text.").format(hidden), 15000)
        self.claims_model.set_spans(self.wb, spans)  # rows are read as they are shown
        self.claim_panel.show_claim(None)
        if not keep_undo:
            self.undo_stack.clear()
        SETTINGS.last_article.set(article_id)
        self.update_title()
        self.update_status()
        if spans:
            last = SETTINGS.last_claim.get(article_id)
            self.select_claim(last if self.claims_model.row_of(last or "") >= 0 else spans[0].id)
        self.docks.on_article(article_id)

    def close_article(self) -> None:
        """The open article was deleted (from the library): the window shows none."""
        self.article = None
        self.article_id = None
        self.article_view.set_article("", "", [])
        self.claims_model.set_spans(self.wb, [])
        self.claim_panel.show_claim(None)
        self.update_title()
        self.docks.on_article(None)

    def _apply_article_change(self, change: Change) -> None:
        """An article renamed, deleted or restored (the library's steps and their undo)."""
        if change.action == "article.delete" and change.article_id == self.article_id:
            self.close_article()
        elif change.action == "article.restore" and self.article_id is None and change.article_id:
            self.open_article(change.article_id, keep_undo=True)
        elif change.action == "article.rename" and self.article_id and change.article_id == self.article_id:
            self.article = self.wb.article(self.article_id)
            self.update_title()

    def current_claim_id(self) -> str | None:
        claim = self.claim_panel.claim
        return claim.id if claim else None

    def select_claim(self, claim_id: str | None) -> None:
        """Select the claim in the checklist, its span in the article, both scrolled to the
        middle of the view (F8, search hits and accepted proposals alike)."""
        row = self.claims_model.row_of(claim_id or "")
        if row < 0:
            return
        self.claims_model.ensure_loaded(row)
        index = self.claims_model.index(row, 0)
        self.claims_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.claims_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_current_row(self, current, previous) -> None:
        claim = self.claims_model.claim_at(current.row()) if current.isValid() else None
        panel = self.claim_panel
        leaving = (panel.claim is not None and (claim is None or claim.id != panel.claim.id)
                   and previous.isValid())
        if leaving and panel.verdict_incomplete():
            # a rating chosen without its rationale would be lost on the way out: stay, and say
            # what is missing (the person can type it, or set the rating back, then move on)
            self._stay_on(previous)
            panel.rationale.setFocus()
            self.statusBar().showMessage(self.tr(
                "Write why the claim is rated “{0}” before moving on, or set the rating back.").format(
                panel.chosen_rating_name()), 10000)
            return
        if leaving and (panel.has_pending() or panel.verdict_dirty()):
            # what was typed is saved *before* the panel moves on: refused (someone changed the
            # claim since, the server is gone), the person stays with it, the choice between
            # both versions or the retry happens here, and the list never names another claim
            panel.commit_pending()
            if panel.has_pending() or panel.verdict_dirty():
                self._stay_on(previous)
                return
        opened = self.desk.seen
        try:
            if claim is not None:
                SETTINGS.last_claim.set(claim.id, self.article_id or "")
                head = self.wb.desk_head()
                if head > opened:  # changed since the window last looked: as stored now
                    opened = head  # (read before the claim: never newer than it)
                    claim = self._stored_claim(claim.id)
        except StoreUnavailable as exc:  # the server went away: the claim as listed, said once
            self.show_error(exc)
        self.claim_panel.show_claim(claim)
        self.claim_opened = opened
        self.reload_banner.hide()
        self.article_view.show_claim(claim.id if claim else None)
        self.docks.on_claim(claim.id if claim else None)

    def _stay_on(self, index) -> None:
        """Put the checklist's current row back on ``index`` (the claim the panel shows)."""
        selection = self.claims_view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.claims_view.viewport().update()

    def step_claim(self, step: int) -> None:
        row = self.claims_view.currentIndex().row() + step
        self.claims_model.ensure_loaded(row)
        claim = self.claims_model.claim_at(row)
        if claim is not None:
            self.select_claim(claim.id)

    def next_claim(self) -> None:
        self.step_claim(1)

    def previous_claim(self) -> None:
        self.step_claim(-1)

    def open_hit(self, article_id: str, start: int, end: int, claim_id: str = "") -> None:
        """Jump to a search hit or a similar claim: its article, its claim or span."""
        if article_id != self.article_id:
            self.open_article(article_id)
        if claim_id and self.claims_model.row_of(claim_id) >= 0:
            self.select_claim(claim_id)
        elif start >= 0:
            self.article_view.select_span(start, end)
        self.article_view.setFocus()

    # -- every step ends here ------------------------------------------------------------
    def apply_change(self, change: Change) -> None:
        """Tell each view what one step changed (typed flags and claim ids)."""
        if change.kinds & ChangeKind.ARTICLES and change.action.startswith("article."):
            self._apply_article_change(change)
            if change.action != "article.rename":
                self.update_status()
                return  # the article shown is whole again (or gone): nothing row by row
        if change.kinds & ChangeKind.CLAIM_ROW:
            for claim_id in change.claim_ids:
                claim = change.claim if change.claim is not None and change.claim.id == claim_id else None
                if claim is None and not change.kinds & ChangeKind.CLAIM_REMOVED:
                    continue  # nothing new to show for it
                if claim is not None and claim.article_id != self.article_id:
                    continue
                self.claims_model.apply(claim_id, claim)
                self.article_view.update_claim(claim, claim_id, self.current_claim_id())
                if claim is not None and self.current_claim_id() == claim_id:
                    self.claim_panel.show_claim(claim)
        if change.returned_to_draft:
            self.statusBar().showMessage(self.tr("The claim went back to draft: it needs review again."), 8000)
        elif change.review_restored:
            self.statusBar().showMessage(self.tr("The claim is as it was approved or submitted again: "
                                                 "its review state is back."), 8000)
        self._saved_at = datetime.now().strftime("%H:%M:%S")
        self.update_status()

    # -- the live desk (ui/desk.py, services/desk.py) -----------------------------------------
    def opened_seq(self, claim_id: str) -> int | None:
        """The desk's seq the claim shown in the panel is as of (an edit of it made on an older
        version is refused); None for a claim not in the panel."""
        return self.claim_opened if claim_id == self.current_claim_id() else None

    def _stored_claim(self, claim_id: str) -> Claim | None:
        try:
            return self.wb.claim(claim_id)
        except NotFound:
            return None

    def claim_number(self, claim_id: str) -> str:
        """How the status bar names a claim: its number in the checklist, or its id."""
        row = self.claims_model.row_of(claim_id)
        return str(row + 1) if row >= 0 else claim_id[:8]

    def apply_desk_changes(self, changes) -> None:
        """Changes others made (``DeskChange``s, oldest first): refresh what shows them. The
        claim in the panel is shown as stored unless its owner has typing there not saved yet:
        then the typing stays and a banner offers to reload."""
        current = self.current_claim_id()
        line = ""
        for dc in changes:
            if dc.claim_id is None:
                if dc.article_id and dc.article_id == self.article_id:
                    if dc.event == "article.delete":
                        self.close_article()
                    elif dc.event == "article.rename":
                        self.article = self.wb.article(dc.article_id)
                        self.update_title()
                self.docks.on_change(Change(dc.event, dc.article_id))
                line = line or desk_line(dc, "")
                continue
            claim = self._stored_claim(dc.claim_id)
            here = self.article_id is not None and (
                dc.article_id == self.article_id or (claim is not None and claim.article_id == self.article_id))
            if here and dc.kinds & ChangeKind.CLAIM_ROW:
                self.claims_model.apply(dc.claim_id, claim)
                self.article_view.update_claim(claim, dc.claim_id, current)
            if dc.claim_id == current and dc.kinds & ChangeKind.CLAIM_ROW:
                panel = self.claim_panel
                if panel.has_pending() or panel.verdict_dirty():
                    self.reload_banner.offer(dc.user)
                else:
                    panel.revert(claim)
                    self.claim_opened = self.desk.seen
            self.docks.on_change(Change(dc.event, dc.article_id, claim, frozenset({dc.claim_id})))
            line = desk_line(dc, self.claim_number(dc.claim_id))
        if line:
            self.statusBar().showMessage(line, 15000)
        self.update_status()

    def reload_claim(self) -> None:
        """The banner's Reload: the claim as stored now; what was typed for it is dropped."""
        claim_id = self.current_claim_id()
        self.reload_banner.hide()
        if claim_id is None:
            return
        opened = self.wb.desk_head()  # read before the claim: never newer than what is shown
        claim = self._stored_claim(claim_id)
        self.claim_panel.revert(claim)
        if claim is not None:
            self.claims_model.apply(claim_id, claim)
        self.claim_opened = opened

    def settle_stale_edit(self, exc: StaleEdit) -> None:
        """A save refused because someone else changed the claim since it was opened: show
        both versions; keep mine (saved over theirs, on purpose) or theirs (mine dropped)."""
        try:
            self._settle_stale_edit(exc)
        finally:
            self._settling = None

    def _settle_stale_edit(self, exc: StaleEdit) -> None:
        panel = self.claim_panel
        claim_id = exc.params.get("claim")
        if claim_id and exc.code == "claim.changed_since":  # named as the window names it ("claim 1")
            exc = StaleEdit("claim.changed_since", **{**exc.params, "claim": self.claim_number(claim_id)})
        if panel.claim is None or panel.claim.id != claim_id:
            self._show_refusal(exc)
            return
        if not (panel.has_pending() or panel.verdict_dirty()):
            # nothing typed to choose between (a submit, say): say why, show the claim as stored
            self.reload_claim()
            self._show_refusal(exc)
            return
        opened = self.wb.desk_head()
        theirs = self._stored_claim(claim_id)
        if theirs is None:
            self.reload_claim()
            return
        # "mine" is what this person changed, over theirs: a field left as it was opened takes
        # their value (typing a rationale must not put back the rating they replaced)
        was = panel.claim
        statement = panel.statement.toPlainText()
        if statement.strip() == was.statement:
            statement = theirs.statement
        rating, rationale = panel.rating.currentData(), panel.rationale.toPlainText()
        if rating == was.rating:
            rating = theirs.rating
        if rationale.strip() == was.rationale:
            rationale = theirs.rationale
        my_rating = panel.rating.itemText(max(0, panel.rating.findData(rating)))
        mine_verdict = f"{my_rating}\n{rationale}".strip()
        their_rating = panel.rating.itemText(max(0, panel.rating.findData(theirs.rating)))
        theirs_verdict = f"{their_rating}\n{theirs.rationale}".strip()
        dialog = StaleEditDialog(self, error_text(exc), (statement, mine_verdict),
                                 (theirs.statement, theirs_verdict))
        self.stale_dialog = dialog
        dialog.exec()
        self.stale_dialog = None
        self.reload_banner.hide()
        panel.revert(theirs)
        self.claims_model.apply(claim_id, theirs)
        self.claim_opened = opened
        if dialog.choice == "mine":
            panel.statement.setPlainText(statement)
            panel.rationale.setPlainText(rationale)
            panel.rating.blockSignals(True)
            panel.rating.setCurrentIndex(max(0, panel.rating.findData(rating)))
            panel.rating.blockSignals(False)
            panel.commit_pending()

    def refresh_claim_panel(self) -> None:
        """Show the current claim as stored (a change the person cancelled)."""
        claim_id = self.current_claim_id()
        if claim_id is not None:
            self.claim_panel.revert(self.ops.build(lambda: self.wb.claim(claim_id)))

    def show_error(self, exc) -> None:
        """The one place a refused step is shown (``exc``: an error, or a worker's message)."""
        if isinstance(exc, WorkbenchError) and exc.code == "db.pg_unreachable":
            self.connection_lost()  # no box: the window says so, and tries again by itself
            return
        if isinstance(exc, StaleEdit):
            # not inside the refused step (it runs within QUndoStack.push): right after it; one
            # settling at a time (Ctrl+Enter can save twice: the box left, then the shortcut)
            if self._settling is None:
                self._settling = exc
                QTimer.singleShot(0, lambda: self.settle_stale_edit(exc))
            return
        self._show_refusal(exc)

    def _show_refusal(self, exc) -> None:
        self.save_label.setText(self.tr("Not saved"))
        message = error_text(exc) if isinstance(exc, WorkbenchError) else str(exc)
        if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and not has_arabic(message):
            message = f"\u2066{message}\u2069"  # English inside Arabic keeps its own order
        QMessageBox.warning(self, self.tr("Workbench"), self.tr("Nothing was changed.") + "\n\n" + message)

    # -- the person's actions (each one step through Ops) ---------------------------------
    def new_claim_from_selection(self) -> None:
        self.claim_actions.new_claim_from_selection()

    def delete_claim(self) -> None:
        self.claim_actions.delete_claim(self.current_claim_id())

    def edit_statement(self, claim_id: str, statement: str) -> None:
        self.claim_actions.edit_statement(claim_id, statement)

    def set_verdict(self, claim_id: str, rating, rationale: str) -> None:
        self.claim_actions.set_verdict(claim_id, rating, rationale)

    def add_source(self, claim_id: str | None = None, dialog: SourceDialog | None = None) -> None:
        self.claim_actions.add_source(claim_id or self.current_claim_id(), dialog)

    def edit_source(self, source_id: str, dialog: SourceDialog | None = None) -> None:
        self.claim_actions.edit_source(source_id, dialog)

    def remove_source(self, source_id: str) -> None:
        self.claim_actions.remove_source(source_id)

    def save_attached_files(self, source_id: str, folder: str | None = None) -> None:
        self.claim_actions.save_attached_files(source_id, folder)

    def add_comment(self, text: str | None = None) -> None:
        self.review_actions.comment(self.current_claim_id(), text)

    def import_review_bundle(self, path: str | None = None) -> None:
        self.review_actions.import_bundle(path)

    def check_trail(self) -> None:
        self.review_actions.check_trail()

    def check_trail_in_background(self) -> None:
        self.review_actions.check_trail_in_background()

    def show_trail_warning(self, warning: WorkbenchError | str | None) -> None:
        """The integrity banner: a warning's code translated (a worker's failure comes as text)."""
        text = error_text(warning) if isinstance(warning, WorkbenchError) else (warning or "")
        self.banner.setVisible(bool(text))
        self.banner.setText(text)

    # -- library, import and export (dialogs, loaded on first use) ---------------------------
    def import_article(self, mime=None) -> None:
        self.library_actions.import_article(mime)

    def import_clipboard(self) -> None:
        self.import_article(QApplication.clipboard().mimeData())

    def dragEnterEvent(self, event):  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        event.acceptProposedAction()
        mime, copy = event.mimeData(), QMimeData()  # the drag's data lives only during the drop
        if mime.hasUrls():
            copy.setUrls(mime.urls())
        if mime.hasText():
            copy.setText(mime.text())
        QTimer.singleShot(0, lambda: self.import_article(copy))

    # -- status ------------------------------------------------------------------------------
    def update_title(self) -> None:
        title = mask_bidi_controls(self.article.title) if self.article else ""
        # Qt adds " — <application display name>" to every window title itself (on X11 and
        # Windows): the article's title alone here, the name in the interface's language there.
        name = self.tr("Workbench")
        if name != QApplication.applicationDisplayName():
            QApplication.setApplicationDisplayName(name)
        if name != getattr(self, "_title_name", None):
            # Qt formats the platform's title only when the title changes: the same title
            # set again would keep the old name ("… — Workbench" after switching to Arabic).
            # Per window: another window may have changed the application's name already.
            self._title_name = name
            self.setWindowTitle("")
        desk = desk_label(self.wb.db_path)
        login = self.wb.user
        where = self.tr("{0} (as {1})").format(desk, login)
        self.setWindowTitle(f"{title} — {where}" if title else where)

    def update_status(self) -> None:
        self.status_line.show_desk(self.wb)  # with or without an article open
        if self.article_id is not None:
            self.status_line.show_state(self.wb, self.claims_model.rated_count(), self.claims_model.count(),
                                    self.claim_panel.has_pending(), self._saved_at)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action of the window that has a shortcut, menu order."""
        rows = self.action_registry.shortcut_rows()
        n = len(self.wb.scale.ratings)
        rows.append((self.tr("Choose rating 1–{0}").format(n), f"Alt+1 … Alt+{n}"))
        rows.append((self.tr("Save verdict"), "Ctrl+Enter"))
        return rows

    def show_shortcuts(self) -> None:
        from .actions import ShortcutsDialog

        self._shortcuts_dialog = ShortcutsDialog(self, self.shortcut_rows())  # for tests and screenshots
        self._shortcuts_dialog.exec()

    # -- layout kept between sessions (QSettings: UI state only) ---------------------------
    def restore_layout(self) -> None:
        for setting, restore in ((SETTINGS.geometry, self.restoreGeometry), (SETTINGS.state, self.restoreState),
                                 (SETTINGS.splitter, self.splitter.restoreState),
                                 (SETTINGS.right_splitter, self.right_splitter.restoreState)):
            value = setting.get()
            if value is not None:
                restore(value)
        self.docks.follow_direction()  # a layout saved in the other language: docks by the claims

    # -- a server desk whose connection is lost ------------------------------------------
    def connection_lost(self) -> None:
        """The server cannot be reached: say so, keep what is typed in the claim panel (it is
        never reset by a refused save), and try again every :data:`RETRY_MS`; when the server
        is back, what was typed is saved."""
        self._lost_at_claim = self.current_claim_id()
        self.save_label.setText(self.tr("Not saved: connection lost"))
        self.statusBar().showMessage(self.tr("The connection to the desk is lost. Your typing is kept "
                                             "and saved when the server is back."))
        if self.retry_timer is None:
            self.retry_timer = QTimer(self)
            self.retry_timer.setInterval(RETRY_MS)
            self.retry_timer.timeout.connect(self.retry_connection)
        self.retry_timer.start()

    @property
    def connection_is_lost(self) -> bool:
        return self.retry_timer is not None and self.retry_timer.isActive()

    def retry_connection(self) -> None:
        try:
            self.wb.desk_head()  # one small read: the store connects again when it can
        except WorkbenchError:
            return
        if self.retry_timer is not None:
            self.retry_timer.stop()
        self.statusBar().showMessage(self.tr("The connection to the desk is back."), 10_000)
        if self.current_claim_id() == self._lost_at_claim:
            self.claim_panel.commit_pending()  # the typing kept meanwhile, saved now
        self.update_status()

    # -- another desk ------------------------------------------------------------------------
    def open_desk(self) -> None:
        """File ▸ Open desk…: a file or a server and a login (the password is not stored)."""
        from .open_desk import OpenDeskDialog

        dialog = OpenDeskDialog(self)
        self._open_desk_dialog = dialog  # for tests and screenshots
        while dialog.exec() == OpenDeskDialog.DialogCode.Accepted:
            if self.open_desk_at(dialog.target(), dialog.login()) is not None:
                return
            # not opened (the box said why): the dialog comes back as it was typed, to correct

    def open_desk_at(self, target: str, login: str = "") -> MainWindow | None:
        """A window on the desk at ``target`` (this one closes); a desk that cannot be opened
        is said in a dialog and this window stays as it was (None)."""
        from workbench.services import open_workbench

        from .app import create_window
        from .open_desk import remember_desk

        if not target.strip():
            return None
        try:
            wb = open_workbench(target, login or None)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("The desk was not opened"),
                                self.tr("Nothing was changed.") + "\n\n" + error_text(exc))
            return None
        remember_desk(wb.db_path)
        self.claim_panel.commit_pending()
        app = QApplication.instance()
        window = create_window(wb, app, language=self.claims_model.language)  # type: ignore[arg-type]
        _OPEN_WINDOWS.append(window)
        window.show()
        self.close()
        return window

    def may_leave_claim(self) -> bool:
        """Whether the claim in the panel may be left (the window closed, another article
        opened): yes, unless a rating was chosen without its rationale and the person, asked,
        keeps it; when they drop it, what else was typed is saved and the rating is not."""
        panel, claim = self.claim_panel, self.claim_panel.claim
        if claim is None or not panel.verdict_incomplete():
            return True
        if QMessageBox.question(
                self, self.tr("Workbench"),
                self.tr("The rating “{0}” chosen for claim {1} has no rationale, so it cannot be "
                        "saved. Leave the claim anyway and drop the rating?").format(
                    panel.chosen_rating_name(), self.claim_number(claim.id)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            panel.rationale.setFocus()
            return False
        panel.commit_statement()
        panel.revert(claim)  # the rating dropped knowingly: no refusal box on the way out
        return True

    def closeEvent(self, event):  # noqa: N802
        if not self.may_leave_claim():
            event.ignore()
            return
        panel = self.claim_panel
        if errors.claim_names == self.claim_number:
            errors.claim_names = None
        panel.commit_pending()  # what is being typed is saved, not lost
        self.desk.stop()
        SETTINGS.geometry.set(self.saveGeometry())
        SETTINGS.state.set(self.saveState())
        SETTINGS.splitter.set(self.splitter.saveState())
        SETTINGS.right_splitter.set(self.right_splitter.saveState())
        super().closeEvent(event)
