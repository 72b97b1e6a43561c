"""PostgreSQL desk speed at 100,000 claims (issue 12), with SQLite on the same data as the floor.

    BENCH_DB=/tmp/desk.sqlite BENCH_PG=postgresql://me@localhost/bench python bench/bench_pg_desk.py

Builds (once; both are reused when they hold a desk) a SQLite desk of BENCH_ARTICLES articles and
BENCH_CLAIMS claims the way ``bench_search.py`` does, plus one article of 1,000 claims, then
copies it to the PostgreSQL database (``copy_desk``, one transaction) so both stores hold the
same rows. Prints, for each store: search p50/p95 over bench_search's queries (target 50 ms at
p95) and opening the 1,000-claim article as the window reads it (``claim_spans``, the first
``claims_by_ids`` page of visible rows, ``claims(article_id)``, the library rows of the article),
p50/p95 of 20 openings (target 0.3 s). Figures for people, not a timed test.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import ARTICLES, generate, pct  # noqa: E402

from workbench.core import bundled  # noqa: E402
from workbench.core.segment import segments  # noqa: E402
from workbench.services import open_workbench  # noqa: E402
from workbench.services.desk_copy import copy_desk  # noqa: E402
from workbench.services.search import search  # noqa: E402

BIG_TITLE = "مقال كبير"
QUERIES = ["مدنيين", "لغمين", "يفلاخ", "اذربيجان ممرات", "مجلس الامن", "الطيران الحربي",
           "حلب", "2020", "خط الجبهة", "التطهير العرقي"]


def big_article(wb, clauses) -> str:
    rng = random.Random(2)
    parts = [rng.choice(clauses).strip() + f" ({i})." for i in range(1100)]
    art = wb.add_article(BIG_TITLE, "\n\n".join(parts)).article_id
    text = wb.article(art).text
    with wb.store.transaction():
        for s, e in segments(text)[:1000]:
            wb.add_claim(art, s, e)
    return art


def build(sqlite_path: Path) -> None:
    wb = open_workbench(sqlite_path, "bench")
    if wb.store.article_count() == 0:
        text = bundled.read_text("karabakh-ar.txt")
        clauses = [text[s:e] for s, e in segments(text)]
        per = max(1, int(os.environ.get("BENCH_CLAIMS", 100000)) // ARTICLES)
        generate(wb, random.Random(1), clauses, per)
        t = time.perf_counter()
        big_article(wb, clauses)
        print(f"1,000-claim article in {time.perf_counter() - t:.1f} s", flush=True)
    wb.close()


def measure(label: str, db) -> None:
    wb = open_workbench(db, "bench")
    store = wb.store
    big = next(a.id for a in wb.articles() if a.title == BIG_TITLE)
    for q in QUERIES:  # warm-up (first plans, caches)
        search(wb, q, 20)
    times = []
    for k in range(200):
        q = QUERIES[k % len(QUERIES)]
        t = time.perf_counter()
        search(wb, q, 20)
        times.append((time.perf_counter() - t) * 1000)
    per_query = {}
    for q in QUERIES:
        ts = []
        for _ in range(5):
            t = time.perf_counter()
            search(wb, q, 20)
            ts.append((time.perf_counter() - t) * 1000)
        per_query[q] = sorted(ts)[2]
    print(f"[{label}] search (top 20, 200 queries): p50 {pct(times, .5):.1f} ms, p95 {pct(times, .95):.1f} ms")
    print(f"[{label}]   median by query: " + ", ".join(f"{q} {v:.0f}" for q, v in per_query.items()))
    opens = []
    parts: dict[str, list[float]] = {"claim_spans": [], "claims_by_ids": [], "claims": [], "library": []}
    for _ in range(20):
        t0 = time.perf_counter()
        spans = store.claim_spans(big)
        t1 = time.perf_counter()
        store.claims_by_ids([s[0] for s in spans[:60]])
        t2 = time.perf_counter()
        claims = store.claims(big)
        t3 = time.perf_counter()
        store.library_rows_by_ids([big])
        t4 = time.perf_counter()
        opens.append((t4 - t0) * 1000)
        for k, v in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            parts[k].append(v * 1000)
    assert len(claims) == 1000, len(claims)
    print(f"[{label}] open a 1,000-claim article: p50 {pct(opens, .5):.1f} ms, p95 {pct(opens, .95):.1f} ms "
          "(" + ", ".join(f"{k} {pct(v, .5):.1f}" for k, v in parts.items()) + ")")
    wb.close()


def main() -> None:
    sqlite_path = Path(os.environ.get("BENCH_DB", "/tmp/bench-desk.sqlite"))
    pg = os.environ.get("BENCH_PG", "")
    build(sqlite_path)
    if pg:
        target = open_workbench(pg, "bench")
        if target.store.article_count() == 0:
            source = open_workbench(sqlite_path, "bench")
            t = time.perf_counter()
            copy_desk(source.store, target.store)
            print(f"copied to PostgreSQL in {time.perf_counter() - t:.1f} s", flush=True)
            source.close()
            target.store._exec("VACUUM ANALYZE")
        target.close()
    if os.environ.get("BENCH_ONLY") != "pg":
        measure("sqlite", sqlite_path)
    if pg:
        measure("postgres", pg)


if __name__ == "__main__":
    main()
