"""The report laid out for print: fpdf2 with HarfBuzz shaping (uharfbuzz) and the bundled Amiri.

Arabic is drawn as shaped glyphs while the text behind them stays the real characters in
logical order, so ``pdftotext`` and copy/paste return searchable Arabic (Qt's PDF writer gives
single letters; reshaping into presentation forms gives U+FExx in visual order).

Shaping runs with HarfBuzz's ``mark``/``mkmk`` positioning and ``kern`` off: with them on, a
vowel mark is placed by a vertical offset, and PDF readers then take the mark for a separate
line and a kerned glyph for a word gap, so the extracted text breaks words apart. Marks are
still drawn, at the font's default place over the letter.

The layout is our own, on fpdf2's document, fonts and subsetting: ``multi_cell`` with text
shaping reshapes the whole line so far for every character it adds (about 45 ms a claim, 450 s
for 10,000). Here each directional run of a paragraph is shaped once, lines are broken on those
widths, and each line's glyphs are written to the page as fpdf2's ``render_with_text_shaping``
writes them (same glyph codes and ToUnicode map, same geometry as ``multi_cell``), so the page
and its extracted text are what fpdf2 made, at about 3 ms a claim. Where a line cuts a run
inside a word, or where HarfBuzz marks the break unsafe, that part is shaped again on its own.
The bidi embedding levels are resolved here too (fpdf2's implementation is slow), with the
same results; text with explicit embeddings, tabs or boundary neutrals still goes through
fpdf2's. A line's runs are ordered by their levels (UAX #9 rule L2), not by direction alone.
A claim is measured before it is drawn and starts a new page when it would not fit.
Page numbers are written once the page count is known, instead of fpdf2's ``{nb}`` alias.
This relies on two fpdf2 internals, ``FPDF._out`` and ``FPDF._resource_catalog``
(tests/export/test_pdf.py reads a 300-claim report back to catch a change in them).

fpdf2 costs 0.6 s to import, so it is loaded only when a PDF is made.
"""

from __future__ import annotations

import unicodedata

from workbench.core.ratings import RatingScale

from .common import ExportOptions, Progress, Selection, clean, is_rtl, one_line, text_direction
from .report import (annex, approved_line, checked_line, has_metadata, labels, org_line, source_dates, state_label,
                     verdict_label)

#: HarfBuzz features turned off so the text layer stays extractable (see module doc).
FEATURES = {"mark": False, "mkmk": False, "kern": False}
FONT = "Amiri"


def font_files() -> dict[str, str]:
    import fontpkg_amiri

    files = fontpkg_amiri.ROOT / "files"
    return {"": str(files / "Amiri-Regular.ttf"), "B": str(files / "Amiri-Bold.ttf")}


def pdf_text(text: str) -> str:
    """:func:`clean`, with the brackets Amiri has in place of ⟦ ⟧ (which it lacks)."""
    return clean(text).replace("⟦", "[").replace("⟧", "]")


