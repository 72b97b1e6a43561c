"""What the reports say beside the verdicts: who approved it and when, the sources' dates, the
organisation, an article without metadata; and a PDF claim kept on one page."""

import csv
import io
import re

import pytest

from workbench.core import bundled
from workbench.core.model import Approval, Article, Claim, ReviewState
from workbench.core.ratings import RatingScale
from workbench.export.claimreview import build
from workbench.export.common import ExportOptions, export, select, select_from
from workbench.export.csv_export import COLUMNS
from workbench.export.pdf import render_pdf
from workbench.export.report import markdown, render_html
from workbench.services import open_workbench
from workbench.services.review import Review

from .conftest import ORG
from .test_files import normalised
from .test_pdf import URL, claims_for, needs_poppler, pdftotext


@pytest.fixture
def reviewed(db_path):
    """alice rates two claims with a dated source; bob approves the first; the rest unrated."""
    erin = open_workbench(db_path, "erin")
    for name, role in (("erin", "editor"), ("bob", "editor"), ("alice", "checker")):
        Review(erin).add_user(name, role)
    for key, value in ORG.settings().items():
        erin.set_setting(key, value)
    alice, bob = open_workbench(db_path, "alice"), open_workbench(db_path, "bob")
    claims = alice.claims()
    for c in claims[:2]:
        alice.set_verdict(c.id, "false", "لا سجل للانفجارين")
        alice.add_source(c.id, "https://example.org/r", title="تقرير", publisher="AFP",
                         published="2023-09-19", accessed="2023-09-21", stance="refutes")
        Review(alice).submit(c.id)
    Review(bob).approve(claims[0].id)
    yield alice, claims[0].id, claims[1].id
    for wb in (erin, alice, bob):
        wb.close()


def test_export_claims_carry_who_approved_and_when(reviewed):
    wb, approved, pending = reviewed
    got = {c.id: c for c in wb.export_claims()}
    assert got[approved].approval is not None and got[approved].approval.by == "bob"
    assert got[approved].approval.at[:10] == wb.history(approved)[-1].at[:10]
    assert got[pending].approval is None
    assert all(c.approval is None for c in wb.claims())  # plain reads are untouched


def test_reports_show_approval_source_dates_and_organisation(reviewed, tmp_path):
    wb, approved, pending = reviewed
    sel = select_from(wb, all_states=True)
    md = markdown(sel, wb.scale, options=ORG)
    page = render_html(sel, wb.scale, ORG).decode("utf-8")
    for text in (md, page):
        assert ORG.org_name in text
        assert "اعتمده" in text and "bob" in text
        assert "2023-09-21" in text and "تاريخ الاطلاع" in text  # the source's access date
        assert "workbench-sample" not in text  # unrated claims name no checker
        assert text.count("تحقق منه") == 2  # the two rated claims
    out = tmp_path / "r.csv"
    export(out, "csv", sel, wb.scale, ORG)
    rows = [dict(zip(COLUMNS, r)) for r in
            csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""))][1:]
    by_id = {r["claim_id"]: r for r in rows}
    assert by_id[approved]["approved_by"] == "bob" and by_id[pending]["approved_by"] == ""
    assert {r["organisation"] for r in rows} == {ORG.org_name}


@needs_poppler
def test_pdf_shows_approval_source_dates_and_organisation(reviewed, tmp_path):
    wb, approved, pending = reviewed
    out = tmp_path / "r.pdf"
    export(out, "pdf", select_from(wb, all_states=True), wb.scale, ORG)
    text = pdftotext(out)
    assert normalised(ORG.org_name) in normalised(text)
    line = next(ln for ln in text.splitlines() if "اعتمده" in ln)
    assert "bob" in line
    flat = normalised(text)
    # the date is drawn 2023-09-21 (one number run); pdftotext reorders its parts in Arabic
    assert normalised("تاريخ الاطلاع") in flat and re.search("2023-09-21|21-09-2023", flat)
    assert "workbench-sample" not in text
    assert flat.count(normalised("تحقق منه")) == 2


def test_claimreview_date_is_the_approval_not_the_last_edit():
    scale = RatingScale.from_dict(bundled.read_json("ratings.json"))
    art = Article("a", "عنوان", "ar", "نص")
    base = Claim("c1", "a", 0, 2, "نص", rating="false", review_state=ReviewState.APPROVED,
                 created_at="2024-01-01T09:00:00+00:00", updated_at="2024-05-01T09:00:00+00:00")
    claims = [base, base.with_(id="c2", approval=Approval("bob", "2024-03-02T10:00:00+00:00"))]
    doc = build(select([art], claims), scale, ORG)
    assert [r["datePublished"] for r in doc["@graph"]] == ["2024-05-01", "2024-03-02"]


