"""Item views lay out each cell of article, claim or source text in the direction of its own
first strong letter (``dir="auto"``, as the reader and the claim panel do), whatever the
interface's direction: "Mixed: the ministry said ٢٠ civilians 😢 left…" reads left to right in
the Arabic checklist, an Arabic statement right to left in the English one. A cell with no
strong letter (digits, dashes) keeps the view's direction and the model's alignment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

from workbench.core.arabic import first_strong_direction

_HORIZONTAL = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter
               | Qt.AlignmentFlag.AlignJustify | Qt.AlignmentFlag.AlignAbsolute)


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The layout direction of ``text`` after its first strong letter; None without one."""
    found = first_strong_direction(text or "")
    if found is None:
        return None
    return Qt.LayoutDirection.RightToLeft if found == "rtl" else Qt.LayoutDirection.LeftToRight


class OwnDirectionDelegate(QStyledItemDelegate):
    """Each cell in its text's own direction, aligned to that direction's leading side."""

    def initStyleOption(self, option, index):  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction is not None:
            option.direction = direction
            # leading side of the text's own direction (AlignLeft without AlignAbsolute)
            option.displayAlignment = (option.displayAlignment & ~_HORIZONTAL) | Qt.AlignmentFlag.AlignLeft


def cells_in_own_direction(view: QAbstractItemView, *columns: int) -> OwnDirectionDelegate:
    """The ``columns`` of ``view`` (article, claim or source text) each in its own direction."""
    delegate = OwnDirectionDelegate(view)
    for column in columns:
        view.setItemDelegateForColumn(column, delegate)
    return delegate
