"""Arabic text tools that need no Qt: terminal display order and bidi control handling."""

from __future__ import annotations

import re

#: Explicit bidi embeddings, overrides and isolates, and the directional marks.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


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
