"""services/importing.py over a real database: files, URLs from a real local server, pasted
text, what is kept as evidence, and that a failure leaves the library unchanged."""

import hashlib
import time
from pathlib import Path

import pytest

from workbench.core.errors import InvalidInput, WorkbenchError
from workbench.services import importing
from workbench.services.fetch import USER_AGENT, FetchError, fetch

from . import pages
from .test_textio import ARABIC


def snapshot(wb):
    """What a failed import must not change: the library and the audit trail."""
    return [r.to_json() for r in importing.library(wb)], wb.store.last_event()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256", "iso-8859-6"])
def test_text_files_in_many_encodings(wb, tmp_path, encoding):
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(ARABIC.encode(encoding))
    change = importing.import_path(wb, path)
    art = wb.article(change.article_id)
    assert art.text == ARABIC and art.language == "ar"
    ev = importing.evidence(wb, art.id)
    assert ev.kind == "file" and ev.origin == path.name and ev.retrieved_by == "alice"
    assert ev.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert ev.size == path.stat().st_size
    assert [e.action for e in wb.history(art.id)] == ["article.add", "article.import"]
    assert wb.verify_chain() is None


def test_markdown_file(wb, tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# بيان *الوزارة*\n\nقال **المتحدث** إن [الممرات](https://x.example) ستفتح.\n",
                    encoding="utf-8")
    art = wb.article(importing.import_path(wb, path).article_id)
    assert art.title == "بيان الوزارة"  # no markup in the title either
    assert art.text == "بيان الوزارة\n\nقال المتحدث إن الممرات (https://x.example) ستفتح.\n"
    assert importing.evidence(wb, art.id).content_type == "text/markdown"


def test_pasted_text_with_bidi_controls_is_stored_as_pasted(wb):
    text = "قتل \u202e0051\u202c مدنياً في القصف"
    art = wb.article(importing.import_text(wb, text, title="ملصق").article_id)
    assert art.text == text and art.title == "ملصق"
    assert importing.evidence(wb, art.id).kind == "text"


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"\x00\x01\x02\x03binary\x00\xff" * 50, "binary"),
    (b"%PDF-1.4\n1 0 obj << >>", "PDF"),
    ("نص عربي سليم في أوله".encode() + b"\xc3\x28\xa0\xa1" + "ثم تلف".encode(), "damaged"),
])
def test_bad_files_leave_the_library_unchanged(wb, tmp_path, content, needle):
    before = snapshot(wb)
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=needle):
        importing.import_path(wb, path)
    assert snapshot(wb) == before


