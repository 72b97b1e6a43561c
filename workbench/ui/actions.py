"""Every action of the main window declared once: its name, text, keys, menu and the window
method it calls. Menus, shortcuts, the F1 list and retranslation are all built from this table,
so an action cannot have a shortcut the F1 list does not show, or a text that stays English.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

CONTEXT = "MainWindow"  # the translations' context (the texts were MainWindow.tr() before)
Keys = tuple[str | QKeySequence.StandardKey, ...]


@dataclass(frozen=True)
class ActionSpec:
    attr: str           # the window's attribute is ``act_<attr>``
    text: str           # translated in CONTEXT
    menu: str           # a key of MENUS
    slot: str = ""      # the window's method it triggers ("" : an action made elsewhere)
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
    ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "&Library…"), "file", "choose_article", (SK.Open,)),
    ActionSpec("import", QT_TRANSLATE_NOOP("MainWindow", "&Import article…"), "file", "import_article", ("Ctrl+I",)),
    ActionSpec("paste", QT_TRANSLATE_NOOP("MainWindow", "Import &pasted text or link"), "file", "import_clipboard",
               ("Ctrl+Shift+V",)),
    ActionSpec("export", QT_TRANSLATE_NOOP("MainWindow", "&Export verdicts…"), "file", "export_verdicts",
               ("Ctrl+E",), separator=True),
    ActionSpec("bundle_out", QT_TRANSLATE_NOOP("MainWindow", "Export for re&view…"), "file", "export_for_review",
               ("Ctrl+Shift+E",)),
    ActionSpec("bundle_in", QT_TRANSLATE_NOOP("MainWindow", "&Import review bundle…"), "file",
               "import_review_bundle", ("Ctrl+Shift+I",)),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "file", "close", (SK.Quit,), separator=True),
    ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "edit", "undo", (SK.Undo,)),
    ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "edit", "redo", (SK.Redo,)),
    ActionSpec("new_claim", QT_TRANSLATE_NOOP("MainWindow", "&New claim from selection"), "edit",
               "new_claim_from_selection", ("Ctrl+N",), separator=True),
    ActionSpec("delete_claim", QT_TRANSLATE_NOOP("MainWindow", "&Delete claim"), "edit", "delete_claim",
               ("Ctrl+Delete",)),
    ActionSpec("add_source", QT_TRANSLATE_NOOP("MainWindow", "Add &source…"), "claim", "add_source",
               ("Ctrl+Shift+S",)),
    ActionSpec("statement", QT_TRANSLATE_NOOP("MainWindow", "Edit s&tatement"), "claim", "focus_statement", ("F2",)),
    ActionSpec("rationale", QT_TRANSLATE_NOOP("MainWindow", "Edit &rationale"), "claim", "focus_rationale", ("F3",)),
    ActionSpec("next", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt claim"), "claim", "next_claim", ("F8",), separator=True),
    ActionSpec("prev", QT_TRANSLATE_NOOP("MainWindow", "&Previous claim"), "claim", "previous_claim", ("Shift+F8",)),
    ActionSpec("submit", QT_TRANSLATE_NOOP("MainWindow", "&Submit for review"), "review", "submit_for_review",
               ("Ctrl+Shift+Return",)),
    ActionSpec("queue", QT_TRANSLATE_NOOP("MainWindow", "Review &queue…"), "review", "open_review_queue", ("Ctrl+R",)),
    ActionSpec("comment", QT_TRANSLATE_NOOP("MainWindow", "&Comment on claim…"), "review", "add_comment",
               ("Ctrl+Shift+M",)),
    ActionSpec("history", QT_TRANSLATE_NOOP("MainWindow", "&History"), "review", "", ("Ctrl+H",)),
    ActionSpec("user", QT_TRANSLATE_NOOP("MainWindow", "Change &user…"), "review", "change_user", separator=True),
    ActionSpec("search", QT_TRANSLATE_NOOP("MainWindow", "&Search everything…"), "find", "show_search",
               ("Ctrl+Shift+F",)),
    ActionSpec("proposals", QT_TRANSLATE_NOOP("MainWindow", "&Proposed claims"), "find", "show_proposals",
               ("Ctrl+Shift+P",)),
    ActionSpec("similar", QT_TRANSLATE_NOOP("MainWindow", "&Checked before"), "find", "show_similar",
               ("Ctrl+Shift+K",)),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"), "help", "show_shortcuts",
               (SK.HelpContents,)),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


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
                action = QAction(window, objectName=_object_name(spec.attr))
                action.triggered.connect(lambda _checked=False, slot=spec.slot: getattr(window, slot)())
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


def _object_name(attr: str) -> str:
    """The objectName tests and styles use (camelCase, as before)."""
    names = {"open": "openArticle", "import": "importArticle", "paste": "importPasted",
             "bundle_out": "exportForReview", "bundle_in": "importReview", "new_claim": "newClaim",
             "delete_claim": "deleteClaim", "add_source": "addSource", "statement": "editStatement",
             "rationale": "editRationale", "next": "nextClaim", "prev": "previousClaim",
             "submit": "submitForReview", "queue": "reviewQueue", "user": "changeUser",
             "similar": "checkedBefore", "shortcuts": "shortcuts"}
    return names.get(attr, attr)
