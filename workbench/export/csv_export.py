"""CSV for the desk: one row per claim, UTF-8 with a BOM so spreadsheets read Arabic right.

A cell a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return) gets a leading apostrophe, as OWASP advises for CSV injection.
"""

from __future__ import annotations

import csv
import io

from workbench.core.model import Article, Claim, Source
from workbench.core.ratings import RatingScale

from .common import ExportOptions, Progress, Selection, clean

COLUMNS = ["article_id", "article_title", "claim_id", "start", "end", "quote", "statement",
           "rating", "rating_label", "rationale", "sources", "review_state",
           "created_by", "created_at", "updated_by", "updated_at", "approved_by", "approved_at",
           "organisation"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def source_line(number: int, src: Source) -> str:
    parts = [f"{number}. [{src.stance}]"]
    if src.title:
        parts.append(src.title)
    if src.publisher:
        parts.append(f"({src.publisher})")
    parts.append(src.url)
    return " ".join(parts)


def row(article: Article, claim: Claim, scale: RatingScale, org_name: str = "") -> list[str]:
    label = scale.get(claim.rating).label(article.language) if claim.rating else ""
    sources = "\n".join(source_line(i, s) for i, s in enumerate(claim.sources, 1))
    values = [article.id, article.title, claim.id, str(claim.start), str(claim.end), claim.quote,
              claim.statement, claim.rating or "", label, claim.rationale, sources,
              str(claim.review_state), claim.created_by, claim.created_at, claim.updated_by,
              claim.updated_at, claim.approval.by if claim.approval else "",
              claim.approval.at if claim.approval else "", org_name.strip()]
    return [neutralise(clean(v)) for v in values]


def render_csv(selection: Selection, scale: RatingScale, options: ExportOptions,
               progress: Progress | None = None) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    total = selection.claim_count
    for done, (article, claim) in enumerate(selection.claims(), 1):
        writer.writerow(row(article, claim, scale, options.org_name))
        if progress:
            progress(done, total)
    return buf.getvalue().encode("utf-8-sig")
