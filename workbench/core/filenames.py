"""Plain file names: what an attached file may be called, wherever its name came from.

A file's name travels with it (from a local path, inside a bundle from another desk) and is
used again when the file is saved to disk. A *plain* name names one file in one folder and
nothing else: no folder separators, no ``.``/``..``, no drive, no control or bidi character
(which could hide what the name says), at most 255 bytes in UTF-8 (what file systems allow).
"""

from __future__ import annotations

import os
import re

from .arabic import BIDI_CONTROLS, control_name, reveal_bidi_controls
from .errors import InvalidInput

#: Longest name, in UTF-8 bytes (ext4, APFS, NTFS all stop at 255).
MAX_NAME_BYTES = 255
#: C0 controls (tab and line feed included), DEL, C1 controls, the bidi controls, and the
#: Unicode line and paragraph separators.
FORBIDDEN = ("".join(chr(c) for c in range(0x20)) + "".join(chr(c) for c in range(0x7f, 0xa0))
             + BIDI_CONTROLS + "\u2028\u2029")
_FORBIDDEN_RE = re.compile("[" + re.escape(FORBIDDEN) + "]")
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def name_problem(name: object) -> str | None:
    """Why ``name`` is not a plain file name (a short English phrase), or None when it is."""
    if not isinstance(name, str):
        return "it is not text"
    if not name:
        return "it is empty"
    if name in (".", ".."):
        return f"{name!r} names a folder"
    if "/" in name or "\\" in name:
        return "it contains a folder separator"
    if _DRIVE_RE.match(name):
        return "it starts with a drive"
    bad = _FORBIDDEN_RE.search(name)
    if bad:
        c = bad.group()
        if c in BIDI_CONTROLS:
            return f"it contains the bidi control {control_name(c)} (U+{ord(c):04X})"
        return f"it contains the control character U+{ord(c):04X}"
    try:
        size = len(name.encode("utf-8"))
    except UnicodeEncodeError:
        return "it is not valid Unicode"
    if size > MAX_NAME_BYTES:
        return f"it is longer than {MAX_NAME_BYTES} bytes"
    return None


def is_plain_file_name(name: object) -> bool:
    return name_problem(name) is None


def shown(name: str) -> str:
    """``name`` fit for a one-line message: every control made visible (⟦U+202E⟧), quoted."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return f"“{reveal_bidi_controls(name)}”".replace("\t", "⟦U+0009⟧").replace("\n", "⟦U+000A⟧")


def check_plain_file_name(name: str) -> str:
    """``name`` unchanged if it is plain; otherwise :class:`InvalidInput` naming it and why."""
    problem = name_problem(name)
    if problem:
        raise InvalidInput("filename.not_plain", name=shown(str(name)), reason=problem)
    return name


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A plain name made from any stored name, to write it under: the last part after any
    ``/`` or ``\\``, without a drive, controls or bidi characters, cut to 255 bytes (keeping the
    extension); ``fallback`` when nothing usable is left. A plain name is returned unchanged."""
    if is_plain_file_name(name):
        return name
    text = re.sub("[\ud800-\udfff]", "_", str(name))
    text = re.split(r"[/\\]", text)[-1]
    text = _DRIVE_RE.sub("", text)
    text = _FORBIDDEN_RE.sub("", text).strip()
    if text in ("", ".", ".."):
        text = fallback
    if len(text.encode("utf-8")) > MAX_NAME_BYTES:
        dot = text.rfind(".")
        ext = text[dot:] if 0 < dot and len(text) - dot <= 16 else ""
        stem = text[: len(text) - len(ext)]
        while len((stem + ext).encode("utf-8")) > MAX_NAME_BYTES:
            stem = stem[:-1]
        text = stem + ext
    return text if is_plain_file_name(text) else fallback


def is_one_of(path, files) -> bool:
    """Whether ``path`` is, or would be written as, one of ``files``: the same name in the same
    folder (folders resolved, so a link to the folder is seen through; the file need not exist,
    as a database's ``-journal`` usually does not), or the same file on disk under another name
    (a link). Never opens a file."""

    def where(p) -> str:
        p = os.path.abspath(os.fspath(p))
        return os.path.normcase(os.path.join(os.path.realpath(os.path.dirname(p)),
                                             os.path.basename(p)))

    target = where(path)
    if any(target == where(f) for f in files):
        return True
    try:
        st = os.stat(path)
    except OSError:
        return False
    for f in files:
        try:
            other = os.stat(f)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino):
            return True
    return False
