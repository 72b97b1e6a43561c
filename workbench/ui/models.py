"""Qt item models over what services return: lazy tables over ordered ids (``LazyRowsModel``,
as Anki's browser table), whose rows are read in batches into a small cache as they are shown."""

from __future__ import annotations

import bisect
from collections import OrderedDict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.core.arabic import has_arabic, isolate, left_to_right
from workbench.core.model import Claim, Source
from workbench.core.ratings import RatingScale

from .capture_dialogs import capture_short, capture_tooltip

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


class LazyRowsModel(QAbstractTableModel):
    """A table over ordered ids, in the manner of Anki's browser table: only the ids are kept
    (with an id -> row index, so ``row_of`` is O(1)); the rows are read in batches through a
    service as the view asks for them, into a small LRU cache, and a changed row is dropped
    from the cache by its id. Subclasses give ``_fetch_rows(ids) -> {id: row}``.

    ``PAGE``: rows the view sees at first and per ``fetchMore`` (for views that measure every
    row they see, e.g. a header resized to its contents); ``None``: all of them at once."""

    FETCH = 50  # rows read per cache miss
    CACHE = 300  # rows kept
    PAGE: int | None = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list = []
        self._index: dict | None = {}  # id -> row; None: to be rebuilt
        self._cache: OrderedDict = OrderedDict()
        self._loaded = 0

    # -- what subclasses give ----------------------------------------------------------
    def _fetch_rows(self, ids: list) -> dict:
        raise NotImplementedError

    # -- ids -----------------------------------------------------------------------------
    def ids(self) -> list:
        return list(self._ids)

    def count(self) -> int:
        """Rows in the model, shown or not yet fetched."""
        return len(self._ids)

    def cached_count(self) -> int:
        return len(self._cache)

    def row_of(self, key) -> int:
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self._ids)}
        return self._index.get(key, -1)

    def _reset_ids(self, ids, rows: dict | None = None) -> None:
        """A new list of ids; ``rows``: rows the caller already holds (the first pages are kept)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._index = None
        self._cache.clear()
        self._seed(rows or {})
        self._loaded = len(self._ids) if self.PAGE is None else min(self.PAGE, len(self._ids))
        self.endResetModel()

    def _seed(self, rows: dict) -> None:
        """Keep what the view will ask for first: the rows of the first ids."""
        for key in self._ids[:self.CACHE]:
            if key in rows:
                self._cache[key] = rows[key]

    def _row_object(self, row: int):
        if not 0 <= row < len(self._ids):
            return None
        key = self._ids[row]
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        start = max(0, row - self.FETCH // 4)  # a few above too: views scroll both ways
        batch = [k for k in self._ids[start:start + self.FETCH] if k not in self._cache]
        got = self._fetch_rows(batch)
        for k in batch:
            if k in got:
                self._cache[k] = got[k]
        if key in self._cache:
            self._cache.move_to_end(key)
        while len(self._cache) > self.CACHE:
            self._cache.popitem(last=False)
        return self._cache.get(key)

    def _emit_row_changed(self, row: int) -> None:
        if 0 <= row < self._loaded:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def invalidate(self, key) -> None:
        """The row of ``key`` changed: read it again when it is next shown."""
        self._cache.pop(key, None)
        self._emit_row_changed(self.row_of(key))

    def _insert_id(self, row: int, key, obj=None) -> None:
        shown = row < self._loaded or self._loaded == len(self._ids)  # else it comes with a later page
        if shown:
            self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, key)
        self._index = None
        if obj is not None:
            self._cache[key] = obj
        if shown:
            self._loaded += 1
            self.endInsertRows()

    def _remove_id(self, key) -> None:
        row = self.row_of(key)
        if row < 0:
            return
        shown = row < self._loaded
        if shown:
            self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._index = None
        self._cache.pop(key, None)
        if shown:
            self._loaded -= 1
            self.endRemoveRows()

    def sync_ids(self, new_ids, stale=None) -> None:
        """Follow a new list of ids with row removals and insertions when the rows both lists
        hold keep their order (selection and scrolling stay), else with a reset. ``stale``: ids
        whose rows changed (``None``: any may have)."""
        new_ids = list(new_ids)
        new_set, old_set = set(new_ids), set(self._ids)
        removed = [k for k in self._ids if k not in new_set]
        added = [(i, k) for i, k in enumerate(new_ids) if k not in old_set]
        if (len(removed) + len(added) > self.FETCH
                or [k for k in self._ids if k in new_set] != [k for k in new_ids if k in old_set]):
            self._reset_ids(new_ids)
            return
        for key in removed:
            self._remove_id(key)
        for row, key in added:
            self._insert_id(row, key)
        if stale is None:
            self._cache.clear()
            if self._loaded:
                self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, self.columnCount() - 1))
        else:
            for key in stale:
                self.invalidate(key)

    # -- Qt API ------------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._loaded >= len(self._ids):
            return
        more = min(self.PAGE or len(self._ids), len(self._ids) - self._loaded)
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def ensure_loaded(self, row: int) -> None:
        """Let the view see ``row`` (rows are shown a page at a time)."""
        while self._loaded <= row and self.canFetchMore():
            self.fetchMore()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._loaded


class ClaimsModel(LazyRowsModel):
    """The checklist: one row per claim of the open article, in text order.

    Holds the claims' ids and spans (for the text order) and which have a verdict (for the
    progress count); the claims themselves are read in batches (``Workbench.claims_by_ids``)
    as rows are shown. Fed by ``set_article(wb, article_id)``, or by ``set_claims(claims)``:
    with a workbench (``set_workbench``) only the first rows given are kept and the rest are
    read again when shown; without one, the claims given are the rows."""

    COLUMNS = ("#", QT_TRANSLATE_NOOP("ClaimsModel", "Claim"), QT_TRANSLATE_NOOP("ClaimsModel", "Verdict"),
               QT_TRANSLATE_NOOP("ClaimsModel", "Sources"), QT_TRANSLATE_NOOP("ClaimsModel", "Review"))
    IdRole = Qt.ItemDataRole.UserRole + 1
    PAGE = BATCH

    def __init__(self, scale: RatingScale, parent=None):
        super().__init__(parent)
        self._scale = scale
        self._wb = None
        self._pinned: dict[str, Claim] | None = None  # set_claims without a workbench
        self._spans: dict[str, tuple[int, int]] = {}
        self._rated: set[str] = set()
        self.language = "en"

    # -- feeding -----------------------------------------------------------------------
    def set_workbench(self, wb) -> None:
        """Where rows are read from when shown (``Workbench.claims_by_ids``)."""
        self._wb = wb

    def set_article(self, wb, article_id: str, claims: list[Claim] | None = None) -> None:
        """The claims of ``article_id``; ``claims``: the article's claims if the caller has
        read them already (they are not read twice; only the first rows are kept)."""
        self._wb = wb
        if claims is not None:
            self.set_claims(claims)
            return
        self._pinned = None
        self._set_spans(wb.claim_spans(article_id), {})

    def set_spans(self, wb, spans) -> None:
        """The claims of an article as ``(id, start, end, rating)`` spans in any order (what
        ``Workbench.claim_spans`` gives); rows are read from ``wb`` when shown."""
        self._wb = wb
        self._pinned = None
        self._set_spans(list(spans), {})

    def set_claims(self, claims: list[Claim]) -> None:
        rows = {c.id: c for c in claims}
        self._pinned = rows if self._wb is None else None
        self._set_spans([(c.id, c.start, c.end, c.rating) for c in claims], rows)

    def _set_spans(self, spans, rows: dict) -> None:
        spans = sorted(spans, key=lambda s: (s[1], s[2], s[0]))
        self._spans = {cid: (start, end) for cid, start, end, _ in spans}
        self._rated = {cid for cid, _, _, rating in spans if rating}
        self._reset_ids([s[0] for s in spans], rows)

    def _fetch_rows(self, ids: list) -> dict:
        if self._pinned is not None:
            return {k: self._pinned[k] for k in ids if k in self._pinned}
        if self._wb is None:
            return {}
        return {c.id: c for c in self._wb.claims_by_ids(ids)}

    def claims(self) -> list[Claim]:
        """Every claim, read now (prefer ``rated_count()`` and ``count()`` to count them)."""
        if self._pinned is not None:
            return [self._pinned[k] for k in self._ids]
        return self._wb.claims_by_ids(self._ids) if self._wb is not None and self._ids else []

    def rated_count(self) -> int:
        """How many claims have a verdict."""
        return len(self._rated)

    def claim_at(self, row: int) -> Claim | None:
        return self._row_object(row) if 0 <= row < self._loaded else None

    def apply(self, claim_id: str, claim: Claim | None) -> None:
        """Reflect one changed, added or deleted claim."""
        row = self.row_of(claim_id)
        if row >= 0 and (claim is None or self._spans.get(claim_id) != (claim.start, claim.end)):
            self._remove_id(claim_id)
            self._spans.pop(claim_id, None)
            self._rated.discard(claim_id)
            if self._pinned is not None:
                self._pinned.pop(claim_id, None)
            row = -1
        if claim is None:
            return
        if self._pinned is not None:
            self._pinned[claim_id] = claim
        (self._rated.add if claim.rating else self._rated.discard)(claim_id)
        if row >= 0:
            self._cache[claim_id] = claim
            self._cache.move_to_end(claim_id)
            while len(self._cache) > self.CACHE:
                self._cache.popitem(last=False)
            self._emit_row_changed(row)
            return
        keys = [(*self._spans[k], k) for k in self._ids]
        self._spans[claim_id] = (claim.start, claim.end)
        self._insert_id(bisect.bisect_left(keys, (claim.start, claim.end, claim_id)), claim_id, claim)

    # -- Qt API ------------------------------------------------------------------------
    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._loaded:
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        col = index.column()
        if col == 0 and role == Qt.ItemDataRole.DisplayRole:
            return index.row() + 1
        if col == 0 and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        claim = self._row_object(index.row())
        if claim is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                return claim.statement or claim.quote
            if col == 2:
                return self._scale.get(claim.rating).label(self.language) if claim.rating else "—"
            if col == 3:
                return len(claim.sources)
            if col == 4:
                return _tr(str(REVIEW_LABELS.get(str(claim.review_state), str(claim.review_state))))
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
               QT_TRANSLATE_NOOP("SourcesModel", "Files"), QT_TRANSLATE_NOOP("SourcesModel", "Evidence"))
    EVIDENCE = 5  # the latest capture of the page (time, size, hash, trusted time)

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

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._sources[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # publisher, title and address each in their own direction: an English title or a
            # URL inside the Arabic table keeps its punctuation where it belongs
            if index.column() == self.EVIDENCE:
                # short ("✓ 30 Nov 2026 14:02 UTC · TSA"), with how many captures there are:
                # readable without scrolling; the whole line is the tooltip
                if not s.captures:
                    return QCoreApplication.translate("SourcesModel", "not captured") if s.url else ""
                short = capture_short(s.captures[-1])
                n = len(s.captures)
                count = self.tr("%n capture(s)", "", n)
                return f"{short} · {count}" if n > 1 else short
            return [QCoreApplication.translate("SourcesModel", str(STANCE_LABELS[str(s.stance)])),
                    isolate(s.publisher) if s.publisher else "", isolate(s.title) if s.title else "",
                    left_to_right(s.url) if s.url else "", len(s.files)][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            # an address reads left to right and is cut at its end, whatever the layout
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            # the cell's whole text first (publisher, title and address may be cut short in
            # the table), then the source's address, excerpt and files
            if index.column() == self.EVIDENCE and s.captures:
                n = len(s.captures)
                count = self.tr("%n capture(s) of this source", "", n)
                return capture_tooltip(s.captures[-1]) + "\n" + count
            cell = {1: s.publisher, 2: s.title}.get(index.column(), "")
            lines = [cell, s.url, s.excerpt] + [f"{f.name} — {f.size} B — sha256 {f.sha256}" for f in s.files]
            return "\n".join(x for x in lines if x)
        return None
