"""A desk of many on PostgreSQL: ``python bench/bench_team.py [--clients 20] [--seconds 60]
[--claims 0]``.

Starts a throwaway local PostgreSQL cluster of its own (``tests/pg.py``: initdb + pg_ctl on a
private port and socket folder, 127.0.0.1 only; removed at the end), makes a desk (the sample
article and ``--articles`` more, each with ``--per-article`` claims), then runs N client
processes for the duration, each its own connection and person (editors), doing a desk's mix:
read an article's claims, set a verdict (on the version it opened: a stale one is refused),
add a source, submit, approve (someone else's verdict), search. Printed: operations per second,
p50/p95 latency per operation, refusals (stale edits, review rules: expected, not errors), and
lost edits: acknowledged verdicts and sources missing from the trail or the tables afterwards
(must be 0); ``check`` must pass.

``--claims N`` (e.g. 100000) adds the large-desk figures: a desk of N claims (one article of
1,000 claims, the rest over articles of 1,000 each) made on the server and, as the floor measured
in the same run, in a SQLite file; search p95 and opening the 1,000-claim article on both.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.pg import drop_database, fresh_database, start_cluster  # noqa: E402
from workbench.core.errors import StaleEdit, WorkbenchError  # noqa: E402
from workbench.services import open_workbench  # noqa: E402

SENTENCE = "قال مسؤولون إن {n} مدنيين قتلوا في قصف على بلدة يفلاخ صباح الثلاثاء. "
QUERIES = ["يفلاخ", "مدنيين قتلوا", "قصف", "وزارة الدفاع", "الممرات الإنسانية", "بلدة"]
OPS = ("read", "verdict", "source", "submit", "approve", "search")
WEIGHTS = (30, 20, 10, 10, 10, 20)


def make_article(wb, title: str, claims: int, batch: int = 500) -> str:
    """An article of ``claims`` sentences, each one a claim (added in batches: one transaction
    each, the services' own nested in it)."""
    text = "".join(SENTENCE.format(n=i) for i in range(claims))
    article_id = wb.add_article(title, text).article_id
    spans, pos = [], 0
    for i in range(claims):
        sentence = SENTENCE.format(n=i)
        spans.append((pos, pos + len(sentence) - 2))
        pos += len(sentence)
    for at in range(0, claims, batch):
        with wb.store.transaction():
            for start, end in spans[at:at + batch]:
                wb.add_claim(article_id, start, end)
    return article_id


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def client(uri: str, n: int, seconds: float, seed: int, queue) -> None:
    from workbench.services.review import Review
    from workbench.services.search import search

    rng = random.Random(seed)
    wb = open_workbench(uri, f"user{n:02d}")
    review = Review(wb)
    articles = [a.id for a in wb.articles()]
    lat: dict[str, list[float]] = {op: [] for op in OPS}
    refused: dict[str, int] = {op: 0 for op in OPS}
    errors: list[str] = []
    verdicts: list[tuple[str, str]] = []
    sources: list[tuple[str, str]] = []
    count = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        op = rng.choices(OPS, WEIGHTS)[0]
        article = rng.choice(articles)
        t0 = time.perf_counter()
        try:
            if op == "read":
                wb.claims(article)
            elif op == "search":
                search(wb, rng.choice(QUERIES))
            elif op == "approve":
                waiting = [c for c in wb.store.claims_in_review() if c[2] != wb.user]
                if not waiting:
                    continue
                review.approve(rng.choice(waiting)[0], "موافق")
            else:
                opened = wb.desk_head()
                claim = rng.choice(wb.claims(article))
                if op == "verdict":
                    text = f"{wb.user}-{count}"
                    wb.set_verdict(claim.id, rng.choice(["true", "false", "misleading"]), text, opened=opened)
                    verdicts.append((claim.id, text))
                elif op == "source":
                    url = f"https://src.example/{wb.user}/{count}"
                    wb.add_source(claim.id, url, title="مصدر", opened=opened)
                    sources.append((claim.id, url))
                else:
                    review.submit(claim.id, "جاهز", opened=opened)
        except StaleEdit:
            refused[op] += 1
            continue
        except WorkbenchError as exc:  # review rules (no verdict yet, not in review, four eyes)
            if exc.code.startswith(("review.", "claim.", "rules.")):
                refused[op] += 1
            else:
                errors.append(f"{op}: {exc.code}: {exc.message}")
            continue
        lat[op].append(time.perf_counter() - t0)
        count += 1
    wb.close()
    queue.put({"lat": lat, "refused": refused, "errors": errors, "verdicts": verdicts, "sources": sources})


def lost_edits(uri: str, results: list[dict]) -> tuple[int, bool, str]:
    """Acknowledged verdicts and sources not in the trail, or sources not in their claim."""
    from workbench.services.review import check

    wb = open_workbench(uri, "auditor")
    try:
        in_trail = set()
        urls = set()
        for e in wb.store.events():
            if e.action == "verdict.set" and e.after:
                in_trail.add((e.scope_id, e.after.get("rationale")))
            elif e.action == "source.add" and e.after:
                urls.add((e.scope_id, e.after.get("url")))
        stored = {(c.id, s.url) for c in wb.claims() for s in c.sources}
        lost = 0
        for r in results:
            lost += sum(1 for v in r["verdicts"] if v not in in_trail)
            lost += sum(1 for s in r["sources"] if s not in urls or s not in stored)
        result = check(wb)
        return lost, result.ok, "" if result.ok else result.message()
    finally:
        wb.close()


def team(cluster, args) -> None:
    name = fresh_database(cluster)
    uri = cluster.uri(name)
    try:
        wb = open_workbench(uri, "admin")
        from workbench.services.review import Review

        wb.ensure_sample()
        for i in range(args.articles):
            make_article(wb, f"مقال {i}", args.per_article)
        Review(wb).add_user(wb.user, "editor")  # the desk's first editor: then makes the others
        for n in range(args.clients):
            Review(wb).add_user(f"user{n:02d}", "editor")
        wb.close()
        ctx = mp.get_context("spawn")
        queue = ctx.Queue()
        procs = [ctx.Process(target=client, args=(uri, n, args.seconds, args.seed + n, queue))
                 for n in range(args.clients)]
        t0 = time.monotonic()
        for p in procs:
            p.start()
        results = [queue.get(timeout=args.seconds + 300) for _ in procs]
        for p in procs:
            p.join(60)
        wall = time.monotonic() - t0
        total = sum(len(v) for r in results for v in r["lat"].values())
        print(f"{args.clients} clients, {args.seconds:g} s, PostgreSQL {cluster.bin.parent.name}: "
              f"{total} operations, {total / args.seconds:.0f} ops/s (wall {wall:.1f} s incl. start)")
        print(f"{'operation':10} {'count':>7} {'ops/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'refused':>8}")
        for op in OPS:
            values = [x for r in results for x in r["lat"][op]]
            refused = sum(r["refused"][op] for r in results)
            print(f"{op:10} {len(values):7} {len(values) / args.seconds:7.1f} "
                  f"{percentile(values, 50) * 1000:8.1f} {percentile(values, 95) * 1000:8.1f} {refused:8}")
        errors = [e for r in results for e in r["errors"]]
        if errors:
            print(f"errors: {len(errors)}, first: {errors[0]}")
        lost, ok, why = lost_edits(uri, results)
        acked = sum(len(r["verdicts"]) + len(r["sources"]) for r in results)
        print(f"acknowledged edits {acked}, lost edits {lost}; check on the desk: {'ok' if ok else why}")
        if lost or not ok or errors:
            raise SystemExit(1)
    finally:
        drop_database(cluster, name)


def large(cluster, args) -> None:
    from workbench.services.search import search

    def measure(wb, label: str) -> None:
        big = next(a.id for a in wb.articles() if a.title == "مقال كبير")
        opens = []
        for _ in range(7):
            t0 = time.perf_counter()
            wb.article(big)
            claims = wb.claims(big)
            opens.append(time.perf_counter() - t0)
        assert len(claims) == 1000
        times = []
        for i in range(60):
            t0 = time.perf_counter()
            search(wb, QUERIES[i % len(QUERIES)] + (f" {i}" if i % 2 else ""))
            times.append(time.perf_counter() - t0)
        print(f"{label:10} search p50 {percentile(times, 50) * 1000:7.1f} ms  p95 "
              f"{percentile(times, 95) * 1000:7.1f} ms   open 1,000-claim article median "
              f"{statistics.median(opens):.3f} s")

    def build(wb) -> None:
        make_article(wb, "مقال كبير", 1000)
        left = args.claims - 1000
        i = 0
        while left > 0:
            make_article(wb, f"مقال {i}", min(1000, left))
            left -= 1000
            i += 1

    name = fresh_database(cluster)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.monotonic()
            lite = open_workbench(Path(tmp) / "desk.sqlite", "admin")
            build(lite)
            print(f"{args.claims} claims: SQLite desk made in {time.monotonic() - t0:.0f} s")
            t0 = time.monotonic()
            server = open_workbench(cluster.uri(name), "admin")
            build(server)
            server.store._exec("ANALYZE")
            print(f"{args.claims} claims: PostgreSQL desk made in {time.monotonic() - t0:.0f} s")
            measure(lite, "SQLite")
            measure(server, "PostgreSQL")
            lite.close()
            server.close()
    finally:
        drop_database(cluster, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20, help="client processes (default 20)")
    parser.add_argument("--seconds", type=float, default=60, help="how long they work (default 60)")
    parser.add_argument("--articles", type=int, default=5, help="articles besides the sample (default 5)")
    parser.add_argument("--per-article", type=int, default=20, help="claims in each (default 20)")
    parser.add_argument("--claims", type=int, default=0,
                        help="also measure a large desk of this many claims (e.g. 100000; default: no)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the clients' mix")
    args = parser.parse_args()
    cluster = start_cluster()
    try:
        team(cluster, args)
        if args.claims:
            large(cluster, args)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
