"""`workbench import` and `workbench library` as a user runs them: a real process, a real
database, pages from a real server on 127.0.0.1."""

import json
import subprocess
import sys

from . import pages
from .test_textio import ARABIC


def run(db, *args, check=True, stdin=None):
    cmd = [sys.executable, "-m", "workbench", "--db", str(db), "--user", "alice", *args]
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=60,
                            input=stdin)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_import_file_prints_the_article_and_library_lists_it(db_path, tmp_path):
    path = tmp_path / "khabar.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    art = json.loads(run(db_path, "import", str(path), "--json").stdout)
    assert art["text"] == ARABIC and art["language"] == "ar" and art["added_by"] == "alice"
    assert art["evidence"]["encoding"] == "cp1256" and art["evidence"]["origin"] == "khabar.txt"
    rows = json.loads(run(db_path, "library", "--json").stdout)
    assert rows[0]["id"] == art["id"] and rows[0]["claims"] == 0
    assert len(rows) == 2 and rows[1]["claims"] > 0  # the sample, with its claims
    assert set(rows[0]) == {"id", "title", "language", "url", "publisher", "published",
                            "added_at", "claims", "with_verdict", "approved", "origin"}
    assert rows[0]["origin"] == "khabar.txt" and rows[1]["origin"] == ""


def test_import_url_and_stdin(db_path, server):
    url = server.base + "/news/1"
    art = json.loads(run(db_path, "import", url, "--json").stdout)
    assert art["url"] == url and pages.ARTICLE_PARAGRAPHS[0] in art["text"]
    assert art["publisher"] == "موقع الأخبار العربية" and art["evidence"]["kind"] == "url"
    assert len(art["evidence"]["sha256"]) == 64
    art = json.loads(run(db_path, "import", "-", "--title", "ملصق", "--json",
                         stdin="نص ملصوق من الحافظة").stdout)
    assert art["title"] == "ملصق" and art["text"] == "نص ملصوق من الحافظة"


def test_errors_are_one_line_non_zero_and_change_nothing(db_path, tmp_path, server):
    before = run(db_path, "library", "--json").stdout
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(100 * 1024 * 1024 + 1)
    cases = [
        ([str(empty)], "empty"),
        ([str(huge)], "100.0 MB"),
        ([server.base + "/missing"], "404"),
        ([server.base + "/loop/a"], "redirects in a loop"),
        ([server.base + "/slow", "--timeout", "0.5"], "did not answer within 0.5 s"),
    ]
    for args, needle in cases:
        r = run(db_path, "import", *args, "--json", check=False)
        assert r.returncode == 1 and needle in r.stderr, (args, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1 and r.stdout == ""
    assert run(db_path, "library", "--json").stdout == before


def test_parser_does_not_import_trafilatura_or_the_use_cases(tmp_path):
    code = ("import sys; from workbench.cli import build_parser; build_parser(); "
            "bad = [m for m in ('trafilatura', 'workbench.services.importing', 'charset_normalizer', "
            "'lxml') if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_control_characters_never_reach_the_terminal_raw(db_path, tmp_path):
    """A title with a terminal escape (ESC ] 0 ; … BEL sets a window title, ESC [ 2 J clears the
    screen) and an override: the text output shows them, JSON keeps them exact."""
    path = tmp_path / "ansi.txt"
    body = "نص المقال هنا، وفيه ما يكفي من الكلمات ليكون نصًا لا ملفًا ثنائيًا. " * 10
    path.write_text("PWNED\x1b]0;title\x07\x1b[2J \u202eevil\u202c\n\n" + body, encoding="utf-8")
    art = json.loads(run(db_path, "import", str(path), "--json").stdout)
    assert "\x1b" in art["title"] and "\u202e" in art["title"]
    for extra in ([], ["--no-shape"]):
        shown = run(db_path, *extra, "library").stdout
        assert not any(c in shown for c in "\x1b\x07\u202e\u202c"), extra
        assert "⟦U+001B⟧]0;title⟦U+0007⟧⟦U+001B⟧[2J ⟦U+202E⟧evil⟦U+202C⟧" in shown, extra


def test_import_says_the_encoding_and_the_same_text(db_path, tmp_path):
    utf8 = tmp_path / "utf8.txt"
    utf8.write_bytes(ARABIC.encode("utf-8"))
    first = json.loads(run(db_path, "import", str(utf8), "--json").stdout)
    assert first["encoding"] == "utf-8" and first["same_as"] is None
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(ARABIC.encode("cp1256"))
    r = run(db_path, "import", str(legacy), "--json")
    second = json.loads(r.stdout)
    assert second["encoding"] == "cp1256" and second["same_as"] == first["id"]
    assert any(first["id"] in note and "same text" in note for note in second["notes"])
    assert "same text was imported before" in r.stderr
    text = run(db_path, "import", str(legacy)).stdout
    assert "read as Windows-1256 (cp1256)" in text
