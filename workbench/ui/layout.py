"""The widgets of the checking window, built and laid out (the window wires them): the reader
with its colour legend, the checklist, the claim panel in its scroll area, the splitters and the
warning banner. Sizes are chosen so the window fits a 1024×680 laptop screen with the docks open
(tests/ui/test_laptop_size.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHeaderView, QLabel, QScrollArea, QSplitter, QStyle, QTableView, QVBoxLayout, QWidget,
)

from workbench.core.ratings import RatingScale

from .article_view import ArticleView, RatingLegend
from .claim_panel import ClaimPanel, _named
from .models import ClaimsModel
from .text_direction import cells_in_own_direction

ARTICLE_FONT = "Amiri"
CHECKLIST_ROWS = 8  # the checklist never shrinks below this many rows (docks open, laptop screen)


class CheckingLayout:
    """The window's central widgets: ``article_view`` (+ ``legend`` in ``reader``),
    ``claims_model``/``claims_view``, ``claim_panel`` (in ``claim_scroll``), ``splitter`` and
    ``right_splitter``, ``banner``, and ``central``, the widget holding them all."""

    def __init__(self, scale: RatingScale, model_parent):
        self.article_view = ArticleView({r.key: r.color for r in scale.ratings})
        font = QFont(ARTICLE_FONT)
        font.setPointSize(15)
        self.article_view.setFont(font)
        self.article_view.setMinimumWidth(410)  # 40 % of a 1024 px laptop screen, docks open
        self.legend = RatingLegend(scale)
        self.reader = QWidget()  # the article with the legend of its colours under it
        reader_layout = QVBoxLayout(self.reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(2)
        reader_layout.addWidget(self.article_view, 1)
        reader_layout.addWidget(self.legend)

        self.claims_model = ClaimsModel(scale, model_parent)
        view = self.claims_view = _named(QTableView(), "claimsView")
        view.setModel(self.claims_model)
        self.claims_delegate = cells_in_own_direction(view, 1)  # each statement in its own direction
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(60)  # sized from the first rows: the rest stay unread
        view.setMinimumHeight(checklist_height(view, CHECKLIST_ROWS))

        self.claim_panel = ClaimPanel(scale)
        # the claim's detail scrolls within its pane, so it neither widens the window nor takes
        # the checklist's rows on a laptop screen
        self.claim_scroll = _named(QScrollArea(), "claimScroll")
        self.claim_scroll.setWidgetResizable(True)
        self.claim_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.claim_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.claim_scroll.setWidget(self.claim_panel)
        self.claim_scroll.setMinimumWidth(300)  # the panel's own narrowest, in either language

        self.right_splitter = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(view)
        right.addWidget(self.claim_scroll)
        right.setChildrenCollapsible(False)
        right.setSizes([300, 500])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(right)
        self.splitter.setSizes([640, 560])
        self.splitter.setChildrenCollapsible(False)
        # a wider window widens both sides in proportion: a layout saved in a small window keeps
        # the claim panel usable when the window is maximised later
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.banner = _named(QLabel(), "banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3cd;color:#664d03;padding:6px;border:1px solid #ffe69c")
        self.banner.hide()
        self.central = QWidget()
        layout = QVBoxLayout(self.central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)


def checklist_height(view: QTableView, rows: int) -> int:
    """Height of a table showing ``rows`` rows under its header (and a scroll bar)."""
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
            + bar + 2 * view.frameWidth() + 2)
