"""Fetching a web page to check: the one place workbench goes on the network.

The standard library's urllib (no extra dependency, nothing to import at start-up) with:
a timeout on the whole fetch, not only on each socket read; a size cap, checked against
Content-Length and again while reading; a User-Agent that says who is asking; at most
:data:`MAX_REDIRECTS` redirects. Every failure is one :class:`FetchError` whose message says
what happened; nothing is written to the database when a fetch fails.
"""

from __future__ import annotations

import hashlib
import http.client
import math
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlparse

from workbench.core.errors import WorkbenchError
from workbench.core.model import now_iso
from workbench.core.textio import human_size
from workbench.core.webpage import looks_like_html

USER_AGENT = "workbench/0.1 (+fact-checking desk)"
FETCH_TIMEOUT_S = 20.0
MAX_PAGE_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


class FetchError(WorkbenchError):
    """The page could not be fetched; the message says why."""


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    data: bytes
    retrieved_at: str
    sha256: str


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, limit: int):
        super().__init__()
        # typeshed declares both ClassVar; urllib reads them through ``self``, so per instance works
        self.max_redirections = limit  # type: ignore[misc]
        self.max_repeats = 1  # type: ignore[misc]  # the same address twice is a loop

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        # urllib would follow ftp:// too: a page must not make the desk's machine open anything
        # but a web address
        if urlparse(newurl).scheme not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, f"redirection to {newurl} refused", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_url(url: str) -> str:
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise FetchError("fetch.not_web_address", url=url)
    return url


class _Sockets:
    """The sockets a fetch opened, so a watchdog can cut them at the deadline."""

    def __init__(self):
        self.open: list[socket.socket] = []

    def cut(self) -> None:
        for sock in self.open:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handlers(self):
        sockets = self

        class Conn(http.client.HTTPConnection):
            def connect(self):
                super().connect()
                sockets.open.append(self.sock)

        class TLSConn(http.client.HTTPSConnection):
            def connect(self):
                super().connect()
                sockets.open.append(self.sock)

        class Plain(urllib.request.HTTPHandler):
            def http_open(self, req):
                return self.do_open(Conn, req)

        class TLS(urllib.request.HTTPSHandler):
            def https_open(self, req):
                return self.do_open(TLSConn, req, context=self._context)

        return Plain(), TLS()


def fetch(url: str, timeout: float = FETCH_TIMEOUT_S, max_bytes: int = MAX_PAGE_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> Fetched:
    """Fetch an HTML page, or raise :class:`FetchError`, within ``timeout`` seconds in all: the
    fetch runs on a thread, and at the deadline its sockets are cut (a server that sends its
    status line and headers a byte at a time never trips a per-read timeout)."""
    url = check_url(url)
    if not (isinstance(timeout, (int, float)) and math.isfinite(timeout) and 0 < timeout <= 3600):
        raise FetchError("fetch.bad_timeout", timeout=timeout)
    sockets = _Sockets()
    box: dict = {}

    def work() -> None:
        try:
            box["page"] = _fetch(url, timeout, max_bytes, max_redirects, sockets)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=work, name="workbench-fetch", daemon=True)
    thread.start()
    thread.join(timeout + 0.5)
    if thread.is_alive():
        sockets.cut()
        thread.join(5)
        raise FetchError("fetch.slow", url=url, timeout=timeout)
    if "error" in box:
        raise box["error"]
    return box["page"]


def _fetch(url: str, timeout: float, max_bytes: int, max_redirects: int, sockets: _Sockets) -> Fetched:
    opener = urllib.request.build_opener(_Redirects(max_redirects), *sockets.handlers())
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "identity",
    })
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            content_type = headers.get_content_type() if headers.get("Content-Type") else ""
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError("fetch.too_large_declared", url=url, size=human_size(int(length)),
                                 limit=human_size(max_bytes))
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError("fetch.slow", url=url, timeout=timeout)
                # read1: what has arrived, at most one socket read; read() would wait for a
                # whole chunk, and a page that trickles in would never reach the deadline check.
                chunk = response.read1(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError("fetch.too_large", url=url, limit=human_size(max_bytes))
                chunks.append(chunk)
            data = b"".join(chunks)
            if length and length.isdigit() and size < int(length):
                raise FetchError("fetch.truncated_of", url=url, got=size, expected=int(length))
            final_url, status = response.geturl(), response.status
            charset = headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        target = exc.filename or ""
        if 300 <= exc.code < 400 and target and urlparse(target).scheme not in ("http", "https"):
            raise FetchError("fetch.bad_redirect", url=url, target=target) from None
        if 300 <= exc.code < 400:
            raise FetchError("fetch.redirect_loop", url=url, limit=max_redirects) from None
        raise FetchError("fetch.http_status", status=exc.code, reason=exc.reason, url=url) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise FetchError("fetch.timeout", url=url, timeout=timeout) from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise FetchError("fetch.unreachable", host=urlparse(url).netloc, error=text) from None
    except (TimeoutError, socket.timeout):
        raise FetchError("fetch.timeout", url=url, timeout=timeout) from None
    except http.client.IncompleteRead as exc:
        raise FetchError("fetch.truncated", url=url, got=len(exc.partial)) from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise FetchError("fetch.failed", url=url, error=exc) from None
    if content_type and content_type not in HTML_TYPES:
        raise FetchError("fetch.not_html", url=final_url, content_type=content_type)
    if not data:
        raise FetchError("fetch.empty", url=final_url)
    if not content_type and not looks_like_html(data):
        raise FetchError("fetch.unknown_type", url=final_url)
    return Fetched(url, final_url, status, content_type or "text/html", charset, data, now_iso(),
                   hashlib.sha256(data).hexdigest())
