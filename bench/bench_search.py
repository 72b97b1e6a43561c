"""Search and "checked before" at library scale, against the targets of issue 6.

    python bench/bench_search.py      # BENCH_ARTICLES=5000 BENCH_CLAIMS=100000 by default
    BENCH_DB=/tmp/lib.sqlite python bench/bench_search.py   # keep the library; reuse it next time
    BENCH_DB=postgresql://me@localhost/bench python bench/bench_search.py   # a desk on a server

Generates articles from the sample's sentences (shuffled, with numbers and places varied) and
claims on their clauses through the real services (each claim one transaction with its audit
event), then prints: import throughput, search p50/p95 over 200 queries (target < 50 ms) and
checked-before p50/p95 over 50 claims (target < 100 ms). Figures for people, not a timed test.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.core import bundled  # noqa: E402
from workbench.core.segment import segments  # noqa: E402
from workbench.services import open_workbench  # noqa: E402
from workbench.services.search import checked_before, search  # noqa: E402

ARTICLES = int(os.environ.get("BENCH_ARTICLES", 5000))
CLAIMS = int(os.environ.get("BENCH_CLAIMS", 100000))
PLACES = ["كاراباخ", "يفلاخ", "باكو", "حلب", "غزة", "الخرطوم", "طرابلس", "صنعاء", "الموصل", "درعا"]


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> None:
    rng = random.Random(1)
    text = bundled.read_text("karabakh-ar.txt")
    clauses = [text[s:e] for s, e in segments(text)]
    per = max(1, CLAIMS // ARTICLES)
    with tempfile.TemporaryDirectory() as tmp:
        given = os.environ.get("BENCH_DB") or ""
        server = given.startswith(("postgresql://", "postgres://"))
        path: str | Path = given if server else Path(given or Path(tmp) / "bench.sqlite")
        reuse = not server and Path(path).exists()
        wb = open_workbench(path, "bench")
        reuse = reuse or (server and wb.store.article_count() > 0)
        if reuse:
            claim_ids = [c.id for a in wb.articles() if a.title.startswith("مقال ")
                         for c in wb.claims(a.id)]
            print(f"reusing {path}: {len(claim_ids)} claims")
        else:
            claim_ids = generate(wb, rng, clauses, per)
        run(wb, rng, claim_ids)
        wb.close()


def generate(wb, rng, clauses, per) -> list[str]:
    t0 = time.perf_counter()
    claim_ids = []
    for i in range(ARTICLES):
        picked = rng.sample(clauses, min(len(clauses), per + 4))
        body = "\n\n".join(c.replace("كاراباخ", rng.choice(PLACES)).replace("2020", str(rng.randint(1990, 2025)))
                           + f" ({i})." for c in picked)
        art = wb.add_article(f"مقال {i}", body).article_id
        atext = wb.article(art).text
        for s, e in segments(atext)[:per]:
            claim_ids.append(wb.add_claim(art, s, e).claim.id)
    dt = time.perf_counter() - t0
    print(f"import: {ARTICLES} articles, {len(claim_ids)} claims in {dt:.1f} s "
          f"({ARTICLES / dt:.0f} articles/s, {len(claim_ids) / dt:.0f} claims/s)")
    return claim_ids


def fts_floor(path, queries) -> list[float]:
    """What SQLite alone takes for the full-text part of each query (same MATCH, bm25 order,
    top 20), on its own connection: the part of the figures above that no Python code of ours
    can remove."""
    import sqlite3

    from workbench.core.normalize import terms

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    times = []
    for k in range(200):
        words = [w for w in terms(queries[k % len(queries)]) if len(w) >= 3]
        match = " AND ".join('"' + w + '"' for w in words)
        t = time.perf_counter()
        conn.execute("SELECT rowid FROM search_docs_fts WHERE search_docs_fts MATCH ? "
                     "ORDER BY rank LIMIT 20", (match,)).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    conn.close()
    return times


def run(wb, rng, claim_ids) -> None:
    queries = ["مدنيين", "لغمين", "يفلاخ", "اذربيجان ممرات", "مجلس الامن", "الطيران الحربي",
               "حلب", "2020", "خط الجبهة", "التطهير العرقي"]
    times = []
    for k in range(200):
        q = queries[k % len(queries)]
        t = time.perf_counter()
        search(wb, q, 20)
        times.append((time.perf_counter() - t) * 1000)
    print(f"search (top 20, 200 queries): p50 {pct(times, .5):.1f} ms, p95 {pct(times, .95):.1f} ms "
          "(target < 50 ms)")
    if not wb.store.path.startswith(("postgresql://", "postgres://")):
        floor = fts_floor(wb.store.path, queries)
        print(f"  floor, the same FTS5 queries in bare sqlite3 (bm25, top 20): p50 {pct(floor, .5):.1f} ms, "
              f"p95 {pct(floor, .95):.1f} ms; ours adds {pct(times, .5) - pct(floor, .5):.1f} ms at p50")
    times = []
    for cid in rng.sample(claim_ids, 50):
        t = time.perf_counter()
        checked_before(wb, cid)
        times.append((time.perf_counter() - t) * 1000)
    print(f"checked before (50 claims): p50 {pct(times, .5):.1f} ms, p95 {pct(times, .95):.1f} ms")


if __name__ == "__main__":
    main()
