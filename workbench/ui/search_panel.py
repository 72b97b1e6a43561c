"""One search box over article text, claims, rationales and source excerpts
(``services.search``), searching as the checker types.

The query runs off the GUI thread (``workers.Runner``: at 5,000 articles a query takes tens of
milliseconds); typing on drops the answers to older queries. Each hit shows its kind, the
article's title and the hit in context with the match painted bold on a highlight
(``MarkedDelegate``). Activating a hit (Enter or a double-click) emits
``openHit(article_id, start, end, claim_id)``: the span to jump to in the article (the match
itself for an article hit, the claim's span otherwise) and the claim, "" for an article hit.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QRectF, QSize, Qt,
    QTimer, Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from workbench.core.arabic import has_arabic, mask_bidi_controls

from .models import LazyRowsModel
from .workers import Runner
from .text_direction import cells_in_own_direction, text_direction

# Milliseconds of quiet typing before the query runs.
DEBOUNCE_MS = 250
# Most hits shown (a hit's snippet is made only when its row is shown).
LIMIT = 500
# Hits made on the worker with the search, ready for the first screen.
FIRST_PAGE = 30
# Role of (snippet, marks) for the delegate; of the hit itself.
MARKS_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_BACKGROUND = "#ffe69c"

KIND_LABELS = {
    "article": QT_TRANSLATE_NOOP("SearchModel", "Article"),
    "claim": QT_TRANSLATE_NOOP("SearchModel", "Claim"),
    "rationale": QT_TRANSLATE_NOOP("SearchModel", "Rationale"),
    "source": QT_TRANSLATE_NOOP("SearchModel", "Source"),
}
KIND, TITLE, SNIPPET = range(3)


def _search(wb, query: str, kinds: tuple[str, ...]):
    """Runs on a worker: the texts found, best first, and the hits of the first page with the
    titles of their articles (the rest are made as they are shown)."""
    from workbench.services.search import search_refs

    refs = search_refs(wb, query, LIMIT, kinds)
    return query, kinds, refs, SearchModel.read_rows(wb, query, refs[:FIRST_PAGE])


class SearchModel(LazyRowsModel):
    """The texts found (``search.search_refs``), best first; each hit, with its snippet, is
    made a batch at a time as it is shown (``search.hits_for``)."""

    FETCH = 20
    CACHE = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._wb = None
        self._query = ""

    @staticmethod
    def read_rows(wb, query: str, refs) -> dict:
        """ref -> (hit or None when the text no longer holds every word, article title)."""
        from workbench.services.search import article_titles, hits_for

        hits = hits_for(wb, query, list(refs))
        titles = article_titles(wb, [r.article_id for r in refs])
        return {r: (hits.get(r), titles.get(r.article_id, "")) for r in refs}

    def set_results(self, wb, query: str, refs, rows: dict | None = None) -> None:
        """The texts found for ``query``; ``rows``: those read already (``read_rows``)."""
        self._wb, self._query = wb, query
        self._reset_ids(refs, rows)

    def set_hits(self, hits, titles) -> None:
        """Hits made already (all of them)."""
        self._wb = None
        self._reset_ids([h for h in hits], {h: (h, titles.get(h.article_id, "")) for h in hits})

    def _fetch_rows(self, ids):
        return self.read_rows(self._wb, self._query, ids) if self._wb is not None else {}

    def _row(self, row: int):
        return self._row_object(row) or (None, "")

    def hit_at(self, row: int):
        return self._row(row)[0]

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("Article"), self.tr("Match"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (HIT_ROLE, MARKS_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        (hit, title), col = self._row(index.row()), index.column()
        if hit is None:  # the text changed since the search: only where it is
            return title if role == Qt.ItemDataRole.DisplayRole and col == TITLE else None
        if role == HIT_ROLE:
            return hit
        if role == MARKS_ROLE and col == SNIPPET:
            # A bidi control in the text is shown as ◆ (same offsets), never obeyed.
            return mask_bidi_controls(hit.snippet), hit.marks
        if role == Qt.ItemDataRole.DisplayRole:
            if col == KIND:
                return QCoreApplication.translate("SearchModel", KIND_LABELS[hit.kind])
            if col == TITLE:
                return mask_bidi_controls(title)
            return mask_bidi_controls(hit.snippet_marked)
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return mask_bidi_controls(title)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TITLE and has_arabic(title):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                       | Qt.AlignmentFlag.AlignVCenter)
        return None


def marked_document(text: str, marks, font: QFont, width: float = -1) -> QTextDocument:
    """``text`` laid out with every ``(start, end)`` of ``marks`` bold on a highlight; right to
    left when the text is Arabic."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(3)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    # the direction of its own first strong letter, whatever the interface's
    direction = text_direction(text) or (
        Qt.LayoutDirection.RightToLeft if has_arabic(text) else Qt.LayoutDirection.LeftToRight)
    option.setTextDirection(direction)
    if direction == Qt.LayoutDirection.RightToLeft:
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    else:
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    doc.setDefaultTextOption(option)
    doc.setPlainText(text)
    mark = QTextCharFormat()
    mark.setFontWeight(QFont.Weight.Bold)
    mark.setBackground(QColor(MARK_BACKGROUND))
    mark.setForeground(QColor("#000000"))
    cursor = QTextCursor(doc)
    for start, end in marks:
        # QTextDocument positions count UTF-16 units, Python strings code points.
        s = len(text[:start].encode("utf-16-le")) // 2
        e = len(text[:end].encode("utf-16-le")) // 2
        cursor.setPosition(s)
        cursor.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(mark)
    if width > 0:
        doc.setTextWidth(width)
    return doc


