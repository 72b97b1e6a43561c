"""Records of the library: where an imported article came from, and one row per article."""

from __future__ import annotations

from dataclasses import asdict, dataclass

#: Evidence kinds: a fetched URL, a saved web page, a text or Markdown file, pasted text.
KINDS = ("url", "html", "file", "text")


@dataclass(frozen=True)
class Evidence:
    """What an article was imported from. ``data`` (kept in the database) is the page's raw
    HTML, byte for byte, for ``url`` and ``html``; for files and pasted text the stored text is
    the evidence, and ``sha256``/``size`` identify the original bytes."""

    article_id: str
    kind: str
    origin: str  # the URL asked for, the file's name, or "" for pasted text
    final_url: str = ""  # after redirects
    content_type: str = ""
    encoding: str = ""  # how the bytes were decoded
    author: str = ""
    sha256: str = ""
    size: int = 0
    retrieved_at: str = ""
    retrieved_by: str = ""

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class LibraryRow:
    id: str
    title: str
    language: str
    url: str
    publisher: str
    published: str
    added_at: str
    claims: int
    with_verdict: int
    approved: int
    origin: str = ""  # where an import came from: the file's name (a URL is in ``url``)

    def to_json(self) -> dict:
        return asdict(self)
