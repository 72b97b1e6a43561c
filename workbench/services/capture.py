"""Capturing a web source as evidence: the page and what it embeds, as one WARC 1.1 file.

:func:`take` fetches the page (following redirects, each recorded), then the images,
stylesheets and scripts it embeds, bounded in count, bytes and time (:class:`Limits`), and
writes every exchange as a WARC ``request``/``response`` pair with warcio (WARC-Date,
WARC-Target-URI, payload and block digests, the status line and headers as received) into
one gzip WARC byte string. :func:`capture_source` stores it with its SHA-256 in one
transaction, with a ``capture.add`` audit event naming that SHA-256 (``check`` compares them).
When the desk names an RFC 3161 TSA, that SHA-256 is stamped first (:func:`stamp_taken`) and
the token is stored with the capture; without a TSA the capture carries no trusted time.

A capture that fails (a non-web address, a URL with bidi controls, a host that does not
resolve, a TLS error, 4xx/5xx on the page, a redirect loop, a timeout, a body over the size
limit, a server answering garbage, cancelled) raises :class:`CaptureError` whose code says
which, and stores nothing. An embedded resource that fails is left out; the page is not.

The body of a response is read at most ``max_bytes`` + 1 bytes far: a 2 GB download is
never buffered. Responses are asked for without compression (``Accept-Encoding: identity``);
a chunked response is recorded de-chunked, its ``Transfer-Encoding`` header kept as
``X-Archive-Orig-Transfer-Encoding`` so WARC readers do not de-chunk it again.
"""

from __future__ import annotations

import hashlib
import http.client
import io
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urljoin, urlsplit

from workbench.core.errors import InvalidInput, WorkbenchError
from workbench.core.evidence import Capture
from workbench.core.model import new_id, now_iso
from workbench.core.textio import human_size
from workbench.core.timestamp import TimestampError, TimestampToken
from workbench.core.urls import shown

from .fetch import USER_AGENT

if TYPE_CHECKING:
    from .session import Change, Workbench

REDIRECTS = (301, 302, 303, 307, 308)
WARC_TYPE = "application/warc"
_CHUNK = 64 * 1024


class CaptureError(WorkbenchError):
    """The page could not be captured; the message says why. Nothing was stored."""


@dataclass(frozen=True)
class Limits:
    max_resources: int = 40  # embedded images, stylesheets and scripts fetched
    max_total_bytes: int = 25 * 1024 * 1024  # bodies of the page and its resources together
    max_page_bytes: int = 20 * 1024 * 1024  # the page's own body
    resource_timeout: float = 20.0  # seconds for one exchange, headers and body
    total_timeout: float = 60.0  # seconds for the whole capture
    max_redirects: int = 5


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as sent and received."""

    url: str
    request_line: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    version: str
    headers: list[tuple[str, str]]
    body: bytes
    ip: str = ""

    @property
    def content_type(self) -> str:
        for k, v in self.headers:
            if k.lower() == "content-type":
                return v.split(";", 1)[0].strip().lower()
        return ""


@dataclass(frozen=True)
class Taken:
    """A capture made, not yet stored: the WARC bytes and what they hold."""

    url: str
    final_url: str
    status: int
    taken_at: str
    warc: bytes
    sha256: str
    exchanges: tuple[Exchange, ...]
    page: bytes  # the page's own body (the last response of its redirect chain)
    page_type: str
    skipped: tuple[str, ...] = field(default=())  # embedded resources left out, and why
    # trusted time (:func:`stamp_taken`): the desk TSA's token over ``sha256``, or why none
    timestamp: TimestampToken | None = None
    stamp_error: str = ""  # the TSA failed: the capture is kept without trusted time
    stamp_tried: bool = False  # the desk's TSA (if any) was asked

    @property
    def size(self) -> int:
        return len(self.warc)


def check_url(url: str) -> str:
    """The URL stripped, or an error when it is not one to capture (``core/urls.py``: spaces,
    control or direction characters, a bad port, credentials)."""
    from workbench.core.urls import check_web_url

    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise CaptureError("capture.not_web", url=shown(url))
    try:
        return urldefrag(check_web_url(url))[0]
    except InvalidInput as exc:  # the same refusal, as the capture's own kind of error
        raise CaptureError({"capture.bidi_url": "capture.bidi_url", "url.spaces": "url.spaces",
                            "url.bad_port": "url.bad_port", "url.credentials": "url.credentials",
                            "source.bad_url": "capture.not_web"}[exc.code], url=exc.params["url"]) from None


class _Embedded(HTMLParser):
    """Addresses of the images, stylesheets and scripts a page embeds, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "img" and a.get("src"):
            self.found.append(a["src"])
        elif tag == "script" and a.get("src"):
            self.found.append(a["src"])
        elif tag == "link" and a.get("href") and "stylesheet" in a.get("rel", "").lower().split():
            self.found.append(a["href"])