class MarkedDelegate(QStyledItemDelegate):
    """Paints a snippet with its matches marked (``MARKS_ROLE``)."""

    def _document(self, option, index):
        text, marks = index.data(MARKS_ROLE)
        return marked_document(text, marks, option.font, max(40, option.rect.width() - 4))

    def paint(self, painter, option, index):
        if index.data(MARKS_ROLE) is None:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.left() + 2, option.rect.top())
        clip = QRectF(0, 0, option.rect.width() - 4, option.rect.height())
        painter.setClipRect(clip)
        ctx.clip = clip
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        if index.data(MARKS_ROLE) is None:
            return super().sizeHint(option, index)
        width = option.rect.width() if option.rect.width() > 0 else 400
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(width)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class SearchPanel(QWidget):
    # article id, span to show in the article, claim id ("" for an article hit)
    openHit = Signal(str, int, int, str)
    # Emitted when the hits of the current query are shown (their number).
    searchFinished = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.wb = None
        self.runner = Runner(self)
        self.runner.done.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_query)

        self.box = QLineEdit(objectName="searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self._enter_in_box)
        self.kind = QComboBox(objectName="searchKind")
        for _ in range(len(KIND_LABELS) + 1):
            self.kind.addItem("")
        self.kind.currentIndexChanged.connect(lambda _: self._typed())
        self.model = SearchModel(self)
        self.view = QTableView(objectName="searchResults")
        self.view.setModel(self.model)
        self.delegate = MarkedDelegate(self.view)
        self.view.setItemDelegateForColumn(SNIPPET, self.delegate)
        cells_in_own_direction(self.view, TITLE)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        # Rows of three lines: a height measured per row would make every hit, shown or not.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SNIPPET, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TITLE, 120)
        self.view.activated.connect(self.open_index)
        self.status = QLabel(objectName="searchStatus")

        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Search articles, claims, rationales and sources…"))
        self.kind.setItemText(0, self.tr("Everything"))
        self.kind.setItemText(1, self.tr("Articles"))
        self.kind.setItemText(2, self.tr("Claims"))
        self.kind.setItemText(3, self.tr("Rationales"))
        self.kind.setItemText(4, self.tr("Sources"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event):  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- querying ------------------------------------------------------------------------
    def set_workbench(self, wb) -> None:
        self.wb = wb
        self._typed()

    def kinds(self) -> tuple[str, ...]:
        i = self.kind.currentIndex()
        return (tuple(KIND_LABELS)[i - 1],) if i > 0 else ()

    def _typed(self, *_):
        self.runner.cancel()  # an answer to what the box said before is stale now
        if not self.box.text().strip():
            self.timer.stop()
            self.model.set_hits([], {})
            self.status.clear()
            return
        self.timer.start()

    def run_query(self) -> None:
        """Search now (the debounce timer calls this)."""
        self.timer.stop()
        query = self.box.text().strip()
        if self.wb is None or not query:
            return
        self.status.setText(self.tr("Searching…"))
        self.runner.start(self.wb, _search, query, self.kinds())

    def _show(self, result) -> None:
        query, _kinds, refs, rows = result
        self.model.set_results(self.wb, query, refs, rows)
        if refs:
            self.status.setText(self.tr("Results: %1").replace("%1", str(len(refs))))
        else:
            self.status.setText(self.tr("Nothing found for “%1”").replace("%1", query))
        self.searchFinished.emit(len(refs))

    def _failed(self, message: str) -> None:
        self.model.set_hits([], {})
        self.status.setText(message)
        self.searchFinished.emit(0)

    def is_busy(self) -> bool:
        return self.timer.isActive() or self.runner.is_busy()

    # -- opening -------------------------------------------------------------------------
    def open_index(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row()) if index.isValid() else None
        if hit is not None:
            self.openHit.emit(hit.article_id, hit.article_start, hit.article_end, hit.claim_id)

    def _enter_in_box(self) -> None:
        """Enter in the box opens the selected hit, or the first."""
        if self.timer.isActive() or self.runner.is_busy():
            return
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self.open_index(index)

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        # Down in the box moves to the results.
        if event.key() == Qt.Key.Key_Down and self.box.hasFocus() and self.model.rowCount():
            self.view.setFocus()
            self.view.setCurrentIndex(self.model.index(0, SNIPPET))
            return
        super().keyPressEvent(event)
