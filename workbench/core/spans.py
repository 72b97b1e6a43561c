"""Spans: Python string offsets into an article's stored NFC text.

Qt counts in UTF-16 code units; :class:`Utf16Index` is the one place where the two meet.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from .errors import InvalidInput

#: Characters that attach to the letter before them: a span may not start or end inside one.
_JOINING_CATEGORIES = {"Mn", "Me", "Mc"}
_JOINERS = {"\u200d", "\u200c", "\u0640"}  # ZWJ, ZWNJ, tatweel continue the letter before


def normalize(text: str) -> str:
    """The form every article text is stored in."""
    return unicodedata.normalize("NFC", text)


def _attaches(ch: str) -> bool:
    return unicodedata.category(ch) in _JOINING_CATEGORIES or ch in _JOINERS


def check_span(text: str, start: int, end: int) -> None:
    """Raise :class:`InvalidInput` unless ``text[start:end]`` is a real, whole-letter span."""
    if not isinstance(start, int) or not isinstance(end, int):
        raise InvalidInput("span.not_integers")
    if start > end:
        raise InvalidInput("span.reversed", start=start, end=end)
    if start < 0 or end > len(text):
        raise InvalidInput("span.outside", start=start, end=end, length=len(text))
    if start == end or not text[start:end].strip():
        raise InvalidInput("span.empty")
    if _attaches(text[start]):
        raise InvalidInput("span.start_splits", start=start)
    if end < len(text) and _attaches(text[end]):
        raise InvalidInput("span.end_splits", end=end)


def _in_word(ch: str) -> bool:
    return ch.isalnum() or _attaches(ch)


def snap_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection to whole words (letters with their marks) and trim white space, so a
    drag that starts or ends inside a word still quotes the word whole."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start > 0 and start < len(text) and _in_word(text[start]) and _in_word(text[start - 1]):
        start -= 1
    while 0 < end < len(text) and _in_word(text[end]) and _in_word(text[end - 1]):
        end += 1
    return trim_span(text, start, end)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` without the white space (line breaks included) at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def locate(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Find the ``occurrence``-th appearance of ``quote`` (NFC) in ``text``."""
    quote = normalize(quote)
    if not quote:
        raise InvalidInput("quote.empty")
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            raise InvalidInput("quote.not_found", quote=quote[:40])
    return pos, pos + len(quote)


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Index:
    """Convert between Python string offsets and UTF-16 code-unit positions (Qt's)."""

    def __init__(self, text: str):
        self._length = len(text)
        # Python offsets of every character outside the BMP (two UTF-16 units each).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def to_utf16(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, position: int) -> int:
        """Python offset of a UTF-16 position (a position inside a pair maps to its start)."""
        lo, hi = 0, self._length
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_utf16(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo
