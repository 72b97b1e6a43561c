"""The dock panels beside the checklist: History, Search, Proposed claims and Checked before.
Each is built on first use, kept beside the claims (away from the article) in either
direction, tabbed together rather than stacked, and refreshed from the typed change flags of
each step (``on_change``) — only the panels that show what changed, only when visible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from workbench.core.changes import ChangeKind
from workbench.services import Change

from .history_view import HistoryView

if TYPE_CHECKING:
    from .main_window import MainWindow

TITLES = {
    "history": QT_TRANSLATE_NOOP("MainWindow", "History"),
    "search": QT_TRANSLATE_NOOP("MainWindow", "Search"),
    "proposals": QT_TRANSLATE_NOOP("MainWindow", "Proposed claims"),
    "similar": QT_TRANSLATE_NOOP("MainWindow", "Checked before"),
}


PANEL_MIN_WIDTH = 280  # a dock beside the claims: the window still fits a 1024 px laptop screen


class DockPanels(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.wb = window.wb
        self.panels: dict[str, QDockWidget] = {}
        self.history_view = HistoryView()
        self.history_dock = QDockWidget(window)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history_view)
        # beside the claims with the other panels, not under the article: at 1024×680 a bottom
        # dock would take the checklist's rows and the article's width alike
        window.addDockWidget(self.area(), self.history_dock)
        self.history_dock.hide()
        self.history_dock.visibilityChanged.connect(self._history_shown)

    def _history_shown(self, shown: bool) -> None:
        if shown:
            self.history_view.set_claim(self.wb, self.window.current_claim_id())

    # -- building -------------------------------------------------------------------------
    @staticmethod
    def area() -> Qt.DockWidgetArea:
        """Beside the claims, away from the article: dock areas do not mirror themselves."""
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Qt.DockWidgetArea.LeftDockWidgetArea if rtl else Qt.DockWidgetArea.RightDockWidgetArea

    def panel(self, name: str) -> Any:
        """The dock's panel, created the first time it is asked for."""
        dock = self.panels.get(name)
        if dock is None:
            win = self.window
            widget: Any
            if name == "search":
                from .search_panel import SearchPanel

                widget = SearchPanel()
                widget.set_workbench(self.wb)
                widget.openHit.connect(win.open_hit)
            elif name == "proposals":
                from .proposals_panel import ProposalsPanel

                widget = ProposalsPanel()
                widget.decide = win.claim_actions.decide_proposal
                widget.showSpan.connect(win.article_view.select_span)
            else:
                from .checked_before import CheckedBeforePanel

                widget = CheckedBeforePanel()
                widget.openClaim.connect(lambda article_id, claim_id: win.open_hit(article_id, -1, -1, claim_id))
            if hasattr(widget, "set_language"):
                widget.set_language(win.claims_model.language)
            widget.setMinimumWidth(PANEL_MIN_WIDTH)  # room for a sentence beside its score and reasons
            dock = QDockWidget(self.title(name), win)
            dock.setObjectName(f"{name}Dock")
            dock.setWidget(widget)
            others = [d for d in (self.history_dock, *self.panels.values()) if not d.isFloating()]
            win.addDockWidget(self.area(), dock)
            if others:  # tabbed with the other panels: the checklist keeps its rows
                win.tabifyDockWidget(others[-1], dock)
            self.panels[name] = dock
        return dock.widget()

    def show(self, name: str) -> None:
        widget = self.panel(name)
        self.refresh(only=name)
        dock = self.panels[name]
        dock.show()
        dock.raise_()
        if name == "search":
            widget.box.setFocus()
            widget.box.selectAll()
        elif name == "proposals":
            widget.propose_if_never()

    def show_search(self) -> None:
        self.show("search")

    def show_proposals(self) -> None:
        self.show("proposals")

    def show_similar(self) -> None:
        self.show("similar")

    @staticmethod
    def title(name: str) -> str:
        return QCoreApplication.translate("MainWindow", str(TITLES[name]))

    def retranslate(self) -> None:
        self.history_dock.setWindowTitle(self.title("history"))
        for name, dock in self.panels.items():
            dock.setWindowTitle(self.title(name))

    def set_language(self, code: str) -> None:
        for dock in self.panels.values():
            if hasattr(dock.widget(), "set_language"):
                _panel_of(dock).set_language(code)

    def follow_direction(self) -> None:
        """After a switch of direction, the panels move to the claims' side."""
        docks = [d for d in (self.history_dock, *self.panels.values()) if not d.isFloating()]
        moved = [d for d in docks if self.window.dockWidgetArea(d) != self.area()]
        for dock in moved:
            self.window.addDockWidget(self.area(), dock)
        for dock in moved[1:]:  # still tabbed together on the other side
            self.window.tabifyDockWidget(moved[0], dock)

    # -- following the desk ---------------------------------------------------------------
    def refresh(self, only: str | None = None) -> None:
        win = self.window
        for name, dock in self.panels.items():
            if only not in (None, name) or (only is None and not dock.isVisible()):
                continue
            if name == "proposals":
                _panel_of(dock).set_article(self.wb, win.article_id)
            elif name == "similar":
                _panel_of(dock).set_claim(self.wb, win.current_claim_id())

    def on_article(self, article_id: str | None) -> None:
        if "proposals" in self.panels:
            _panel_of(self.panels["proposals"]).set_article(self.wb, article_id)
        if self.history_dock.isVisible():
            self.history_view.set_claim(self.wb, self.window.current_claim_id())

    def on_claim(self, claim_id: str | None) -> None:
        if self.history_dock.isVisible():
            self.history_view.set_claim(self.wb, claim_id)
        similar = self.panels.get("similar")
        if similar is not None and similar.isVisible():
            _panel_of(similar).set_claim(self.wb, claim_id)

    def on_change(self, change: Change) -> None:
        current = self.window.current_claim_id()
        if self.history_dock.isVisible() and (current in change.claim_ids or not change.claim_ids):
            self.history_view.set_claim(self.wb, current)
        proposals = self.panels.get("proposals")
        if proposals is not None and change.kinds & (ChangeKind.CLAIM_SET | ChangeKind.PROPOSALS):
            # a claim made or gone changes which proposals it covers; a decision or its undo
            # changes which are open
            _panel_of(proposals).refresh()


def _panel_of(dock: QDockWidget) -> Any:
    """The panel a dock holds (search, proposals or checked before: each its own class)."""
    return dock.widget()
