"""The library: every article with its language, source, date and progress; sortable and
filterable. Choosing a row emits ``articleChosen(article_id)``; the window opens it.

The model keeps only the articles' ids, sorted and filtered on every column's text by the
store (``importing.library_ids``, one query however large the library), and reads the rows a
batch at a time as they are shown (``importing.library_rows``), as Anki's browser does.
"""

from __future__ import annotations

from urllib.parse import urlparse

from PySide6.QtCore import (
    QIdentityProxyModel, QModelIndex, Qt, Signal,
)
from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QMessageBox, QTableView, QVBoxLayout,
)

from workbench.core.arabic import mask_bidi_controls
from workbench.core.changes import ChangeKind

from .models import LazyRowsModel
from .screen import fit_to_screen
from .text_direction import cells_in_own_direction

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

TITLE, LANGUAGE, SOURCE, DATE, PROGRESS, APPROVED = range(6)


def _source(row) -> str:
    """Who published it, else the site it came from, else the file it was imported from."""
    if row.publisher:
        return row.publisher
    return urlparse(row.url).netloc if row.url else row.origin


class LibraryModel(LazyRowsModel):
    """The articles' ids, sorted and filtered by the store (``importing.library_ids``); rows
    read a batch at a time as they are shown (``importing.library_rows``)."""

    def __init__(self, parent=None, workbench=None):
        super().__init__(parent)
        self.wb = workbench
        self._order = (DATE, Qt.SortOrder.DescendingOrder)
        self._text = ""
        self._total = 0

    def _query(self) -> list[str]:
        from workbench.services import importing

        column, order = self._order
        return importing.library_ids(self.wb, importing.LIBRARY_ORDERS[column],
                                     order == Qt.SortOrder.DescendingOrder, self._text)

    def _fetch_rows(self, ids):
        from workbench.services import importing

        return {r.id: r for r in importing.library_rows(self.wb, ids)}

    def refresh(self) -> None:
        """Read the ids again (an article added, claims rated...); every row is read again."""
        from workbench.services import importing

        self._total = importing.article_count(self.wb)
        self.sync_ids(self._query())

    def total(self) -> int:
        """Articles in the library, filtered out or not."""
        return self._total

    def set_filter(self, text: str) -> None:
        """Show the articles whose columns contain ``text`` (ignoring case)."""
        self._text = text
        self.sync_ids(self._query(), stale=())

    def row_at(self, row: int):
        return self._row_object(row)

    def sort_key(self, row, column: int):
        if column == PROGRESS:
            # Share of claims with a verdict; articles without claims sort first.
            return (row.with_verdict / row.claims) if row.claims else -1.0
        if column == APPROVED:
            return row.approved
        if column == DATE:
            return row.published or row.added_at[:10]
        if column == TITLE:
            return row.title.casefold()
        if column == LANGUAGE:
            return row.language
        return _source(row).casefold()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """Sorted by the store (the same keys as ``sort_key``): the rows that are shown keep
        their selection."""
        if not 0 <= column < 6:
            return
        self._order = (column, order)
        ids = self._query()
        if len(ids) != len(self._ids) or set(ids) != set(self._ids):  # changed meanwhile
            self._reset_ids(ids)
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [self._ids[i.row()] for i in old]
        self._ids = ids
        self._index = None
        self.changePersistentIndexList(old, [self.index(self.row_of(k), i.column()) for k, i in zip(keys, old)])
        self.layoutChanged.emit()

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Language"), self.tr("Source"), self.tr("Date"),
                self.tr("Verdicts"), self.tr("Approved"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        row, col = self._row_object(index.row()), index.column()
        if row is None:
            return None
        date = row.published or row.added_at[:10]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return mask_bidi_controls(row.title)  # a bidi override never reorders a title
            if col == LANGUAGE:
                return row.language
            if col == SOURCE:
                return mask_bidi_controls(_source(row))
            if col == DATE:
                return date
            if col == PROGRESS:
                return f"{row.with_verdict}/{row.claims}"
            return str(row.approved)
        if role == SORT_ROLE:
            return self.sort_key(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return mask_bidi_controls(row.url or row.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (PROGRESS, APPROVED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class LibraryProxy(QIdentityProxyModel):
    """The model as the view sees it: the model sorts and filters itself (in the store), so
    the proxy only hands sorting on (as every proxy does)."""


class LibraryDialog(QDialog):
    # The id of the article the checker chose to open.
    articleChosen = Signal(str)

    def __init__(self, parent, workbench, ops=None):
        """``ops``: the window's :class:`~workbench.ui.ops.Ops`, so renaming and deleting are
        steps of its undo stack; a dialog on its own keeps a stack of its own."""
        super().__init__(parent)
        self.wb = workbench
        if ops is None:
            from .ops import Ops

            ops = Ops(workbench, QUndoStack(self), self)
            ops.failed.connect(self._show_error)
        self.ops = ops
        self.ops.changed.connect(self._on_change)
        self.setObjectName("libraryDialog")
        self.setWindowTitle(self.tr("Library"))
        fit_to_screen(self, 900, 560)
        self.model = LibraryModel(self, workbench)
        self.proxy = LibraryProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(objectName="libraryFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title, source, language or date…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.filter.textChanged.connect(lambda _: self._update_count())

        self.view = QTableView(objectName="libraryView")
        self.view.setModel(self.proxy)
        cells_in_own_direction(self.view, TITLE)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        # Widths from the first rows only: measuring 5,000 rows would cost seconds.
        header.setResizeContentsPrecision(50)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _: self.choose())
        self.view.activated.connect(lambda _: self.choose())

        self.count = QLabel(objectName="libraryCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.rename_button = buttons.addButton(self.tr("Rename…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.rename_button.setObjectName("libraryRename")
        self.rename_button.clicked.connect(lambda: self.rename())
        self.delete_button = buttons.addButton(self.tr("Delete…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.setObjectName("libraryDelete")
        self.delete_button.clicked.connect(lambda: self.delete())
        self.rename_button.setToolTip("F2")
        self.delete_button.setToolTip(QKeySequence(Qt.Key.Key_Delete).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.view.installEventFilter(self)  # F2 renames, Del deletes the selected article
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.refresh()
        self.view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.filter.setFocus()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total()
        # %n: the translation's plural form follows the total (Arabic: مقال واحد، مقالان، 3 مقالات…)
        self.count.setText(self.tr("%1 of %n articles", "", total).replace("%1", str(shown)))

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() and self.proxy.rowCount() == 1:
            index = self.proxy.index(0, 0)
        return index.data(ID_ROLE) if index.isValid() else None

    def choose(self) -> None:
        article_id = self.selected_id()
        if article_id:
            self.articleChosen.emit(article_id)
            self.accept()

    # -- renaming and deleting: one undo step each, through the window's Ops -----------------
    def _selected_row(self):
        article_id = self.selected_id()
        if not article_id:
            return None
        row = self.model.row_of(article_id)
        return self.model.row_at(row) if row >= 0 else None

    def rename_prompt(self, title: str) -> QInputDialog:
        prompt = QInputDialog(self)
        prompt.setObjectName("libraryRenamePrompt")
        prompt.setWindowTitle(self.tr("Rename article"))
        prompt.setLabelText(self.tr("Title:"))
        prompt.setTextValue(title)
        return prompt

    def rename(self, title: str | None = None) -> bool:
        """Rename the selected article (asks for the title unless given). True if renamed."""
        row = self._selected_row()
        if row is None:
            return False
        if title is None:
            prompt = self.rename_prompt(row.title)
            if prompt.exec() != QDialog.DialogCode.Accepted:
                return False
            title = prompt.textValue()
        if title.strip() == row.title:
            return False
        from . import commands

        command = self.ops.build(lambda: commands.RenameArticle(
            self.ops, row.id, title, self.tr("Rename article")))
        return command is not None and self.ops.push(command)

    def delete_question(self, title: str, claims: int) -> str:
        return self.tr("Delete “%1”? Its claims (%n) go with it, with their sources and files, "
                       "and its proposals. Ctrl+Z in the window brings them back.", "", claims).replace(
                           "%1", mask_bidi_controls(title))

    def delete(self, confirm: bool = True) -> bool:
        """Delete the selected article after asking (naming it and its number of claims)."""
        row = self._selected_row()
        if row is None:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete article"),
                              self.delete_question(row.title, row.claims),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("libraryDeleteConfirm")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        from . import commands

        return self.ops.push(commands.DeleteArticle(self.ops, row.id, self.tr("Delete article")))

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            if event.key() == Qt.Key.Key_F2:
                self.rename()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete()
                return True
        return super().eventFilter(watched, event)

    def _on_change(self, change) -> None:
        if change.kinds & ChangeKind.ARTICLES or change.kinds & ChangeKind.CLAIM_ROW:
            self.refresh()

    def _show_error(self, exc) -> None:
        from .errors import error_text

        self.count.setText(error_text(exc) if not isinstance(exc, str) else exc)

    def done(self, result: int) -> None:
        try:
            self.ops.changed.disconnect(self._on_change)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
