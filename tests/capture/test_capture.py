"""Capturing web sources as WARC evidence, against real pages served from 127.0.0.1."""

from __future__ import annotations

import base64
import hashlib
import io
import time

import pytest
from warcio.archiveiterator import ArchiveIterator

from workbench.services import capture as cap
from workbench.services.capture import CaptureError, Limits

from .conftest import CSS, JS, PNG, arabic_page


def _claim(wb):
    return wb.claims(wb.articles()[0].id)[0]


def _source(wb, url):
    claim = _claim(wb)
    change = wb.add_source(claim.id, url)
    return change.claim.sources[-1]


def _records(warc: bytes):
    out = []
    for rec in ArchiveIterator(io.BytesIO(warc)):
        payload = rec.content_stream().read()
        out.append((rec, payload))
    return out


def test_a_page_with_its_image_stylesheet_and_script_is_one_warc(site):
    seen = []
    taken = cap.take(site.base + "/news/1", progress=lambda done, total, url: seen.append((done, total, url)))
    assert taken.status == 200 and taken.final_url == site.base + "/news/1"
    assert taken.sha256 == hashlib.sha256(taken.warc).hexdigest() and taken.size == len(taken.warc)
    recs = _records(taken.warc)
    assert recs[0][0].rec_type == "warcinfo"
    assert all(r.rec_headers.protocol == "WARC/1.1" for r, _ in recs)
    pairs = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r, _ in recs[1:]]
    want = [site.base + p for p in ("/news/1", "/style.css", "/tracker.js", "/img/map.png")]
    assert [u for t, u in pairs if t == "response"] == want
    assert [u for t, u in pairs if t == "request"] == want
    bodies = {r.rec_headers.get_header("WARC-Target-URI"): (r, p) for r, p in recs if r.rec_type == "response"}
    assert bodies[site.base + "/news/1"][1] == arabic_page()
    assert bodies[site.base + "/style.css"][1] == CSS
    assert bodies[site.base + "/tracker.js"][1] == JS
    assert bodies[site.base + "/img/map.png"][1] == PNG
    for rec, payload in bodies.values():  # the payload digests are the payloads' own
        algo, value = rec.rec_headers.get_header("WARC-Payload-Digest").split(":", 1)
        assert base64.b32encode(hashlib.new(algo, payload).digest()).decode() == value
        assert rec.rec_headers.get_header("WARC-Date").startswith(taken.taken_at[:10])
        assert rec.http_headers.get_statuscode() == "200"
        assert rec.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"
    page = bodies[site.base + "/news/1"][0]
    assert page.http_headers.get_header("Content-Type") == "text/html; charset=utf-8"
    assert seen[0] == (0, 1, site.base + "/news/1") and seen[-1][0] == seen[-1][1] == 4


def test_a_redirect_chain_is_recorded_and_ends_at_the_final_url(site):
    taken = cap.take(site.base + "/r1")
    assert taken.url == site.base + "/r1" and taken.final_url == site.base + "/news/1"
    responses = [(r.rec_headers.get_header("WARC-Target-URI"), r.http_headers.get_statuscode())
                 for r, _ in _records(taken.warc) if r.rec_type == "response"]
    assert responses[:3] == [(site.base + "/r1", "301"), (site.base + "/r2", "302"), (site.base + "/news/1", "200")]


@pytest.mark.parametrize(("path", "code"), [
    ("/loop/a", "capture.redirect_loop"),
    ("/missing", "capture.http_status"),
    ("/boom", "capture.http_status"),
    ("/to-file", "capture.bad_redirect"),
])
def test_a_page_that_cannot_be_captured_says_why(site, path, code):
    with pytest.raises(CaptureError) as err:
        cap.take(site.base + path)
    assert err.value.code == code


def test_too_many_redirects(site):
    with pytest.raises(CaptureError) as err:
        cap.take(site.base + "/r1", Limits(max_redirects=1))
    assert err.value.code == "capture.too_many_redirects"


@pytest.mark.parametrize(("url", "code"), [
    ("file:///etc/passwd", "capture.not_web"),
    ("ftp://127.0.0.1/x", "capture.not_web"),
    ("javascript:alert(1)", "capture.not_web"),
    ("https://example.org/\u202enews", "capture.bidi_url"),
    ("http://no-such-host.invalid/page", "capture.unresolved"),
    ("http:///no-host", "capture.not_web"),
    ("http://exa mple.com/", "url.spaces"),
    ("http://example.com/\x00", "url.spaces"),
    ("http://example.com:70000/", "url.bad_port"),
    ("http://user:pw@example.com/", "url.credentials"),
])
def test_addresses_refused(url, code):
    with pytest.raises(CaptureError) as err:
        cap.take(url)
    assert err.value.code == code


def test_a_page_that_trickles_in_hits_the_time_limit(site):
    started = time.monotonic()
    with pytest.raises(CaptureError) as err:
        cap.take(site.base + "/trickle", Limits(resource_timeout=1.0, total_timeout=1.0))
    assert err.value.code == "capture.timeout"
    assert time.monotonic() - started < 5


def test_a_declared_oversize_body_is_refused(site):
    with pytest.raises(CaptureError) as err:
        cap.take(site.base + "/big", Limits(max_page_bytes=100_000))
    assert err.value.code == "capture.too_large"


