"""Helpers for driving modal dialogs, which block in exec()."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(fn, timeout_ms: int = 10000, step_ms: int = 20) -> None:
    """Run ``fn(dialog)`` on the next modal widget that opens; give up after ``timeout_ms`` so
    a poll never outlives its test."""
    left = [timeout_ms // step_ms]

    def poll():
        widget = QApplication.activeModalWidget()
        if widget is not None:
            fn(widget)
        elif left[0] > 0:
            left[0] -= 1
            QTimer.singleShot(step_ms, poll)

    QTimer.singleShot(0, poll)
