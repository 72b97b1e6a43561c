"""Qt item models over what services return; rows arrive in batches (fetchMore)."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.core.arabic import has_arabic, isolate, left_to_right
from workbench.core.model import Claim, Source
from workbench.core.ratings import RatingScale

BATCH = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimsModel", text)


REVIEW_LABELS = {
    "draft": QT_TRANSLATE_NOOP("ClaimsModel", "Draft"),
    "in_review": QT_TRANSLATE_NOOP("ClaimsModel", "In review"),
    "approved": QT_TRANSLATE_NOOP("ClaimsModel", "Approved"),
    "changes_requested": QT_TRANSLATE_NOOP("ClaimsModel", "Changes requested"),
}
STANCE_LABELS = {
    "supports": QT_TRANSLATE_NOOP("SourcesModel", "Supports"),
    "refutes": QT_TRANSLATE_NOOP("SourcesModel", "Refutes"),
    "context": QT_TRANSLATE_NOOP("SourcesModel", "Context"),
}


class ClaimsModel(QAbstractTableModel):
    """The checklist: one row per claim of the open article, in text order."""

    COLUMNS = ("#", QT_TRANSLATE_NOOP("ClaimsModel", "Claim"), QT_TRANSLATE_NOOP("ClaimsModel", "Verdict"),
               QT_TRANSLATE_NOOP("ClaimsModel", "Sources"), QT_TRANSLATE_NOOP("ClaimsModel", "Review"))
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, scale: RatingScale, parent=None):
        super().__init__(parent)
        self._scale = scale
        self._claims: list[Claim] = []
        self._loaded = 0
        self.language = "en"

    # -- feeding -----------------------------------------------------------------------
    def set_claims(self, claims: list[Claim]) -> None:
        self.beginResetModel()
        self._claims = sorted(claims, key=lambda c: (c.start, c.end, c.id))
        self._loaded = min(BATCH, len(self._claims))
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self._claims)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(BATCH, len(self._claims) - self._loaded)
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def claims(self) -> list[Claim]:
        return list(self._claims)

    def row_of(self, claim_id: str) -> int:
        for i, c in enumerate(self._claims):
            if c.id == claim_id:
                return i
        return -1

    def claim_at(self, row: int) -> Claim | None:
        return self._claims[row] if 0 <= row < self._loaded else None

    def ensure_loaded(self, row: int) -> None:
        while self._loaded <= row and self.canFetchMore():
            self.fetchMore()

    def apply(self, claim_id: str, claim: Claim | None) -> None:
        """Reflect one changed, added or deleted claim."""
        row = self.row_of(claim_id)
        if claim is None:
            if row >= 0:
                if row < self._loaded:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._claims[row]
                    self._loaded -= 1
                    self.endRemoveRows()
                else:
                    del self._claims[row]
            return
        if row >= 0:
            self._claims[row] = claim
            if row < self._loaded:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            return
        keys = [(c.start, c.end, c.id) for c in self._claims]
        row = bisect.bisect_left(keys, (claim.start, claim.end, claim.id))
        if row <= self._loaded:
            self.beginInsertRows(QModelIndex(), row, row)
            self._claims.insert(row, claim)
            self._loaded += 1
            self.endInsertRows()
        else:
            self._claims.insert(row, claim)

    # -- Qt API ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._loaded:
            return None
        claim = self._claims[index.row()]
        col = index.column()
        if role == self.IdRole:
            return claim.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return index.row() + 1
            if col == 1:
                return claim.statement or claim.quote
            if col == 2:
                return self._scale.get(claim.rating).label(self.language) if claim.rating else "—"
            if col == 3:
                return len(claim.sources)
            if col == 4:
                return _tr(REVIEW_LABELS.get(str(claim.review_state), str(claim.review_state)))
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return claim.quote
        if role == Qt.ItemDataRole.BackgroundRole and col == 2 and claim.rating:
            return QBrush(QColor(self._scale.get(claim.rating).color))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (0, 3):
                return int(Qt.AlignmentFlag.AlignCenter)
            if col == 1 and has_arabic(claim.statement or claim.quote):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None


class SourcesModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("SourcesModel", "Stance"), QT_TRANSLATE_NOOP("SourcesModel", "Publisher"),
               QT_TRANSLATE_NOOP("SourcesModel", "Title"), QT_TRANSLATE_NOOP("SourcesModel", "URL"),
               QT_TRANSLATE_NOOP("SourcesModel", "Files"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sources: list[Source] = []

    def set_sources(self, sources) -> None:
        self.beginResetModel()
        self._sources = list(sources)
        self.endResetModel()

    def source_at(self, row: int) -> Source | None:
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SourcesModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # publisher, title and address each in their own direction: an English title or a
            # URL inside the Arabic table keeps its punctuation where it belongs
            return [QCoreApplication.translate("SourcesModel", STANCE_LABELS[str(s.stance)]),
                    isolate(s.publisher) if s.publisher else "", isolate(s.title) if s.title else "",
                    left_to_right(s.url) if s.url else "", len(s.files)][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            # an address reads left to right and is cut at its end, whatever the layout
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [s.url, s.excerpt] + [f"{f.name} — {f.size} B — sha256 {f.sha256}" for f in s.files]
            return "\n".join(x for x in lines if x)
        return None