def embedded(html: bytes, base: str) -> list[str]:
    """Absolute http(s) addresses the page embeds, each once, in the page's order."""
    parser = _Embedded()
    try:
        parser.feed(html.decode("utf-8", errors="replace"))
        parser.close()
    except Exception:  # noqa: BLE001 - a page HTMLParser cannot read embeds nothing we can find
        pass
    out: list[str] = []
    for ref in parser.found:
        url = urldefrag(urljoin(base, ref.strip()))[0]
        if urlsplit(url).scheme in ("http", "https") and url not in out and url != base:
            out.append(url)
    return out


class _Watchdog:
    """Cuts the current connection's socket at its deadline, or as soon as the capture is
    cancelled: a server sending its headers a byte at a time never trips a per-read timeout,
    and a stalled server never holds a cancel back. One thread for a whole capture (a thread
    per exchange cost more than the exchange on a local page)."""

    #: how often a cancel is looked for while an exchange waits on the network (seconds)
    CANCEL_POLL = 0.05

    def __init__(self, cancelled: Callable[[], bool] | None = None):
        self._cancelled = cancelled
        self._cond = threading.Condition()
        self._conn: http.client.HTTPConnection | None = None
        self._deadline = 0.0
        self._stopped = False
        self.fired = False
        self._thread = threading.Thread(target=self._run, name="workbench-capture-watchdog", daemon=True)
        self._thread.start()

    def arm(self, conn: http.client.HTTPConnection, deadline: float) -> None:
        with self._cond:
            self._conn, self._deadline, self.fired = conn, deadline, False
            self._cond.notify()

    def disarm(self) -> None:
        with self._cond:
            self._conn = None
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._conn = None
            self._cond.notify()

    def _run(self) -> None:
        with self._cond:
            while not self._stopped:
                if self._conn is None:
                    self._cond.wait()
                    continue
                left = self._deadline - time.monotonic()
                cancel = self._cancelled is not None and self._cancelled()
                if left > 0 and not cancel:
                    # a cancel is looked for while waiting, so it cuts a stalled read at once
                    self._cond.wait(left if self._cancelled is None else min(left, self.CANCEL_POLL))
                    continue
                self.fired = not cancel
                sock = self._conn.sock
                self._conn = None
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass


def _exchange(url: str, deadline: float, max_bytes: int, cancelled: Callable[[], bool] | None,
              tls: ssl.SSLContext | None, watchdog: _Watchdog) -> Exchange:
    """One GET, raising :class:`CaptureError` for what fails."""
    check_url(url)  # a redirect's target or an embedded address: no spaces, bad port, credentials
    parts = urlsplit(url)
    host = parts.hostname or ""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise CaptureError("capture.timeout", url=url)
    conn: http.client.HTTPConnection
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(host, parts.port, timeout=remaining,
                                           context=tls or ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, parts.port, timeout=remaining)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    host_header = parts.netloc.rsplit("@", 1)[-1]
    req_headers = [("Host", host_header), ("User-Agent", USER_AGENT),
                   ("Accept", "*/*"), ("Accept-Encoding", "identity"), ("Connection", "close")]
    watchdog.arm(conn, deadline)
    try:
        return _talk(conn, url, target, req_headers, deadline, max_bytes, cancelled, watchdog, host)
    except CaptureError as exc:  # a cancel cuts the socket: whatever that broke, say cancelled
        if exc.code != "capture.cancelled" and cancelled is not None and cancelled():
            raise CaptureError("capture.cancelled", url=url) from None
        raise
    finally:
        watchdog.disarm()
        conn.close()


