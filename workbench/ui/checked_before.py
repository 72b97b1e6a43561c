"""Checked before: claims like the current one, checked elsewhere on the desk, with their
verdicts and review states (``services.search.checked_before`` on a worker)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from workbench.core.arabic import mask_bidi_controls

from .models import REVIEW_LABELS, _tr
from .proposals_panel import ERROR_STYLE, _language, _RowsModel, _table, _text_cell
from .workers import Runner
from .text_direction import cells_in_own_direction


# -- checked before -----------------------------------------------------------------------
class SimilarModel(_RowsModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._scale = None

    def set_scale(self, scale) -> None:
        self._scale = scale

    def headers(self):
        return (self.tr("Similarity"), self.tr("Verdict"), self.tr("Claim"), self.tr("Article"),
                self.tr("Review state"))

    def _rating(self, s):
        return self._scale.get(s.rating) if self._scale is not None and s.rating and s.rating in self._scale else None

    def cell(self, s, col, role):
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{round(s.similarity * 100)}%"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if col == 1:
            rating = self._rating(s)
            if role == Qt.ItemDataRole.DisplayRole:
                return rating.label(self.language) if rating else (s.rating or self.tr("No verdict yet"))
            if role == Qt.ItemDataRole.BackgroundRole and rating:
                return QBrush(QColor(rating.color))
            if role == Qt.ItemDataRole.ToolTipRole and s.rationale:
                return mask_bidi_controls(s.rationale)
            return None
        if col == 4:  # the matched claim's review state, in the interface language
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(REVIEW_LABELS[s.review_state]) if s.review_state in REVIEW_LABELS else s.review_state
            return None
        text = (s.statement or s.quote) if col == 2 else s.article_title
        if role == Qt.ItemDataRole.ToolTipRole:
            return mask_bidi_controls(s.quote if col == 2 else s.article_title)
        return _text_cell(text, role)


def _checked_before(wb, claim_id: str):
    from workbench.services.search import checked_before

    return claim_id, checked_before(wb, claim_id)


class CheckedBeforePanel(QWidget):
    # The article and the claim the checker chose to open.
    openClaim = Signal(str, str)
    # The list was filled for the current claim: the number of similar claims.
    similarChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checkedBeforePanel")
        self.wb = None
        self.claim_id: str | None = None
        self.runner = Runner(self)
        self.runner.done.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.model = SimilarModel(self)
        self.model.language = _language()
        self.view = _table("checkedBeforeView")
        self.view.setModel(self.model)
        cells_in_own_direction(self.view, 2, 3)  # the claim and the article's title
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(self.open_index)
        self.status = QLabel(objectName="checkedBeforeStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
            self.model.layoutChanged.emit()  # the review states are translated too
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.model.language = code
        self.model.layoutChanged.emit()

    def set_claim(self, wb, claim_id: str | None) -> None:
        """Look for the claim's look-alikes in other articles (on a worker)."""
        self.wb, self.claim_id = wb, claim_id
        self.model.set_scale(wb.scale if wb is not None else None)
        self.model.set_rows([])
        self.status.setStyleSheet("")
        if wb is None or not claim_id:
            self.runner.cancel()
            self.status.clear()
            return
        self.status.setText(self.tr("Looking for similar claims in other articles…"))
        self.runner.start(wb, _checked_before, claim_id)

    def _show(self, result) -> None:
        claim_id, found = result
        if claim_id != self.claim_id:
            return
        self.model.set_rows(found)
        self.status.setText(self.tr("Checked before in %n other article(s)", "",
                                    len({s.article_id for s in found})) if found
            else self.tr("No similar claim in other articles."))
        self.similarChanged.emit(len(found))

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)
        self.similarChanged.emit(0)

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def open_index(self, index: QModelIndex) -> None:
        s = self.model.row_at(index.row()) if index.isValid() else None
        if s is not None:
            self.openClaim.emit(s.article_id, s.claim_id)
