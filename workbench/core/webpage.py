"""A saved or fetched web page to an article: main text and metadata, boilerplate dropped.

The extraction is trafilatura's (imported on first use: it costs 0.3 s, which start-up does not
pay). Nothing on the page ever runs: the bytes are parsed by lxml into a tree, and before
trafilatura sees it every ``script``, ``style``, ``iframe``, ``frame``, ``object``, ``embed``,
``noscript`` and ``template`` element is removed (their text too: an iframe's fallback text is
not the article) and every ``on*`` event attribute is dropped; navigation (``nav``, ``role="navigation"``)
goes too, since it is never the article. The page's bytes are kept apart,
untouched, as evidence; they are only ever shown as escaped text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import textio
from .arabic import BIDI_CONTROLS
from .errors import InvalidInput
from .messages import term

#: Elements whose content is never article text (and never runs).
INERT_TAGS = ("script", "style", "iframe", "frame", "frameset", "object", "embed", "noscript",
              "template", "applet", "svg", "math")

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


@dataclass(frozen=True)
class Page:
    text: str  # NFC, paragraphs on lines of their own
    title: str
    author: str
    site: str
    date: str  # YYYY-MM-DD or ""
    language: str  # "ar", "en", ...
    encoding: str  # how the bytes were decoded


def declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` in the page's head declares, if any."""
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii") if m else None


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head or b"<body" in head


def _language(tree, text: str) -> str:
    for value in (tree.get("lang"), tree.get("xml:lang"),
                  *tree.xpath("//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content")):
        if value and value.strip():
            code = value.strip().split(",")[0].split("-")[0].split("_")[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", code):
                return code
    return textio.guess_language(text)


def _neutralise(tree) -> None:
    """Remove what could run or is not text, in place."""
    from lxml import etree

    for el in [*tree.iter(*INERT_TAGS, "nav"), *tree.xpath("//*[@role='navigation']")]:
        if el.getparent() is not None:
            el.drop_tree()
    for el in tree.iter(etree.Element):
        for attr in [a for a in el.attrib if a.lower().startswith("on")]:
            del el.attrib[attr]


#: trafilatura drops invisible characters, bidi controls among them; but a page that uses an
#: override to show "00.01" as "10.00" must keep it, so the reader can show it (◆). They pass
#: through the extraction spelt as ⁅U+202E⁆ (a bracket pair no page uses for anything else).
_SPELT = re.compile(r"\u2045([0-9A-F]{4})\u2046")


def _protect(text: str) -> str:
    return re.sub(f"[{BIDI_CONTROLS}]", lambda m: f"\u2045{ord(m.group()):04X}\u2046", text)


def _protect_tree(tree) -> None:
    """Spell out the bidi controls in every text of the parsed page, where character references
    (``&#x202E;``, ``&rlm;``) have become characters too."""
    for el in tree.iter():
        if isinstance(el.text, str) and el.text:
            el.text = _protect(el.text)
        if isinstance(el.tail, str) and el.tail:
            el.tail = _protect(el.tail)


def _restore(text: str) -> str:
    def back(m):
        c = chr(int(m.group(1), 16))
        return c if c in BIDI_CONTROLS else m.group()

    return _SPELT.sub(back, text)


def extract(data: bytes, url: str = "", charset: str | None = None, name: str = term("the page")) -> Page:
    """The article a page holds. ``charset`` is the one the server declared, if any."""
    decoded = textio.decode(data, name, encoding=charset or declared_charset(data))
    import lxml.html
    import trafilatura
    from trafilatura.xml import xmltotxt

    # lxml refuses a str with an encoding declaration; the declaration has been honoured.
    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", decoded.text)
    try:
        tree = lxml.html.document_fromstring(source)
    except Exception as exc:  # noqa: BLE001 - lxml raises several types for unparsable input
        raise InvalidInput("page.unreadable", name=name, error=exc) from None
    _neutralise(tree)
    if "\u2045" not in source:  # the page uses the bracket itself: leave it alone
        _protect_tree(tree)
    head_title = _restore((tree.findtext(".//title") or "").strip())
    from trafilatura.settings import set_date_params

    # The date comes from the page's metadata and address only: a year in the body ("in 2023")
    # is not the publication date, and a checker relies on this field.
    doc = trafilatura.bare_extraction(tree, url=url or None, with_metadata=True,
                                      date_extraction_params=set_date_params(extensive=False),
                                      include_comments=False, include_tables=True,
                                      include_images=False, include_links=False)
    body = getattr(doc, "body", None)  # a Document (a dict only when asked with as_dict=True)
    text = xmltotxt(body, include_formatting=False) if body is not None else ""
    text = _restore(unicodedata.normalize("NFC", text).strip())
    if not text:
        raise InvalidInput("page.no_text", name=name)
    def meta(k: str) -> str:
        return _restore((getattr(doc, k, None) or "").strip())

    return Page(
        text=text + "\n",
        title=unicodedata.normalize("NFC", meta("title") or head_title),
        author=unicodedata.normalize("NFC", meta("author")),
        site=unicodedata.normalize("NFC", meta("sitename") or meta("hostname")),
        date=meta("date")[:10],
        language=_language(tree, text),
        encoding=decoded.encoding,
    )
