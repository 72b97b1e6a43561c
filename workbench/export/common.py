"""What every export shares: which claims go out, the organisation they go out under, text
made safe to show, and writing a file so that it is either complete or not there at all.

Exports work from core records (:class:`Article`, :class:`Claim`, :class:`RatingScale`) that
services return; they never touch the store, so the GUI can render them off its thread.
"""

from __future__ import annotations

import os
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlparse

from workbench.core.arabic import reveal_bidi_controls
from workbench.core.errors import InvalidInput, WorkbenchError
from workbench.core.evidence import EvidencePack
from workbench.core.messages import term
from workbench.core.model import Article, Claim, ReviewState


class NothingToExport(InvalidInput):
    """No claim to export: none at all, or none approved (the window words it its own way)."""

    def __init__(self, code: str, some_unapproved: bool, **params):
        super().__init__(code, **params)
        self.some_unapproved = some_unapproved  # there are claims, just none approved


#: Called as ``progress(done, total)`` while a long export renders.
Progress = Callable[[int, int], None]

RTL_LANGUAGES = ("ar", "fa", "he", "ur", "ps", "ckb", "yi")

DEFAULT_URL_PATTERN = "{base}/{article_slug}/{claim_id}"
URL_FIELDS = ("base", "article_id", "article_slug", "claim_id")


def is_rtl(language: str) -> bool:
    return language.split("-", 1)[0].lower() in RTL_LANGUAGES


def text_direction(text: str, fallback: str = "ltr") -> str:
    """The direction of the first strong character (what HTML's ``dir="auto"`` does)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return fallback


# -- the organisation ----------------------------------------------------------------------
@dataclass(frozen=True)
class ExportOptions:
    """Who publishes the fact-checks, and where each one's page lives.

    Kept in the database's settings (``Workbench.setting``) under :attr:`SETTING_KEYS`.
    """

    org_name: str = ""
    org_url: str = ""
    url_pattern: str = DEFAULT_URL_PATTERN

    SETTING_KEYS = {"org_name": "export.org_name", "org_url": "export.org_url",
                    "url_pattern": "export.url_pattern"}

    @classmethod
    def from_settings(cls, get: Callable[[str], str | None]) -> "ExportOptions":
        values = {name: get(key) for name, key in cls.SETTING_KEYS.items()}
        return cls(**{k: v for k, v in values.items() if v})

    def settings(self) -> dict[str, str]:
        return {key: getattr(self, name) for name, key in self.SETTING_KEYS.items()}

    def check(self, only: tuple[str, ...] = ("org_name", "org_url", "url_pattern")) -> None:
        """Raise :class:`InvalidInput` unless a ClaimReview can be published under these
        (``only`` names the fields to look at, for settings changed one at a time)."""
        if "org_name" in only and not self.org_name.strip():
            raise InvalidInput("export.no_org_name")
        parsed = urlparse(self.org_url.strip())
        if "org_url" in only and (parsed.scheme not in ("http", "https") or not parsed.netloc):
            raise InvalidInput("export.bad_org_url", url=self.org_url)
        if "url_pattern" in only:
            names = set(re.findall(r"{(\w*)}", self.url_pattern))
            unknown = names - set(URL_FIELDS)
            if unknown:
                raise InvalidInput("export.pattern_unknown_fields", fields=", ".join(sorted(unknown)),
                                   choices=", ".join("{" + f + "}" for f in URL_FIELDS))
            if "claim_id" not in names:
                raise InvalidInput("export.pattern_no_claim_id")

    def fact_check_url(self, article: Article, claim: Claim) -> str:
        try:
            url = self.url_pattern.format(
                base=self.org_url.strip().rstrip("/"), article_id=article.id,
                article_slug=quote(slug(article.title) or article.id, safe="-"),
                claim_id=quote(claim.id, safe="-"))
        except (KeyError, IndexError, ValueError) as exc:
            raise InvalidInput("export.pattern_malformed", pattern=self.url_pattern, error=exc) from None
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise InvalidInput("export.pattern_not_http", url=url)
        return url


def slug(title: str, limit: int = 40) -> str:
    """Lower-case words of any script joined by hyphens (marks and punctuation dropped)."""
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFC", title).lower())
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > limit:
            break
        out = f"{out}-{w}" if out else w
    return out


# -- which claims --------------------------------------------------------------------------
@dataclass(frozen=True)
class ArticleExport:
    article: Article
    claims: tuple[Claim, ...]
    #: Each claim's number as the window's checklist numbers it (among all the article's
    #: claims, in text order): an export of approved claims only still says "claim 10" for
    #: the tenth. Empty: numbered 1, 2, 3… as exported.
    numbers: tuple[int, ...] = ()

    def numbered(self):
        """(number, claim) for each claim exported."""
        return zip(self.numbers or range(1, len(self.claims) + 1), self.claims)


@dataclass(frozen=True)
class Selection:
    """The articles and claims one export covers. ``all_states`` marks each claim's state."""

    articles: tuple[ArticleExport, ...]
    all_states: bool = False
    #: The bytes behind the verdicts (captures, attached files), for the formats that carry
    #: them (``Format.needs_evidence``); services read them: ``services.evidence_pack.with_evidence``.
    evidence: EvidencePack | None = None

    @property
    def claim_count(self) -> int:
        return sum(len(a.claims) for a in self.articles)

    def claims(self):
        for part in self.articles:
            for claim in part.claims:
                yield part.article, claim


