"""The report laid out for print: fpdf2 with HarfBuzz shaping (uharfbuzz) and the bundled Amiri.

Arabic is drawn as shaped glyphs while the text behind them stays the real characters in
logical order, so ``pdftotext`` and copy/paste return searchable Arabic (Qt's PDF writer gives
single letters; reshaping into presentation forms gives U+FExx in visual order).

Shaping runs with HarfBuzz's ``mark``/``mkmk`` positioning and ``kern`` off: with them on, a
vowel mark is placed by a vertical offset, and PDF readers then take the mark for a separate
line and a kerned glyph for a word gap, so the extracted text breaks words apart. Marks are
still drawn, at the font's default place over the letter.

fpdf2 costs 0.6 s to import, so it is loaded only when a PDF is made.
"""

from __future__ import annotations

from workbench.core.ratings import RatingScale

from .common import ExportOptions, Progress, Selection, clean, is_rtl, one_line, text_direction
from .report import labels, state_label, verdict_label

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


class _Writer:
    def __init__(self, title: str):
        from fpdf import FPDF

        class Doc(FPDF):
            def footer(self):
                self.set_text_shaping(True, features=FEATURES, direction="ltr")
                self.set_y(-14)
                self.set_font(FONT, "", 9)
                self.set_text_color(120)
                self.cell(0, 8, f"{self.page_no()} / {{nb}}", align="C")

        self.pdf = Doc(format="A4")
        self.pdf.set_margins(18, 16, 18)
        self.pdf.set_auto_page_break(True, margin=18)
        for style, path in font_files().items():
            self.pdf.add_font(FONT, style, path)
        self.pdf.set_title(title)
        self.pdf.set_creator("workbench")
        self.pdf.add_page()

    def para(self, text: str, size: float = 12, bold: bool = False, direction: str = "rtl",
             fill: tuple[int, int, int] | None = None, gap: float = 1.5, color: int = 0) -> None:
        pdf = self.pdf
        pdf.set_text_shaping(True, features=FEATURES, direction=direction)
        pdf.set_font(FONT, "B" if bold else "", size)
        pdf.set_text_color(color)
        if fill:
            pdf.set_fill_color(*fill)
        pdf.multi_cell(0, size * 0.55, pdf_text(text), align="R" if direction == "rtl" else "L",
                       fill=bool(fill), new_x="LMARGIN", new_y="NEXT", padding=(1, 2) if fill else 0)
        pdf.ln(gap)

    def rule(self) -> None:
        pdf = self.pdf
        pdf.set_draw_color(190)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(3)


def render_pdf(selection: Selection, scale: RatingScale, options: ExportOptions,
               progress: Progress | None = None) -> bytes:
    first = selection.articles[0].article
    doc = _Writer(one_line(first.title))
    done, total = 0, selection.claim_count
    for index, part in enumerate(selection.articles):
        art, t = part.article, labels(part.article.language)
        base = "rtl" if is_rtl(art.language) else "ltr"
        if index:
            doc.pdf.add_page()
        doc.para(one_line(art.title), size=18, bold=True, direction=base, gap=2)
        for key, value in (("source", art.url), ("publisher", art.publisher),
                           ("published", art.published)):
            if value:
                doc.para(f"{t[key]}: {one_line(value)}", size=10, direction=base, color=90, gap=0.5)
        doc.rule()
        for n, claim in enumerate(part.claims, 1):
            heading = f"{t['claim']} {n}: {verdict_label(claim, art, scale)}"
            if selection.all_states:
                heading += f" · {t['state']}: {state_label(claim, t)}"
            color = _rgb(scale.get(claim.rating).color) if claim.rating else (235, 235, 235)
            doc.para(heading, size=14, bold=True, direction=base, fill=color, gap=2)
            doc.para(claim.quote, size=12, direction=base, fill=(244, 244, 244), gap=2)
            if claim.statement:
                doc.para(f"{t['statement']}: {claim.statement}", size=11, direction=base)
            if claim.rationale:
                doc.para(t["rationale"] + ":", size=11, bold=True, direction=base, gap=0.5)
                doc.para(claim.rationale, size=11, direction=text_direction(claim.rationale, base))
            if claim.sources:
                doc.para(t["sources"] + ":", size=11, bold=True, direction=base, gap=0.5)
                for i, s in enumerate(claim.sources, 1):
                    title = one_line(s.title or s.url)
                    pub = f" — {one_line(s.publisher)}" if s.publisher else ""
                    line = f"{i}. {title}{pub} ({t[str(s.stance)]})"
                    doc.para(line, size=10, direction=base, gap=0)
                    doc.para(s.url, size=9, direction="ltr", color=60, gap=0.5)
                    if s.excerpt:
                        doc.para(s.excerpt, size=9, direction=text_direction(s.excerpt, base),
                                 color=70, gap=0.5)
            if claim.updated_by:
                doc.para(f"{t['checked_by']}: {claim.updated_by} · {claim.updated_at[:10]}",
                         size=9, direction=base, color=110)
            doc.rule()
            done += 1
            if progress:
                progress(done, total)
    return bytes(doc.pdf.output())
