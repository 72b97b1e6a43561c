"""Captures through the real command line: source add, source capture, capture text, claims
--json, check."""

from __future__ import annotations

import json
import sqlite3

from tests.cli.test_cli import run


def _claim_id(db):
    (article,) = json.loads(run(db, "articles", "--json").stdout)
    return json.loads(run(db, "claims", "--article", article["id"], "--json").stdout)[0]["id"]


def test_source_add_captures_the_page_and_claims_json_lists_captures_oldest_first(db_path, site):
    claim_id = _claim_id(db_path)
    added = run(db_path, "source", "add", claim_id, "--url", site.base + "/r1", "--json")
    claim = json.loads(added.stdout)
    src = claim["sources"][-1]
    (first,) = src["captures"]
    assert set(first) == {"id", "url", "final_url", "taken_at", "status", "sha256", "size", "timestamp"}
    assert first["url"] == site.base + "/r1" and first["final_url"] == site.base + "/news/1"
    assert first["status"] == 200 and first["timestamp"] is None and len(first["sha256"]) == 64
    assert "captured " + site.base + "/news/1" in added.stderr and "no trusted time" in added.stderr

    again = json.loads(run(db_path, "source", "capture", src["id"], "--json").stdout)
    assert again["id"] == src["id"] and [c["id"] for c in again["captures"]][0] == first["id"]
    assert len(again["captures"]) == 2 and again["captures"][0]["taken_at"] <= again["captures"][1]["taken_at"]

    listed = json.loads(run(db_path, "claims", "--json").stdout)
    (shown,) = [s for c in listed for s in c["sources"] if s["id"] == src["id"]]
    assert shown["captures"] == again["captures"]

    text = run(db_path, "capture", "text", first["id"])
    assert "قال مسؤولون محليون إن أربعة مدنيين قتلوا" in text.stdout
    assert "archived copy of " + site.base + "/news/1" in text.stderr
    as_json = json.loads(run(db_path, "capture", "text", first["id"], "--json").stdout)
    assert as_json["capture"] == first and "الممرات الإنسانية" in as_json["text"]
    assert run(db_path, "check").returncode == 0


def test_a_capture_changed_in_the_database_is_named_by_check(db_path, site):
    claim_id = _claim_id(db_path)
    claim = json.loads(run(db_path, "source", "add", claim_id, "--url", site.base + "/news/1", "--json").stdout)
    (capture,) = claim["sources"][-1]["captures"]
    conn = sqlite3.connect(db_path)
    with conn:
        data = conn.execute("SELECT data FROM captures WHERE id = ?", [capture["id"]]).fetchone()[0]
        conn.execute("UPDATE captures SET data = ? WHERE id = ?", [data[:-1] + bytes([data[-1] ^ 1]), capture["id"]])
    conn.close()
    result = run(db_path, "check", check=False)
    assert result.returncode == 1 and capture["id"] in result.stderr
    report = json.loads(run(db_path, "check", "--json", check=False).stdout)
    assert report["ok"] is False and capture["id"] in report["captures"][0]
    refused = run(db_path, "capture", "text", capture["id"], check=False)
    assert refused.returncode == 1 and "no longer matches its SHA-256" in refused.stderr


def test_a_failed_capture_still_adds_the_source_and_says_why(db_path, site):
    claim_id = _claim_id(db_path)
    added = run(db_path, "source", "add", claim_id, "--url", site.base + "/missing", "--json")
    claim = json.loads(added.stdout)
    assert claim["sources"][-1]["url"] == site.base + "/missing" and claim["sources"][-1]["captures"] == []
    assert "not captured: cannot capture " + site.base + "/missing: the server answered 404" in added.stderr
    assert any("404" in n for n in claim["notes"])
    refused = run(db_path, "source", "capture", claim["sources"][-1]["id"], check=False)
    assert refused.returncode == 1 and "404" in refused.stderr


def test_no_capture_makes_no_request(db_path, site):
    claim_id = _claim_id(db_path)
    before = len(site.seen)
    claim = json.loads(run(db_path, "source", "add", claim_id, "--no-capture", "--url",
                           site.base + "/news/1", "--json").stdout)
    assert claim["sources"][-1]["captures"] == [] and len(site.seen) == before
