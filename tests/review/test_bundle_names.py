"""A bundle is untrusted input: one attached file whose name is not a plain file name refuses
the whole bundle, and the database is left exactly as it was. Real bundles, exported by the
real code, then rewritten inside the zip as another desk (or an attacker) could."""

import json
import sqlite3
import subprocess
import sys
import zipfile

import pytest

from workbench.core.errors import InvalidInput
from workbench.services.bundle import export_bundle, import_bundle

from .conftest import rated_claim

HOSTILE = [
    "/tmp/pwned-by-bundle.txt",
    "../../pwned.txt",
    "evidence/../../x.pdf",
    "a/b.pdf",
    "C:\\Windows\\x.dll",
    "C:x.pdf",
    "..",
    ".",
    "",
    "statement\u202etxt.exe",
    "a\u2066b.pdf",
    "bell\x07.pdf",
    "esc\x1b[31m.pdf",
    "nul\x00.pdf",
    "c1\x9b.pdf",
    "x" * 256 + ".pdf",
]


def _dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def good_bundle(desk, tmp_path):
    wb_a, _ = desk.as_("alice")
    article = wb_a.articles()[0]
    claim = rated_claim(wb_a)
    evidence = tmp_path / "statement.pdf"
    evidence.write_bytes(b"%PDF-1.4 real evidence")
    wb_a.add_source(claim.id, "https://mod.gov.az/x", stance="refutes", files=[evidence])
    path = tmp_path / "good.wbb"
    export_bundle(wb_a, article.id, path)
    return path


def _renamed(good, target, name):
    """``good`` with its attached file's name rewritten to ``name`` in the manifest."""
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(target, "w") as zout:
        manifest = json.loads(zin.read("bundle.json"))
        files = [f for c in manifest["claims"] for s in c["sources"] for f in s["files"]]
        assert len(files) == 1
        files[0]["name"] = name
        zout.writestr("bundle.json", json.dumps(manifest, ensure_ascii=False))
        for info in zin.infolist():
            if info.filename != "bundle.json":
                zout.writestr(info, zin.read(info))
    return target


@pytest.mark.parametrize("name", HOSTILE, ids=[ascii(n)[:24] for n in HOSTILE])
def test_a_bundle_with_an_unplain_file_name_is_refused_whole(good_bundle, other_desk, tmp_path, name):
    wb_b, _ = other_desk.as_("bob")
    bad = _renamed(good_bundle, tmp_path / "bad.wbb", name)
    before = _dump(other_desk.path)
    with pytest.raises(InvalidInput) as caught:
        import_bundle(wb_b, bad)
    message = caught.value.message
    assert "is refused" in message and "not a plain file name" in message
    assert "nothing was imported" in message and "\n" not in message
    # the message names the file, with every control made visible rather than acted on
    assert not any(ch in message for ch in "\u202e\u2066\x07\x1b\x00\x9b")
    if name.startswith("/tmp/"):
        assert "“/tmp/pwned-by-bundle.txt”" in message
    if "\u202e" in name:
        assert "statement⟦U+202E⟧txt.exe" in message
    assert _dump(other_desk.path) == before


def test_the_same_bundle_with_a_plain_name_imports(good_bundle, other_desk, tmp_path):
    """The rewriting itself is sound: with a plain (Arabic) name the bundle goes in."""
    wb_b, _ = other_desk.as_("bob")
    ok = _renamed(good_bundle, tmp_path / "ok.wbb", "بيان الوزارة.pdf")
    report = import_bundle(wb_b, ok)
    (claim_id,) = report.updated
    assert [f.name for s in wb_b.claim(claim_id).sources for f in s.files] == ["بيان الوزارة.pdf"]


def test_the_command_line_refuses_it_on_one_line(good_bundle, other_desk, tmp_path):
    bad = _renamed(good_bundle, tmp_path / "bad.wbb", "/tmp/pwned-by-bundle.txt")
    before = _dump(other_desk.path)
    other_desk.close()
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(other_desk.path), "--user", "bob",
         "bundle", "import", str(bad)], capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "“/tmp/pwned-by-bundle.txt”" in result.stderr
    assert _dump(other_desk.path) == before
