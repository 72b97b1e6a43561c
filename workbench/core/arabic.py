"""Arabic text tools that need no Qt: terminal display order and bidi control handling."""

from __future__ import annotations

import re

#: Explicit bidi embeddings, overrides and isolates, and the directional marks.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


#: What each control looks like on screen: one visible character of neutral direction, so
#: masked text has the same length (offsets and spans stay valid) and nothing is reordered.
BIDI_SYMBOL = "\u25c6"  # ◆

_BIDI_NAMES = {
    "\u202a": "LEFT-TO-RIGHT EMBEDDING", "\u202b": "RIGHT-TO-LEFT EMBEDDING",
    "\u202c": "POP DIRECTIONAL FORMATTING", "\u202d": "LEFT-TO-RIGHT OVERRIDE",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE", "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2067": "RIGHT-TO-LEFT ISOLATE", "\u2068": "FIRST STRONG ISOLATE",
    "\u2069": "POP DIRECTIONAL ISOLATE", "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK", "\u061c": "ARABIC LETTER MARK",
}
assert set(_BIDI_NAMES) == set(BIDI_CONTROLS)
_MASK = str.maketrans({c: BIDI_SYMBOL for c in BIDI_CONTROLS})


def mask_bidi_controls(text: str) -> str:
    """``text`` with every bidi control replaced by a visible ◆: same length, same offsets (in
    Python and UTF-16 units), and no embedding, override or isolate left to reorder a line."""
    return text.translate(_MASK)


def bidi_controls(text: str) -> list[tuple[int, str]]:
    """(offset, Unicode name) of every bidi control in ``text``, to explain each ◆ shown."""
    return [(i, _BIDI_NAMES[c]) for i, c in enumerate(text) if c in _BIDI_NAMES]


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_RE.search(text))


def has_bidi_controls(text: str) -> bool:
    return bool(_BIDI_RE.search(text))


def reveal_bidi_controls(text: str) -> str:
    """Replace invisible bidi controls by a visible ⟦U+XXXX⟧ so they cannot reorder a line."""
    return _BIDI_RE.sub(lambda m: f"⟦U+{ord(m.group()):04X}⟧", text)


def for_terminal(text: str) -> str:
    """Display order with joined letter forms, for terminals that do not shape Arabic.

    Each line is handled on its own, with bidi controls made visible first.
    """
    import arabic_reshaper
    from bidi import get_display

    out = []
    for line in reveal_bidi_controls(text).split("\n"):
        out.append(get_display(arabic_reshaper.reshape(line)) if has_arabic(line) else line)
    return "\n".join(out)
