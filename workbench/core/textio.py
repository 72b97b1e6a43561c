"""Bytes of unknown origin to the NFC text an article is stored as (no Qt, no SQL, no I/O).

* :func:`check_size` refuses empty and oversized input from its size alone, before anything
  is read; :func:`decode` turns bytes into text or says, in one line, why it cannot.
* Encodings: byte-order marks first (UTF-8/16/32), then strict UTF-8 (most files today), then a
  choice among the candidates charset-normalizer proposes and the encodings an Arabic desk
  meets (windows-1256, ISO-8859-6, windows-1252), ranked by how plausible each decoding reads
  (:func:`_badness`). charset-normalizer alone confuses short ISO-8859-6 Arabic with
  windows-1256 and Latin-1 English with windows-1250; the ranking settles those cases.
* Bidi controls (U+202A–U+202E, U+2066–U+2069, marks) stay in the stored text, since they are
  part of what was published; :func:`workbench.core.arabic.mask_bidi_controls` gives a same-length copy for display
  in which none of them can reorder anything, and :func:`~workbench.core.arabic.bidi_controls` lists where they are.
* :func:`markdown_to_text` keeps a Markdown document's words and drops its markup.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .errors import InvalidInput
from .messages import term

#: Largest file accepted for import, checked from the size before reading. A long report as
#: text is a few MB; at 100 MB the window took 30 s to open an article and proposing claims
#: on it ran out of patience and memory, so 10 MB is where a desk is told to split.
MAX_IMPORT_BYTES = 10 * 1024 * 1024
#: How much of a file the encoding is judged on (the winner then decodes all of it).
SAMPLE_BYTES = 256 * 1024

#: Encodings an Arabic-first desk meets besides UTF-8, in order of preference on a tie.
DESK_ENCODINGS = ("cp1256", "iso8859_6", "cp1252")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Signatures of binary formats people drop by mistake, with a name for the message.
_MAGIC = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"RIFF", "a media file"), (b"ID3", "an audio file"), (b"OggS", "a media file"),
    (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
)

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[\u00a2-\u00bf\u02c0-\u02ff\u2010-\u203a\u20ac\u2122](?=[^\W\d_])")
_ARABIC_MARK = re.compile("[\u064b-\u065f\u0670]")
#: C0 controls other than tab, newline, form feed, carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    text: str  # NFC
    encoding: str  # Python codec name that decoded it


def human_size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover - loop always returns


def check_size(size: int, name: str, limit: int = MAX_IMPORT_BYTES) -> None:
    """Refuse empty and oversized input from its size alone."""
    if size == 0:
        raise InvalidInput("import.empty", name=name)
    if size > limit:
        big, most = human_size(size), human_size(limit)
        if big == most:  # 100.0 MB against 100.0 MB says nothing
            big, most = f"{size:,} bytes", f"{limit:,} bytes"
        raise InvalidInput("import.too_large", name=name, size=big, limit=most)


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _bom(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` if the NUL bytes sit where UTF-16 text puts them, else ``None``."""
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text) and not any(unicodedata.category(c) in ("Cn", "Cs", "Co") for c in text):
            return enc
    return None


def _looks_like_broken_utf8(data: bytes) -> bool:
    """Many valid multi-byte UTF-8 sequences: the file is UTF-8 with damaged bytes, not a
    single-byte encoding (whose letters almost never form such sequences)."""
    sequences = len(re.findall(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data))
    high = sum(1 for b in data if b >= 0x80)
    return sequences >= 4 and sequences * 2 >= high * 0.5


def _badness(text: str) -> tuple[float, float]:
    """How implausible a decoding reads: (damage per letter, minus the share of Arabic words
    with the article "ال"). Lower is better.

    Damage: control characters; words mixing Arabic letters or vowel marks with Latin letters (a Latin letter inside an
    Arabic word is how a wrong Arabic code page shows); symbols between two letters
    ("Grˆþe"); and accented Latin letters beyond half of all Latin letters (Arabic bytes read as
    windows-1252 are nothing but accents)."""
    controls = len(_CONTROL.findall(text)) + sum(
        1 for c in text if unicodedata.category(c) in ("Cn", "Co", "Cs"))
    mixed = arabic_words = with_article = latin = accented = letters = 0
    for token in text.split():
        n_ar = len(_ARABIC_LETTER.findall(token))
        n_lat = sum(1 for c in token if c.isalpha() and c < "\u0250")
        letters += n_ar + n_lat
        latin += n_lat
        accented += sum(1 for c in token if "\u00c0" <= c < "\u0250" and c.isalpha())
        if n_lat and (n_ar or _ARABIC_MARK.search(token)):
            mixed += 1
        if n_ar:
            arabic_words += 1
            with_article += "ال" in token
    excess = max(0.0, accented - 0.5 * latin)
    symbols = len(_SYMBOL_IN_WORD.findall(text))
    damage = (10 * controls + 5 * mixed + 3 * symbols + excess) / max(letters, 1)
    return round(damage, 3), -(with_article / arabic_words if arabic_words else 0.0)


