"""CSV, Markdown, HTML and PDF read back and compared with what the database says."""

import csv
import io
import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser

import pytest

from workbench.export.common import FORMATS, clean, export, select_from
from workbench.export.csv_export import COLUMNS

from .conftest import ORG


def run_export(wb, tmp_path, fmt, article_id=None, all_states=False):
    out = tmp_path / f"out{FORMATS[fmt].suffix}"
    count = export(out, fmt, select_from(wb, article_id, all_states), wb.scale, ORG)
    return out, count


def test_csv_rows_match_the_database_field_by_field(wb, sample, checked, tmp_path):
    wb.set_verdict(checked[0].id, "false", "=HYPERLINK(\"http://evil\")\nسطر ثانٍ")
    wb.edit_statement(checked[1].id, "+1 وفق الرواية الرسمية")
    for c in checked[:2]:
        wb.store.update_claim(wb.claim(c.id).with_(review_state="approved"))
    out, count = run_export(wb, tmp_path, "csv", sample.id, all_states=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == COLUMNS
    claims = wb.claims(sample.id)
    assert count == len(claims) == len(rows) - 1
    for row, claim in zip(rows[1:], claims):
        got = dict(zip(COLUMNS, row))
        rating = wb.scale.get(claim.rating) if claim.rating else None
        expect = {
            "article_id": sample.id, "article_title": sample.title, "claim_id": claim.id,
            "start": str(claim.start), "end": str(claim.end), "quote": claim.quote,
            "statement": claim.statement, "rating": claim.rating or "",
            "rating_label": rating.label_ar if rating else "", "rationale": claim.rationale,
            "review_state": str(claim.review_state), "created_by": claim.created_by,
            "created_at": claim.created_at, "updated_by": claim.updated_by,
            "updated_at": claim.updated_at,
        }
        for key, value in expect.items():
            want = "'" + value if value[:1] in ("=", "+", "-", "@", "\t") else value
            assert got[key] == want, key
        assert [ln.split("] ", 1)[1].rsplit(" ", 1)[1] for ln in got["sources"].splitlines()] == \
            [s.url for s in claim.sources]
    first = dict(zip(COLUMNS, rows[1]))
    assert first["rationale"] == "'=HYPERLINK(\"http://evil\")\nسطر ثانٍ"
    assert dict(zip(COLUMNS, rows[2]))["statement"].startswith("'+1")


class Collect(HTMLParser):
    """Text, tags and attributes of an HTML file, as a browser's parser sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text, self.stack = [], [], []
        self.blocks = []  # (tag, attrs) of elements carrying dir

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "dir" in attrs:
            self.blocks.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_escaped_self_contained_and_directional(wb, sample, checked, tmp_path):
    evil = 'انظر <script>alert("x")</script> <img src="https://tracker.example/p.png"> & تم'
    wb.set_verdict(checked[0].id, "false", evil)
    wb.store.update_claim(wb.claim(checked[0].id).with_(review_state="approved"))
    out, count = run_export(wb, tmp_path, "html", sample.id)
    page = Collect()
    page.feed(out.read_text(encoding="utf-8"))
    text = "".join(page.text)
    names = [t for t, _ in page.tags]
    assert "script" not in names and "img" not in names and "link" not in names
    assert evil in text
    for _, attrs in page.tags:  # nothing is loaded from elsewhere
        assert "src" not in attrs
        assert not (attrs.get("rel") == "stylesheet")
    html_tag = next(a for t, a in page.tags if t == "html")
    assert (html_tag["lang"], html_tag["dir"]) == ("ar", "rtl")
    sections = [a for t, a in page.tags if t == "section"]
    assert len(sections) == count == sum(c.review_state == "approved" for c in wb.claims(sample.id))
    assert all((a["lang"], a["dir"]) == ("ar", "rtl") for a in sections)
    assert all(a["dir"] == "ltr" for t, a in page.tags if t == "a")
    for claim in wb.claims(sample.id):
        if claim.review_state == "approved":
            assert claim.quote in text and claim.rationale in text
            assert wb.scale.get(claim.rating).label_ar in text
    csp = next(a for t, a in page.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp["content"]


def test_markdown_report_holds_each_approved_claim(wb, sample, checked, tmp_path):
    wb.set_verdict(checked[0].id, "false", "*ليس* [رابط](javascript:x) <b>عريض</b>\n# ليس عنوانا")
    wb.store.update_claim(wb.claim(checked[0].id).with_(review_state="approved"))
    out, count = run_export(wb, tmp_path, "md", sample.id, all_states=True)
    md = out.read_text(encoding="utf-8")
    assert md.startswith(f"# {sample.title}")
    assert len(re.findall(r"^## ", md, re.M)) == count == len(checked)
    assert "\\*ليس\\* \\[رابط\\](javascript:x) \\<b\\>عريض\\</b\\>" in md
    assert "\n\\# ليس عنوانا" in md
    for claim in checked[1:]:
        assert "> " + claim.quote in md
    assert "الحالة: مسودة" in md and "الحالة: معتمد" in md


def test_bidi_overrides_and_controls_are_shown_not_obeyed(wb, sample, checked, tmp_path):
    sneaky = "صحيح\u202e txet desrever \u202c\u0007 end"
    wb.set_verdict(checked[0].id, "false", sneaky)
    wb.store.update_claim(wb.claim(checked[0].id).with_(review_state="approved"))
    assert wb.claim(checked[0].id).rationale == sneaky  # stored as given
    shown = "صحيح⟦U+202E⟧ txet desrever ⟦U+202C⟧⟦U+0007⟧ end"
    assert clean(sneaky) == shown
    for fmt in ("csv", "md", "html", "claimreview"):
        out, _ = run_export(wb, tmp_path, fmt, sample.id)
        body = out.read_text(encoding="utf-8-sig")
        assert "\u202e" not in body and "\u0007" not in body and "\\u0007" not in body, fmt
        assert "⟦U+202E⟧ txet desrever ⟦U+202C⟧⟦U+0007⟧" in body, fmt


def normalised(text: str) -> str:
    """Text compared without the bidi marks pdftotext adds around runs and without white space
    (pdftotext places the space at a change of direction on the other side of the run), in
    NFC (HarfBuzz stores shadda before fatha; NFC puts them back in canonical order)."""
    text = re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFC", text))
    return "".join(text.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_text_is_searchable_arabic_in_logical_order(wb, sample, checked, tmp_path):
    out, count = run_export(wb, tmp_path, "pdf", sample.id, all_states=True)
    assert out.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                          text=True, encoding="utf-8", check=True).stdout
    flat = normalised(text)
    claims = wb.claims(sample.id)
    assert count == len(claims)
    for claim in claims:
        assert normalised(claim.quote) in flat, claim.quote
        # pdftotext puts punctuation beside digits and Latin runs on the other side of them
        # (the page draws "0:" right, see docs/exports.md), so the rationale is checked by word
        for word in re.findall(r"[\u0600-\u06ff]+", claim.rationale):
            assert word in flat, word
    assert normalised(sample.title) in flat
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text), "presentation forms instead of letters"
    # one whole line, spaces included, in logical order
    assert "الجيب الانفصالي الذي تسكنه غالبية من الأرمن" in text
