"""Every action of the main window declared once: its name, text, keys, menu and the window
method it calls. Menus, shortcuts, the F1 list and retranslation are all built from this table,
so an action cannot have a shortcut the F1 list does not show, or a text that stays English.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMainWindow, QMenu, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from workbench.core.arabic import left_to_right

CONTEXT = "MainWindow"  # the translations' context (the texts were MainWindow.tr() before)
_DIALOG_TEXTS = (QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"), QT_TRANSLATE_NOOP("MainWindow", "Action"),
                 QT_TRANSLATE_NOOP("MainWindow", "Keys"))
Keys = tuple[str | QKeySequence.StandardKey, ...]


class ActionSpec(NamedTuple):
    attr: str           # the window's attribute is ``act_<attr>``
    text: object        # QT_TRANSLATE_NOOP(CONTEXT, …): translated when shown
    menu: str           # a key of MENUS
    slot: str = ""      # what it triggers, a path from the window ("" : an action made elsewhere)
    keys: Keys = ()
    separator: bool = False  # a separator line before it in its menu


MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("claim", QT_TRANSLATE_NOOP("MainWindow", "&Claim")),
    ("review", QT_TRANSLATE_NOOP("MainWindow", "&Review")),
    ("find", QT_TRANSLATE_NOOP("MainWindow", "&Find")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)

SK = QKeySequence.StandardKey
ACTIONS = (
    ActionSpec("open_desk", QT_TRANSLATE_NOOP("MainWindow", "Open &desk…"), "file",
               "open_desk", ("Ctrl+Shift+O",)),
    ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "&Library…"), "file",
               "library_actions.choose_article", (SK.Open,)),
    ActionSpec("import", QT_TRANSLATE_NOOP("MainWindow", "&Import article…"), "file",
               "library_actions.import_article", ("Ctrl+I",)),
    ActionSpec("paste", QT_TRANSLATE_NOOP("MainWindow", "Import &pasted text or link"), "file",
               "import_clipboard", ("Ctrl+Shift+V",)),
    ActionSpec("export", QT_TRANSLATE_NOOP("MainWindow", "&Export verdicts…"), "file",
               "library_actions.export_verdicts", ("Ctrl+E",), separator=True),
    ActionSpec("bundle_out", QT_TRANSLATE_NOOP("MainWindow", "Export for re&view…"), "file",
               "review_actions.export_current_bundle", ("Ctrl+Shift+E",)),
    ActionSpec("bundle_in", QT_TRANSLATE_NOOP("MainWindow", "&Import review bundle…"), "file",
               "review_actions.import_bundle", ("Ctrl+Shift+I",)),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "file", "close", (SK.Quit,), separator=True),
    ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "edit", "undo", (SK.Undo,)),
    ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "edit", "redo", (SK.Redo,)),
    ActionSpec("new_claim", QT_TRANSLATE_NOOP("MainWindow", "&New claim from selection"), "edit",
               "new_claim_from_selection", ("Ctrl+N",), separator=True),
    ActionSpec("delete_claim", QT_TRANSLATE_NOOP("MainWindow", "&Delete claim"), "edit",
               "claim_actions.delete_current", ("Ctrl+Delete",)),
    ActionSpec("add_source", QT_TRANSLATE_NOOP("MainWindow", "Add &source…"), "claim",
               "claim_actions.add_source_to_current", ("Ctrl+Shift+S",)),
    ActionSpec("capture_source", QT_TRANSLATE_NOOP("MainWindow", "&Capture source again"), "claim",
               "claim_actions.capture_current_source"),
    ActionSpec("view_capture", QT_TRANSLATE_NOOP("MainWindow", "&View capture"), "claim",
               "claim_actions.view_current_capture"),
    ActionSpec("statement", QT_TRANSLATE_NOOP("MainWindow", "Edit s&tatement"), "claim",
               "claim_panel.statement.setFocus", ("F2",)),
    ActionSpec("rationale", QT_TRANSLATE_NOOP("MainWindow", "Edit &rationale"), "claim",
               "claim_panel.rationale.setFocus", ("F3",)),
    ActionSpec("next", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt claim"), "claim", "next_claim", ("F8",), separator=True),
    ActionSpec("prev", QT_TRANSLATE_NOOP("MainWindow", "&Previous claim"), "claim", "previous_claim", ("Shift+F8",)),
    ActionSpec("submit", QT_TRANSLATE_NOOP("MainWindow", "&Submit for review"), "review",
               "review_actions.submit_current", ("Ctrl+Shift+Return",)),
    ActionSpec("queue", QT_TRANSLATE_NOOP("MainWindow", "Review &queue…"), "review",
               "review_actions.open_queue", ("Ctrl+R",)),
    ActionSpec("comment", QT_TRANSLATE_NOOP("MainWindow", "&Comment on claim…"), "review",
               "review_actions.comment_current", ("Ctrl+Shift+M",)),
    ActionSpec("history", QT_TRANSLATE_NOOP("MainWindow", "&History"), "review", "", ("Ctrl+H",)),
    ActionSpec("user", QT_TRANSLATE_NOOP("MainWindow", "Change &user…"), "review",
               "review_actions.change_user", separator=True),
    ActionSpec("search", QT_TRANSLATE_NOOP("MainWindow", "&Search everything…"), "find",
               "docks.show_search", ("Ctrl+Shift+F",)),
    ActionSpec("proposals", QT_TRANSLATE_NOOP("MainWindow", "&Proposed claims"), "find",
               "docks.show_proposals", ("Ctrl+Shift+P",)),
    ActionSpec("similar", QT_TRANSLATE_NOOP("MainWindow", "&Checked before"), "find",
               "docks.show_similar", ("Ctrl+Shift+K",)),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), "help",
               "show_shortcuts", (SK.HelpContents,)),
)


def tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


class ActionRegistry:
    """Builds the actions of ``ACTIONS`` on a window, with their menus; retranslates them."""

    def __init__(self, window: QMainWindow, made_elsewhere: dict[str, QAction] | None = None):
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._specs = {s.attr: s for s in ACTIONS}
        made_elsewhere = made_elsewhere or {}
        for spec in ACTIONS:
            action = made_elsewhere.get(spec.attr)
            if action is None:
                action = QAction(window)
                action.setObjectName(_object_name(spec.attr))
                action.triggered.connect(lambda _checked=False, slot=spec.slot: _resolve(window, slot)())
            keys: list[QKeySequence] = []
            for k in spec.keys:
                keys += QKeySequence.keyBindings(k) if isinstance(k, SK) else [QKeySequence(k)]
            if keys:
                action.setShortcuts(keys)
            window.addAction(action)
            self.actions[spec.attr] = action
            setattr(window, f"act_{spec.attr}", action)
        bar = window.menuBar()
        for key, _title in MENUS:
            self.menus[key] = bar.addMenu("")
            setattr(window, f"menu_{key}", self.menus[key])
        for spec in ACTIONS:
            menu = self.menus[spec.menu]
            if spec.separator:
                menu.addSeparator()
            menu.addAction(self.actions[spec.attr])

    def language_menu(self, parent: QMenu, choose) -> tuple[QAction, QAction, QMenu]:
        """View ▸ Language: English and العربية, each named in its own language."""
        group = QActionGroup(self.window)
        english, arabic = QAction("English", self.window), QAction("العربية", self.window)
        menu = parent.addMenu("")
        for act, code, name in ((english, "en", "langEnglish"), (arabic, "ar", "langArabic")):
            act.setObjectName(name)
            act.setCheckable(True)
            group.addAction(act)
            menu.addAction(act)
            act.triggered.connect(lambda _=False, c=code: choose(c))
        return english, arabic, menu

    def retranslate(self) -> None:
        for key, title in MENUS:
            self.menus[key].setTitle(tr(title))
        for spec in ACTIONS:
            if spec.attr not in ("undo", "redo"):  # named after their step: see MainWindow
                self.actions[spec.attr].setText(tr(spec.text))

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action that has a shortcut, in menu order."""
        rows = []
        for key, _title in MENUS:
            for action in self.menus[key].actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and not action.isSeparator():
                    rows.append((action.text().replace("&", ""), keys))
        return rows


def _resolve(window: QMainWindow, path: str):
    """``"claim_actions.delete_current"`` → ``window.claim_actions.delete_current``."""
    target = window
    for part in path.split("."):
        target = getattr(target, part)
    return target


def _object_name(attr: str) -> str:
    """The objectName tests and styles use (camelCase, as before)."""
    names = {"open": "openArticle", "import": "importArticle", "paste": "importPasted",
             "bundle_out": "exportForReview", "bundle_in": "importReview", "new_claim": "newClaim",
             "delete_claim": "deleteClaim", "add_source": "addSource", "statement": "editStatement",
             "rationale": "editRationale", "next": "nextClaim", "prev": "previousClaim",
             "submit": "submitForReview", "queue": "reviewQueue", "user": "changeUser",
             "similar": "checkedBefore", "shortcuts": "shortcuts"}
    return names.get(attr, attr)


class ShortcutsDialog(QDialog):
    """F1: every shortcut of the window, in menu order, mirrored with the interface."""

    def __init__(self, parent: QWidget, rows: list[tuple[str, str]]):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (what, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(what))
            table.setItem(r, 1, QTableWidgetItem(left_to_right(keys)))  # keys read left to right
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(460, 560)