def test_an_endless_download_stops_at_the_limit(endless):
    url, sent = endless
    with pytest.raises(CaptureError) as err:
        cap.take(url, Limits(max_page_bytes=1024 * 1024))
    assert err.value.code == "capture.too_large"
    assert sent[0] < 100 * 1024 * 1024  # reading stopped: nowhere near the 2 GB it would send


def test_a_server_answering_garbage(garbage):
    with pytest.raises(CaptureError) as err:
        cap.take(garbage)
    assert err.value.code == "capture.garbage"


def test_a_tls_error(site):
    with pytest.raises(CaptureError) as err:  # a plain HTTP server spoken to in TLS
        cap.take(site.base.replace("http://", "https://") + "/news/1")
    assert err.value.code == "capture.tls"


def test_a_refused_connection(site):
    with pytest.raises(CaptureError) as err:
        cap.take("http://127.0.0.1:1/")
    assert err.value.code == "capture.unreachable"


def test_a_cancelled_capture_stores_nothing(wb, site):
    src = _source(wb, site.base + "/news/1")
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(CaptureError) as err:
        cap.capture_source(wb, src.id, cancelled=cancelled)
    assert err.value.code == "capture.cancelled"
    assert wb.store.captures(src.id) == []
    assert [e.action for e in wb.history(src.claim_id)][-1] == "source.add"


def test_captures_are_history_and_go_and_come_back_with_their_source(wb, site):
    src = _source(wb, site.base + "/news/1")
    first, _ = cap.capture_source(wb, src.id)
    second, _ = cap.capture_source(wb, src.id)
    assert [c.id for c in wb.source(src.id).captures] == [first.id, second.id]
    assert wb.store.capture_data(first.id) != b"" and first.sha256 != "" and first.resources == 4
    events = [e for e in wb.history(src.claim_id) if e.action == "capture.add"]
    assert [e.after["sha256"] for e in events] == [first.sha256, second.sha256]
    snap = wb.snapshot_source(src.id)
    wb.remove_source(src.id)
    assert wb.store.captures(src.id) == [] and wb.store.capture(first.id) is None
    wb.restore_source(snap)
    assert [c.id for c in wb.source(src.id).captures] == [first.id, second.id]
    assert hashlib.sha256(wb.store.capture_data(first.id)).hexdigest() == first.sha256
    from workbench.services.review import check

    assert check(wb).ok


def test_capture_text_reads_the_arabic_page_back_from_the_warc(wb, site):
    src = _source(wb, site.base + "/r1")
    found, _ = cap.capture_source(wb, src.id)
    site.route("/news/1", "<html><body><p>صفحة أخرى تماما</p></body></html>".encode())  # the live page changed
    text = cap.capture_text(wb, found.id)
    assert "قال مسؤولون محليون إن أربعة مدنيين قتلوا" in text and "صفحة أخرى" not in text


def test_a_timestamp_token_is_stored_with_its_capture_and_shown_in_its_json(wb, site):
    from workbench.core.evidence import CaptureTimestamp

    src = _source(wb, site.base + "/news/1")
    found, _ = cap.capture_source(wb, src.id)
    assert found.to_json()["timestamp"] is None and wb.store.capture_token(found.id) is None
    token = b"0\x82\x01\x00 a DER token"
    stamp = CaptureTimestamp("http://tsa.example/", "2026-11-30T14:02:00+00:00", token,
                             hashlib.sha256(token).hexdigest())
    with wb.store.transaction():
        wb.store.set_capture_timestamp(found.id, stamp)
    again = wb.store.capture(found.id)
    assert again.to_json()["timestamp"] == {"tsa": "http://tsa.example/", "time": "2026-11-30T14:02:00+00:00",
                                            "token_sha256": hashlib.sha256(token).hexdigest()}
    assert wb.store.capture_token(found.id) == token and again.sha256 == found.sha256
    snap = wb.snapshot_source(src.id)  # the token goes and comes back with the source
    wb.remove_source(src.id)
    wb.restore_source(snap)
    assert wb.store.capture_token(found.id) == token


def test_a_page_cut_short_is_not_kept(site):
    site.route("/short", arabic_page()[:1000], declared_length=5000)
    with pytest.raises(CaptureError) as err:
        cap.take(site.base + "/short")
    assert err.value.code == "capture.truncated" and "1,000 of 5,000 bytes" in str(err.value)


def test_an_unknown_capture_is_named(wb):
    from workbench.core.errors import NotFound

    with pytest.raises(NotFound) as err:
        cap.capture_text(wb, "no-such-capture")
    assert err.value.code == "capture.not_found" and "no-such-capture" in str(err.value)


def test_a_chunked_page_is_recorded_once_dechunked_and_reads_back_whole(chunked):
    taken = cap.take(chunked)
    (page,) = [(r, p) for r, p in _records(taken.warc) if r.rec_type == "response"
               and r.rec_headers.get_header("WARC-Target-URI") == chunked]
    rec, payload = page
    assert payload == arabic_page()
    assert rec.http_headers.get_header("Transfer-Encoding") is None
    assert rec.http_headers.get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"
