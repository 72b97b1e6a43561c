"""The checking window: article on one side, the claims checklist and claim detail on the other."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDockWidget, QFileDialog, QFrame, QHeaderView, QInputDialog, QLabel, QMainWindow,
    QMessageBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from workbench.core.arabic import has_arabic, left_to_right, mask_bidi_controls
from workbench.core.errors import WorkbenchError
from workbench.core.spans import snap_span
from workbench.services import Change, Workbench

from . import commands
from .article_view import ArticleView
from .claim_panel import ClaimPanel, SourceDialog
from .errors import error_text
from .models import ClaimsModel

ARTICLE_FONT = "Amiri"


class MainWindow(QMainWindow):
    def __init__(self, wb: Workbench, language_switcher=None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.wb = wb
        self._switch_language = language_switcher
        self.article_id: str | None = None
        self.article = None
        self.undo_stack = QUndoStack(self)
        colors = {r.key: r.color for r in wb.scale.ratings}

        self.article_view = ArticleView(colors)
        font = QFont(ARTICLE_FONT)
        font.setPointSize(15)
        self.article_view.setFont(font)
        self.claims_model = ClaimsModel(wb.scale, self)
        self.claims_view = QTableView(objectName="claimsView")
        self.claims_view.setModel(self.claims_model)
        self.claims_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims_view.setWordWrap(True)
        self.claims_view.verticalHeader().hide()
        header = self.claims_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.claims_view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.claim_panel = ClaimPanel(wb.scale)

        self.right_splitter = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.claims_view)
        right.addWidget(self.claim_panel)
        right.setSizes([300, 500])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(right)
        self.splitter.setSizes([640, 560])
        self.banner = QLabel(objectName="banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd;color:#664d03;padding:6px;border:1px solid #ffe69c")
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)  # drop a file, link or text to import it

        from .history_view import HistoryView

        self.history_view = HistoryView()
        self.history_dock = QDockWidget(self, objectName="historyDock")
        self.history_dock.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.history_dock.visibilityChanged.connect(
            lambda shown: shown and self.history_view.set_claim(self.wb, self.current_claim_id()))
        self.user_label = QLabel(objectName="user")
        self.progress_label = QLabel(objectName="progress")
        self.save_label = QLabel(objectName="saveState")
        for i, label in enumerate((self.user_label, self.progress_label, self.save_label)):
            if i:
                bar = QFrame(frameShape=QFrame.Shape.VLine, frameShadow=QFrame.Shadow.Sunken)
                self.statusBar().addPermanentWidget(bar)
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(label)

        self.article_view.claimClicked.connect(self.select_claim)
        self.claim_panel.statementEdited.connect(self.edit_statement)
        self.claim_panel.verdictRequested.connect(self.set_verdict)
        self.claim_panel.addSourceRequested.connect(self.add_source)
        self.claim_panel.removeSourceRequested.connect(self.remove_source)
        self.claim_panel.editSourceRequested.connect(self.edit_source)
        self.claim_panel.saveFileRequested.connect(self.save_attached_files)
        self.claim_panel.pendingChanged.connect(lambda pending: self._update_status())
        self._build_actions()
        self.retranslate()
        self._saved_at: str | None = None
        self.resize(1280, 800)

    # -- actions -----------------------------------------------------------------------
    def _action(self, name: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(self, objectName=name)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_open = self._action("openArticle", self.choose_article, QKeySequence.StandardKey.Open)
        self.act_quit = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        # Our own actions, not QUndoStack.createUndoAction: that one writes its own English
        # "Undo %1" over the translated text whenever the stack moves.
        self.act_undo = self._action("undo", self.undo_stack.undo)
        self.act_redo = self._action("redo", self.undo_stack.redo)
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_texts)
        self.undo_stack.redoTextChanged.connect(self._undo_texts)
        self.act_new_claim = self._action("newClaim", self.new_claim_from_selection, "Ctrl+N")
        self.article_view.new_claim_action = self.act_new_claim
        self.act_delete_claim = self._action("deleteClaim", self.delete_claim, "Ctrl+Delete")
        self.act_add_source = self._action("addSource", lambda: self.add_source(), "Ctrl+Shift+S")
        self.act_next = self._action("nextClaim", lambda: self.step_claim(1), "F8")
        self.act_prev = self._action("previousClaim", lambda: self.step_claim(-1), "Shift+F8")
        self.act_statement = self._action("editStatement", lambda: self.claim_panel.statement.setFocus(), "F2")
        self.act_rationale = self._action("editRationale", lambda: self.claim_panel.rationale.setFocus(), "F3")
        self.act_shortcuts = self._action("shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self.act_export = self._action("export", self.export_verdicts, "Ctrl+E")
        self.act_import = self._action("importArticle", lambda: self.import_article(), "Ctrl+I")
        self.act_paste = self._action("importPasted", self.import_clipboard, "Ctrl+Shift+V")
        self.act_bundle_out = self._action("exportForReview", self.export_for_review, "Ctrl+Shift+E")
        self.act_bundle_in = self._action("importReview", self.import_review_bundle, "Ctrl+Shift+I")
        self.act_submit = self._action("submitForReview", self.submit_for_review, "Ctrl+Shift+Return")
        self.act_queue = self._action("reviewQueue", self.open_review_queue, "Ctrl+R")
        self.act_history = self.history_dock.toggleViewAction()
        self.act_history.setShortcut(QKeySequence("Ctrl+H"))
        self.act_user = self._action("changeUser", self.change_user)
        self.act_comment = self._action("comment", lambda: self.add_comment(), "Ctrl+Shift+M")
        self._panels: dict[str, QDockWidget] = {}
        self.act_search = self._action("search", lambda: self.show_panel("search"), "Ctrl+Shift+F")
        self.act_proposals = self._action("proposals", lambda: self.show_panel("proposals"), "Ctrl+Shift+P")
        self.act_similar = self._action("checkedBefore", lambda: self.show_panel("similar"), "Ctrl+Shift+K")
        for i in range(1, len(self.wb.scale.ratings) + 1):
            QShortcut(QKeySequence(f"Alt+{i}"), self, lambda n=i: self.claim_panel.choose_rating(n))
        self.lang_group = QActionGroup(self)
        self.act_english = QAction("English", self, checkable=True, objectName="langEnglish")
        self.act_arabic = QAction("العربية", self, checkable=True, objectName="langArabic")
        for act, code in ((self.act_english, "en"), (self.act_arabic, "ar")):
            self.lang_group.addAction(act)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_open, self.act_import, self.act_paste])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_export, self.act_bundle_out, self.act_bundle_in])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_new_claim, self.act_delete_claim])
        self.menu_claim = bar.addMenu("")
        self.menu_claim.addActions([self.act_add_source, self.act_statement, self.act_rationale])
        self.menu_claim.addSeparator()
        self.menu_claim.addActions([self.act_next, self.act_prev])
        self.menu_review = bar.addMenu("")
        self.menu_review.addActions([self.act_submit, self.act_queue, self.act_comment, self.act_history])
        self.menu_review.addSeparator()
        self.menu_review.addAction(self.act_user)
        self.menu_find = bar.addMenu("")
        self.menu_find.addActions([self.act_search, self.act_proposals, self.act_similar])
        self.menu_view = bar.addMenu("")
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.addActions([self.act_english, self.act_arabic])
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_shortcuts)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_claim.setTitle(self.tr("&Claim"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_review.setTitle(self.tr("&Review"))
        self.menu_find.setTitle(self.tr("&Find"))
        self.act_search.setText(self.tr("&Search everything…"))
        self.act_proposals.setText(self.tr("&Proposed claims"))
        self.act_similar.setText(self.tr("&Checked before"))
        for name, dock in self._panels.items():
            dock.setWindowTitle(self._panel_title(name))
        self.act_export.setText(self.tr("&Export verdicts…"))
        self.act_bundle_out.setText(self.tr("Export for re&view…"))
        self.act_bundle_in.setText(self.tr("&Import review bundle…"))
        self.act_submit.setText(self.tr("&Submit for review"))
        self.act_queue.setText(self.tr("Review &queue…"))
        self.act_history.setText(self.tr("&History"))
        self.history_dock.setWindowTitle(self.tr("History"))
        self.act_user.setText(self.tr("Change &user…"))
        self.act_comment.setText(self.tr("&Comment on claim…"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_open.setText(self.tr("&Library…"))
        self.act_import.setText(self.tr("&Import article…"))
        self.act_paste.setText(self.tr("Import &pasted text or link"))
        self.act_quit.setText(self.tr("&Quit"))
        self._undo_texts()
        self.act_new_claim.setText(self.tr("&New claim from selection"))
        self.act_delete_claim.setText(self.tr("&Delete claim"))
        self.act_add_source.setText(self.tr("Add &source…"))
        self.act_statement.setText(self.tr("Edit s&tatement"))
        self.act_rationale.setText(self.tr("Edit &rationale"))
        self.act_next.setText(self.tr("Ne&xt claim"))
        self.act_prev.setText(self.tr("&Previous claim"))
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.claims_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._update_title()
        self._update_status()

    def _undo_texts(self, *_):
        """Undo/Redo named after the step they would take, in the interface's language."""
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
            for dock in self._panels.values():
                if not dock.isFloating() and self.dockWidgetArea(dock) != self._panel_area():
                    self.addDockWidget(self._panel_area(), dock)
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.claims_model.language = code
        for dock in getattr(self, "_panels", {}).values():
            if hasattr(dock.widget(), "set_language"):
                dock.widget().set_language(code)
        self.claim_panel.set_language(code)
        (self.act_arabic if code == "ar" else self.act_english).setChecked(True)
        if self._switch_language is not None:
            self._switch_language(code)
        self.claims_model.layoutChanged.emit()

    # -- article and claims ------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        self.article = self.wb.article(article_id)
        self.article_id = article_id
        claims = self.wb.claims(article_id)
        self.article_view.set_article(self.article.text, self.article.language, claims)
        hidden = self.article_view.hidden_controls
        if hidden:
            self.statusBar().showMessage(self.tr(
                "This article holds {0} invisible direction controls; they are shown as ◆ and "
                "cannot reorder the text.").format(hidden), 15000)
        self.claims_model.set_claims(claims)
        self.claim_panel.show_claim(None)
        self.undo_stack.clear()
        QSettings().setValue("lastArticle", article_id)
        self._update_title()
        self._update_status()
        if claims:
            last = QSettings().value(f"lastClaim/{article_id}")
            self.select_claim(last if self.claims_model.row_of(last or "") >= 0
                              else self.claims_model.claim_at(0).id)
        elif self.history_dock.isVisible():  # no claim: no other article's history left showing
            self.history_view.set_claim(self.wb, None)
        if "proposals" in self._panels:
            self._panels["proposals"].widget().set_article(self.wb, article_id)

    def choose_article(self) -> None:
        from .library_view import LibraryDialog

        dialog = LibraryDialog(self, self.wb)
        dialog.articleChosen.connect(self.open_article)
        dialog.exec()

    def import_article(self, mime=None) -> None:
        """File ▸ Import, a drop on the window or a paste: the import dialog does the work off
        the GUI thread and the new article opens when it is saved."""
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self, self.wb)
        dialog.imported.connect(self.open_article)
        if mime is not None and dialog.fill(mime):
            dialog.start()
        dialog.exec()
        earlier = getattr(dialog, "same_as", None)
        if earlier:  # said where the checker looks next, not lost with the closed dialog
            title = mask_bidi_controls(self.wb.article(earlier).title)
            self.statusBar().showMessage(self.tr(
                "The same text was imported before (“{0}”); both copies are kept.").format(title), 15000)

    def import_clipboard(self) -> None:
        self.import_article(QApplication.clipboard().mimeData())

    def dragEnterEvent(self, event):  # noqa: N802
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        event.acceptProposedAction()
        mime = event.mimeData()
        # the drag's data lives only during the drop: copy it for the dialog
        from PySide6.QtCore import QMimeData

        copy = QMimeData()
        if mime.hasUrls():
            copy.setUrls(mime.urls())
        if mime.hasText():
            copy.setText(mime.text())
        QTimer.singleShot(0, lambda: self.import_article(copy))

    def current_claim_id(self) -> str | None:
        claim = self.claim_panel.claim
        return claim.id if claim else None

    def select_claim(self, claim_id: str) -> None:
        row = self.claims_model.row_of(claim_id)
        if row < 0:
            return
        self.claims_model.ensure_loaded(row)
        index = self.claims_model.index(row, 0)
        self.claims_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.claims_view.scrollTo(index)

    def _on_current_row(self, current, _previous) -> None:
        claim = self.claims_model.claim_at(current.row()) if current.isValid() else None
        if claim is not None:
            QSettings().setValue(f"lastClaim/{self.article_id}", claim.id)
        self.claim_panel.show_claim(claim)
        self.article_view.show_claim(claim.id if claim else None)
        if self.history_dock.isVisible():
            self.history_view.set_claim(self.wb, claim.id if claim else None)
        similar = self._panels.get("similar")
        if similar is not None and similar.isVisible():
            similar.widget().set_claim(self.wb, claim.id if claim else None)

    def step_claim(self, step: int) -> None:
        row = self.claims_view.currentIndex().row() + step
        self.claims_model.ensure_loaded(row)
        if 0 <= row < self.claims_model.rowCount():
            self.select_claim(self.claims_model.claim_at(row).id)

    # -- user actions, each one undoable command ----------------------------------------
    def _try(self, fn):
        try:
            return fn()
        except WorkbenchError as exc:
            self.show_error(exc)
            return None

    def show_error(self, exc: WorkbenchError) -> None:
        self.save_label.setText(self.tr("Not saved"))
        message = error_text(exc)
        if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and not has_arabic(message):
            # an English message inside the Arabic interface: isolated, so its paths and
            # punctuation keep their order
            message = f"\u2066{message}\u2069"
        QMessageBox.warning(self, self.tr("Workbench"), self.tr("Nothing was changed.") + "\n\n" + message)

    def _push(self, command) -> None:
        self.undo_stack.push(command)

    def apply_change(self, change: Change) -> None:
        """Refresh exactly what one action changed."""
        for claim_id in change.claim_ids:
            claim = change.claim if change.claim is not None and change.claim.id == claim_id else None
            if claim is not None and claim.article_id != self.article_id:
                continue
            self.claims_model.apply(claim_id, claim)
            self.article_view.update_claim(claim, claim_id, self.current_claim_id())
            if claim is not None and self.current_claim_id() == claim_id:
                self.claim_panel.show_claim(claim)
        if change.returned_to_draft:
            self.statusBar().showMessage(self.tr("The claim went back to draft: it needs review again."), 8000)
        if self.history_dock.isVisible():
            self.history_view.set_claim(self.wb, self.current_claim_id())
        if change.action.startswith("claim.") and "proposals" in self._panels:
            # a claim added, deleted or restored: which proposals it covers changes
            self._panels["proposals"].widget().refresh()
        self._saved_at = datetime.now().strftime("%H:%M:%S")
        self._update_status()

    def new_claim_from_selection(self) -> None:
        if self.article is None:
            return
        span = self.article_view.selection_span()
        if span is None:
            QMessageBox.information(self, self.tr("New claim"),
                                    self.tr("Select the words of the claim in the article first."))
            return
        start, end = snap_span(self.article.text, *span)
        change = self._try(lambda: self.wb.add_claim(self.article_id, start, end))
        if change is None:
            return
        self.apply_change(change)
        self._push(commands.AddClaim(self.wb, change, self.apply_change, self.show_error, self.tr("Add claim")))
        self.select_claim(change.claim.id)
        self.claim_panel.statement.setFocus()

    def delete_claim(self) -> None:
        claim_id = self.current_claim_id()
        if claim_id is None:
            return
        snapshot = self._try(lambda: self.wb.snapshot_claim(claim_id))
        change = snapshot and self._try(lambda: self.wb.delete_claim(claim_id))
        if change:
            row = self.claims_view.currentIndex().row()
            self.apply_change(change)
            self._push(commands.DeleteClaim(self.wb, snapshot, self.apply_change, self.show_error,
                                            self.tr("Delete claim")))
            neighbour = self.claims_model.claim_at(min(row, self.claims_model.rowCount() - 1))
            if neighbour:
                self.select_claim(neighbour.id)

    def edit_statement(self, claim_id: str, statement: str) -> None:
        old = self.wb.claim(claim_id).statement
        change = self._try(lambda: self.wb.edit_statement(claim_id, statement))
        if change:
            self.apply_change(change)
            self._push(commands.EditStatement(self.wb, claim_id, old, statement, self.apply_change,
                                              self.show_error, self.tr("Edit statement")))

    def set_verdict(self, claim_id: str, rating, rationale: str) -> None:
        old_claim = self.wb.claim(claim_id)
        old = (old_claim.rating, old_claim.rationale)
        change = self._try(lambda: self.wb.set_verdict(claim_id, rating, rationale))
        if change and (change.claim.rating, change.claim.rationale) != old:
            self.apply_change(change)
            self._push(commands.SetVerdict(self.wb, claim_id, old, (rating, rationale), self.apply_change,
                                           self.show_error, self.tr("Set verdict")))

    def add_source(self, claim_id: str | None = None, dialog: SourceDialog | None = None) -> None:
        claim_id = claim_id or self.current_claim_id()
        if claim_id is None:
            return
        dialog = dialog or SourceDialog(self)
        while dialog.exec():
            change = self._try(lambda: self.wb.add_source(claim_id, **dialog.values()))
            if change:
                self.apply_change(change)
                self._push(commands.AddSource(self.wb, change.claim.sources[-1].id, self.apply_change,
                                              self.show_error, self.tr("Add source")))
                return
            # on error the dialog comes back with what was typed: nothing is lost

    def edit_source(self, source_id: str, dialog: SourceDialog | None = None) -> None:
        old_src = self._try(lambda: self.wb.source(source_id))
        if old_src is None:
            return
        fields = ("url", "title", "publisher", "published", "accessed", "excerpt", "stance")
        old = {k: v for k, v in old_src.to_json().items() if k in fields}
        dialog = dialog or SourceDialog(self)
        dialog.fill(old_src)
        while dialog.exec():
            new = {k: v for k, v in dialog.values().items() if k in fields}
            change = self._try(lambda: self.wb.edit_source(source_id, **new))
            if change:
                self.apply_change(change)
                if new != old:
                    self._push(commands.EditSource(self.wb, source_id, old, new, self.apply_change,
                                                   self.show_error, self.tr("Edit source")))
                return

    def save_attached_files(self, source_id: str, folder: str | None = None) -> None:
        """Write a source's attached files to a folder, checking each against its SHA-256."""
        src = self._try(lambda: self.wb.source(source_id))
        if src is None:
            return
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Save attached files to"))
        if not folder:
            return
        import hashlib
        from pathlib import Path

        written = []
        for f in src.files:
            data = self.wb.file_data(f.id)
            if hashlib.sha256(data).hexdigest() != f.sha256:
                QMessageBox.warning(self, self.tr("Workbench"),
                                    self.tr("{0} no longer matches its SHA-256; it was not saved.").format(f.name))
                continue
            target = Path(folder) / f.name
            n = 1
            while target.exists():
                target = Path(folder) / f"{Path(f.name).stem} ({n}){Path(f.name).suffix}"
                n += 1
            try:
                target.write_bytes(data)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Workbench"), f"{target}: {exc.strerror}")
                continue
            written.append(str(target))
        if written:
            self.statusBar().showMessage(self.tr("Saved {0} file(s) to {1}").format(len(written), folder), 8000)

    def remove_source(self, source_id: str) -> None:
        snapshot = self._try(lambda: self.wb.snapshot_source(source_id))
        change = snapshot and self._try(lambda: self.wb.remove_source(source_id))
        if change:
            self.apply_change(change)
            self._push(commands.RemoveSource(self.wb, snapshot, self.apply_change, self.show_error,
                                             self.tr("Remove source")))

    # -- search, proposals, checked before: docks built on first use -----------------------
    def _panel_title(self, name: str) -> str:
        return {"search": self.tr("Search"), "proposals": self.tr("Proposed claims"),
                "similar": self.tr("Checked before")}[name]

    @staticmethod
    def _panel_area() -> Qt.DockWidgetArea:
        """Beside the claims, away from the article: dock areas do not mirror themselves."""
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Qt.DockWidgetArea.LeftDockWidgetArea if rtl else Qt.DockWidgetArea.RightDockWidgetArea

    def panel(self, name: str):
        """The dock widget's panel, created the first time it is asked for."""
        dock = self._panels.get(name)
        if dock is None:
            if name == "search":
                from .search_panel import SearchPanel

                widget = SearchPanel()
                widget.set_workbench(self.wb)
                widget.openHit.connect(self.open_hit)
            elif name == "proposals":
                from .proposals_panel import ProposalsPanel

                widget = ProposalsPanel()
                widget.accepted.connect(self._proposal_accepted)
                widget.showSpan.connect(self.article_view.select_span)
            else:
                from .proposals_panel import CheckedBeforePanel

                widget = CheckedBeforePanel()
                widget.openClaim.connect(lambda article_id, claim_id: self.open_hit(article_id, -1, -1, claim_id))
            if hasattr(widget, "set_language"):
                widget.set_language(self.claims_model.language)
            widget.setMinimumWidth(380)  # room for a sentence beside its score and reasons
            dock = QDockWidget(self._panel_title(name), self, objectName=f"{name}Dock")
            dock.setWidget(widget)
            self.addDockWidget(self._panel_area(), dock)
            self._panels[name] = dock
        return dock.widget()

    def show_panel(self, name: str) -> None:
        widget = self.panel(name)
        self._refresh_panels(only=name)
        dock = self._panels[name]
        dock.show()
        dock.raise_()
        if name == "search":
            widget.box.setFocus()
            widget.box.selectAll()

    def _refresh_panels(self, only: str | None = None) -> None:
        for name, dock in self._panels.items():
            if only not in (None, name) or (only is None and not dock.isVisible()):
                continue
            if name == "proposals":
                dock.widget().set_article(self.wb, self.article_id)
            elif name == "similar":
                dock.widget().set_claim(self.wb, self.current_claim_id())

    def open_hit(self, article_id: str, start: int, end: int, claim_id: str = "") -> None:
        """Jump to a search hit or a similar claim: its article, its claim or span."""
        if article_id != self.article_id:
            self.open_article(article_id)
        if claim_id and self.claims_model.row_of(claim_id) >= 0:
            self.select_claim(claim_id)
        elif start >= 0:
            self.article_view.select_span(start, end)
        self.article_view.setFocus()

    def _proposal_accepted(self, change: Change) -> None:
        self.apply_change(change)
        self._push(commands.AddClaim(self.wb, change, self.apply_change, self.show_error, self.tr("Add claim")))
        self.select_claim(change.claim.id)

    # -- exports and review (dialogs load on first use, not at start-up) ---------------
    def export_verdicts(self) -> None:
        from .export_dialog import ExportDialog

        ExportDialog(self, self.wb, self.article_id).exec()

    def export_for_review(self) -> None:
        if self.article_id is None:
            return
        from workbench.services.bundle import export_bundle

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for review"), "",
                                              self.tr("Workbench bundle (*.wbbundle)"))
        if path:
            report = self._try(lambda: export_bundle(self.wb, self.article_id, path))
            if report:
                self.statusBar().showMessage(self.tr("Wrote {0}").format(left_to_right(path)), 8000)

    def import_review_bundle(self, path: str | None = None) -> None:
        from workbench.services.bundle import import_bundle

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import review bundle"), "",
                                                  self.tr("Workbench bundle (*.wbbundle);;All files (*)"))
        if not path:
            return
        report = self._try(lambda: import_bundle(self.wb, path))
        if report is None:
            return
        lines = [self.tr("{0} claims added, {1} updated, {2} events imported.").format(
            len(report.added), len(report.updated), report.events_imported)]
        if report.conflicts:
            from .conflicts_dialog import ConflictsDialog

            dialog = ConflictsDialog(self, report.conflicts)
            resolve = dialog.resolutions() if dialog.exec() == QDialog.DialogCode.Accepted else {}
            settled = self._try(lambda: import_bundle(self.wb, path, resolve)) if resolve else None
            if settled is not None:
                lines.append(self.tr("Settled: {0} kept as they are here, {1} taken from the bundle.").format(
                    len(settled.kept), len(settled.updated)))
                report = settled
            if report.conflicts:
                lines.append(self.tr("{0} claims changed on both sides are left as they are here until "
                                     "someone decides; import the bundle again to settle them.").format(
                    len(report.conflicts)))
        self.open_article(report.article_id)
        if report.chain_broken:
            lines.append(self.tr("The bundle's audit trail is broken at event {0}; later events were not trusted.")
                         .format(report.chain_broken[0]))
        QMessageBox.information(self, self.tr("Import review bundle"), "\n".join(lines))

    def submit_for_review(self) -> None:
        claim_id = self.current_claim_id()
        if claim_id is None:
            return
        from workbench.services.review import Review

        self.claim_panel.commit_pending()
        change = self._try(lambda: Review(self.wb).submit(claim_id))
        if change:
            self.apply_change(change)
            self.statusBar().showMessage(self.tr("Submitted for review"), 5000)

    def add_comment(self, text: str | None = None) -> None:
        """A comment on the current claim, for the desk's thread (and the claim's history)."""
        claim_id = self.current_claim_id()
        if claim_id is None:
            return
        from workbench.services.review import Review

        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Comment on claim"), self.tr("Comment:"))
            if not ok:
                return
        if self._try(lambda: Review(self.wb).comment(claim_id, text)) is not None:
            self.statusBar().showMessage(self.tr("Comment added"), 5000)
            if self.history_dock.isVisible():
                self.history_view.set_claim(self.wb, claim_id)

    def open_review_queue(self) -> None:
        from .review_queue import ReviewQueueDialog

        dialog = ReviewQueueDialog(self, self.wb)
        dialog.decided.connect(self._refresh_claim)
        dialog.exec()

    def _refresh_claim(self, claim_id: str, _action: str = "") -> None:
        try:
            claim = self.wb.claim(claim_id)
        except WorkbenchError:
            claim = None
        if claim is None or claim.article_id == self.article_id:
            self.apply_change(Change("refresh", self.article_id, claim, frozenset({claim_id})))

    def change_user(self) -> None:
        from workbench.services.review import Review

        review = Review(self.wb)
        names = [u.name for u in review.users()]
        name, ok = QInputDialog.getItem(self, self.tr("Change user"), self.tr("Who is working?"),
                                        names, names.index(self.wb.user) if self.wb.user in names else 0, True)
        name = name.strip()
        if not ok or not name:
            return
        if name not in names:
            roles = [self.tr("Checker"), self.tr("Editor")]
            role, ok = QInputDialog.getItem(self, self.tr("Change user"),
                                            self.tr("Role of {0}:").format(name), roles, 0, False)
            if not ok:
                return
            self.wb.user, previous = name, self.wb.user
            if self._try(lambda: review.add_user(name, "editor" if role == roles[1] else "checker")) is None:
                self.wb.user = previous
                return
        self.wb.user = name
        QSettings().setValue("user", name)
        self._update_status()

    def check_trail(self) -> None:
        """Warn, above everything, when the database or its audit trail is damaged."""
        from workbench.services.review import chain_warning

        self._show_trail_warning(self._try(lambda: chain_warning(self.wb)))

    def check_trail_in_background(self) -> None:
        """The same check on a worker with its own connection: a large database's integrity
        check never freezes the window."""
        from workbench.services.review import chain_warning

        from .workers import Runner

        self._trail_runner = Runner(self)
        self._trail_runner.done.connect(self._show_trail_warning)
        self._trail_runner.failed.connect(self._show_trail_warning)
        self._trail_runner.start(self.wb, chain_warning)

    def _show_trail_warning(self, warning: str | None) -> None:
        self.banner.setVisible(bool(warning))
        self.banner.setText(warning or "")

    # -- status ------------------------------------------------------------------------
    def _update_title(self) -> None:
        title = self.article.title if self.article else ""
        title = mask_bidi_controls(title) if title else title  # an override never reorders it
        # Qt adds " — <application display name>" to every window title itself (on X11 and
        # Windows): the article's title alone here, the name in the interface's language there.
        QApplication.setApplicationDisplayName(self.tr("Workbench"))
        self.setWindowTitle(title)

    def _update_status(self) -> None:
        if self.article_id is None:
            return
        done = sum(1 for c in self.claims_model.claims() if c.rating)
        total = len(self.claims_model.claims())
        self.progress_label.setText(self.tr("{0} of {1} claims have a verdict").format(done, total))
        if self.claim_panel.has_pending():  # typed, not yet saved: it is, on leaving the field
            self.save_label.setText(self.tr("Typing… saved when you leave the field"))
        elif getattr(self, "_saved_at", None):
            self.save_label.setText(self.tr("All changes saved ({0})").format(self._saved_at))
        else:
            self.save_label.setText(self.tr("All changes saved"))
        self.save_label.setToolTip(self.wb.db_path)
        self.user_label.setText(self.tr("User: {0}").format(self.wb.user))

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action of the window that has a shortcut, menu order."""
        rows, seen = [], set()
        for menu in (self.menu_file, self.menu_edit, self.menu_claim, self.menu_review,
                     self.menu_find, self.menu_help):
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and action not in seen:
                    seen.add(action)
                    rows.append((action.text().replace("&", ""), keys))
        n = len(self.wb.scale.ratings)
        rows.append((self.tr("Choose rating 1–{0}").format(n), f"Alt+1 … Alt+{n}"))
        rows.append((self.tr("Save verdict"), "Ctrl+Enter"))
        return rows

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem

        rows = self.shortcut_rows()
        dialog = QDialog(self, objectName="shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2, dialog)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (what, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(what))
            key_item = QTableWidgetItem(left_to_right(keys))  # keys read left to right
            table.setItem(r, 1, key_item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(460, 560)
        self._shortcuts_dialog = dialog  # for tests and screenshots
        dialog.exec()

    def restore_layout(self) -> None:
        """Window size, splitters and docks as the user left them (QSettings: UI state only)."""
        settings = QSettings()
        for key, restore in (("window/geometry", self.restoreGeometry), ("window/state", self.restoreState),
                             ("window/splitter", self.splitter.restoreState),
                             ("window/rightSplitter", self.right_splitter.restoreState)):
            value = settings.value(key)
            if value is not None:
                restore(value)

    def closeEvent(self, event):  # noqa: N802
        self.claim_panel.commit_pending()  # what is being typed is saved, not lost
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/rightSplitter", self.right_splitter.saveState())
        super().closeEvent(event)
