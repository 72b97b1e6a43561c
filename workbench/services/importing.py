"""Bringing articles in: files (text, Markdown, saved web pages), URLs and pasted text.

Each import is two steps. *Preparing* (``prepare_*``) reads or fetches the bytes, decodes and
extracts the text; it touches no database, so the window runs it on a worker thread. *Saving*
(:func:`save`) writes the article, what it came from (:class:`Evidence`, with a page's raw HTML)
and the audit events in one transaction. ``import_*`` do both. Any failure raises a
:class:`WorkbenchError` before anything is written: the library is unchanged.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from workbench.core import textio, webpage
from workbench.core.errors import InvalidInput, NotFound
from workbench.core.filenames import is_one_of
from workbench.core.library import Evidence, LibraryRow
from workbench.core.messages import term
from workbench.core.model import new_id, now_iso
from workbench.core.spans import normalize

from .fetch import FETCH_TIMEOUT_S, fetch
from .session import Change, Workbench

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)


@dataclass(frozen=True)
class Prepared:
    """An article ready to be saved, with what it came from."""

    title: str
    text: str
    language: str
    url: str
    publisher: str
    published: str
    evidence: Evidence  # article_id and retrieved_by are filled in by save()
    data: bytes | None  # raw HTML kept as evidence (pages only)


def _from_page(page: webpage.Page, kind: str, origin: str, url: str, data: bytes,
               content_type: str, final_url: str = "", retrieved_at: str = "") -> Prepared:
    evidence = Evidence("", kind, origin, final_url, content_type, page.encoding, page.author,
                        hashlib.sha256(data).hexdigest(), len(data), retrieved_at or now_iso())
    return Prepared(page.title, page.text, page.language, url, page.site, page.date, evidence, data)


def prepare_path(path, desk_files: tuple[str, ...] = ()) -> Prepared:
    """Read a text, Markdown or HTML file. Its size is checked before it is read.
    ``desk_files``: the files of the open desk (``Workbench.local_files``), refused unread."""
    if not str(path).strip():
        raise InvalidInput("import.no_file")
    p = Path(path)
    name = p.name or str(p)
    if not p.exists():
        raise InvalidInput("file.missing", path=path)
    if not p.is_file():
        raise InvalidInput("file.not_a_file", path=path)
    if desk_files and is_one_of(p, desk_files):
        raise InvalidInput("file.is_the_desk", path=path)
    try:
        if p.stat().st_size > textio.MAX_IMPORT_BYTES:
            textio.check_size(p.stat().st_size, name)
        # The size of what was read decides (a file of /proc says 0 and has text); at most one
        # byte past the limit is read.
        with p.open("rb") as fh:
            data = fh.read(textio.MAX_IMPORT_BYTES + 1)
        textio.check_size(len(data), name)
    except OSError as exc:
        raise InvalidInput("file.unreadable", path=path, error=exc.strerror) from None
    suffix = p.suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES | {".txt"}
                                   and webpage.looks_like_html(data)):
        page = webpage.extract(data, name=name)
        return _from_page(page, "html", name, "", data, "text/html")
    decoded = textio.decode(data, name)
    text, title = decoded.text, ""
    content_type = "text/plain"
    if suffix in MARKDOWN_SUFFIXES:
        heading = _HEADING.search(text)
        title = textio.markdown_to_text(heading.group(1)).strip() if heading else ""
        text = textio.markdown_to_text(text)
        content_type = "text/markdown"
    evidence = Evidence("", "file", name, "", content_type, decoded.encoding, "",
                        hashlib.sha256(data).hexdigest(), len(data), now_iso())
    return Prepared(title, text, textio.guess_language(text), "", "", "", evidence, None)


def prepare_url(url: str, timeout: float = FETCH_TIMEOUT_S) -> Prepared:
    """Fetch a page and extract its article (network: seconds; run it off the GUI thread)."""
    got = fetch(url, timeout=timeout)
    page = webpage.extract(got.data, url=got.final_url, charset=got.charset, name=got.final_url)
    return _from_page(page, "url", got.url, got.final_url, got.data, got.content_type,
                      got.final_url, got.retrieved_at)


def prepare_text(text: str, title: str | None = None) -> Prepared:
    """Pasted text (already decoded: it came from the clipboard or a text box)."""
    text = unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InvalidInput("import.paste_empty")
    raw = text.encode("utf-8")
    textio.check_size(len(raw), term("the pasted text"))
    evidence = Evidence("", "text", "", "", "text/plain", "utf-8", "",
                        hashlib.sha256(raw).hexdigest(), len(raw), now_iso())
    return Prepared((title or "").strip(), text, textio.guess_language(text), "", "", "",
                    evidence, None)


def save(wb: Workbench, prepared: Prepared) -> Change:
    """Write a prepared article with its evidence and audit events, in one transaction."""
    earlier = wb.store.articles_with_sha256(prepared.evidence.sha256)
    # the same text in another encoding (or with other line ends) is other bytes: the
    # decoded text, normalised as it is stored, says it is the same article too
    same_text = [] if earlier else wb.store.articles_with_text(normalize(prepared.text))
    article_id = new_id()
    evidence = replace(prepared.evidence, article_id=article_id, retrieved_by=wb.user)
    with wb.store.transaction():
        wb.add_article(prepared.title, prepared.text, prepared.language, prepared.url,
                       prepared.publisher, prepared.published, article_id=article_id)
        wb.store.insert_evidence(evidence, prepared.data)
        wb.record("article.import", "article", article_id, article_id, None, evidence.to_json())
    message = ""
    if earlier:
        message = (f"the same content was imported before as article {earlier[0]}; "
                   "both are kept")
    elif same_text:
        message = (f"the same text was imported before as article {same_text[0]} "
                   f"(other bytes: read as {textio.encoding_label(evidence.encoding) or 'text'}); "
                   "both are kept")
    first = (earlier or same_text)[0] if earlier or same_text else None
    return Change("article.import", article_id=article_id, message=message, same_as=first)


def import_path(wb: Workbench, path) -> Change:
    return save(wb, prepare_path(path, wb.local_files()))


def import_url(wb: Workbench, url: str, timeout: float = FETCH_TIMEOUT_S) -> Change:
    return save(wb, prepare_url(url, timeout=timeout))


def import_text(wb: Workbench, text: str, title: str | None = None) -> Change:
    return save(wb, prepare_text(text, title))


# -- reading the library ------------------------------------------------------------------------
def library(wb: Workbench) -> list[LibraryRow]:
    """Every article, newest first, with its progress: one query however large the library."""
    return wb.store.library_rows()


#: What the library can be sorted by (its columns, in order).
LIBRARY_ORDERS = ("title", "language", "source", "date", "progress", "approved")


def library_ids(wb: Workbench, order: str = "date", descending: bool = True, text: str = "") -> list[str]:
    """Ids of the articles whose shown columns contain ``text`` (ignoring case), sorted by
    ``order`` (one of ``LIBRARY_ORDERS``), ties newest first: what a lazy library view holds."""
    if order not in LIBRARY_ORDERS:
        raise ValueError(f"cannot sort the library by {order!r}")  # a programming error, not a user's
    return wb.store.library_ids(order, descending, text)


def library_rows(wb: Workbench, article_ids: list[str]) -> list[LibraryRow]:
    """The library rows of ``article_ids`` that exist, in that order (a batch for a lazy view)."""
    return wb.store.library_rows_by_ids(list(article_ids))


def article_count(wb: Workbench) -> int:
    return wb.store.article_count()


def evidence(wb: Workbench, article_id: str) -> Evidence | None:
    """What the article was imported from (``None`` for articles added before imports)."""
    wb.article(article_id)
    return wb.store.evidence(article_id)


def evidence_html(wb: Workbench, article_id: str) -> bytes:
    """The raw HTML kept for a page: the bytes as served, to be shown only as escaped text."""
    data = wb.store.evidence_data(wb.article(article_id).id)
    if data is None:
        raise NotFound("article.not_from_web", article=article_id)
    return data
