"""The status bar's permanent line: who is working, progress (claims with a verdict / all),
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
        self.user.setText(self.tr("User: {0}").format(wb.user))
