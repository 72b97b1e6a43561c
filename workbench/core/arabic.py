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

    Each line is its own paragraph, laid out in the direction of its first strong letter (as
    ``dir="auto"``: an English line in an Arabic article stays left to right, an Arabic one in
    an English article right to left), with bidi controls made visible first. The levels are
    python-bidi's (the full Unicode bidi algorithm, bracket pairs included); the line is put in
    visual order by them here, mirroring brackets drawn right to left (UAX #9 rules L1, L2, L4),
    which python-bidi's ``get_display`` leaves undone: ``(2015)`` inside Arabic stays ``(2015)``.
    """
    import arabic_reshaper

    out = []
    for line in reveal_bidi_controls(text).split("\n"):
        if not has_arabic(line) and first_strong_direction(line) != "rtl":
            out.append(line)
            continue
        shaped = arabic_reshaper.reshape(line)
        out.append(visual_line(shaped, first_strong_direction(shaped) or "ltr"))
    return "\n".join(out)


_LEVEL_RE = re.compile(r"Level\(\s*(\d+),?\s*\)")


def bidi_levels(line: str, direction: str) -> list[int]:
    """The embedding level of each character of ``line`` (one paragraph of base ``direction``,
    ``"ltr"`` or ``"rtl"``), by python-bidi's implementation of the Unicode bidi algorithm."""
    from bidi import get_display

    info = str(get_display(line, base_dir="R" if direction == "rtl" else "L", debug=True))
    levels_part = info.split("levels:", 1)[1].split("paragraphs:", 1)[0] if "levels:" in info else ""
    per_byte = [int(x) for x in _LEVEL_RE.findall(levels_part)]
    if len(per_byte) != len(line.encode("utf-8")):  # not the debug output this was written for
        raise ValueError("python-bidi gave no levels")
    out, at = [], 0
    for ch in line:
        out.append(per_byte[at])
        at += len(ch.encode("utf-8"))
    return out


def visual_line(line: str, direction: str) -> str:
    """``line`` (one paragraph of base ``direction``) in left-to-right display order."""
    try:
        levels = bidi_levels(line, direction)
    except ValueError:
        from bidi import get_display

        return str(get_display(line, base_dir="R" if direction == "rtl" else "L"))
    base = 1 if direction == "rtl" else 0
    # L1: whitespace at the end of the line goes back to the paragraph's level
    i = len(line)
    while i > 0 and unicodedata.bidirectional(line[i - 1]) in ("WS", "B", "S", "BN"):
        i -= 1
        levels[i] = base
    # L4: a character drawn right to left shows its mirror image: "(" as ")"
    from bidi.mirror import MIRRORED

    chars = [MIRRORED.get(ch, ch) if lv % 2 else ch for ch, lv in zip(line, levels)]
    # L2: from the highest level to the lowest odd one, reverse every run at that level or above
    order = list(range(len(line)))
    if levels:
        lowest_odd = min(lv for lv in levels) | 1
        for level in range(max(levels), lowest_odd - 1, -1):
            j = 0
            while j < len(order):
                if levels[order[j]] >= level:
                    k = j
                    while k < len(order) and levels[order[k]] >= level:
                        k += 1
                    order[j:k] = reversed(order[j:k])
                    j = k
                else:
                    j += 1
    return "".join(chars[i] for i in order)