def _talk(conn: http.client.HTTPConnection, url: str, target: str, req_headers: list[tuple[str, str]],
          deadline: float, max_bytes: int, cancelled: Callable[[], bool] | None, watchdog: _Watchdog,
          host: str) -> Exchange:
    """The request and its response over ``conn`` (armed on the watchdog by :func:`_exchange`)."""
    try:
        conn.putrequest("GET", target, skip_host=True, skip_accept_encoding=True)
        for k, v in req_headers:
            conn.putheader(k, v)
        conn.endheaders()
        ip = ""
        if conn.sock is not None:
            try:
                ip = conn.sock.getpeername()[0]
            except OSError:
                ip = ""
        response = conn.getresponse()
        headers = list(response.getheaders())
        length = response.getheader("Content-Length")
        if length and length.strip().isdigit() and int(length) > max_bytes:
            raise CaptureError("capture.too_large", url=url, limit=human_size(max_bytes))
        chunks, size = [], 0
        while True:  # every body is kept as received, an error page's or a redirect's too
            if cancelled is not None and cancelled():
                raise CaptureError("capture.cancelled", url=url)
            if time.monotonic() > deadline:
                raise CaptureError("capture.timeout", url=url)
            # read1: what has arrived, at most one socket read (a trickle reaches the
            # deadline check)
            chunk = response.read1(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:  # stop reading: never buffer more than the limit
                raise CaptureError("capture.too_large", url=url, limit=human_size(max_bytes))
            chunks.append(chunk)
        if watchdog.fired:
            raise CaptureError("capture.timeout", url=url)
        body = b"".join(chunks)
        if length and length.strip().isdigit() and size < int(length) and chunks:
            raise CaptureError("capture.truncated", url=url, got=size, expected=int(length))
    except CaptureError:
        raise
    except socket.gaierror:
        raise CaptureError("capture.unresolved", host=host) from None
    except ssl.SSLError as exc:
        raise CaptureError("capture.tls", host=host, error=exc.reason or str(exc)) from None
    except (TimeoutError, socket.timeout):
        raise CaptureError("capture.timeout", url=url) from None
    except http.client.IncompleteRead as exc:
        raise CaptureError("capture.truncated", url=url, got=len(exc.partial),
                           expected=(len(exc.partial) + (exc.expected or 0))) from None
    except (http.client.HTTPException, ValueError) as exc:
        if watchdog.fired:
            raise CaptureError("capture.timeout", url=url) from None
        raise CaptureError("capture.garbage", url=url, error=type(exc).__name__) from None
    except OSError as exc:
        if watchdog.fired:
            raise CaptureError("capture.timeout", url=url) from None
        raise CaptureError("capture.unreachable", host=host,
                           error=exc.strerror or str(exc)) from None
    recorded = []
    for k, v in headers:
        if k.lower() == "transfer-encoding":
            k = "X-Archive-Orig-Transfer-Encoding"
        recorded.append((k, v))
    version = "HTTP/1.0" if response.version == 10 else "HTTP/1.1"
    return Exchange(url, f"GET {target} HTTP/1.1", req_headers, response.status,
                    response.reason or "", version, recorded, body, ip)


def _location(exchange: Exchange) -> str:
    for k, v in exchange.headers:
        if k.lower() == "location":
            return v.strip()
    return ""


def _warc(exchanges: list[Exchange], page_url: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    info = writer.create_warcinfo_record("capture.warc.gz", {
        "software": USER_AGENT, "format": "WARC File Format 1.1",
        "isPartOf": page_url, "description": "captured as evidence by workbench"})
    writer.write_record(info)
    for ex in exchanges:
        req = writer.create_warc_record(
            ex.url, "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(ex.request_line, ex.request_headers, is_http_request=True))
        extra = {"WARC-IP-Address": ex.ip} if ex.ip else None
        resp = writer.create_warc_record(
            ex.url, "response", payload=io.BytesIO(ex.body), length=None,
            http_headers=StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), ex.headers,
                                          protocol=ex.version),
            warc_headers_dict=extra)
        writer.write_request_response_pair(req, resp)
    return out.getvalue()


def take(url: str, limits: Limits = Limits(),
         progress: Callable[[int, int, str], None] | None = None,
         cancelled: Callable[[], bool] | None = None,
         tls: ssl.SSLContext | None = None) -> Taken:
    """Capture ``url`` and what it embeds, or raise :class:`CaptureError`.

    ``progress(done, total, url)`` is called before each resource; ``cancelled()`` is asked
    before each resource and while reading, and a true answer stops with ``capture.cancelled``.
    """
    url = check_url(url)
    watchdog = _Watchdog(cancelled)
    try:
        return _take(url, limits, progress, cancelled, tls, watchdog)
    finally:
        watchdog.stop()


def _take(url: str, limits: Limits, progress: Callable[[int, int, str], None] | None,
          cancelled: Callable[[], bool] | None, tls: ssl.SSLContext | None,
          watchdog: _Watchdog) -> Taken:
    started = time.monotonic()
    total_deadline = started + limits.total_timeout
    taken_at = now_iso()
    exchanges: list[Exchange] = []
    seen = {url}
    current = url

    def deadline() -> float:
        return min(time.monotonic() + limits.resource_timeout, total_deadline)

    if progress is not None:
        progress(0, 1, url)
    while True:
        if cancelled is not None and cancelled():
            raise CaptureError("capture.cancelled", url=current)
        ex = _exchange(current, deadline(), limits.max_page_bytes, cancelled, tls, watchdog)
        exchanges.append(ex)
        if ex.status in REDIRECTS and _location(ex):
            target = urldefrag(urljoin(current, _location(ex)))[0]
            if urlsplit(target).scheme not in ("http", "https"):
                raise CaptureError("capture.bad_redirect", url=current, target=target)
            if target in seen:
                raise CaptureError("capture.redirect_loop", url=url, target=target)
            if len(exchanges) > limits.max_redirects:
                raise CaptureError("capture.too_many_redirects", url=url, limit=limits.max_redirects)
            seen.add(target)
            current = target
            continue
        if ex.status >= 400:
            raise CaptureError("capture.http_status", url=current, status=ex.status, reason=ex.reason)
        if ex.status >= 300 or ex.status < 200:
            raise CaptureError("capture.garbage", url=current, error=f"status {ex.status}")
        break
    page = exchanges[-1]
    used = len(page.body)
    skipped: list[str] = []
    resources = embedded(page.body, page.url) if "html" in page.content_type or not page.content_type else []
    if len(resources) > limits.max_resources:
        skipped += [f"{r}: more than {limits.max_resources} resources" for r in resources[limits.max_resources:]]
        resources = resources[:limits.max_resources]
    for i, res in enumerate(resources, start=1):
        if cancelled is not None and cancelled():
            raise CaptureError("capture.cancelled", url=url)
        if progress is not None:
            progress(i, len(resources) + 1, res)
        if time.monotonic() >= total_deadline or used >= limits.max_total_bytes:
            skipped.append(f"{res}: the capture's time or size limit was reached")
            continue
        try:
            rex = _exchange(res, deadline(), limits.max_total_bytes - used, cancelled, tls, watchdog)
        except CaptureError as exc:
            if exc.code == "capture.cancelled":
                raise
            skipped.append(f"{res}: {exc}")
            continue
        exchanges.append(rex)
        used += len(rex.body)
    if progress is not None:
        progress(len(resources) + 1, len(resources) + 1, page.url)
    warc = _warc(exchanges, url)
    return Taken(url, page.url, page.status, taken_at, warc, hashlib.sha256(warc).hexdigest(),
                 tuple(exchanges), page.body, page.content_type, tuple(skipped))


# -- storing, reading back ---------------------------------------------------------------

def capture_event(capture: Capture) -> dict:
    """What the ``capture.add`` audit event records (``check`` compares the stored bytes)."""
    return {**capture.to_json(), "source_id": capture.source_id}


def stamp_taken(wb: Workbench, taken: Taken) -> Taken:
    """The capture with the desk TSA's token over its SHA-256 (RFC 3161), when the desk names a
    TSA (``export-settings --tsa-url``). Without a TSA the capture carries no trusted time; when
    the TSA fails, ``stamp_error`` says why and the capture is still kept (hashed, unstamped).
    Asks over the network: call it off the window's thread (the capture's worker)."""
    from dataclasses import replace

    from .timestamp import stamp

    if taken.stamp_tried:
        return taken
    try:
        token = stamp(wb, bytes.fromhex(taken.sha256))
    except TimestampError as exc:
        return replace(taken, stamp_tried=True, stamp_error=exc.message)
    return replace(taken, stamp_tried=True, timestamp=token)


def store_capture(wb: Workbench, source_id: str, taken: Taken, capture_id: str | None = None) -> Capture:
    """Store a capture made of a source: one transaction, with its ``capture.add`` event. A
    capture not yet through :func:`stamp_taken` is stamped first (when the desk names a TSA)."""
    src = wb.source(source_id)
    taken = stamp_taken(wb, taken)
    token = taken.timestamp
    capture = Capture(capture_id or new_id(), src.id, taken.url, taken.final_url, taken.taken_at,
                      taken.status, taken.sha256, taken.size, WARC_TYPE, len(taken.exchanges),
                      wb.user, tsa_url=token.tsa if token else None, ts_time=token.time if token else None,
                      token_sha256=token.token_sha256 if token else None)
    with wb.store.transaction():
        wb.ensure_user()
        wb.store.insert_capture(capture, taken.warc, token.token if token else None)
        wb.record("capture.add", "capture", capture.id, src.claim_id, None, capture_event(capture))
    return capture


def capture_source(wb: Workbench, source_id: str, limits: Limits = Limits(),
                   progress: Callable[[int, int, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   tls: ssl.SSLContext | None = None) -> tuple[Capture, Taken]:
    """Capture a source's URL again (a new capture; the earlier ones stay)."""
    src = wb.source(source_id)
    taken = stamp_taken(wb, take(src.url, limits, progress, cancelled, tls))
    return store_capture(wb, source_id, taken), taken


def capture_change(wb: Workbench, source_id: str) -> Change:
    from .session import Change

    src = wb.source(source_id)
    claim = wb.claim(src.claim_id)
    return Change("capture.add", claim.article_id, claim, frozenset({claim.id}))


def capture(wb: Workbench, capture_id: str) -> Capture:
    found = wb.store.capture(capture_id)
    if found is None:
        from workbench.core.errors import NotFound

        raise NotFound("capture.not_found", capture=capture_id)
    return found


def recorded_sha256(wb: Workbench, events=None) -> dict[str, str]:
    """The SHA-256 each capture's ``capture.add`` audit event recorded, by capture id."""
    from workbench.core.review import unwrap

    recorded: dict[str, str] = {}
    for raw in (wb.store.events() if events is None else events):
        ev = unwrap(raw)  # a capture brought by a bundle: its event came wrapped
        if ev.action == "capture.add" and ev.after:
            recorded[ev.entity_id] = ev.after.get("sha256", "")
    return recorded


def recorded_capture_sha256(wb: Workbench, capture_id: str) -> str | None:
    """The SHA-256 the audit trail recorded for one capture (None: no event records it)."""
    from workbench.core.review import unwrap

    for raw in wb.store.events(capture_id):
        ev = unwrap(raw)
        if ev.action == "capture.add" and ev.entity_id == capture_id and ev.after:
            return str(ev.after.get("sha256", ""))
    return recorded_sha256(wb).get(capture_id)  # brought by a bundle: the event is wrapped


def verified_data(wb: Workbench, found: Capture) -> bytes:
    """A capture's WARC bytes, once they match their SHA-256 and the SHA-256 its audit event
    recorded; :class:`CaptureError` (``capture.altered`` / ``capture.not_recorded``) otherwise."""
    data = wb.store.capture_data(found.id) or b""
    if hashlib.sha256(data).hexdigest() != found.sha256 or len(data) != found.size:
        raise CaptureError("capture.altered", capture=found.id)
    if recorded_capture_sha256(wb, found.id) != found.sha256:
        raise CaptureError("capture.not_recorded", capture=found.id)
    return data


def records(data: bytes, capture_id: str = "") -> list[tuple[str, str, dict[str, str], bytes]]:
    """(type, target URI, WARC headers, HTTP payload) of every record of a WARC, in order;
    ``capture.unreadable`` when the bytes are not a WARC warcio can read."""
    from warcio.archiveiterator import ArchiveIterator

    out = []
    try:
        for rec in ArchiveIterator(io.BytesIO(data)):
            headers = dict(rec.rec_headers.headers)
            out.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI") or "", headers,
                        rec.content_stream().read()))
    except Exception as exc:  # noqa: BLE001 - warcio raises several kinds for bytes it cannot read
        raise CaptureError("capture.unreadable", capture=capture_id, error=_why(exc)) from None
    return out


def _why(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120] or type(exc).__name__


def page_html(data: bytes, url: str, capture_id: str = "") -> tuple[bytes, str | None]:
    """The captured page's body and declared charset: the first 2xx response of the WARC
    (the page, after its redirects; the resources come after it)."""
    from email.message import Message

    from warcio.archiveiterator import ArchiveIterator

    try:
        for rec in ArchiveIterator(io.BytesIO(data)):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            status = rec.http_headers.get_statuscode() or ""
            if status.startswith("2"):
                msg = Message()
                msg["Content-Type"] = rec.http_headers.get_header("Content-Type") or "text/html"
                return rec.content_stream().read(), msg.get_content_charset()
    except Exception as exc:  # noqa: BLE001 - warcio raises several kinds for bytes it cannot read
        raise CaptureError("capture.unreadable", capture=capture_id, error=_why(exc)) from None
    raise CaptureError("capture.no_page", url=url)


def capture_text(wb: Workbench, capture_id: str) -> str:
    """The captured page's headline and main text (trafilatura over the captured HTML, read
    back from the WARC); never the live page."""
    found = capture(wb, capture_id)
    data = verified_data(wb, found)
    html, charset = page_html(data, found.final_url, capture_id)
    from workbench.core.webpage import extract

    page = extract(html, url=found.final_url, charset=charset, name=found.final_url)
    title = (page.title or "").strip()
    if title and not page.text.lstrip().startswith(title):
        return f"{title}\n\n{page.text}"
    return page.text


def altered_capture_ids(wb: Workbench, events=None) -> list[tuple[str, str, bool]]:
    """(capture, source, whether only the audit trail's SHA-256 differs) of every capture whose
    bytes no longer match their SHA-256 or whose SHA-256 is not the one its ``capture.add``
    event recorded."""
    recorded = recorded_sha256(wb, events)
    found = []
    for c in wb.store.captures():
        data = wb.store.capture_data(c.id) or b""
        if hashlib.sha256(data).hexdigest() != c.sha256 or len(data) != c.size:
            found.append((c.id, c.source_id, False))
        elif recorded.get(c.id) != c.sha256:
            found.append((c.id, c.source_id, True))
    return found


def altered_captures(wb: Workbench, events=None) -> list[str]:
    """What ``check`` says of each altered capture (:func:`altered_capture_ids`)."""
    return [f"capture {cid} (source {sid}) is not the one the audit trail recorded" if only_trail
            else f"capture {cid} (source {sid}) no longer matches its SHA-256"
            for cid, sid, only_trail in altered_capture_ids(wb, events)]
