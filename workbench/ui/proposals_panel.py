"""Proposed claims of the open article, and "checked before" for the selected claim.

``ProposalsPanel`` lists the article's open proposals (``services.proposals``), best first,
each with its score and the reasons for it. "Propose claims" scores the article on a worker
thread (``workers.Runner``; the model loads on first use); Accept makes the selected proposal
a claim with the same span and emits ``accepted(change)``; Dismiss stores the decision.
Selecting a proposal emits ``showSpan(start, end)`` so the window can show it in the article.

``CheckedBeforePanel`` lists claims from other articles that say much the same as the selected
claim (``services.search.checked_before``, on a worker), with their verdicts, most similar
first; activating one emits ``openClaim(article_id, claim_id)``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from workbench.core.arabic import has_arabic, left_to_right, mask_bidi_controls
from workbench.core.errors import WorkbenchError

from .errors import error_text
from .workers import Runner
from .text_direction import cells_in_own_direction

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
ERROR_STYLE = "color:#b02a37"


def _language() -> str:
    return "ar" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"


def _weight(w: float) -> str:
    """``+1.15`` / ``−0.31`` / ``0.00``, kept left to right (its sign before it) in Arabic."""
    return left_to_right("0.00" if abs(w) < 0.005 else f"{w:+.2f}")


def reason_label(reason: dict, language: str) -> str:
    label = reason["label_ar"] if language == "ar" and reason.get("label_ar") else reason["label"]
    return f"{label} ({reason['text']})" if reason.get("text") else label


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    return view


def _text_cell(text: str, role):
    """Display and alignment of a cell holding article text (bidi controls shown, never obeyed)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return mask_bidi_controls(text)
    if role == Qt.ItemDataRole.TextAlignmentRole and has_arabic(text):
        return _RIGHT
    return None


