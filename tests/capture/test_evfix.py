"""What a tester found in the evidence features, driven through the real command line: malformed
addresses refused before anything is stored, altered captures refused by exports, ``evidence
verify`` comparing with the audit trail, unreadable captures explained, never a traceback."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from tests.capture.test_cli_capture import _claim_id
from tests.cli.test_cli import run


def _sources(db) -> int:
    return sum(len(c["sources"]) for c in json.loads(run(db, "claims", "--json").stdout))


@pytest.mark.parametrize(("url", "shown", "code_words"), [
    ("http://exa mple.com/", "exa mple.com", "spaces or control characters"),
    ("http://exa\tmple.com/", "", "spaces or control characters"),
    ("http://a\x07b.com/x", "", "spaces or control characters"),
    ("http:///only/a/path", "", "must start with http:// or https://"),
    ("http://example.com:99999/", "example.com:99999", "port that is not a number"),
    ("http://example.com:80a/", "example.com:80a", "port that is not a number"),
    ("http://example.com:0/", "example.com:0", "port that is not a number"),
    ("http://user:s3cret@example.com/x", "***@example.com", "user name or password"),
    ("http://example.com/a\u202elmth.html", "a⟦U+202E⟧lmth.html", "invisible direction controls"),
])
def test_a_malformed_address_is_refused_in_one_line_before_the_source_is_stored(db_path, url, shown, code_words):
    claim_id = _claim_id(db_path)
    before = _sources(db_path)
    refused = run(db_path, "source", "add", claim_id, "--url", url, check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert code_words in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert shown in refused.stderr and "s3cret" not in refused.stderr and "\\u202e" not in refused.stderr
    assert _sources(db_path) == before  # nothing stored: running it again cannot store it twice


def test_source_edit_refuses_a_malformed_address_and_keeps_the_old_one(db_path, site):
    claim_id = _claim_id(db_path)
    claim = json.loads(run(db_path, "source", "add", claim_id, "--no-capture", "--url",
                           site.base + "/news/1", "--json").stdout)
    src = claim["sources"][-1]
    refused = run(db_path, "source", "edit", src["id"], "--url", "http://pw:pw@exa mple.com/", check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr and "spaces" in refused.stderr
    (kept,) = [s for c in json.loads(run(db_path, "claims", "--json").stdout) for s in c["sources"]
               if s["id"] == src["id"]]
    assert kept["url"] == site.base + "/news/1"


def _captured(db, site):
    claim_id = _claim_id(db)
    claim = json.loads(run(db, "source", "add", claim_id, "--url", site.base + "/news/1", "--json").stdout)
    return claim["sources"][-1]["captures"][0]


def _flip_a_byte(db, capture_id):
    conn = sqlite3.connect(db)
    with conn:
        data = conn.execute("SELECT data FROM captures WHERE id = ?", [capture_id]).fetchone()[0]
        conn.execute("UPDATE captures SET data = ? WHERE id = ?", [data[:-1] + bytes([data[-1] ^ 1]), capture_id])
    conn.close()


def _swap_with_columns(db, capture_id, data: bytes):
    """Replace a capture's bytes together with its stored sha256 and size columns."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE captures SET data = ?, sha256 = ?, size = ? WHERE id = ?",
                     [data, hashlib.sha256(data).hexdigest(), len(data), capture_id])
    conn.close()


@pytest.mark.parametrize("fmt", ["wacz", "pdf", "html"])
def test_exports_refuse_an_altered_capture_naming_it(db_path, site, tmp_path, fmt):
    cap = _captured(db_path, site)
    out = tmp_path / f"out.{fmt}"
    assert run(db_path, "export", "--format", fmt, "--all-states", "-o", str(out)).returncode == 0
    out.unlink()
    _flip_a_byte(db_path, cap["id"])
    refused = run(db_path, "export", "--format", fmt, "--all-states", "-o", str(out), check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert cap["id"] in refused.stderr and "altered outside workbench" in refused.stderr
    assert not out.exists()


def test_exports_refuse_a_capture_swapped_with_its_columns(db_path, site, tmp_path):
    cap = _captured(db_path, site)
    _swap_with_columns(db_path, cap["id"], b"not a warc at all")
    out = tmp_path / "p.wacz"
    refused = run(db_path, "export", "--format", "wacz", "--all-states", "-o", str(out), check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr and cap["id"] in refused.stderr
    assert not out.exists()


def test_evidence_verify_compares_with_the_audit_trail(db_path, site):
    cap = _captured(db_path, site)
    other = _captured(db_path, site)  # a real, readable WARC of the same page
    assert run(db_path, "evidence", "verify").returncode == 0
    conn = sqlite3.connect(db_path)
    data = conn.execute("SELECT data FROM captures WHERE id = ?", [other["id"]]).fetchone()[0]
    conn.close()
    _swap_with_columns(db_path, cap["id"], data)
    failed = run(db_path, "evidence", "verify", "--json", check=False)
    assert failed.returncode == 1
    report = json.loads(failed.stdout)
    (bad,) = [i for i in report["items"] if not i["ok"]]
    assert bad["id"] == cap["id"] and "not the one the audit trail recorded" in bad["problems"][0]
    assert cap["sha256"] in bad["problems"][0]


def test_capture_text_of_swapped_garbage_explains_instead_of_a_traceback(db_path, site):
    cap = _captured(db_path, site)
    _swap_with_columns(db_path, cap["id"], b"garbage, not a WARC")
    refused = run(db_path, "capture", "text", cap["id"], check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "not the one the audit trail recorded" in refused.stderr


def test_capture_text_starts_with_the_pages_headline(db_path, site):
    cap = _captured(db_path, site)
    text = run(db_path, "capture", "text", cap["id"]).stdout
    assert text.lstrip().startswith("قتلى مدنيون في قصف على يفلاخ")


def test_copy_to_an_empty_dest_names_dest_not_db(db_path):
    refused = run(db_path, "copy-to", "", check=False)
    assert refused.returncode == 1 and "DEST" in refused.stderr and "--db" not in refused.stderr


def test_source_add_prints_the_claim_as_stored_after_a_slow_capture(db_path, site):
    import subprocess
    import sys
    import time

    site.route("/late", b"<html><body><p>gone</p></body></html>", status=404, delay=3.0)  # slow, then fails
    claim_id = _claim_id(db_path)
    slow = subprocess.Popen([sys.executable, "-m", "workbench", "--db", str(db_path), "--user", "alice",
                             "source", "add", claim_id, "--url", site.base + "/late", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        deadline = time.monotonic() + 20
        while not any(s["url"].endswith("/late") for c in json.loads(run(db_path, "claims", "--json").stdout)
                      for s in c["sources"]):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        run(db_path, "claim", "edit", claim_id, "--statement", "عُدّل أثناء الالتقاط", user="omar")
        out, err = slow.communicate(timeout=60)
    finally:
        slow.kill()
    assert slow.returncode == 0, err
    printed = json.loads(out)
    assert printed["statement"] == "عُدّل أثناء الالتقاط" and printed["sources"][-1]["captures"] == []
    assert "the source was added but not captured" in err