def _candidates(sample: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    found = [m.encoding for m in from_bytes(sample)]
    out: list[str] = []
    for enc in (*DESK_ENCODINGS, *found):
        name = codecs.lookup(enc).name
        if name not in out:
            out.append(name)
    return out


def _sample(data: bytes) -> bytes:
    return data if len(data) <= SAMPLE_BYTES else data[:SAMPLE_BYTES]


def detect_encoding(data: bytes, name: str = "the input") -> str:
    """The codec that decodes ``data``; raises :class:`InvalidInput` for binary or undecodable."""
    bom = _bom(data)
    if bom:
        return bom
    sample = _sample(data)
    if b"\x00" in sample:
        enc = _utf16_without_bom(sample)
        if enc:
            return enc
        raise InvalidInput("import.binary_nul", name=name)
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if _looks_like_broken_utf8(data):
            raise InvalidInput("import.broken_utf8", name=name, position=exc.start) from None
    ranked = []
    for i, enc in enumerate(_candidates(sample)):
        try:
            text = sample.decode(enc, errors="ignore" if len(data) > SAMPLE_BYTES else "strict")
        except (UnicodeDecodeError, LookupError):
            continue
        ranked.append((_badness(text), i, enc))
    ranked.sort()
    if not ranked or ranked[0][0][0] >= 0.05:
        raise InvalidInput("import.unknown_encoding", name=name)
    return ranked[0][2]


def encoding_label(encoding: str) -> str:
    """A codec's name as people know it: ``cp1256`` is Windows-1256, ``iso8859-6`` ISO-8859-6,
    ``utf-8`` UTF-8; a name it does not know is given as it is."""
    if not encoding:
        return ""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    if m := re.fullmatch(r"cp(125\d)", name):
        return f"Windows-{m.group(1)}"
    if m := re.fullmatch(r"iso8859-(\d+)", name):
        return f"ISO-8859-{m.group(1)}"
    if name.startswith("utf"):
        return name.upper().replace("-SIG", " (BOM)")
    if name.startswith("mac-"):
        return "Mac " + name[4:].capitalize()
    return name


def decode(data: bytes, name: str = term("the input"), encoding: str | None = None) -> Decoded:
    """Text of ``data`` as NFC, with line ends made ``\\n``.

    ``encoding`` is a declared charset (an HTTP header, a ``<meta charset>``); it is used when
    it decodes the bytes, and detection decides otherwise."""
    check_size(len(data), name)
    kind = _binary_kind(data)
    if kind:
        raise InvalidInput("import.binary_kind", name=name, kind=term(kind))
    enc = None
    if encoding and not _bom(data):
        try:
            enc = codecs.lookup(encoding).name
            data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            enc = None
    enc = enc or detect_encoding(data, name)
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise InvalidInput("import.bad_byte", name=name, encoding=enc, position=exc.start) from None
    if len(_CONTROL.findall(text[:SAMPLE_BYTES])) > max(2, len(text[:SAMPLE_BYTES]) // 100):
        raise InvalidInput("import.binary_controls", name=name)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InvalidInput("import.blank", name=name)
    return Decoded(text, enc)


# -- Markdown -------------------------------------------------------------------------------
_MD_RULES = [
    (re.compile(r"^```.*?$|^~~~.*?$", re.M), ""),  # fence lines (the code stays)
    (re.compile(r"^ {0,3}(?:[-*_] *){3,}$", re.M), ""),  # thematic breaks
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$", re.M), ""),  # setext underlines
    (re.compile(r"^ {0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.M), r"\1• "),  # bullets
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: alt text
    # links: their words, and a web address after them (a checker follows it to the source)
    (re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)[^)]*\)"), r"\1 (\2)"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # other links: their words
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>\n]*>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strike-through
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$", re.M), ""),  # table rules
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),  # escapes
]


def markdown_to_text(md: str) -> str:
    """The words of a Markdown document: headings, paragraphs, list items, table cells."""
    text = md
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    lines = []
    for line in text.split("\n"):
        if line.count("|") >= 2:  # a table row: cells separated by tabs
            line = "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
        lines.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


# -- language ----------------------------------------------------------------------------------
def guess_language(text: str) -> str:
    """``ar`` when Arabic letters are at least a third of the letters, else ``en``."""
    sample = text[:20000]
    letters = sum(1 for c in sample if c.isalpha())
    arabic = len(_ARABIC_LETTER.findall(sample))
    return "ar" if letters and arabic * 3 >= letters else "en"