@needs_poppler
def test_article_without_url_or_publisher_says_so(tmp_path):
    scale = RatingScale.from_dict(bundled.read_json("ratings.json"))
    art = Article("a", "A report", "en", "text")
    sel = select([art], [Claim("c1", "a", 0, 4, "text", rating="false",
                               review_state=ReviewState.APPROVED)])
    none = "No URL or publisher recorded"
    assert none in markdown(sel, scale)
    assert none in render_html(sel, scale, ExportOptions()).decode("utf-8")
    out = tmp_path / "r.pdf"
    out.write_bytes(render_pdf(sel, scale, ExportOptions()))
    assert none in pdftotext(out)
    with_url = select([Article("b", "B", "en", "t", url="https://x.example")], [
        Claim("c2", "b", 0, 1, "t", rating="false", review_state=ReviewState.APPROVED)])
    assert none not in markdown(with_url, scale)


@needs_poppler
def test_a_pdf_claim_is_not_split_across_pages(tmp_path):
    """Each claim's quote, source (URL and dates) and checker are on one page, as the HTML's
    print style keeps a claim together."""
    scale = RatingScale.from_dict(bundled.read_json("ratings.json"))
    articles, claims = claims_for(40, scale)
    out = tmp_path / "r.pdf"
    out.write_bytes(render_pdf(select(articles, claims), scale, ExportOptions()))
    pages = [normalised(p) for p in pdftotext(out).split("\f")]
    assert len(pages) > 5

    def page_of(pattern):
        found = [n for n, p in enumerate(pages) if re.search(pattern, p)]
        assert len(found) == 1, (pattern, found)
        return found[0]

    for i, claim in enumerate(claims):
        where = page_of(re.escape(normalised(claim.quote)))
        url = URL if i % 50 == 0 else f"https://example.org/{i}"
        if i % 50:
            assert page_of(re.escape(url) + r"(?!\d)") == where, i
        assert page_of(re.escape(normalised(f"صياغة الادعاء {i}")) + r"(?!\d)") == where, i


MIXED_EN = "Mixed: the ministry said ٢٠ civilians 😢 left via the Lachin corridor."
MIXED_AR = "قالت الوزارة إن التعداد السكاني يؤكد ذلك (2015)."


def _mixed_selection(language):
    text = f"{MIXED_AR}\n{MIXED_EN}" if language == "ar" else f"{MIXED_EN}\n{MIXED_AR}"
    article = Article("a1", "مقال" if language == "ar" else "Article", language, text)
    claim = Claim("c1", "a1", 0, len(text), text, text, "true", text, ReviewState.APPROVED,
                  "2023-09-20T10:00:00+00:00", "alice")
    return select([article], [claim])


@pytest.mark.parametrize("language", ["ar", "en"])
def test_html_report_gives_each_paragraph_its_own_direction(language):
    """The quote, statement and rationale: each paragraph its own ``<p dir="auto">`` (a browser
    then lays the English one out left to right inside Arabic and the other way round)."""
    from html.parser import HTMLParser

    class Paragraphs(HTMLParser):
        def __init__(self):
            super().__init__()
            self.found, self.open = [], None

        def handle_starttag(self, tag, attrs):
            if tag == "p":
                self.open = (dict(attrs).get("dir"), [])

        def handle_data(self, data):
            if self.open is not None:
                self.open[1].append(data)

        def handle_endtag(self, tag):
            if tag == "p" and self.open is not None:
                self.found.append((self.open[0], "".join(self.open[1])))
                self.open = None

    scale = RatingScale.from_dict(bundled.read_json("ratings.json"))
    page = Paragraphs()
    page.feed(render_html(_mixed_selection(language), scale, ExportOptions()).decode("utf-8"))
    assert page.found.count(("auto", MIXED_EN)) == 3  # quote, statement, rationale
    assert page.found.count(("auto", MIXED_AR)) == 3
    assert "<br>" not in render_html(_mixed_selection(language), scale, ExportOptions()).decode("utf-8")


def test_markdown_gives_each_line_its_own_paragraph():
    """Renderers (GitHub's ``dir="auto"``) set each paragraph's direction: the quote's lines
    are separate paragraphs of one quote block."""
    scale = RatingScale.from_dict(bundled.read_json("ratings.json"))
    lines = markdown(_mixed_selection("ar"), scale).splitlines()
    at = lines.index(f"> {MIXED_AR}")
    assert lines[at + 1:at + 3] == [">", f"> {MIXED_EN}"]


def test_exported_claims_keep_their_checklist_numbers(wb, sample, checked, tmp_path):
    """A tester's PDF called the checklist's claim 10 "claim 1" (the first exported): an export
    of approved claims only keeps each claim's number in the article's checklist."""
    from .conftest import APPROVED

    scale = wb.scale
    selection = select_from(wb, sample.id)  # approved only: claims 1-4, 6, 7 of the checklist
    numbers = [n for n, _c in selection.articles[0].numbered()]
    assert numbers == [i + 1 for i in sorted(APPROVED)]  # 1, 2, 3, 4, 6, 7: claim 5 is a draft
    text = markdown(selection, scale)
    headings = re.findall(r"^## (?:الادعاء|Claim) (\d+)", text, re.M)
    assert [int(h) for h in headings] == numbers