def test_a_file_over_100_mb_is_refused_without_reading_it(wb, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # sparse: no 100 MB written to disk
        f.truncate(100 * 1024 * 1024 + 1)
    before = snapshot(wb)
    t0 = time.perf_counter()
    with pytest.raises(InvalidInput, match=r"huge.txt is 100.0 MB; the largest file workbench imports is 10.0 MB"):
        importing.import_path(wb, path)
    assert time.perf_counter() - t0 < 0.5
    assert snapshot(wb) == before


def test_a_year_in_the_body_is_not_the_publication_date(wb, tmp_path):
    para = "<p>" + "قالت الوزارة إن الأرقام تعود إلى عام 2023 وإن التقرير الكامل سيصدر لاحقًا. " * 6 + "</p>"
    page = tmp_path / "saved.html"
    page.write_text(f"<html><head><title>تقرير</title></head><body><article>{para * 3}</article>"
                    "</body></html>", encoding="utf-8")
    art = wb.article(importing.import_path(wb, page).article_id)
    assert art.published == ""


def test_no_name_and_a_file_whose_size_says_zero(wb):
    with pytest.raises(InvalidInput, match="no file was named"):
        importing.import_path(wb, "")
    status = Path("/proc/self/status")  # st_size 0, yet it has text: what was read decides
    if status.exists():
        art = wb.article(importing.import_path(wb, status).article_id)
        assert "Name:" in art.text


def test_missing_file_and_folder(wb, tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        importing.import_path(wb, tmp_path / "gone.txt")
    with pytest.raises(InvalidInput, match="not a file"):
        importing.import_path(wb, tmp_path)


def test_saved_web_page_keeps_raw_html_as_evidence_and_only_the_article_as_text(wb, tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(pages.arabic_news("windows-1256"))
    art = wb.article(importing.import_path(wb, path).article_id)
    for para in pages.ARTICLE_PARAGRAPHS:
        assert para in art.text
    for noise in (*pages.NAV, pages.AD, pages.COMMENT, pages.FOOTER, "الأكثر قراءة"):
        assert noise not in art.text
    assert art.title == "قتلى مدنيون في قصف على يفلاخ"
    assert art.publisher == "موقع الأخبار العربية" and art.published == "2023-09-20"
    assert art.language == "ar"
    ev = importing.evidence(wb, art.id)
    assert (ev.kind, ev.author, ev.encoding) == ("html", "سارة الأحمد", "cp1256")
    assert importing.evidence_html(wb, art.id) == path.read_bytes()


def test_scripts_iframes_and_handlers_never_reach_the_text(wb, tmp_path):
    path = tmp_path / "hostile.htm"
    path.write_bytes(pages.HOSTILE)
    art = wb.article(importing.import_path(wb, path).article_id)
    assert "unemployment rate fell to 7 percent" in art.text
    assert "impossible to compare" in art.text
    for marker in (pages.SCRIPT_TEXT, pages.IFRAME_TEXT, pages.HANDLER_TEXT, "alert", "<", "javascript"):
        assert marker not in art.text
    raw = importing.evidence_html(wb, art.id)
    assert raw == pages.HOSTILE and hashlib.sha256(raw).hexdigest() == importing.evidence(wb, art.id).sha256
    with pytest.raises(WorkbenchError, match="not imported from a web page"):
        importing.evidence_html(wb, wb.articles()[0].id)


def test_page_with_no_article_text(wb, tmp_path):
    path = tmp_path / "nav.html"
    path.write_bytes(b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")
    before = snapshot(wb)
    with pytest.raises(InvalidInput, match="no article text"):
        importing.import_path(wb, path)
    assert snapshot(wb) == before


# -- URLs, served by a real HTTP server on 127.0.0.1 ----------------------------------------
def test_arabic_news_page_from_a_url(wb, server):
    url = server.base + "/news/1"
    change = importing.import_url(wb, url)
    art = wb.article(change.article_id)
    assert art.url == url and art.language == "ar"
    assert art.text.split("\n")[0] in (art.title, pages.ARTICLE_PARAGRAPHS[0])
    for para in pages.ARTICLE_PARAGRAPHS:
        assert para in art.text
    for noise in (*pages.NAV, pages.AD, pages.COMMENT, pages.FOOTER):
        assert noise not in art.text
    ev = importing.evidence(wb, art.id)
    raw = importing.evidence_html(wb, art.id)
    assert raw == pages.arabic_news("utf-8")
    assert ev.sha256 == hashlib.sha256(raw).hexdigest() and ev.size == len(raw)
    assert ev.kind == "url" and ev.origin == url and ev.final_url == url
    assert ev.retrieved_at[:4].isdigit() and ev.content_type == "text/html"
    path, headers = server.seen[-1]
    assert path == "/news/1" and headers["User-Agent"] == USER_AGENT
    assert wb.history(art.id)[-1].after["sha256"] == ev.sha256


def test_windows_1256_page_declared_only_in_meta(wb, server):
    art = wb.article(importing.import_url(wb, server.base + "/news/cp1256").article_id)
    assert pages.ARTICLE_PARAGRAPHS[1] in art.text
    assert importing.evidence(wb, art.id).encoding == "cp1256"


def test_one_redirect_is_followed_and_recorded(wb, server):
    art = wb.article(importing.import_url(wb, server.base + "/moved").article_id)
    ev = importing.evidence(wb, art.id)
    assert ev.origin.endswith("/moved") and ev.final_url.endswith("/news/1")
    assert art.url.endswith("/news/1")


@pytest.mark.parametrize("path,needle", [
    ("/loop/a", "redirects in a loop"),
    ("/missing", "answered 404 Not Found"),
    ("/boom", "answered 500"),
    ("/report.pdf", "is not a web page (application/pdf)"),
    ("/empty", "empty page"),
    ("/short", "stopped after 1,000 of 5,000 bytes"),
    ("/to-file", "redirects to file:///etc/passwd, which is not a web address"),
    ("/to-ftp", "redirects to ftp://127.0.0.1:1/x, which is not a web address"),
])
def test_url_errors_are_one_clear_message_and_change_nothing(wb, server, path, needle):
    before = snapshot(wb)
    with pytest.raises(FetchError) as err:
        importing.import_url(wb, server.base + path)
    assert needle in str(err.value) and "\n" not in str(err.value)
    assert snapshot(wb) == before


def test_redirect_limit(server):
    for i in range(8):
        server.route(f"/hop/{i}", status=302, Location=f"/hop/{i + 1}")
    server.route("/hop/8", pages.arabic_news())
    with pytest.raises(FetchError, match="more than 5 times"):
        fetch(server.base + "/hop/0")
    assert fetch(server.base + "/hop/0", max_redirects=10).final_url.endswith("/hop/8")


@pytest.mark.parametrize("path,timeout,needle", [
    ("/slow", 0.5, "did not answer within 0.5 s"),  # nothing for 3 s
    # one byte every 0.2 s never lets a single read time out: the whole fetch has a deadline
    ("/trickle", 1, "did not finish loading within 1 s"),
    # the status line and headers a byte every 0.1 s: read before any body loop could check
    ("/trickle-head", 1, "did not finish loading within 1 s"),
])
def test_timeouts(wb, server, path, timeout, needle):
    before = snapshot(wb)
    t0 = time.perf_counter()
    with pytest.raises(FetchError, match=needle):
        importing.import_url(wb, server.base + path, timeout=timeout)
    assert time.perf_counter() - t0 < timeout + 2
    assert snapshot(wb) == before


def test_a_page_with_a_bidi_override_keeps_it(wb, server):
    """trafilatura drops invisible characters; an override that makes "00.01" read "10.00"
    must survive, so the reader can show it (◆) instead of silently losing it."""
    para = "<p>" + "بلغ السعر \u202e00.01\u202c دولار في السوق اليوم حسب التقرير الرسمي. " * 6 + "</p>"
    html = f"<html><head><title>سعر</title></head><body><article><h1>سعر</h1>{para * 3}</article></body></html>"
    url = server.route("/bidi", html.encode("utf-8"))
    art = wb.article(importing.import_url(wb, url).article_id)
    assert "\u202e00.01\u202c" in art.text
    # written as character references, as Arabic pages often do (&#x202E; &rlm;)
    spelt = html.replace("\u202e", "&#x202E;").replace("\u202c", "&#x202C;").replace("دولار", "&rlm;دولار")
    art = wb.article(importing.import_url(wb, server.route("/bidi2", spelt.encode("utf-8"))).article_id)
    assert "\u202e00.01\u202c" in art.text and "\u200fدولار" in art.text


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), 1e308])
def test_a_timeout_that_makes_no_sense_is_refused(server, timeout):
    with pytest.raises(FetchError, match="timeout must be"):
        fetch(server.base + "/news/1", timeout=timeout)


def test_size_cap(server):
    with pytest.raises(FetchError, match="pages larger than"):
        fetch(server.base + "/news/1", max_bytes=1000)


def test_not_a_url_and_nobody_listening():
    with pytest.raises(FetchError, match="not a web address"):
        fetch("ftp://example.org/file")
    with pytest.raises(FetchError, match="cannot reach 127.0.0.1:1"):
        fetch("http://127.0.0.1:1/", timeout=2)


def test_same_content_twice_is_noticed(wb, server):
    first = importing.import_url(wb, server.base + "/news/1")
    second = importing.import_url(wb, server.base + "/news/1")
    assert first.article_id != second.article_id
    assert first.article_id in second.message


# -- the library ----------------------------------------------------------------------------
def test_library_rows_count_claims_verdicts_and_approvals(wb, sample):
    claims = wb.claims(sample.id)
    wb.set_verdict(claims[0].id, "false", "خطأ")
    wb.set_verdict(claims[1].id, "true", "صحيح")
    wb.store.conn.execute("UPDATE claims SET review_state = 'approved' WHERE id = ?", [claims[1].id])
    new = importing.import_text(wb, "نص جديد بلا ادعاءات", title="جديد")
    rows = importing.library(wb)
    assert [r.id for r in rows] == [new.article_id, sample.id]  # newest first
    top, sample_row = rows
    assert (top.title, top.language, top.claims, top.with_verdict, top.approved) == ("جديد", "ar", 0, 0, 0)
    assert (sample_row.claims, sample_row.with_verdict, sample_row.approved) == (len(claims), 2, 1)
    assert sample_row.publisher == sample.publisher and sample_row.url == sample.url


def test_library_is_one_query_using_the_progress_index(wb):
    plan = " ".join(str(r[-1]) for r in wb.store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT article_id, count(*), count(rating), "
        "sum(review_state = 'approved') FROM claims GROUP BY article_id"))
    assert "COVERING INDEX claims_progress" in plan
    statements = []
    wb.store.conn.set_trace_callback(statements.append)
    try:
        importing.library(wb)
    finally:
        wb.store.conn.set_trace_callback(None)
    assert len(statements) == 1


def test_same_text_in_another_encoding_is_said_to_be_the_same(wb, tmp_path):
    first = tmp_path / "a.txt"
    first.write_bytes(ARABIC.encode("utf-8"))
    again = tmp_path / "b.txt"
    again.write_bytes(ARABIC.replace("\n", "\r\n").encode("cp1256"))  # other bytes, same text
    one = importing.import_path(wb, first)
    assert one.same_as is None and one.message == ""
    two = importing.import_path(wb, again)
    assert two.same_as == one.article_id and two.article_id != one.article_id
    assert f"same text was imported before as article {one.article_id}" in two.message
    assert "read as Windows-1256" in two.message and "both are kept" in two.message
    assert importing.evidence(wb, two.article_id).encoding == "cp1256"
    three = importing.import_path(wb, again)  # byte for byte: said as before
    assert three.same_as == two.article_id and "same content" in three.message
    other = tmp_path / "c.txt"
    other.write_bytes((ARABIC + "وأضاف.").encode("cp1256"))
    assert importing.import_path(wb, other).same_as is None
