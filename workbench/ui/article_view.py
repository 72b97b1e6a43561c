"""The right-to-left article reader with claims highlighted by verdict.

Highlighting uses a QSyntaxHighlighter (char formats on the document's layout), never
``QTextEdit.ExtraSelection.cursor``, which crashes PySide6 6.12.0 (shared/PLATFORM.md).
Python string offsets and Qt's UTF-16 positions meet only through ``Utf16Index`` here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import bisect
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction, QColor, QFont, QSyntaxHighlighter, QTextBlockFormat, QTextCharFormat, QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QTextEdit

from workbench.core.model import Claim
from workbench.core.ratings import RatingScale
from workbench.core.spans import Utf16Index
from workbench.core.arabic import mask_bidi_controls

UNRATED_COLOR = "#9ecae1"
# Claims of one verdict this close (UTF-16 units apart: a space, a comma and a space) are
# neighbours: the second is drawn in the other shade so the two do not read as one.
NEIGHBOUR_GAP = 3

# A line holding no letter (digits, punctuation, symbols, emoji or nothing): no strong letter
# for its direction to follow.
_NO_LETTER_LINE = re.compile(r"^(?:[^\w\n]|[\d_])*$", re.MULTILINE)


class ClaimHighlighter(QSyntaxHighlighter):
    """Colours each claim's span by its verdict; the current claim is underlined and bold."""

    def __init__(self, document, colors: dict[str, str]):
        super().__init__(document)
        self._colors = colors
        self._spans: list[tuple[int, int, str, str | None]] = []  # (start16, end16, id, rating)
        self._starts: list[int] = []
        self._max_len = 0
        self._current: str | None = None
        self._formats: dict[tuple[str | None, bool, bool], QTextCharFormat] = {}
        self._alternate: set[str] = set()

    def _format(self, rating: str | None, current: bool, alternate: bool = False) -> QTextCharFormat:
        key = (rating, current, alternate)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            base = QColor(self._colors.get(rating or "", UNRATED_COLOR))
            color = QColor(base)
            color.setAlpha(255 if current else 85 if alternate else 150)
            fmt.setBackground(color)
            if current:
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setFontWeight(QFont.Weight.Bold)
            elif alternate:
                # the second of two neighbouring claims of one verdict: a lighter shade and a
                # dotted line under it, so the boundary between them shows
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(base.darker(170))
            self._formats[key] = fmt
        return fmt

    def set_spans(self, spans: list[tuple[int, int, str, str | None]], current: str | None,
                  rehighlight: bool = True) -> None:
        self._spans = sorted(spans)
        self._starts = [s[0] for s in self._spans]
        self._max_len = max((e - s for s, e, _, _ in self._spans), default=0)
        self._alternate = self._alternates(self._spans)
        self._current = current
        if rehighlight:
            self.rehighlight()

    @staticmethod
    def _alternates(spans) -> set[str]:
        """Claims drawn in the alternate shade: each claim that follows a claim of the same
        verdict within a few characters (or inside it) takes the other shade than that one."""
        alternate: set[str] = set()
        prev_end, prev_rating, prev_alt = None, None, False
        for s, e, cid, rating in spans:
            alt = prev_end is not None and rating == prev_rating and s - prev_end <= NEIGHBOUR_GAP and not prev_alt
            if alt:
                alternate.add(cid)
            prev_end, prev_rating, prev_alt = e, rating, alt
        return alternate

    def spans_in(self, start: int, end: int):
        """Spans overlapping the UTF-16 range [start, end)."""
        lo = bisect.bisect_left(self._starts, start - self._max_len)
        hi = bisect.bisect_left(self._starts, end)
        for span in self._spans[lo:hi]:
            if span[1] > start:
                yield span

    def set_current(self, claim_id: str | None) -> None:
        if claim_id == self._current:
            return
        old, self._current = self._current, claim_id
        self._rehighlight_claims({c for c in (old, claim_id) if c is not None})

    def _rehighlight_claims(self, ids: set[str]) -> None:
        if not ids:
            return
        for s, e, cid, _ in self._spans:
            if cid in ids:
                self._rehighlight_range(s, e)

    def _rehighlight_range(self, start: int, end: int) -> None:
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            self.rehighlightBlock(block)
            block = block.next()

    def replace_span(self, claim_id: str, span: tuple[int, int, str, str | None] | None,
                     current: str | None) -> None:
        """Add, change or drop one claim's span, re-highlighting only the paragraphs it touches."""
        old = [sp for sp in self._spans if sp[2] == claim_id]
        spans = [sp for sp in self._spans if sp[2] != claim_id] + ([span] if span else [])
        old_alternate = self._alternate
        self.set_spans(spans, current, rehighlight=False)
        for s, e, _, _ in old + ([span] if span else []):
            self._rehighlight_range(s, e)
        self._rehighlight_claims((old_alternate ^ self._alternate) - {claim_id})

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        block = self.currentBlock()
        bstart = block.position()
        bend = bstart + block.length()
        for s, e, cid, rating in self.spans_in(bstart, bend):
            lo, hi = max(s, bstart), min(e, bend)
            self.setFormat(lo - bstart, hi - lo,
                           self._format(rating, cid == self._current, cid in self._alternate))


