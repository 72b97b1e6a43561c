"""The library, importing and exporting from the window: each a dialog loaded on first use
(start-up stays fast), doing its long work off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .main_window import MainWindow


class LibraryActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.wb = window.wb

    def export_verdicts(self) -> None:
        from .export_dialog import ExportDialog

        ExportDialog(self.window, self.wb, self.window.article_id).exec()

    def choose_article(self) -> None:
        from .library_view import LibraryDialog

        dialog = LibraryDialog(self.window, self.wb, self.window.ops)
        dialog.articleChosen.connect(self.window.open_article)

        def follow(_changes) -> None:  # articles and counts others change show while it is open
            dialog.refresh()

        self.window.desk.changed.connect(follow)
        try:
            dialog.exec()
        finally:
            self.window.desk.changed.disconnect(follow)
        dialog.deleteLater()

    def import_article(self, mime=None) -> None:
        """File ▸ Import, a drop on the window or a paste: the import dialog does the work off
        the GUI thread and the new article opens when it is saved."""
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.window, self.wb)
        dialog.imported.connect(self.window.open_article)
        if mime is not None and dialog.fill(mime):
            dialog.start()
        dialog.exec()
        # said where the checker looks next, not lost with the closed dialog: an earlier copy
        # of the same text (same bytes or not), and the encoding the bytes were read as
        if dialog.result() == dialog.DialogCode.Accepted and dialog.status_text():
            self.window.statusBar().showMessage(dialog.status_text(), 15000)
