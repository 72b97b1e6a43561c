"""Import throughput and the library at scale, against the targets of issue 6.

    python bench/bench_library.py        # QT_QPA_PLATFORM defaults to offscreen

Generates a library of 5,000 articles and 100,000 claims (BENCH_ARTICLES, BENCH_CLAIMS) and
prints: import throughput (pasted text, saved HTML pages), the library query (median and 95th
percentile), and the library dialog opening (model filled + first paint; target under 300 ms).
No assertions: figures for people, not a timed test.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from workbench.core.model import new_id, now_iso  # noqa: E402
from workbench.services import importing, open_workbench  # noqa: E402

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "5000"))
CLAIMS = int(os.environ.get("BENCH_CLAIMS", "100000"))
WORDS = "قال مسؤولون إن أربعة مدنيين قتلوا في قصف على بلدة يفلاخ وأكدت الوزارة الممرات".split()


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def generate(wb) -> None:
    rnd = random.Random(6)
    t = now_iso()
    arts, claims = [], []
    for i in range(ARTICLES):
        text = " ".join(rnd.choice(WORDS) for _ in range(300))
        arts.append({"id": new_id(), "title": f"مقال {i}", "language": "ar", "text": text,
                     "url": f"https://news{i % 40}.example/{i}", "publisher": f"موقع {i % 40}",
                     "published": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", "added_at": t,
                     "added_by": "bench"})
    for j in range(CLAIMS):
        a = arts[j % ARTICLES]
        rated = rnd.random() < 0.5
        claims.append({"id": new_id(), "article_id": a["id"], "start": 0, "end": 3,
                       "quote": a["text"][:3], "statement": "", "rating": "false" if rated else None,
                       "rationale": "", "review_state": "approved" if rated and rnd.random() < 0.5 else "draft",
                       "created_at": t, "created_by": "bench", "updated_at": t, "updated_by": "bench"})
    with wb.store.transaction():
        wb.store.db["articles"].insert_all(arts, batch_size=500)
        wb.store.db["claims"].insert_all(claims, batch_size=2000)


def main() -> None:
    from importing_pages import arabic_news  # noqa: F401 - see below

    with tempfile.TemporaryDirectory() as tmp:
        wb = open_workbench(Path(tmp) / "bench.sqlite", "bench")
        t0 = time.perf_counter()
        generate(wb)
        print(f"generated {ARTICLES} articles, {CLAIMS} claims in {time.perf_counter() - t0:.1f} s")

        n = 50
        t0 = time.perf_counter()
        for i in range(n):
            importing.import_text(wb, f"نص ملصوق رقم {i} " + " ".join(WORDS) * 20)
        dt = time.perf_counter() - t0
        print(f"import pasted text: {n / dt:.0f} articles/s ({dt / n * 1000:.1f} ms each)")
        page = Path(tmp) / "page.html"
        page.write_bytes(arabic_news("utf-8"))
        importing.import_path(wb, page)  # first one pays for importing trafilatura
        n = 20
        t0 = time.perf_counter()
        for _ in range(n):
            importing.import_path(wb, page)
        dt = time.perf_counter() - t0
        print(f"import saved HTML page: {n / dt:.0f} articles/s ({dt / n * 1000:.1f} ms each)")

        times = []
        for _ in range(30):
            t0 = time.perf_counter()
            rows = importing.library(wb)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"library query ({len(rows)} rows): median {statistics.median(times):.1f} ms, "
              f"p95 {pct(times, 95):.1f} ms")

        from workbench.ui.app import make_app
        from workbench.ui.library_view import LibraryDialog

        app = make_app()
        opens = []
        for _ in range(5):
            t0 = time.perf_counter()
            dialog = LibraryDialog(None, wb)
            dialog.show()
            dialog.repaint()
            app.processEvents()
            opens.append((time.perf_counter() - t0) * 1000)
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        print(f"library dialog open + first paint: median {statistics.median(opens):.0f} ms, "
              f"max {max(opens):.0f} ms (target < 300 ms)")
        wb.close()


if __name__ == "__main__":
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "importing_pages", Path(__file__).resolve().parents[1] / "tests" / "importing" / "pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["importing_pages"] = module
    main()
