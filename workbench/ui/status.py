"""The status bar's permanent line: which desk and who is working, progress (claims with a verdict / all),
and whether everything is saved (typing not yet saved says so)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QWidget


class StatusLine(QWidget):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.user, self.progress, self.saved = QLabel(), QLabel(), QLabel()
        for label, name in ((self.user, "user"), (self.progress, "progress"), (self.saved, "saveState")):
            label.setObjectName(name)
        bar = window.statusBar()
        for i, label in enumerate((self.user, self.progress, self.saved)):
            if i:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                bar.addPermanentWidget(line)
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)
        self.hide()  # a holder: the labels live in the status bar

    def show_state(self, wb, done: int, total: int, typing: bool, saved_at: str | None) -> None:
        self.progress.setText(self.tr("{0} of {1} claims have a verdict").format(done, total))
        if typing:  # typed, not yet saved: it is, on leaving the field
            self.saved.setText(self.tr("Typing… saved when you leave the field"))
        elif saved_at:
            self.saved.setText(self.tr("All changes saved ({0})").format(saved_at))
        else:
            self.saved.setText(self.tr("All changes saved"))
        self.saved.setToolTip(wb.db_path)
        self.show_desk(wb)

    def show_desk(self, wb) -> None:
        """Which desk and which login (a file by name; a server as login@host/database)."""
        from .open_desk import desk_label

        self.user.setText(self.tr("Desk: {0} · User: {1}").format(desk_label(wb.db_path), wb.user))
        self.user.setToolTip(wb.db_path)
