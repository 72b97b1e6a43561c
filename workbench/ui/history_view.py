"""A claim's history as a timeline: who did what, when, and what it changed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from workbench.core.arabic import isolate
from workbench.core.model import Event

ACTIONS = {
    "claim.add": QT_TRANSLATE_NOOP("HistoryView", "Claim marked"),
    "claim.edit": QT_TRANSLATE_NOOP("HistoryView", "Statement edited"),
    "claim.delete": QT_TRANSLATE_NOOP("HistoryView", "Claim deleted"),
    "claim.restore": QT_TRANSLATE_NOOP("HistoryView", "Claim restored"),
    "claim.merge": QT_TRANSLATE_NOOP("HistoryView", "Conflict settled"),
    "verdict.set": QT_TRANSLATE_NOOP("HistoryView", "Verdict set"),
    "source.add": QT_TRANSLATE_NOOP("HistoryView", "Source added"),
    "source.edit": QT_TRANSLATE_NOOP("HistoryView", "Source edited"),
    "source.remove": QT_TRANSLATE_NOOP("HistoryView", "Source removed"),
    "source.restore": QT_TRANSLATE_NOOP("HistoryView", "Source restored"),
    "capture.add": QT_TRANSLATE_NOOP("HistoryView", "Source page captured"),
    "review.submit": QT_TRANSLATE_NOOP("HistoryView", "Submitted for review"),
    "review.approve": QT_TRANSLATE_NOOP("HistoryView", "Approved"),
    "review.request_changes": QT_TRANSLATE_NOOP("HistoryView", "Changes requested"),
    "review.withdraw": QT_TRANSLATE_NOOP("HistoryView", "Withdrawn from review"),
    "review.restore": QT_TRANSLATE_NOOP("HistoryView", "Review state restored"),
    "comment.retract": QT_TRANSLATE_NOOP("HistoryView", "Comment taken back"),
    "proposal.reopen": QT_TRANSLATE_NOOP("HistoryView", "Proposal reopened"),
    "comment.add": QT_TRANSLATE_NOOP("HistoryView", "Comment"),
    "proposal.accept": QT_TRANSLATE_NOOP("HistoryView", "Accepted from the proposals"),
    "proposal.dismiss": QT_TRANSLATE_NOOP("HistoryView", "Proposal dismissed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


def _iso(value) -> str:
    """A value kept in its own direction inside the line (an Arabic rationale after an
    English key, a date, a URL); a dash for none."""
    return isolate(value) if value else "—"


def _state(key) -> str:
    """A review state in the interface's words (never the raw key)."""
    from .models import REVIEW_LABELS

    return QCoreApplication.translate("ClaimsModel", str(REVIEW_LABELS[key])) if key in REVIEW_LABELS else str(key or "")


def describe(ev: Event, label=lambda key: key) -> str:
    """One line of what the event changed: the values as they were written, verdicts in the
    scale's words (``label``), each isolated; the arrow points the way the line reads. An edit
    that moved the claim's review state says so too."""
    text = _describe(ev, label)
    before, after = ev.before or {}, ev.after or {}
    old, new = before.get("review_state"), after.get("review_state")
    if ev.entity == "claim" and not ev.action.startswith("review.") and old and new and old != new:
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arrow = " ← " if rtl else " → "
        text = f"{text} ({_iso(_state(old))}{arrow}{_iso(_state(new))})" if text else \
            f"{_iso(_state(old))}{arrow}{_iso(_state(new))}"
    return text


def _describe(ev: Event, label) -> str:
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    arrow = " ← " if rtl else " → "
    before, after = ev.before or {}, ev.after or {}
    if ev.action == "verdict.set":
        old, new = (label(k) if k else "" for k in (before.get("rating"), after.get("rating")))
        return f"{_iso(old)}{arrow}{_iso(new)}: {_iso(after.get('rationale', ''))}"
    if ev.action == "claim.edit":
        return f"{_iso(before.get('statement', ''))}{arrow}{_iso(after.get('statement', ''))}"
    if ev.entity == "source":
        return _iso((after or before).get("url", ""))
    if ev.action == "comment.add":
        return _iso(after.get("text", ""))
    if ev.action.startswith("review."):
        return f"{_iso(_state(before.get('review_state', '')))}{arrow}{_iso(_state(after.get('review_state', '')))}"
    if ev.action in ("claim.add", "claim.restore"):
        return _iso(after.get("quote", ""))
    return ""


class HistoryView(QWidget):
    """Shows one claim's events, oldest first; imported events under their authors' names."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(self.tr("History"))
        self.tree = QTreeWidget()
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._headers()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree)
        self.events: list[Event] = []

    def _headers(self) -> None:
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")])

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._headers()
        super().changeEvent(event)

    def set_claim(self, workbench, claim_id: str | None) -> None:
        self._headers()
        self.tree.clear()
        self.events = workbench.history(claim_id) if claim_id else []
        language = "ar" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"
        scale = workbench.scale

        def label(key):
            return scale.get(key).label(language) if key in scale else key

        for ev in self.events:
            what = _tr(str(ACTIONS[ev.action])) if ev.action in ACTIONS else ev.action
            details = describe(ev, label)
            item = QTreeWidgetItem([_iso(ev.at.replace("T", " ")[:19]), ev.user, what, details])
            item.setToolTip(3, details)
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        count = len(self.events)
        self.title.setText(self.tr("History (events: %1)").replace("%1", str(count)) if claim_id else self.tr("History"))
