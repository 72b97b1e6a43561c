"""The command line, run as a user runs it: a real process over a real database."""

import json
import subprocess
import sys

import pytest

from workbench.core.spans import locate


#: A test run with the SQLite file and with a desk on PostgreSQL (tests/conftest.py ``backend``).
BOTH_STORES = pytest.mark.usefixtures("backend")


def run(db, *args, user="alice", check=True):
    cmd = [sys.executable, "-m", "workbench", "--db", str(db), "--user", user, *args]
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=60)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@BOTH_STORES
def test_articles_and_claims_json(db_path):
    (article,) = json.loads(run(db_path, "articles", "--json").stdout)
    claims = json.loads(run(db_path, "claims", "--article", article["id"], "--json").stdout)
    assert claims and all(article["text"][c["start"]:c["end"]] == c["quote"] for c in claims)
    assert set(claims[0]) >= {"id", "article_id", "start", "end", "quote", "statement", "rating",
                              "rationale", "review_state", "sources"}


@BOTH_STORES
def test_claim_source_verdict_round_trip(db_path, tmp_path):
    (article,) = json.loads(run(db_path, "articles", "--json").stdout)
    start, end = locate(article["text"], "الجيب الجبلي الانفصالي")
    added = run(db_path, "claim", "add", article["id"], "--start", str(start),
                "--end", str(end), "--statement", "جيب جبلي", "--json")
    claim = json.loads(added.stdout)
    assert claim["quote"] == "الجيب الجبلي الانفصالي" and "cuts a word" not in added.stderr
    cut = run(db_path, "claim", "add", article["id"], "--start", str(start + 2), "--end", str(start + 5))
    assert f"cuts a word; the whole words would be {start}-{start + len('الجيب')}" in cut.stderr
    evidence = tmp_path / "map.png"
    evidence.write_bytes(b"\x89PNG fake but real bytes")
    run(db_path, "source", "add", claim["id"], "--no-capture", "--url", "https://example.org/map", "--publisher",
        "Example", "--stance", "supports", "--file", str(evidence))
    run(db_path, "verdict", "set", claim["id"], "--rating", "true", "--rationale", "الخريطة تؤكد")
    claims = json.loads(run(db_path, "claims", "--json").stdout)
    got = next(c for c in claims if c["id"] == claim["id"])
    assert got["rating"] == "true" and got["rationale"] == "الخريطة تؤكد"
    (src,) = got["sources"]
    assert src["files"][0]["size"] == evidence.stat().st_size
    history = json.loads(run(db_path, "history", claim["id"], "--json").stdout)
    assert [e["action"] for e in history] == ["claim.add", "source.add", "verdict.set"]


@pytest.mark.parametrize("args,needle", [
    (["verdict", "set", "nope", "--rating", "true", "--rationale", "x"], "no claim"),
    (["claims", "--article", "nope"], "no article"),
    (["claim", "add", "nope", "--start", "0", "--end", "3"], "no article"),
    (["claim", "add", "x", "--start", "zero", "--end", "3"], "invalid int"),
])
@BOTH_STORES
def test_bad_input_is_one_line_and_non_zero(db_path, args, needle):
    result = run(db_path, *args, check=False)
    assert result.returncode != 0
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@BOTH_STORES
def test_bad_rating_and_missing_file(db_path, tmp_path):
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]
    r = run(db_path, "verdict", "set", claim["id"], "--rating", "sorta", "--rationale", "x", check=False)
    assert r.returncode == 1 and "unknown rating" in r.stderr
    r = run(db_path, "source", "add", claim["id"], "--no-capture", "--url", "https://e.org", "--file",
            str(tmp_path / "gone.pdf"), check=False)
    assert r.returncode == 1 and "does not exist" in r.stderr
    again = json.loads(run(db_path, "claims", "--json").stdout)[0]
    assert again["rating"] is None and again["sources"] == []


def test_not_a_database_is_one_line(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 100)
    r = run(bad, "claims", check=False)
    assert r.returncode == 1 and "not a workbench database" in r.stderr
    assert bad.read_bytes() == b"\x00garbage" * 100


def test_terminal_text_keeps_logical_order_when_piped(db_path):
    out = run(db_path, "claims").stdout
    assert "أربعة شرطيين" in out  # piped: logical order, no presentation forms
    assert not any("\ufe70" <= ch <= "\ufeff" for ch in out)


