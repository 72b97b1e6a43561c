"""Starting the GUI: application, fonts, translations, database, window."""

from __future__ import annotations

import sys
import time
from typing import cast
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QThreadPool, QTimer,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.core import bundled
from workbench.core.errors import StoreUnavailable, WorkbenchError
from workbench.services import open_workbench

from .errors import error_text
from .settings import SETTINGS
from .main_window import MainWindow


def register_fonts() -> list[str]:
    """Register the bundled Arabic font (Amiri, from the fontpkg-amiri package)."""
    import fontpkg_amiri

    families = []
    for name in ("Amiri-Regular.ttf", "Amiri-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(Path(fontpkg_amiri.ROOT) / "files" / name))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families


class Translations:
    """Qt's own translations beside the app's, switched at run time with the layout direction."""

    def __init__(self, app: QApplication):
        self.app = app
        self._installed: list[QTranslator] = []

    def set_language(self, code: str) -> None:
        for t in self._installed:
            self.app.removeTranslator(t)
        self._installed = []
        if code != "en":
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        # English too: workbench_en.qm holds the singular and plural of every ``tr(text, "", n)``
        # ("%n claim(s) added" -> "1 claim added" / "3 claims added")
        ours = QTranslator(self.app)
        if ours.load(str(bundled.path(f"i18n/workbench_{code}.qm"))):
            self._installed.append(ours)
        for t in self._installed:
            self.app.installTranslator(t)
        self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code == "ar"
                                    else Qt.LayoutDirection.LeftToRight)
        # Deliver the LanguageChange events now, so every widget is retranslated at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        SETTINGS.language.set(code)


_translations: dict[int, Translations] = {}


def translations_of(app: QApplication) -> Translations:
    """The application's one set of translators: a second window switching to English removes
    the Arabic ones the first installed."""
    key = id(app)
    if key not in _translations or _translations[key].app is not app:
        _translations[key] = Translations(app)
    return _translations[key]


def make_app(argv=None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(argv or sys.argv[:1]))
    app.setOrganizationName("workbench")
    app.setApplicationName("workbench")
    app.setApplicationDisplayName("Workbench")
    register_fonts()
    return app


def remember_user(wb) -> None:
    """Record who works in the window as the database's last user, the command line's
    default ``--user``. A preference: a database that cannot take it still opens."""
    try:
        wb.remember_user()
    except StoreUnavailable:
        pass


def create_window(wb, app: QApplication, article_id: str | None = None, language: str | None = None) -> MainWindow:
    translations = translations_of(app)
    window = MainWindow(wb, translations.set_language)
    window._translations = translations  # type: ignore[attr-defined]  # kept alive with the window
    if language is None:
        language = SETTINGS.language.get() or ("ar" if QLocale.system().language() == QLocale.Language.Arabic else "en")
    window.set_language(language)
    remember_user(wb)
    articles = wb.articles()
    ids = {a.id for a in articles}
    if article_id is not None and article_id not in ids:
        raise WorkbenchError("article.not_found", article=article_id)
    last = SETTINGS.last_article.get()
    chosen = article_id or (last if last in ids else None) or (articles[0].id if articles else None)
    if chosen:
        window.open_article(chosen)
    window.restore_layout()
    window.update_status()  # the desk and the login, even with no article to open
    return window


def run(db=None, user=None, article_id=None, exit_after_show: bool = False, as_json: bool = False) -> int:
    app = make_app()
    try:
        # the default user is the database's last user (the command line's default too)
        wb = open_workbench(db, user or None)
        wb.ensure_sample()
        window = create_window(wb, app, article_id)
    except WorkbenchError as exc:
        sys.stderr.write(f"workbench: error: {exc}\n")
        # a script never waits on a box: nobody could see (or close) one offscreen, and
        # --exit-after-show promises to return
        if not exit_after_show and app.platformName() != "offscreen":
            QMessageBox.critical(None, app.translate("run", "Workbench"), error_text(exc))
        return 1
    window.show()
    if exit_after_show:
        def shown():
            if as_json:  # what opened, for scripts
                import json

                sys.stdout.write(json.dumps({"shown": round(time.time(), 6), "article_id": window.article_id,
                                             "user": window.wb.user}) + "\n")
            else:
                sys.stdout.write(f"shown {time.time():.6f}\n")
            sys.stdout.flush()
            app.quit()
        QTimer.singleShot(0, shown)
    else:
        # after the first paint, off the GUI thread: the audit check and sqlite-utils' import
        QTimer.singleShot(200, window.check_trail_in_background)
        QTimer.singleShot(400, wb.warm_up)
    code = app.exec()
    # let background work (search, proposals, exports, the audit check) finish before the
    # database and the interpreter go away
    QThreadPool.globalInstance().waitForDone(10_000)
    wb.close()
    return code
