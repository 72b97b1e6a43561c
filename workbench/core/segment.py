"""Sentence and clause segmentation for Arabic and English news text.

Spans are offsets into the original text (the stored NFC text), trimmed of white space.

- Sentences end at ``. ! ? ؟ …`` (and ``؛ ;``) outside quotation marks, and at line breaks
  (except a single break inside a long line of running text, as in wrapped paragraphs).
  A full stop inside a number (``3.5``) or after a single capital letter (``U.S.``) or a
  common abbreviation (``Mr.``) is not an end.
- Arabic writers chain statements with the Arabic comma ``،``: a sentence is cut there too,
  outside quotes, when both sides keep at least :data:`MIN_WORDS` words (a short opening such
  as ``كذلك،`` or ``أتت هذه التطورات،`` stays with what follows).
- A clause opened by a circumstantial participle (``مبدية``, ``مشيرة``, ``معتبرة``…) stays
  with the statement before it: same speaker, one claim.
- Quotation marks (“ ” « » „ and straight ") are kept whole: nothing inside a quotation cuts
  the sentence that carries it.
"""

from __future__ import annotations

import re

MIN_WORDS = 4
#: Circumstantial participles (حال) that continue the statement before the comma with the same
#: speaker: "دعت أذربيجان …، مبدية استعدادها …" is one claim, not two.
_CONTINUATIONS = re.compile(
    r"(?:مبدي|مشير|معتبر|مؤكد|مضيف|موضح|لافت|محذر|متهم|مطالب|داعي)(?:ة|ا|اً|ًا|ين|ون)?\b")
_ENDERS = ".!?؟…"
_SEMI = "؛;"
_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "inc", "ltd", "jr", "sr",
           "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "aug",
           "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e"}
_WORD = re.compile(r"\w+")


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in "،,"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or not _WORD.search(text, start, end):
        return None
    return start, end


def _is_sentence_end(text: str, i: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch == ".":
        if nxt and not nxt.isspace() and nxt not in "”»\"')":
            return False  # 3.5, example.org, U.S
        m = re.search(r"([\w.]+)$", text[max(0, i - 12):i])
        word = m.group(1).lower() if m else ""
        if word in _ABBREV or (len(word) == 1 and word.isalpha() and word.isascii()):
            return False
    if ch in "!?؟…" and nxt in _ENDERS:
        return False  # "?!" ends at the last mark
    return True


def _soft_wrap(text: str, i: int) -> bool:
    """A single line break inside a long line of running text (no blank line, no final
    punctuation before it, text right after it) does not end the sentence."""
    line_start = text.rfind("\n", 0, i) + 1
    before = text[line_start:i].rstrip()
    after = text[i + 1:i + 2]
    if not before or not after or after.isspace() or before[-1] in _ENDERS + _SEMI + ":":
        return False
    return len(_WORD.findall(before)) >= 8


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``."""
    out: list[tuple[int, int]] = []
    start = 0
    closing: list[str] = []
    straight = False
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN_QUOTES and not (ch == "“" and closing and closing[-1] == "“"):
            closing.append(_OPEN_QUOTES[ch])
        elif closing and ch == closing[-1]:
            closing.pop()
        elif ch == '"':
            straight = not straight
        elif ch == "\n" and _soft_wrap(text, i):
            pass  # a long line broken in the middle of a sentence
        elif ch == "\n":
            # A line break ends a sentence, and a quotation left open on it.
            closing.clear()
            straight = False
            span = _trim(text, start, i)
            if span:
                out.append(span)
            start = i + 1
        elif not closing and not straight and (
                (ch in _ENDERS and _is_sentence_end(text, i)) or ch in _SEMI):
            end = i + 1
            # Closing quotes and brackets right after the end belong to the sentence.
            while end < n and text[end] in "”»\"')":
                end += 1
            span = _trim(text, start, end)
            if span:
                out.append(span)
            start = i = end
            continue
        i += 1
    span = _trim(text, start, n)
    if span:
        out.append(span)
    return out


def _words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one sentence at Arabic commas outside quotes, keeping clauses of MIN_WORDS words."""
    cuts = []
    depth: list[str] = []
    straight = False
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN_QUOTES and not (ch == "“" and depth and depth[-1] == "“"):
            depth.append(_OPEN_QUOTES[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif ch == '"':
            straight = not straight
        elif ch == "،" and not depth and not straight:
            cuts.append(i)
    pieces: list[tuple[int, int]] = []
    prev = start
    for c in cuts:
        pieces.append((prev, c))
        prev = c + 1
    pieces.append((prev, end))
    # A piece opened by a circumstantial participle belongs to the statement before it.
    joined: list[tuple[int, int]] = []
    for s, e in pieces:
        first = text[s:e].lstrip()
        if joined and _CONTINUATIONS.match(first):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    pieces = joined
    # Merge short pieces into their neighbours: forward first, the last one backward.
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for s, e in pieces:
        s0 = carry if carry is not None else s
        if _words(text, s0, e) < MIN_WORDS:
            carry = s0
            continue
        merged.append((s0, e))
        carry = None
    if carry is not None:
        if merged:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((carry, end))
    out = []
    for s, e in merged:
        span = _trim(text, s, e)
        if span:
            out.append(span)
    return out


def segments(text: str) -> list[tuple[int, int]]:
    """Clause-level spans of ``text``: sentences, cut at Arabic commas where both sides stand
    on their own. These are the units the check-worthiness scorer rates."""
    out = []
    for s, e in sentences(text):
        out.extend(clauses(text, s, e))
    return out
