"""The window's settings, each declared once with its key, type, default and meaning
(orange-canvas-core's ``utils/settings.py``). QSettings holds UI state only: everything the
checker produces lives in the database.

    from .settings import SETTINGS
    SETTINGS.language.get()            # "en" when never set
    SETTINGS.last_claim.get(article)   # keyed per article
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings


class Setting:
    """One setting: its QSettings ``key`` ("{0}" is filled by the argument of get/set), the
    ``type`` it is read as, its ``default`` and what it is for (a plain class: it is built at
    start-up, where a dataclass costs milliseconds)."""

    __slots__ = ("key", "type", "default", "doc")

    def __init__(self, key: str, type_: type, default: Any, doc: str):
        self.key, self.type, self.default, self.doc = key, type_, default, doc

    def _key(self, arg: str) -> str:
        return self.key.format(arg) if arg else self.key

    def get(self, arg: str = "") -> Any:
        value = QSettings().value(self._key(arg), self.default)
        if value is None or value == "":
            return self.default
        if self.type is bool and isinstance(value, str):
            return value.lower() == "true"
        if self.type in (str, int) and not isinstance(value, self.type):
            try:
                return self.type(str(value))
            except (TypeError, ValueError):
                return self.default
        return value

    def set(self, value: Any, arg: str = "") -> None:
        QSettings().setValue(self._key(arg), value)


class Settings:
    language = Setting("language", str, "", "interface language, 'en' or 'ar' ('' = the system's)")
    last_article = Setting("lastArticle", str, "", "the article open when the window closed")
    last_claim = Setting("lastClaim/{0}", str, "", "the claim selected last, per article id")
    geometry = Setting("window/geometry", object, None, "window position and size")
    state = Setting("window/state", object, None, "docks and toolbars")
    splitter = Setting("window/splitter", object, None, "article | checklist split")
    right_splitter = Setting("window/rightSplitter", object, None, "checklist / claim split")
    export_format = Setting("export/format", str, "pdf", "the export dialog's last format")
    export_all_states = Setting("export/allStates", bool, False, "export claims not yet approved")
    export_path = Setting("export/path", str, "", "the last file exported to")


SETTINGS = Settings()
