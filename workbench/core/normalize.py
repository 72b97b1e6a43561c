"""Search normalisation for Arabic and Latin text, with a way back to the original offsets.

A query without tashkeel must find text with it (``مدنيين`` finds ``مدنيَّين``), so both the
index and the query go through :func:`normalize`:

- tashkeel (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel removed;
- alef forms (أ إ آ ٱ ٲ ٳ) → ا; hamza on waw ؤ → و, on ya ئ → ي; alef maqsura ى → ي;
  ta marbuta ة → ه; Persian/Urdu ya and kaf (ی ک) → ي ك;
- Arabic-Indic (٠–٩) and Persian (۰–۹) digits → 0–9;
- Arabic presentation forms (ﻻ, ﺃ …) → their letters; Latin, Greek, Cyrillic casefolded;
- zero-width joiners and bidi controls dropped.

Every change is per character, so a position in the normalised text maps back to a position
in the original: :class:`Normalized` does it with a binary search over the characters whose
replacement is not exactly one character long (:func:`str.translate` does the work, at C speed).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_DROP = (
    "\u0610-\u061a"  # Quranic honorifics and small marks
    "\u064b-\u065f"  # tanween, harakat, shadda, sukun, hamza above/below marks
    "\u0670"  # dagger (superscript) alef
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"  # Quranic annotation marks
    "\u08d3-\u08e1\u08e3-\u08ff"  # extended Arabic marks
    "\u0640"  # tatweel
    "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff"  # zero-width, bidi controls
)

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا",
    "ؤ": "و", "ئ": "ي", "ى": "ي", "ی": "ي", "ې": "ي", "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك",
}


def _ranges(spec: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return out


def _fold(ch: str) -> str:
    """One character after every rule above (may be empty, or several characters)."""
    if ch in _MAP:
        return _MAP[ch]
    if "\u0660" <= ch <= "\u0669":
        return chr(ord(ch) - 0x0660 + 48)
    if "\u06f0" <= ch <= "\u06f9":
        return chr(ord(ch) - 0x06F0 + 48)
    return ch.casefold()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], re.Pattern]:
    table: dict[int, str] = {}
    for ch in _ranges(_DROP):
        table[ord(ch)] = ""
    candidates = [chr(c) for c in range(0x00C0, 0x0530)] + [chr(c) for c in range(0x41, 0x5B)]
    candidates += [chr(c) for c in range(0x1E00, 0x2000)] + [chr(c) for c in range(0xFF21, 0xFF3B)]
    candidates += list(_MAP) + [chr(c) for c in range(0x0660, 0x066A)]
    candidates += [chr(c) for c in range(0x06F0, 0x06FA)]
    for ch in candidates:
        if ord(ch) in table:
            continue
        folded = _fold(ch)
        if folded != ch:
            table[ord(ch)] = folded
    # Presentation forms: compatibility decomposition, then the rules on what comes out.
    for c in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(c)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch and unicodedata.category(ch) != "Cn":
            table[c] = "".join(table.get(ord(d), d) for d in decomposed)
    changing = sorted(chr(k) for k, v in table.items() if len(v) != 1)
    pattern = re.compile("[" + "".join(re.escape(c) for c in changing) + "]")
    return table, pattern


def normalize(text: str) -> str:
    """The search form of ``text`` (see the module documentation)."""
    return text.translate(_tables()[0])


@dataclass(frozen=True)
class Normalized:
    """``text`` normalised, with offsets back into ``original``."""

    original: str
    text: str
    _ends: tuple[int, ...]  # normalised end of each length-changing original character
    _starts: tuple[int, ...]  # its normalised start
    _orig: tuple[int, ...]  # its original position
    _delta: tuple[int, ...]  # sum of (len(replacement) - 1) up to and including it

    def _count_before(self, j: int) -> int:
        """Length-changing characters whose replacement ends at or before normalised ``j``."""
        return bisect.bisect_right(self._ends, j)

    def to_original_start(self, j: int) -> int:
        """Original offset of normalised position ``j`` used as a span start: marks that
        belong to the previous letter are left out."""
        k = self._count_before(j)
        if k < len(self._starts) and self._starts[k] < j:  # inside an expansion
            return self._orig[k]
        return j - (self._delta[k - 1] if k else 0)

    def to_original_end(self, j: int) -> int:
        """Original offset of normalised position ``j`` used as a span end: marks and tatweel
        that follow the last letter are kept with it."""
        k = self._count_before(j)
        if k < len(self._starts) and self._starts[k] < j:  # inside an expansion
            return self._orig[k] + 1
        # Dropped characters at ``j`` (marks after the last letter) count as before it.
        return j - (self._delta[k - 1] if k else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original_start(start), self.to_original_end(end)


def normalized(text: str) -> Normalized:
    """Normalise ``text`` keeping what is needed to map positions back to it."""
    table, pattern = _tables()
    out = text.translate(table)
    ends, starts, orig, delta = [], [], [], []
    total = 0
    for m in pattern.finditer(text):
        p = m.start()
        length = len(table[ord(text[p])])
        q = p + total
        total += length - 1
        starts.append(q)
        ends.append(q + length)
        orig.append(p)
        delta.append(total)
    return Normalized(text, out, tuple(ends), tuple(starts), tuple(orig), tuple(delta))


_WORD = re.compile(r"\w+")


def terms(query: str) -> list[str]:
    """The normalised words of a query, in order, without repeats."""
    seen: dict[str, None] = {}
    for m in _WORD.finditer(normalize(query)):
        seen.setdefault(m.group(), None)
    return list(seen)


def find_terms(norm: Normalized, words: list[str]) -> list[tuple[int, int]]:
    """Spans in the ORIGINAL text where any of ``words`` (already normalised) occurs, as
    substrings of the normalised text, sorted and merged."""
    spans = []
    for w in words:
        if not w:
            continue
        i = norm.text.find(w)
        while i >= 0:
            spans.append(norm.span_to_original(i, i + len(w)))
            i = norm.text.find(w, i + len(w))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