def included(claim: Claim, all_states: bool) -> bool:
    return all_states or claim.review_state is ReviewState.APPROVED


def select(articles: list[Article], claims: list[Claim], all_states: bool = False,
           article_id: str | None = None) -> Selection:
    """Group the claims to export by article; raise if nothing would be exported."""
    by_article: dict[str, list[Claim]] = {a.id: [] for a in articles}
    every: dict[str, list[Claim]] = {a.id: [] for a in articles}
    total = 0
    for c in claims:
        if c.article_id in by_article:
            total += 1
            every[c.article_id].append(c)
            if included(c, all_states):
                by_article[c.article_id].append(c)

    def in_order(cs: list[Claim]) -> list[Claim]:
        return sorted(cs, key=lambda c: (c.start, c.end, c.id))  # the checklist's order

    def part(a: Article) -> ArticleExport:
        number = {c.id: n for n, c in enumerate(in_order(every[a.id]), 1)}
        chosen = in_order(by_article[a.id])
        return ArticleExport(a, tuple(chosen), tuple(number[c.id] for c in chosen))

    parts = tuple(part(a) for a in articles if by_article[a.id])
    if not parts:
        where = {"article": article_id} if article_id else {}
        if total == 0:
            raise NothingToExport("export.article_empty" if article_id else "export.database_empty",
                                  False, **where)
        raise NothingToExport("export.article_unapproved" if article_id else "export.database_unapproved",
                              True, **where)
    return Selection(parts, all_states)


def select_from(wb, article_id: str | None = None, all_states: bool = False) -> Selection:
    """:func:`select` over what a :class:`~workbench.services.Workbench` returns."""
    articles = [wb.article(article_id)] if article_id else wb.articles()
    return select(articles, wb.export_claims(article_id), all_states, article_id)


# -- text ----------------------------------------------------------------------------------
def clean(text: str) -> str:
    """User text as an export shows it: line ends unified, and every control character that
    could hide or reorder text (bidi overrides, isolates, C0/C1 controls) made visible as
    ``⟦U+XXXX⟧`` rather than dropped, so the export still says what the database says."""
    return reveal_bidi_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    return " ".join(clean(text).split())


# -- writing -------------------------------------------------------------------------------
def _explain(path: Path, exc: OSError) -> WorkbenchError:
    if isinstance(exc, FileNotFoundError):
        return WorkbenchError("file.no_folder", path=path)
    if isinstance(exc, NotADirectoryError):
        return WorkbenchError("file.path_through_file", path=path)
    if isinstance(exc, IsADirectoryError):
        return WorkbenchError("file.write_folder", path=path)
    if isinstance(exc, PermissionError):
        return WorkbenchError("file.permission_denied", path=path)
    return WorkbenchError("file.unwritable", path=path, error=exc.strerror or str(exc))


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename, so
    ``path`` holds either its old content or all of ``data``, never a part."""
    path = Path(path)
    if path.is_dir():
        raise WorkbenchError("file.write_folder", path=path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise _explain(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise _explain(path, exc) from None
    finally:
        if tmp.exists():
            tmp.unlink()


# -- formats -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Format:
    key: str
    title: str
    suffix: str
    binary: bool
    module: str  # the module under workbench.export with ``render_<key>``
    needs_rating: bool = False  # claims without a verdict cannot be published in it
    needs_evidence: bool = False  # carries the evidence's bytes (``Selection.evidence``)
    shows_evidence: bool = False  # prints the captures' SHA-256 (the reports' evidence annex)

    def restrict(self, selection: Selection) -> Selection:
        """The part of ``selection`` this format can hold."""
        if not self.needs_rating:
            return selection
        parts = tuple(ArticleExport(p.article, tuple(c for _n, c in rated), tuple(n for n, _c in rated))
                      for p in selection.articles
                      if (rated := tuple((n, c) for n, c in p.numbered() if c.rating)))
        if not parts:
            raise InvalidInput("export.no_verdict", format=term(self.title))
        return Selection(parts, selection.all_states, selection.evidence)

    def render(self, selection: Selection, scale, options: ExportOptions,
               progress: Progress | None = None) -> bytes:
        import importlib

        mod = importlib.import_module(f"workbench.export.{self.module}")
        return getattr(mod, f"render_{self.key}")(self.restrict(selection), scale, options, progress)


FORMATS: dict[str, Format] = {f.key: f for f in (
    Format("claimreview", "ClaimReview JSON-LD", ".jsonld", False, "claimreview", needs_rating=True),
    Format("csv", "CSV (spreadsheet)", ".csv", False, "csv_export"),
    Format("md", "Markdown report", ".md", False, "report"),
    Format("html", "HTML report", ".html", False, "report", shows_evidence=True),
    Format("pdf", "PDF report", ".pdf", True, "pdf", shows_evidence=True),
    Format("wacz", "WACZ evidence pack", ".wacz", True, "wacz", needs_evidence=True),
)}


def get_format(key: str) -> Format:
    try:
        return FORMATS[key]
    except KeyError:
        raise InvalidInput("export.unknown_format", format=key, choices=", ".join(FORMATS)) from None


def export(path: str | os.PathLike, fmt: str, selection: Selection, scale,
           options: ExportOptions, progress: Progress | None = None) -> int:
    """Render and write one export; return how many claims it holds."""
    form = get_format(fmt)
    data = form.render(selection, scale, options, progress)
    write_atomic(path, data)
    return form.restrict(selection).claim_count
