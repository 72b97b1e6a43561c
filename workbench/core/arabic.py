"""Arabic text tools that need no Qt: terminal display order and bidi control handling."""

from __future__ import annotations

import re
import unicodedata

#: Explicit bidi embeddings, overrides and isolates, and the directional marks.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
#: Every character that is invisible and could hide, reorder or drive a display: the bidi
#: controls, C0 controls but tab and line feed (ESC starts terminal escapes, BEL rings), DEL,
#: C1 controls, and the Unicode line and paragraph separators.
CONTROLS = (BIDI_CONTROLS + "".join(chr(c) for c in range(0x20) if chr(c) not in "\n\t")
            + "".join(chr(c) for c in range(0x7f, 0xa0)) + "\u2028\u2029")
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
_CONTROL_RE = re.compile("[" + re.escape(CONTROLS) + "]")
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
_MASK = str.maketrans({c: BIDI_SYMBOL for c in CONTROLS})


def control_name(c: str) -> str:
    return _BIDI_NAMES.get(c) or {"\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR"}.get(
        c, f"CONTROL CHARACTER U+{ord(c):04X}")


def mask_bidi_controls(text: str) -> str:
    """``text`` with every bidi control (and every other control character, see
    :data:`CONTROLS`) replaced by a visible ◆: same length, same offsets (in Python and UTF-16
    units), and no embedding, override, isolate or escape left to reorder or drive a line."""
    return text.translate(_MASK)


def bidi_controls(text: str) -> list[tuple[int, str]]:
    """(offset, Unicode name) of every control in ``text``, to explain each ◆ shown."""
    return [(m.start(), control_name(m.group())) for m in _CONTROL_RE.finditer(text)]


def isolate(text: str) -> str:
    """``text`` in a first-strong isolate, so a name, time or value keeps its own direction and
    order inside a sentence of the other direction; its own controls are masked first (◆), so
    none can end the isolate early."""
    return f"\u2068{mask_bidi_controls(text)}\u2069"


def left_to_right(text: str) -> str:
    """Like :func:`isolate`, but always left to right: paths, URLs, key names, signed numbers."""
    return f"\u2066{mask_bidi_controls(text)}\u2069"


def first_strong_direction(text: str) -> str | None:
    """``"rtl"`` or ``"ltr"`` after the first strong letter of ``text`` (the rule of
    ``dir="auto"``), ``None`` when it has none (digits, punctuation, emoji only)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_RE.search(text))


def has_bidi_controls(text: str) -> bool:
    return bool(_BIDI_RE.search(text))


def reveal_bidi_controls(text: str) -> str:
    """Replace every invisible control (:data:`CONTROLS`) by a visible ⟦U+XXXX⟧ so none can
    reorder a line or reach a terminal as an escape sequence."""
    return _CONTROL_RE.sub(lambda m: f"⟦U+{ord(m.group()):04X}⟧", text)


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