@BOTH_STORES
def test_source_edit_remove_and_file_save(db_path, tmp_path):
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]
    evidence = tmp_path / "proof.bin"
    evidence.write_bytes(bytes(range(256)) * 10)
    added = json.loads(run(db_path, "source", "add", claim["id"], "--no-capture", "--url", "https://e.org/1",
                           "--file", str(evidence), "--json").stdout)
    src = added["sources"][0]
    edited = json.loads(run(db_path, "source", "edit", src["id"], "--publisher", "وكالة",
                            "--stance", "refutes", "--json").stdout)
    assert edited["sources"][0]["publisher"] == "وكالة" and edited["sources"][0]["stance"] == "refutes"
    out = tmp_path / "back.bin"
    saved = json.loads(run(db_path, "file", "save", src["files"][0]["id"], "-o", str(out), "--json").stdout)
    assert out.read_bytes() == evidence.read_bytes() and saved["sha256"] == src["files"][0]["sha256"]
    again = run(db_path, "file", "save", src["files"][0]["id"], "-o", str(out), check=False)
    assert again.returncode == 1 and "already exists" in again.stderr
    removed = json.loads(run(db_path, "source", "remove", src["id"], "--json").stdout)
    assert removed["sources"] == []
    history = json.loads(run(db_path, "history", claim["id"], "--json").stdout)
    assert [e["action"] for e in history][-3:] == ["source.add", "source.edit", "source.remove"]


def test_file_save_all_writes_a_sources_files_into_a_folder(db_path, tmp_path):
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]
    a, b = tmp_path / "بيان.pdf", tmp_path / "map.png"
    a.write_bytes(b"%PDF statement")
    b.write_bytes(b"\x89PNG map")
    added = json.loads(run(db_path, "source", "add", claim["id"], "--no-capture", "--url", "https://e.org/2",
                           "--file", str(a), "--file", str(b), "--json").stdout)
    src = added["sources"][-1]
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "map.png").write_bytes(b"mine")
    report = json.loads(run(db_path, "file", "save-all", src["id"], "-o", str(folder), "--json").stdout)
    assert [p["path"].rsplit("/", 1)[1] for p in report["saved"]] == ["بيان.pdf", "map (1).png"]
    assert (folder / "map.png").read_bytes() == b"mine" and report["skipped"] == []
    assert (folder / "map (1).png").read_bytes() == b.read_bytes()
    text = run(db_path, "file", "save-all", src["id"], "-o", str(folder)).stdout
    assert "map (2).png" in text and "2 files saved" in text
    missing = run(db_path, "file", "save-all", src["id"], "-o", str(tmp_path / "nope"), check=False)
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    # a file whose bytes changed in the database is skipped, said so, and the exit code is 1
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE files SET data = x'00' WHERE id = ?", [src["files"][0]["id"]])
    conn.commit()
    conn.close()
    bad = run(db_path, "file", "save-all", src["id"], "-o", str(folder), "--json", check=False)
    assert bad.returncode == 1 and "“بيان.pdf” no longer matches its SHA-256" in bad.stderr
    assert [s["name"] for s in json.loads(bad.stdout)["skipped"]] == ["بيان.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "map (1).png", "map (2).png", "map (3).png", "map.png", "بيان (1).pdf", "بيان.pdf"]


def test_a_new_database_is_announced_once(tmp_path):
    db = tmp_path / "typo.sqlite"
    first = run(db, "articles", "--json")
    assert f"there was no database at {db}; a new one was created there" in first.stderr
    assert json.loads(first.stdout)  # the sample, as on any first start
    again = run(db, "articles", "--json")
    assert "new one" not in again.stderr


@BOTH_STORES
def test_a_reader_that_goes_away_is_not_an_error(db_path):
    """``workbench suggest ID --all | head -1``: the pipe closes early; no traceback."""
    article = json.loads(run(db_path, "articles", "--json").stdout)[0]["id"]
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "--db", str(db_path), "suggest",
                             article, "--all"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and "Traceback" not in err and "BrokenPipe" not in err


@BOTH_STORES
def test_article_rename_and_delete(db_path):
    (article,) = json.loads(run(db_path, "articles", "--json").stdout)
    renamed = json.loads(run(db_path, "article", "rename", article["id"], "--title", "عنوان آخر",
                             "--json").stdout)
    assert renamed["id"] == article["id"] and renamed["title"] == "عنوان آخر"
    empty = run(db_path, "article", "rename", article["id"], "--title", " ", check=False)
    assert empty.returncode != 0 and "needs a title" in empty.stderr
    n_claims = len(json.loads(run(db_path, "claims", "--article", article["id"], "--json").stdout))
    deleted = json.loads(run(db_path, "article", "delete", article["id"], "--json").stdout)
    assert deleted["deleted"] == article["id"] and len(deleted["claims"]) == n_claims
    assert json.loads(run(db_path, "articles", "--json").stdout) == []
    assert json.loads(run(db_path, "claims", "--json").stdout) == []
    assert run(db_path, "check").returncode == 0
    again = run(db_path, "article", "delete", article["id"], check=False)
    assert again.returncode != 0 and "no article" in again.stderr


def test_text_reports_use_english_plurals(db_path):
    """`article delete` of an article with one claim says "(1 claim)", never "1 claims"."""
    from workbench.services import open_workbench

    wb = open_workbench(db_path, "alice")
    try:
        other = wb.add_article("One claim", "Only one sentence here.").article_id
        wb.add_claim(other, 0, 4)
    finally:
        wb.close()
    shown = run(db_path, "article", "delete", other).stdout
    assert shown.rstrip().endswith("(1 claim)")
