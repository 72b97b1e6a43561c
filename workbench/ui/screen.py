"""Dialogs sized to the screen they open on: never larger than a 1024×680 laptop screen's free
area (tests/ui/test_window_tester_fixes.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

#: The share of the screen's free area a dialog may take at most (its width and its height).
SCREEN_SHARE = 0.9


def fit_to_screen(dialog: QWidget, width: int, height: int, share: float = SCREEN_SHARE) -> None:
    """Size ``dialog`` to ``width``×``height``, or to ``share`` of the available area of the
    screen its parent window is on (the primary screen for a window) when that is smaller."""
    parent = dialog.parentWidget()
    screen = parent.screen() if parent is not None else QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, int(free.width() * share))
        height = min(height, int(free.height() * share))
    dialog.resize(width, height)
