"""A claim's history as a timeline: who did what, when, and what it changed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

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
    "review.submit": QT_TRANSLATE_NOOP("HistoryView", "Submitted for review"),
    "review.approve": QT_TRANSLATE_NOOP("HistoryView", "Approved"),
    "review.request_changes": QT_TRANSLATE_NOOP("HistoryView", "Changes requested"),
    "comment.add": QT_TRANSLATE_NOOP("HistoryView", "Comment"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


def describe(ev: Event) -> str:
    """One line of what the event changed (values as they were written, never translated)."""
    before, after = ev.before or {}, ev.after or {}
    if ev.action == "verdict.set":
        old = before.get("rating") or "—"
        return f"{old} → {after.get('rating') or '—'}: {after.get('rationale', '')}"
    if ev.action == "claim.edit":
        return f"{before.get('statement', '')} → {after.get('statement', '')}"
    if ev.entity == "source":
        return (after or before).get("url", "")
    if ev.action == "comment.add":
        return after.get("text", "")
    if ev.action.startswith("review."):
        return f"{before.get('review_state', '')} → {after.get('review_state', '')}"
    if ev.action in ("claim.add", "claim.restore"):
        return after.get("quote", "")
    return ""


class HistoryView(QWidget):
    """Shows one claim's events, oldest first; imported events under their authors' names."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(self.tr("History"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree)
        self.events: list[Event] = []

    def set_claim(self, workbench, claim_id: str | None) -> None:
        self.tree.clear()
        self.events = workbench.history(claim_id) if claim_id else []
        for ev in self.events:
            label = _tr(ACTIONS[ev.action]) if ev.action in ACTIONS else ev.action
            item = QTreeWidgetItem([ev.at.replace("T", " ")[:19], ev.user, label, describe(ev)])
            item.setToolTip(3, describe(ev))
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        count = len(self.events)
        self.title.setText(self.tr("History (events: %1)").replace("%1", str(count)) if claim_id else self.tr("History"))