class ArticleView(QTextEdit):
    """Read-only article text. Emits Python offsets, never UTF-16 positions."""

    claimClicked = Signal(str)
    newClaimRequested = Signal()

    def __init__(self, colors: dict[str, str], parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setObjectName("articleView")
        # lines wrap at the view's width: the article never scrolls sideways
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.highlighter = ClaimHighlighter(self.document(), colors)
        self._index = Utf16Index("")
        self._claims: dict[str, Claim] = {}
        self.hidden_controls = 0
        self.new_claim_action: QAction | None = None  # set by the window: shown in the context menu

    # -- content -----------------------------------------------------------------------
    def set_article(self, text: str, language: str, claims: Sequence[Any]) -> None:
        """``claims``: anything with id, start, end and rating (claims, or ``ClaimSpan``s)."""
        self._index = Utf16Index(text)
        rtl = language.startswith(("ar", "fa", "ur", "he"))
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        option = QTextOption()
        # Each paragraph takes the direction of its own first strong letter (as dir="auto"):
        # Qt decides per block when the document's direction is Auto, and aligns each block to
        # its own leading side. Paragraphs without a strong letter take the article's direction.
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)  # per block: right in RTL, left in LTR
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setLayoutDirection(direction)
        # Spans first, text second: the highlighter formats each block once, as it arrives.
        self._claims = {c.id: c for c in claims}
        self.highlighter.set_spans(self._spans(claims), None, rehighlight=False)
        # Bidi controls in the stored text are shown as a visible mark of the same length, so
        # they cannot reorder what the checker reads and every offset stays valid.
        shown = mask_bidi_controls(text)
        self.hidden_controls = sum(1 for a, b in zip(text, shown) if a != b) if shown != text else 0
        self.setPlainText(shown)
        self._direct_neutral_blocks(shown, direction)

    def _direct_neutral_blocks(self, text: str, direction: Qt.LayoutDirection) -> None:
        """Paragraphs with no letter at all (numbers, dates, emoji, blank lines) would default
        to left to right: they take the article's direction instead."""
        if direction == Qt.LayoutDirection.LeftToRight:
            return
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(direction)
        cursor = QTextCursor(self.document())
        for match in _NO_LETTER_LINE.finditer(text):
            cursor.setPosition(self._index.to_utf16(match.start()))
            cursor.mergeBlockFormat(fmt)

    def _spans(self, claims):
        to16 = self._index.to_utf16
        return [(to16(c.start), to16(c.end), c.id, c.rating) for c in claims]

    def set_claims(self, claims: list[Claim], current: str | None = None) -> None:
        self._claims = {c.id: c for c in claims}
        self.highlighter.set_spans(self._spans(claims), current)

    def update_claim(self, claim: Claim | None, claim_id: str, current: str | None) -> None:
        if claim is None:
            self._claims.pop(claim_id, None)
        else:
            self._claims[claim.id] = claim
        self.highlighter.replace_span(claim_id, self._spans([claim])[0] if claim else None, current)

    # -- offsets -----------------------------------------------------------------------
    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self._index.from_utf16(cursor.selectionStart()),
                self._index.from_utf16(cursor.selectionEnd()))

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._index.to_utf16(start))
        cursor.setPosition(self._index.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.center_span(cursor)

    def center_span(self, cursor: QTextCursor) -> None:
        """Scroll so the selected span sits in the middle of the view (its top near the top
        when it is taller than the view): search hits, accepted proposals and F8 alike."""
        first, last = QTextCursor(cursor), QTextCursor(cursor)
        first.setPosition(cursor.selectionStart())
        last.setPosition(cursor.selectionEnd())
        top, bottom = self.cursorRect(first).top(), self.cursorRect(last).bottom()
        height = self.viewport().height()
        middle = (top + bottom) // 2 if bottom - top < height else top + height // 3
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + middle - height // 2)

    def claim_at(self, position16: int) -> str | None:
        hits = [span for span in self.highlighter.spans_in(position16, position16 + 1)]
        if not hits:
            return None
        return min(hits, key=lambda s: s[1] - s[0])[2]  # the innermost claim

    def show_claim(self, claim_id: str | None) -> None:
        self.highlighter.set_current(claim_id)
        claim = self._claims.get(claim_id) if claim_id else None
        if claim is not None:
            self.select_span(claim.start, claim.end)

    # -- events ------------------------------------------------------------------------
    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claim_id = self.claim_at(self.cursorForPosition(event.position().toPoint()).position())
            if claim_id:
                self.claimClicked.emit(claim_id)

    def contextMenuEvent(self, event):  # noqa: N802 - Qt API
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.new_claim_action is not None:
            menu.insertAction(menu.actions()[0] if menu.actions() else None, self.new_claim_action)
            menu.insertSeparator(menu.actions()[1] if len(menu.actions()) > 1 else None)
        menu.exec(event.globalPos())
        menu.deleteLater()


class RatingLegend(QLabel):
    """What the reader's colours mean: each rating's colour beside its name in the interface
    language, the unrated colour, and the current claim's look."""

    UNRATED = QT_TRANSLATE_NOOP("RatingLegend", "No verdict")
    CURRENT = QT_TRANSLATE_NOOP("RatingLegend", "underlined: the selected claim")

    def __init__(self, scale: RatingScale, parent=None):
        super().__init__(parent)
        self.setObjectName("legend")
        self._scale = scale
        self.language = "en"
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        # it wraps to the reader's width and never widens the reader's pane
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.setFont(font)
        self.set_language("en")

    def entries(self) -> list[tuple[str, str]]:
        """(colour, label) in the order shown."""
        return ([(r.color, r.label(self.language)) for r in self._scale.ratings]
                + [(UNRATED_COLOR, QCoreApplication.translate("RatingLegend", str(self.UNRATED)))])

    def set_language(self, language: str) -> None:
        from html import escape  # imported when the legend is first drawn

        self.language = language
        items = [
            f"<span style='background-color:{escape(color)}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
            f"&nbsp;{escape(label).replace(' ', '&nbsp;')}" for color, label in self.entries()]
        current = escape(QCoreApplication.translate("RatingLegend", str(self.CURRENT)))
        self.setText("&nbsp;&nbsp; ".join(items) + f"&nbsp;&nbsp; <u><b>{current}</b></u>")
        self.setToolTip("\n".join(label for _, label in self.entries()))