class _RowsModel(QAbstractTableModel):
    """Rows of records; subclasses say what each column shows."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self.language = "en"

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, record, column: int, role):
        raise NotImplementedError

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)


# -- proposals ----------------------------------------------------------------------------
class ProposalsModel(_RowsModel):
    def headers(self):
        return (self.tr("Score"), self.tr("Proposed claim"), self.tr("Reasons"))

    def cell(self, p, col, role):
        if p.covered_by and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#888")  # a claim has this sentence already
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{p.score:.2f}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if col == 1:
            if role == Qt.ItemDataRole.ToolTipRole:
                return mask_bidi_controls(p.quote)
            return _text_cell(p.quote, role)
        reasons = [r for r in p.reasons if r["weight"] > 0]
        if role == Qt.ItemDataRole.DisplayRole:
            if p.covered_by:
                return self.tr("Already a claim")
            return ("، " if self.language == "ar" else "; ").join(
                reason_label(r, self.language) for r in reasons)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{_weight(r['weight'])}  {reason_label(r, self.language)}" for r in p.reasons)
        return None


def _propose(wb, article_id: str):
    """Runs on a worker: score the article and store its open proposals."""
    from workbench.services import proposals

    return article_id, proposals.propose(wb, article_id)


class ProposalsPanel(QWidget):
    # The change made by accepting a proposal (services.session.Change, claim included).
    accepted = Signal(object)
    # The span of the selected proposal in the article.
    showSpan = Signal(int, int)
    # The list was filled (after set_article or a proposing run): the number of proposals.
    proposalsChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("proposalsPanel")
        self.wb = None
        self.article_id: str | None = None
        self._quiet = False  # selecting a row shows no span (a reload after a step)
        self._nothing_found = False  # the last run proposed nothing: the count line says so
        #: (``"accept"`` or ``"dismiss"``, proposal id) -> the Change, or None if refused
        self.decide = None
        self.runner = Runner(self)
        self.runner.done.connect(self._proposed)
        self.runner.failed.connect(self._failed)

        self.model = ProposalsModel(self)
        self.model.language = _language()
        self.view = _table("proposalsView")
        self.view.setModel(self.model)
        cells_in_own_direction(self.view, 1)  # the sentence in its own direction
        header = self.view.horizontalHeader()
        # sentence and reasons share the width: a fixed reasons column left a narrow dock a
        # sentence column too thin to read
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.reasons = QLabel(objectName="proposalReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(objectName="proposalsStatus")
        self.status.setWordWrap(True)
        self.propose_button = QPushButton(objectName="proposeButton")
        self.propose_button.clicked.connect(self.propose)
        self.accept_button = QPushButton(objectName="acceptProposal")
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button = QPushButton(objectName="dismissProposal")
        self.dismiss_button.clicked.connect(self.dismiss_current)
        # Shortcuts work while the focus is in the panel, so they never clash with the window's.
        self.act_accept = self._shortcut("acceptProposalAction", ["Ctrl+Return", "Ctrl+Enter"], self.accept_current)
        self.act_dismiss = self._shortcut("dismissProposalAction", ["Delete"], self.dismiss_current)

        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.reasons)
        layout.addWidget(self.status)
        self.retranslate()
        self._update_buttons()

    def _shortcut(self, name, keys, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.propose_button.setText(self.tr("Propose claims"))
        self.propose_button.setToolTip(self.tr("Score every sentence of the article and list the most check-worthy"))
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Make the proposal a claim (Ctrl+Enter)"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Dismiss the proposal; it is not proposed again (Delete)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._show_reasons()
        self._show_count()

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.model.language = code
        self.model.layoutChanged.emit()
        self._show_reasons()

    # -- feeding -------------------------------------------------------------------------
    def set_article(self, wb, article_id: str | None) -> None:
        """Show the article's stored open proposals (nothing is scored here)."""
        self.runner.cancel()
        self.wb, self.article_id = wb, article_id
        self.status.setStyleSheet("")
        self._nothing_found = False
        self._reload()

    def propose_if_never(self) -> None:
        """Opened on an article nobody has asked proposals for yet: score it now (on a worker),
        rather than show an empty list until the button is pressed."""
        from workbench.services import proposals

        if not self.wb or not self.article_id or self.runner.is_busy():
            return
        if not proposals.proposals(self.wb, self.article_id, decided=True):
            self.propose()

    def _reload(self, row: int = 0, show_span: bool = True) -> None:
        """``show_span``: the row selected afterwards shows its span in the article; not after
        an accept or a refresh, where the window shows the claim the step made or touched."""
        from workbench.services import proposals

        rows = proposals.proposals(self.wb, self.article_id) if self.wb and self.article_id else []
        self.model.set_rows(rows)
        if rows:
            self._quiet = not show_span
            try:
                self.view.setCurrentIndex(self.model.index(min(row, len(rows) - 1), 1))
            finally:
                self._quiet = False
        self._show_reasons()
        self._show_count()
        self._update_buttons()
        self.proposalsChanged.emit(len(rows))

    def refresh(self) -> None:
        """Read the open proposals again (a claim was added or removed), keeping the row."""
        if self.wb is not None and self.article_id and not self.runner.is_busy():
            self._reload(max(0, self.view.currentIndex().row()), show_span=False)

    def current(self):
        return self.model.row_at(self.view.currentIndex().row())

    def _current_changed(self, current, _previous) -> None:
        p = self.model.row_at(current.row())
        self._show_reasons()
        self._update_buttons()
        if p is not None and not self._quiet:
            self.showSpan.emit(p.start, p.end)

    def _show_reasons(self) -> None:
        p = self.current()
        if p is None:
            self.reasons.clear()
            return
        lines = [self.tr("Score %1").replace("%1", f"{p.score:.2f}")]
        if p.covered_by:
            lines.append(self.tr("Already a claim: its sentence is in the checklist."))
        # the reasons' words are masked (they quote the article); the isolates around each
        # weight are ours and must stay isolates
        lines += [f"{_weight(r['weight'])}  {mask_bidi_controls(reason_label(r, self.model.language))}"
                  for r in p.reasons]
        self.reasons.setText("\n".join(lines))

    def _show_count(self) -> None:
        """The count line, whenever the panel lists proposals (stored earlier, by the window or
        ``workbench suggest``, or just scored), in the interface's language; an error or the
        line of a run under way stays until the list is read again."""
        if self.runner.is_busy() or self.status.styleSheet():
            return
        rows = self.model.rows()
        if rows:
            fresh = sum(1 for p in rows if not p.covered_by)
            self.status.setText(self.tr("%n proposed claim(s), %1 of them not claims yet", "", len(rows))
                                .replace("%1", str(fresh)))
        elif self._nothing_found:
            self.status.setText(self.tr("Nothing in this article looks check-worthy enough to propose."))
        else:
            self.status.clear()

    def _update_buttons(self) -> None:
        busy = self.runner.is_busy()
        has = self.current() is not None
        self.propose_button.setEnabled(bool(self.article_id) and not busy)
        self.accept_button.setEnabled(has and not busy and not self.current().covered_by)
        self.dismiss_button.setEnabled(has and not busy)

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    # -- actions -------------------------------------------------------------------------
    def propose(self) -> None:
        """Score the article on a worker and list what it proposes."""
        if not self.article_id or self.runner.is_busy():
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Scoring the article's sentences…"))
        self.runner.start(self.wb, _propose, self.article_id)
        self._update_buttons()

    def _proposed(self, result) -> None:
        article_id, found = result
        if article_id != self.article_id:
            return
        self._nothing_found = not found
        self._reload()

    def _failed(self, message: str) -> None:
        self._update_buttons()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)

    def _decide_here(self, fn: str, proposal_id: str):
        """Standing alone (no window around it): the service itself, errors in the status line."""
        from workbench.services import proposals

        try:
            return getattr(proposals, fn)(self.wb, proposal_id)
        except WorkbenchError as exc:
            self._failed(error_text(exc))
            return None

    def _decide(self, fn) -> None:
        p = self.current()
        if p is None or self.runner.is_busy():
            return
        row = self.view.currentIndex().row()
        # in the window, ``decide`` runs the decision as one undo step through its Ops
        change = (self.decide or self._decide_here)(fn, p.id)
        if change is None:
            return
        self.status.setStyleSheet("")
        self._reload(row, show_span=False)  # the reader keeps the claim just made (F8's centring)
        if fn == "accept":
            self.accepted.emit(change)

    def accept_current(self) -> None:
        """The selected proposal becomes a claim with the same span."""
        self._decide("accept")

    def dismiss_current(self) -> None:
        self._decide("dismiss")
