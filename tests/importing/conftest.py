"""A real HTTP server on 127.0.0.1, started for the test, serving real pages."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from . import pages


class _Handler(BaseHTTPRequestHandler):
    routes: dict = {}
    seen: list = []

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):  # noqa: N802 - http.server API
        type(self).seen.append((self.path, dict(self.headers)))
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        status, headers, body, delay, trickle, declared = route
        if delay:
            time.sleep(delay)
        if headers.get("X-Trickle-Head"):  # the status line and headers themselves, slowly
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"a" * 200 + b"\r\n\r\n"
            try:
                for i in range(len(head)):
                    self.wfile.write(head[i:i + 1])
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(declared or len(body)))
            self.end_headers()
            if trickle:  # one byte at a time, never idle long enough for a read to time out
                for i in range(len(body)):
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                    time.sleep(trickle)
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class Server:
    def __init__(self):
        handler = type("Handler", (_Handler,), {"routes": {}, "seen": []})
        self.handler = handler
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def route(self, path, body=b"", status=200, content_type="text/html; charset=utf-8",
              delay=0.0, trickle=0.0, declared_length=None, **headers):
        """``trickle``: seconds between bytes; ``declared_length``: the Content-Length sent
        (a larger one than the body's is a connection that closes early)."""
        hdrs = {"Content-Type": content_type} if content_type else {}
        hdrs.update({k.replace("_", "-"): v for k, v in headers.items()})
        self.handler.routes[path] = (status, hdrs, body, delay, trickle, declared_length)
        return self.base + path

    @property
    def seen(self):
        return self.handler.seen


@pytest.fixture
def server():
    srv = Server()
    srv.route("/news/1", pages.arabic_news("utf-8"))
    srv.route("/news/cp1256", pages.arabic_news("windows-1256"), content_type="text/html")
    srv.route("/hostile", pages.HOSTILE)
    srv.route("/moved", status=301, Location="/news/1")
    srv.route("/loop/a", status=302, Location="/loop/b")
    srv.route("/loop/b", status=302, Location="/loop/a")
    srv.route("/slow", pages.arabic_news(), delay=3.0)
    srv.route("/report.pdf", b"%PDF-1.4 not a page", content_type="application/pdf")
    srv.route("/empty", b"")
    srv.route("/boom", b"<h1>oops</h1>", status=500)
    srv.route("/trickle", pages.arabic_news(), trickle=0.2)
    srv.route("/short", pages.arabic_news()[:1000], declared_length=5000)
    srv.route("/to-file", status=302, Location="file:///etc/passwd")
    srv.route("/to-ftp", status=302, Location="ftp://127.0.0.1:1/x")
    srv.route("/trickle-head", X_Trickle_Head="1")
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()
