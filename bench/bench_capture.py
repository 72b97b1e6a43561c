"""Capture throughput and WARC size overhead, against the floor of plain HTTP GETs of the same
resources in the same run: ``python bench/bench_capture.py [N] [--image-kb K]``.

A local server (127.0.0.1, threads) serves an Arabic news page that embeds a stylesheet, a
script and an image of K KB (random bytes: they do not compress). Each round captures the page
N times with :func:`workbench.services.capture.take` (fetch, parse the embeds, fetch them,
write the gzip WARC, hash it), then fetches the same four URLs N times with ``http.client``
and nothing else. Printed: pages/s for both and the ratio; the WARC's size against the bytes
of the four bodies (what the page itself weighs) and against those bodies gzip'd.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import os
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.services.capture import take  # noqa: E402

PARAGRAPH = ("قال مسؤولون محليون إن أربعة مدنيين قتلوا وأصيب سبعة آخرون في قصف استهدف بلدة "
             "يفلاخ صباح الثلاثاء، وأكدت وزارة الدفاع أن الممرات الإنسانية ستفتح غداً. ")


def site(image_kb: int) -> dict[str, tuple[str, bytes]]:
    page = ("<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            "<title>قتلى مدنيون في قصف على يفلاخ</title><link rel='stylesheet' href='/style.css'>"
            "<script src='/app.js'></script></head><body><article><h1>قتلى مدنيون</h1>"
            + "".join(f"<p>{PARAGRAPH * 3}</p>" for _ in range(30))
            + "<img src='/photo.jpg' alt='صورة'></article></body></html>").encode()
    return {
        "/news": ("text/html; charset=utf-8", page),
        "/style.css": ("text/css", b"body{direction:rtl;font:16px 'Amiri'}\n" * 200),
        "/app.js": ("application/javascript", b"console.log('workbench bench');\n" * 300),
        "/photo.jpg": ("image/jpeg", os.urandom(image_kb * 1024)),
    }


def serve(routes):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802 - http.server API
            ctype, body = routes.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in routes else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return httpd


def plain_get(url: str) -> bytes:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request("GET", parts.path, headers={"Connection": "close"})
        return conn.getresponse().read()
    finally:
        conn.close()


def main(n: int, image_kb: int, rounds: int = 3) -> None:
    routes = site(image_kb)
    httpd = serve(routes)
    base = f"http://127.0.0.1:{httpd.server_port}"
    urls = [base + p for p in routes]
    try:
        take(base + "/news")  # warm up: imports (warcio), first connections
        cap_rates, get_rates, sizes = [], [], []
        for _ in range(rounds):  # interleaved, so both see the same machine
            t0 = time.perf_counter()
            for _ in range(n):
                taken = take(base + "/news")
                sizes.append(taken.size)
            cap_rates.append(n / (time.perf_counter() - t0))
            t0 = time.perf_counter()
            for _ in range(n):
                got = [plain_get(u) for u in urls]
            get_rates.append(n / (time.perf_counter() - t0))
        assert len(taken.exchanges) == 4 and all(got)
    finally:
        httpd.shutdown()
        httpd.server_close()
    bodies = sum(len(b) for _, b in routes.values())
    gz = sum(len(gzip.compress(b)) for _, b in routes.values())
    warc = statistics.median(sizes)
    cap, floor = statistics.median(cap_rates), statistics.median(get_rates)
    print(f"page + 3 embedded resources ({bodies / 1024:.1f} KB of bodies, image {image_kb} KB), "
          f"{n} captures x {rounds} rounds (medians)")
    print(f"  capture (take: fetch 4, parse, WARC gzip, sha256): {cap:8.1f} pages/s  "
          f"{1000 / cap:6.2f} ms/page")
    print(f"  floor (plain http.client GET of the same 4 URLs):   {floor:8.1f} pages/s  "
          f"{1000 / floor:6.2f} ms/page")
    print(f"  capture costs {floor / cap:.2f}x the floor")
    print(f"  WARC {warc / 1024:.1f} KB = {warc / bodies:.3f}x the page's own bytes "
          f"({bodies / 1024:.1f} KB), {warc / gz:.3f}x those bytes gzip'd ({gz / 1024:.1f} KB)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=100, help="captures per round (100)")
    parser.add_argument("--image-kb", type=int, default=200, help="size of the embedded image (200 KB)")
    args = parser.parse_args()
    main(args.n, args.image_kb)