def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    if len(color) == 3:
        color = "".join(c * 2 for c in color)
    try:
        return tuple(int(color[i:i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return (230, 230, 230)


_BIDI_CLASS: dict[str, str] = {}
#: Classes :func:`_resolve` leaves to fpdf2's full bidi algorithm: explicit embeddings and
#: isolates (``clean`` has made them visible already), separators and boundary neutrals.
_FULL_BIDI = frozenset({"LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "B", "S", "BN"})
_NEUTRAL = frozenset({"WS", "ON"})
_UNSAFE_TO_BREAK = 1  # HarfBuzz's HB_GLYPH_FLAG_UNSAFE_TO_BREAK


def bidi_runs(text: str, direction: str) -> list[tuple[int, int, int]]:
    """``(start, end, level)`` of each run of one embedding level of ``text`` in logical order,
    in a paragraph of the given base direction (level 0 ``"ltr"``, 1 ``"rtl"``): the levels of
    the Unicode bidi algorithm (UAX #9), found much faster for the usual text (no explicit
    embeddings, tabs or boundary neutrals) than by fpdf2's implementation, which does the rest.
    An odd level is drawn right to left; :func:`visual_order` puts the runs of a line in order."""
    classes = _BIDI_CLASS
    kinds = []
    for ch in text:
        kind = classes.get(ch)
        if kind is None:
            kind = classes[ch] = unicodedata.bidirectional(ch)
        kinds.append(kind)
    present = set(kinds)
    base = 1 if direction == "rtl" else 0
    if direction == "rtl" and not present & {"L", "EN", "AN"} or \
            direction == "ltr" and not present & {"R", "AL", "AN"}:
        if not present & _FULL_BIDI:
            return [(0, len(text), base)]
    if present & _FULL_BIDI:
        return _fpdf_bidi_runs(text, direction)
    return _level_runs(_resolve(text, kinds, direction))


def _level_runs(levels: list[int]) -> list[tuple[int, int, int]]:
    runs, start = [], 0
    for i in range(1, len(levels) + 1):
        if i == len(levels) or levels[i] != levels[start]:
            runs.append((start, i, levels[start]))
            start = i
    return runs


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2 of UAX #9 on items (runs) of the given levels: from the highest level down to
    the lowest odd one, reverse every stretch of items at that level or higher. Returns the
    items' indices left to right (a right-to-left item's own content is already visual)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(lv for lv in levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i, n = 0, len(order)
        while i < n:
            if levels[order[i]] >= level:
                j = i
                while j < n and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _resolve(text: str, kinds: list[str], direction: str) -> list[int]:
    """The embedding level of each character of a paragraph with no explicit embedding: the
    Unicode bidi algorithm's rules W1-W7, N0-N2 and I1-I2 (UAX #9), as fpdf2's ``bidi`` module
    applies them."""
    types = list(kinds)
    n = len(types)
    rtl = direction == "rtl"
    sos = "R" if rtl else "L"
    prev, strong = sos, sos
    for i, t in enumerate(types):
        if t == "NSM":  # W1
            t = types[i] = prev
        if t in ("R", "L", "AL"):
            strong = t
        elif t == "EN" and strong == "AL":  # W2
            t = types[i] = "AN"
        if t == "AL":  # W3
            types[i] = "R"
        prev = t
    for i in range(1, n - 1):  # W4
        t, before = types[i], types[i - 1]
        if t == "ES" and before == "EN" and types[i + 1] == "EN":
            types[i] = "EN"
        elif t == "CS" and before in ("EN", "AN") and types[i + 1] == before:
            types[i] = before
    i = 0
    while i < n:  # W5, W6
        t = types[i]
        if t in ("ET", "ES", "CS"):
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if j > i and (i > 0 and types[i - 1] == "EN" or j < n and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            else:
                j = max(j, i + 1)
                types[i:j] = ["ON"] * (j - i)
            i = j
        else:
            i += 1
    strong = sos
    for i, t in enumerate(types):  # W7
        if t in ("L", "R"):
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"
    _pair_brackets(text, kinds, types, sos)
    i = 0
    while i < n:  # N1, N2
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = sos if i == 0 else ("L" if types[i - 1] == "L" else "R")
            after = sos if j == n else ("L" if types[j] == "L" else "R")
            types[i:j] = [before if before == after else sos] * (j - i)
            i = j
        else:
            i += 1
    # I1, I2: in a left-to-right paragraph R goes one level up, EN and AN two; in a
    # right-to-left one L, EN and AN go one level up
    if rtl:
        return [1 if t == "R" else 2 for t in types]
    return [0 if t == "L" else 1 if t == "R" else 2 for t in types]


def _pair_brackets(text: str, kinds: list[str], types: list[str], sos: str) -> None:
    """Rule N0: a pair of brackets takes the direction of the text inside it (or around it)."""
    from fpdf.bidi import BIDI_BRACKETS

    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch not in BIDI_BRACKETS or types[i] != "ON":
            continue
        kind = BIDI_BRACKETS[ch]
        if kind["type"] == "o":
            if len(stack) >= 63:
                return
            stack.append((ch, i))
        elif kind["type"] == "c":
            for depth in range(len(stack) - 1, -1, -1):
                pair = BIDI_BRACKETS[stack[depth][0]]["pair"]
                if pair == ch or pair in ("\u232a", "\u3009") and ch in ("\u232a", "\u3009"):
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    other = "R" if sos == "L" else "L"
    for start, end in sorted(pairs):
        found = None
        for t in types[start:end]:
            strong = "L" if t == "L" else "R" if t in ("R", "AN", "EN") else None
            if strong == sos:
                found = sos
                break
            if strong:
                found = other
        if found == other:
            before = sos
            for t in reversed(types[:start]):
                if t in ("L", "R", "AN", "EN"):
                    before = "L" if t == "L" else "R"
                    break
            found = other if before == other else sos
        if found:
            types[start] = types[end] = found
            if end + 1 < len(types) and kinds[end + 1] == "NSM" and types[end + 1] == "ON":
                types[end + 1] = found


def _fpdf_bidi_runs(text: str, direction: str) -> list[tuple[int, int, int]]:
    """:func:`bidi_runs` by fpdf2's full implementation of the bidi algorithm (explicit
    embeddings and isolates, segment separators, boundary neutrals)."""
    from fpdf.bidi import BidiParagraph
    from fpdf.enums import TextDirection

    chars = BidiParagraph(text=text, base_direction=TextDirection.coerce(direction),
                          preserve_bn_chars=True).get_characters_with_embedding_level()
    base = 1 if direction == "rtl" else 0
    levels = [base] * len(text)
    for ch in chars:
        if 0 <= ch.character_index < len(text):
            levels[ch.character_index] = ch.embedding_level
    return _level_runs(levels)


#: A shaped glyph is a tuple (plain, for speed) of: the index in its paragraph of the first
#: character it draws, its code in fpdf2's subset of the font (escaped for a PDF string), its
#: width for line breaking and its x advance, x offset and y offset (font units), whether the
#: pen must be moved explicitly after it (its advance is not the font's width), and HarfBuzz's
#: glyph info, whose flags (UNSAFE_TO_BREAK) are read only where a line cuts a run.
CLUSTER, CODE, WIDTH, ADVANCE, X_OFFSET, Y_OFFSET, REPOSITION, INFO = range(8)


class _Face:
    """One style of the font: HarfBuzz shaping of runs, and the glyph codes of fpdf2's subset.

    fpdf2 still embeds the subset with its widths and the ToUnicode map that gives each glyph
    back its characters; what is replaced is its per-character line breaking, which reshapes
    the whole line for every character added (quadratic) and is most of the time of a report.
    """

    def __init__(self, font):
        self.font = font
        self.codes: dict[tuple[int, str], tuple] = {}
        self.hmtx = font.ttfont["hmtx"].metrics

    def code(self, key: tuple[int, str]) -> tuple:
        """The subset code and font width of glyph ``key[0]`` standing for characters
        ``key[1]``; ``()`` for .notdef, a character the font lacks (fpdf2 skips those too)."""
        gid, chars = key
        font = self.font
        name = font.ttfont.getGlyphName(gid)
        width = round(font.scale * self.hmtx[name][0])
        glyph = font.subset.get_glyph(glyph=gid, unicode=tuple(map(ord, chars)),
                                      glyph_name=name, glyph_width=width)
        found: tuple = ()
        if glyph is not None:
            found = (font.escape_text(chr(font.subset.pick_glyph(glyph))), width)
        self.codes[key] = found
        return found

    def shape(self, text: str, start: int, direction: str, size: float) -> list[tuple]:
        """The glyphs of ``text`` (at ``start`` in its paragraph) in visual order, as fpdf2's
        ``shape_text`` maps them: a cluster's characters go to its first glyph."""
        import uharfbuzz as hb

        if not text:
            return []
        font = self.font
        font.hbfont.ptem = size
        buf = hb.Buffer()
        buf.cluster_level = 1
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = direction
        hb.shape(font.hbfont, buf, FEATURES)
        infos, positions = buf.glyph_infos, buf.glyph_positions
        clusters = [info.cluster for info in infos]
        bounds = sorted(set(clusters))
        ends = dict(zip(bounds, bounds[1:] + [len(text)]))
        first = bounds[0]  # characters before the first cluster belong to it (as in fpdf2)
        glyphs = []
        codes, code, scale = self.codes, self.code, font.scale
        previous = -1
        for info, pos, cl in zip(infos, positions, clusters):
            if cl != previous:  # a cluster's glyphs are adjacent; its first one gets its text
                key = (info.codepoint, text[0 if cl == first else cl:ends[cl]])
                previous = cl
            else:
                key = (info.codepoint, "")
            found = codes.get(key)
            if found is None:
                found = code(key)
            if not found:
                continue
            x_off, y_off, advance, y_advance = pos.position  # uharfbuzz's order
            glyphs.append((start + cl, found[0], round(scale * advance + 0.001), advance, x_off,
                           y_off, found[1] != advance or x_off or y_off or y_advance, info))
        return glyphs


class _Para:
    """A paragraph laid out in lines (glyphs in visual order, width), ready to draw."""

    __slots__ = ("lines", "size", "bold", "direction", "fill", "gap", "color")

    def __init__(self, lines, size, bold, direction, fill, gap, color):
        self.lines, self.size, self.bold, self.direction = lines, size, bold, direction
        self.fill, self.gap, self.color = fill, gap, color

    @property
    def height(self) -> float:
        """The height it takes on the page, gap after it included (mm)."""
        return len(self.lines) * self.size * 0.55 + (2.0 if self.fill else 0.0) + self.gap


class _Writer:
    """Lays the report out on fpdf2 pages, writing the page content itself (text shaped once
    per run, lines broken on the shaped widths), in the geometry ``multi_cell`` used."""

    def __init__(self, title: str):
        from fpdf import FPDF
        from fpdf.enums import PDFResourceType

        self.pdf = pdf = FPDF(format="A4")
        pdf.set_margins(18, 16, 18)
        pdf.set_auto_page_break(True, margin=18)
        for style, path in font_files().items():
            pdf.add_font(FONT, style, path)
        self.faces = {False: _Face(pdf.fonts[FONT.lower()]), True: _Face(pdf.fonts[FONT.lower() + "B"])}
        self._font_resource = PDFResourceType.FONT
        self._fonts_on_page: set[tuple[int, int]] = set()
        pdf.set_title(title)
        pdf.set_creator("workbench")
        pdf.add_page()
        self.k = pdf.k
        self.y = pdf.t_margin

    # -- low level ------------------------------------------------------------------------
    def _use_font(self, face: _Face) -> str:
        key = (self.pdf.page, face.font.i)
        if key not in self._fonts_on_page:
            self._fonts_on_page.add(key)
            self.pdf._resource_catalog.add(self._font_resource, face.font.i, self.pdf.page)
        return f"/F{face.font.i}"

    def _new_page(self) -> None:
        self.pdf.add_page()
        self.y = self.pdf.t_margin

    def _lines(self, text: str, face: _Face, size: float, direction: str, limit: float,
               auto: bool = False):
        """Each line of ``text`` as ``(glyphs in visual order, width in font units, direction)``,
        broken at spaces so that no line is wider than ``limit`` font units. With ``auto``, each
        paragraph (``\n``-separated part) takes the direction of its own first strong letter
        (HTML's ``dir="auto"``), ``direction`` when it has none."""
        out = []
        base = direction
        for part in text.split("\n"):
            direction = text_direction(part, base) if auto else base
            runs = [(a, b, lv, face.shape(part[a:b], a, "rtl" if lv % 2 else "ltr", size))
                    for a, b, lv in bidi_runs(part, direction)]
            n = len(part)
            advance = [0] * (n + 1)
            for _, _, _, glyphs in runs:
                for g in glyphs:
                    advance[g[CLUSTER]] += g[WIDTH]
            cum = [0] * (n + 1)
            total = 0
            for i in range(n):
                cum[i] = total
                total += advance[i]
            cum[n] = total
            for a, b in _breaks(part, cum, limit):
                out.append((*self._line(part, a, b, runs, direction, face, size), direction))
        return out

    @staticmethod
    def _line(text, a, b, runs, direction, face, size):
        pieces = []  # (level, glyphs) of each run's part on the line, in logical order
        for ra, rb, level, glyphs in runs:
            lo, hi = max(a, ra), min(b, rb)
            if lo >= hi:
                continue
            if (lo, hi) != (ra, rb):
                starts = {g[CLUSTER] for g in glyphs}
                unsafe = {g[CLUSTER] for g in glyphs if g[CLUSTER] in (lo, hi)
                          and int(g[INFO].flags) & _UNSAFE_TO_BREAK}
                if all(edge in (ra, rb) or (edge in starts and edge not in unsafe) for edge in (lo, hi)):
                    glyphs = [g for g in glyphs if lo <= g[CLUSTER] < hi]
                else:  # cut inside a word: shape the part on its own, as it will look
                    glyphs = face.shape(text[lo:hi], lo, "rtl" if level % 2 else "ltr", size)
            pieces.append((level, glyphs))
        # the line's runs in visual order by their embedding levels (UAX #9, rule L2); each
        # run's glyphs are already in visual order, HarfBuzz having shaped it in its direction
        ordered = [pieces[i] for i in visual_order([lv for lv, _ in pieces])]
        glyphs = [g for _, part in ordered for g in part]
        return glyphs, sum(g[WIDTH] for g in glyphs)

    def _text_ops(self, glyphs, x: float, baseline: float, unit: float) -> str:
        """PDF operators drawing ``glyphs`` from (x, baseline) in mm, as fpdf2's
        ``render_with_text_shaping`` writes them (unit: mm per font unit)."""
        k, page_h = self.k, self.pdf.h
        ops = [f"1 0 0 1 {x * k:.2f} {(page_h - baseline) * k:.2f} Tm"]
        text: list[str] = []
        for _, code, _, advance, x_off, y_off, reposition, _ in glyphs:
            if x_off or y_off:
                if text:
                    ops.append(f"({''.join(text)}) Tj")
                    text = []
                ops.append(f"1 0 0 1 {(x + x_off * unit) * k:.2f} "
                           f"{(page_h - baseline + y_off * unit) * k:.2f} Tm")
            text.append(code)
            x += advance * unit
            if reposition:
                if text:
                    ops.append(f"({''.join(text)}) Tj")
                    text = []
                ops.append(f"1 0 0 1 {x * k:.2f} {(page_h - baseline) * k:.2f} Tm")
        if text:
            ops.append(f"({''.join(text)}) Tj")
        return " ".join(ops)

    # -- the report's blocks --------------------------------------------------------------
    def para(self, text: str, size: float = 12, bold: bool = False, direction: str = "rtl",
             fill: tuple[int, int, int] | None = None, gap: float = 1.5, color: int = 0,
             auto: bool = False) -> None:
        self.draw(self.layout(text, size, bold, direction, fill, gap, color, auto))

    def layout(self, text: str, size: float = 12, bold: bool = False, direction: str = "rtl",
               fill: tuple[int, int, int] | None = None, gap: float = 1.5,
               color: int = 0, auto: bool = False) -> "_Para":
        """A paragraph broken into lines, to measure (:attr:`_Para.height`) before drawing.
        ``auto``: the person's text (title, quote, rationale, excerpt), each of whose paragraphs
        takes its own direction from its first strong letter, ``direction`` when it has none."""
        pdf = self.pdf
        face = self.faces[bold]
        pad_h = 2.0 if fill else 0.0
        margin = 0.0 if fill else pdf.c_margin  # clearance beside unpadded text
        w = pdf.w - pdf.r_margin - pdf.l_margin - 2 * pad_h
        unit = face.font.scale * size / 1000 / self.k  # mm per font unit
        lines = self._lines(pdf_text(text), face, size, direction, (w - 2 * margin) / unit, auto)
        return _Para(lines, size, bold, direction, fill, gap, color)

    def room(self) -> float:
        """The height left on the page, in mm."""
        return self.pdf.page_break_trigger - self.y

    def page_height(self) -> float:
        return self.pdf.page_break_trigger - self.pdf.t_margin

    def keep_together(self, paras: list["_Para"], extra: float = 0.0) -> None:
        """Start a new page unless ``paras`` (and ``extra`` mm after them) fit on this one,
        when they would fit on an empty page (a longer block is split as it comes)."""
        height = sum(p.height for p in paras) + extra
        if height > self.room() and height <= self.page_height() and self.y > self.pdf.t_margin:
            self._new_page()

    def draw(self, para: "_Para") -> None:
        pdf, k = self.pdf, self.k
        lines, size, fill, color = para.lines, para.size, para.fill, para.color
        face = self.faces[para.bold]
        pad_v, pad_h = (1.0, 2.0) if fill else (0.0, 0.0)
        margin = 0.0 if fill else pdf.c_margin
        h = size * 0.55
        x = pdf.l_margin + pad_h
        w = pdf.w - pdf.r_margin - pdf.l_margin - 2 * pad_h
        unit = face.font.scale * size / 1000 / k
        trigger = pdf.page_break_trigger
        font = self._use_font(face)
        head = (f"{color / 255:.3f} g BT " if color else "0 g BT ")
        y = self.y + pad_v
        i = 0
        while i < len(lines):
            if y + h + pad_v > trigger:
                self._new_page()
                font = self._use_font(face)
                y = self.y + pad_v
            fit = i + 1
            while fit < len(lines) and y + (fit - i + 1) * h + pad_v <= trigger:
                fit += 1
            ops = ["q"]
            if fill:
                ops.append(f"{fill[0] / 255:.3f} {fill[1] / 255:.3f} {fill[2] / 255:.3f} rg "
                           f"{(x - pad_h) * k:.2f} {(pdf.h - y + pad_v) * k:.2f} "
                           f"{(w + 2 * pad_h) * k:.2f} {-((fit - i) * h + 2 * pad_v) * k:.2f} re f")
            ops.append(f"{head}{font} {size:.2f} Tf")
            for glyphs, width, direction in lines[i:fit]:
                if glyphs:
                    start = x + w - margin - width * unit if direction == "rtl" else x + margin
                    ops.append(self._text_ops(glyphs, start, y + 0.5 * h + 0.3 * size / k, unit))
                y += h
            ops.append("ET Q")
            pdf._out("\n".join(ops))
            i = fit
        self.y = y + pad_v + para.gap

    def rule(self) -> None:
        pdf, k = self.pdf, self.k
        y = (pdf.h - self.y) * k
        pdf._out(f"q 0.745 G {pdf.l_margin * k:.2f} {y:.2f} m "
                 f"{(pdf.w - pdf.r_margin) * k:.2f} {y:.2f} l S Q")
        self.y += 3

    def add_page(self) -> None:
        self._new_page()

    def finish(self) -> bytes:
        """Number every page ``n / total`` (known now, so no ``{nb}`` alias) and write the PDF."""
        pdf, k = self.pdf, self.k
        face, size = self.faces[False], 9
        unit = face.font.scale * size / 1000 / k
        total, last = pdf.pages_count, pdf.page
        y = pdf.h - 14  # as a footer cell 8 mm high, 14 mm above the bottom edge
        width = pdf.w - pdf.r_margin - pdf.l_margin
        for page in range(1, total + 1):
            pdf.page = page
            glyphs = face.shape(f"{page} / {total}", 0, "ltr", size)
            advance = sum(g[WIDTH] for g in glyphs)
            start = pdf.l_margin + (width - advance * unit) / 2
            pdf._out(f"q 0.471 g BT {self._use_font(face)} {size:.2f} Tf "
                     f"{self._text_ops(glyphs, start, y + 4 + 0.3 * size / k, unit)} ET Q")
        pdf.page = last
        return bytes(pdf.output())


def _breaks(text: str, cum: list[int], limit: float) -> list[tuple[int, int]]:
    """Greedy line breaking: ``(start, end)`` of each line, ending before a space (which is
    dropped) where the text up to it still fits in ``limit``; ``cum[i]`` is the width of
    ``text[:i]``. A word wider than a line is cut between characters."""
    n = len(text)
    candidates = [i for i, ch in enumerate(text) if ch == " "]
    candidates.append(n)
    lines: list[tuple[int, int]] = []
    start, last, c = 0, None, 0
    while c < len(candidates):
        p = candidates[c]
        if p < start:
            c += 1
            continue
        if cum[p] - cum[start] <= limit:
            if p == n:
                lines.append((start, n))
                break
            last = p
            c += 1
            continue
        if last is not None:
            if last > start:
                lines.append((start, last))
            start, last = last + 1, None
            continue
        end = start + 1  # too wide on its own: as many characters as fit, at least one
        while end < p and cum[end + 1] - cum[start] <= limit:
            end += 1
        lines.append((start, end))
        start = end
    return lines


def render_pdf(selection: Selection, scale: RatingScale, options: ExportOptions,
               progress: Progress | None = None) -> bytes:
    first = selection.articles[0].article
    doc = _Writer(one_line(first.title))
    done, total = 0, selection.claim_count
    for index, part in enumerate(selection.articles):
        art, t = part.article, labels(part.article.language)
        base = "rtl" if is_rtl(art.language) else "ltr"
        if index:
            doc.add_page()
        org = org_line(options, t)
        if org:
            doc.para(org, size=10, bold=True, direction=base, color=90, gap=1)
        doc.para(one_line(art.title), size=18, bold=True, direction=base, gap=2, auto=True)
        for key, value in (("source", art.url), ("publisher", art.publisher),
                           ("published", art.published)):
            if value:
                doc.para(f"{t[key]}: {one_line(value)}", size=10, direction=base, color=90, gap=0.5)
        if not has_metadata(art):
            doc.para(t["no_metadata"], size=10, direction=base, color=90, gap=0.5)
        doc.rule()
        for n, claim in part.numbered():
            _claim(doc, n, claim, art, t, base, scale, selection.all_states)
            done += 1
            if progress:
                progress(done, total)
        _annex(doc, part.numbered(), t, base)
    return doc.finish()


def _annex(doc: _Writer, numbered, t, base: str) -> None:
    """The evidence annex: for each source, each capture's time, SHA-256 and trusted timestamp."""
    entries = annex(numbered, t)
    if not entries:
        return
    title = doc.layout(t["annex"], size=14, bold=True, direction=base, gap=2)
    for n, e in enumerate(entries):
        lines = [doc.layout(e.ref, size=10, bold=True, direction=base, gap=0),
                 doc.layout(e.url, size=9, direction="ltr", color=60, gap=0.5)]
        if e.sha256:
            lines += [doc.layout(f"{t['captured']}:", size=9, direction=base, color=40, gap=0),
                      doc.layout(e.captured, size=9, direction="ltr", color=40, gap=0.3),
                      doc.layout(f"SHA-256 {e.sha256}", size=8, direction="ltr", color=40, gap=0.3)]
        lines.append(doc.layout(e.status(t) + (":" if e.stamp_detail else ""), size=9, direction=base,
                                color=40, gap=0 if e.stamp_detail else 2))
        if e.stamp_detail:
            lines.append(doc.layout(e.stamp_detail, size=9, direction="ltr", color=40, gap=2))
        if n == 0:
            lines.insert(0, title)
        doc.keep_together(lines)
        for p in lines:
            doc.draw(p)


_RULE = 3.0  # the height :meth:`_Writer.rule` takes


def _claim(doc: _Writer, n: int, claim, art, t, base: str, scale: RatingScale, all_states: bool) -> None:
    """One claim, kept on one page when it fits on one (as the HTML's print style does), each
    source's lines kept together when the claim itself is longer than a page."""
    heading = f"{t['claim']} {n}: {verdict_label(claim, art, scale)}"
    if all_states:
        heading += f" · {t['state']}: {state_label(claim, t)}"
    color = _rgb(scale.get(claim.rating).color) if claim.rating else (235, 235, 235)
    head = [doc.layout(heading, size=14, bold=True, direction=base, fill=color, gap=2),
            doc.layout(claim.quote, size=12, direction=base, fill=(244, 244, 244), gap=2, auto=True)]
    if claim.statement:
        head.append(doc.layout(f"{t['statement']}: {claim.statement}", size=11, direction=base))
    if claim.rationale:
        head.append(doc.layout(t["rationale"] + ":", size=11, bold=True, direction=base, gap=0.5))
        head.append(doc.layout(claim.rationale, size=11, direction=base, auto=True))
    sources = []
    for i, s in enumerate(claim.sources, 1):
        title = one_line(s.title or s.url)
        pub = f" — {one_line(s.publisher)}" if s.publisher else ""
        lines = [doc.layout(f"{i}. {title}{pub} ({t[str(s.stance)]})", size=10, direction=base, gap=0),
                 doc.layout(s.url, size=9, direction="ltr", color=60, gap=0.5)]
        dates = source_dates(s, t)
        if dates:
            lines.append(doc.layout(dates, size=9, direction=base, color=70, gap=0.5))
        if s.excerpt:
            lines.append(doc.layout(s.excerpt, size=9, direction=base, color=70, gap=0.5, auto=True))
        sources.append(lines)
    if sources:
        sources[0].insert(0, doc.layout(t["sources"] + ":", size=11, bold=True, direction=base, gap=0.5))
    who = [x for x in (checked_line(claim, t), approved_line(claim, t)) if x]
    tail = [doc.layout(line, size=9, direction=base, color=110, gap=1.5 if i == len(who) - 1 else 0.5)
            for i, line in enumerate(who)]
    everything = head + [p for lines in sources for p in lines] + tail
    doc.keep_together(everything, _RULE)
    doc.keep_together(head[:2])  # the heading stays with the quote
    for p in head:
        doc.draw(p)
    for lines in sources:
        doc.keep_together(lines)
        for p in lines:
            doc.draw(p)
    doc.keep_together(tail)
    for p in tail:
        doc.draw(p)
    doc.rule()
