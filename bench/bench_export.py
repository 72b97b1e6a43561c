"""Export 10,000 generated claims to each format, against the floor of plain ``json.dumps`` and
``csv.writer`` over the same rows: ``python bench/bench_export.py [N] [--pdf-claims M]``.

The claims are core records built in memory (no database: exports never read one), with an
Arabic quote, statement, rationale and two sources each, spread over 10 articles.

The PDF takes about 3 ms a claim (30 s for 10,000, 3,540 pages); ``--pdf-claims M`` times it on
the first M claims only, and says so, with the per-claim figure and the estimate for all N.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core import bundled  # noqa: E402
from workbench.core.model import Article, Claim, ReviewState, Source, Stance  # noqa: E402
from workbench.core.ratings import RatingScale  # noqa: E402
from workbench.export.common import FORMATS, ExportOptions, export, select  # noqa: E402

QUOTE = "أن أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمَين في كاراباخ"
STATEMENT = "قُتل أربعة شرطيين ومدنيّان في انفجار لغمين في كاراباخ، بحسب باكو"
RATIONALE = "بيان وزارة الداخلية يؤكد العدد، ووكالة AFP نقلته في 19 سبتمبر 2023 عن مصدرين مستقلين."


def generate(n: int, scale: RatingScale):
    articles = [Article(f"article-{a}", f"مقال رقم {a} عن كاراباخ", "ar", QUOTE * 3,
                        f"https://news.example/{a}", "AFP", "2023-09-19") for a in range(10)]
    claims = []
    for i in range(n):
        cid = f"claim-{i:06d}"
        sources = tuple(Source(f"{cid}-s{k}", cid, f"https://example.org/{i}/{k}", f"مصدر {k}",
                               "AFP", "2023-09-19", "2023-09-20", "مقتطف من المصدر",
                               Stance.REFUTES) for k in range(2))
        claims.append(Claim(cid, articles[i % 10].id, 0, len(QUOTE), QUOTE, STATEMENT,
                            scale.ratings[i % len(scale.ratings)].key, RATIONALE,
                            ReviewState.APPROVED, "2023-09-20T10:00:00+00:00", "alice",
                            "2023-09-21T10:00:00+00:00", "bob", sources))
    return articles, claims


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def main(n: int = 10_000, pdf_claims: int | None = None) -> None:
    scale = RatingScale.from_dict(bundled.read_json("ratings.json"))
    articles, claims = generate(n, scale)
    selection = select(articles, claims)
    pdf_claims = min(pdf_claims or n, n)
    options = ExportOptions("Desk", "https://desk.example")
    rows = [c.to_json() for c in claims]
    flat = [[str(v) for v in r.values()] for r in rows]

    floor_json = timed(lambda: json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8"))

    def plain_csv():
        buf = io.StringIO()
        csv.writer(buf).writerows(flat)
        buf.getvalue().encode("utf-8")

    floor_csv = timed(plain_csv)
    print(f"{n:,} claims, {len(articles)} articles")
    print(f"{'floor: json.dumps':<28}{floor_json:8.3f} s")
    print(f"{'floor: csv.writer':<28}{floor_csv:8.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for key, fmt in FORMATS.items():
            path = Path(tmp) / f"out{fmt.suffix}"
            count, chosen = n, selection
            if key == "pdf":
                first = timed(lambda path=path, key=key: export(path, key, select(articles, claims[:1]), scale, options))
                print(f"{'PDF, 1 claim (first use)':<28}{first:8.3f} s  "
                      "(importing fpdf2 once, loading the fonts for each document)")
                if pdf_claims < n:
                    count, chosen = pdf_claims, select(articles, claims[:pdf_claims])
            seconds = timed(lambda path=path, key=key, chosen=chosen: export(path, key, chosen, scale, options))
            floor = floor_csv if key == "csv" else floor_json
            line = (f"{fmt.title:<28}{seconds:8.3f} s  {seconds / floor * n / count:7.1f}× floor  "
                    f"{path.stat().st_size / 1e6:7.1f} MB  {seconds / count * 1e3:6.2f} ms/claim")
            if key == "pdf":
                line += f"  {pages(path):,} pages"
                if count < n:
                    line += (f"  [measured on {count:,} of the {n:,} claims; "
                             f"~{seconds / count * n:.0f} s for all; × floor scaled to {n:,}]")
            print(line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000, help="claims (10,000)")
    parser.add_argument("--pdf-claims", type=int, metavar="M",
                        help="time the PDF on the first M claims only (default: all N)")
    args = parser.parse_args()
    main(args.n, args.pdf_claims)
