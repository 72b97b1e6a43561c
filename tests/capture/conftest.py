"""Pages served from 127.0.0.1 for captures: an Arabic page embedding an image, a stylesheet
and a script; redirects; a loop; a 404; a slow page; an endless body; a server answering garbage."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.importing import pages
from tests.importing.conftest import Server

# a real 1x1 PNG
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360f8cfc0f01f0005000201e226052d0000000049454e44ae426082")
CSS = "body { direction: rtl; font-family: 'Amiri'; }".encode()
JS = b"console.log('page');"


def arabic_page() -> bytes:
    html = pages.arabic_news().decode("utf-8")
    return html.replace("<main>", '<main><img src="/img/map.png" alt="خريطة">', 1).encode("utf-8")


@pytest.fixture
def site():
    srv = Server()
    srv.route("/news/1", arabic_page())
    srv.route("/style.css", CSS, content_type="text/css")
    srv.route("/tracker.js", JS, content_type="application/javascript")
    srv.route("/img/map.png", PNG, content_type="image/png")
    srv.route("/r1", status=301, Location="/r2")
    srv.route("/r2", status=302, Location="/news/1")
    srv.route("/loop/a", status=302, Location="/loop/b")
    srv.route("/loop/b", status=302, Location="/loop/a")
    srv.route("/to-file", status=302, Location="file:///etc/passwd")
    srv.route("/boom", b"<h1>oops</h1>", status=500)
    srv.route("/trickle", arabic_page(), trickle=0.05)
    srv.route("/big", b"<html>" + b"x" * 300_000, content_type="text/html")
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


class _Endless(BaseHTTPRequestHandler):
    """A 200 with no Content-Length whose body never ends (the "2 GB download")."""

    sent = [0]

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server API
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        block = b"\0" * 65536
        try:
            while self.sent[0] < 2 * 1024 ** 3:
                self.wfile.write(block)
                self.sent[0] += len(block)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def endless():
    handler = type("Endless", (_Endless,), {"sent": [0]})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/file.bin", handler.sent
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def garbage():
    """A server that answers a line that is not HTTP."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    stop = threading.Event()

    def serve():
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(4096)
                    conn.sendall(b"SSH-2.0-OpenSSH_9.6 hello there\r\n\r\n")
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    stop.set()
    thread.join(2)
    sock.close()


class _Chunked(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server API
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        body = arabic_page()
        for i in range(0, len(body), 700):
            part = body[i:i + 700]
            self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")


@pytest.fixture
def chunked():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Chunked)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}/chunked"
    httpd.shutdown()
    httpd.server_close()
