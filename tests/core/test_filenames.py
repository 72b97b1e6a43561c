"""Plain file names (core/filenames.py): what is accepted, what is refused, and what any
stored name is reduced to before it is written."""

import pytest

from workbench.core.errors import InvalidInput
from workbench.core.filenames import (
    check_plain_file_name, is_plain_file_name, name_problem, safe_file_name,
)

PLAIN = ["a.txt", "بيان الوزارة.pdf", ".bashrc", "no extension", "a.tar.gz", "x" * 251 + ".pdf",
         "ب" * 127, "report: 2023.pdf", "a..b", "...x"]
NOT_PLAIN = {
    "": "empty", ".": "names a folder", "..": "names a folder",
    "/tmp/x": "folder separator", "../x": "folder separator", "a/b": "folder separator",
    "a\\b": "folder separator", "C:\\x": "folder separator", "C:x": "drive", "c:": "drive",
    "a\x00b": "U+0000", "a\tb": "U+0009", "a\nb": "U+000A", "a\x1bb": "U+001B", "a\x7fb": "U+007F",
    "a\x85b": "U+0085", "a\x9fb": "U+009F",
    "a\u202ab": "LEFT-TO-RIGHT EMBEDDING (U+202A)", "a\u202eb": "RIGHT-TO-LEFT OVERRIDE (U+202E)",
    "a\u2066b": "U+2066", "a\u2069b": "U+2069", "a\u200eb": "U+200E", "a\u200fb": "U+200F",
    "a\u061cb": "ARABIC LETTER MARK", "a\u2028b": "U+2028",
    "x" * 252 + ".pdf": "longer than 255 bytes", "ب" * 128: "longer than 255 bytes",
    "a\ud800b": "not valid Unicode",
}


@pytest.mark.parametrize("name", PLAIN, ids=[ascii(n)[:20] for n in PLAIN])
def test_plain_names_pass_unchanged(name):
    assert is_plain_file_name(name) and check_plain_file_name(name) == name
    assert safe_file_name(name) == name


@pytest.mark.parametrize("name,why", NOT_PLAIN.items(), ids=[ascii(n)[:20] for n in NOT_PLAIN])
def test_names_that_are_not_plain_are_refused_and_made_plain(name, why):
    assert not is_plain_file_name(name) and why in name_problem(name)
    with pytest.raises(InvalidInput, match="is not a plain file name") as caught:
        check_plain_file_name(name)
    message = caught.value.message
    assert message.startswith("“") and why in message
    assert not any(ch in message for ch in "\x00\t\n\x1b\x7f\x85\x9f\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u2028")
    made = safe_file_name(name)
    assert is_plain_file_name(made) and len(made.encode()) <= 255


def test_what_a_stored_name_is_reduced_to():
    assert safe_file_name("/tmp/pwned-by-bundle.txt") == "pwned-by-bundle.txt"
    assert safe_file_name("..\\..\\x.dll") == "x.dll"
    assert safe_file_name("C:evil.txt") == "evil.txt"
    assert safe_file_name("statement\u202etxt.exe") == "statementtxt.exe"
    assert safe_file_name("dir/..", fallback="file-1") == "file-1"
    assert safe_file_name("x" * 300 + ".pdf") == "x" * 251 + ".pdf"
    assert not is_plain_file_name(None) and not is_plain_file_name(b"a.txt")
