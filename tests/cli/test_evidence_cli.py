"""`export-settings --tsa-url/--tsa-roots/--no-tsa` and `evidence verify`, run as the program."""

from __future__ import annotations

import json
import sqlite3

from tests.cli.test_cli import run


def test_tsa_settings_set_shown_and_cleared(db_path, tmp_path, tsa, trusted_ca):
    roots = tmp_path / "roots.pem"
    roots.write_text(trusted_ca.ca_pem)
    doc = json.loads(run(db_path, "export-settings", "--tsa-url", tsa.url, "--tsa-roots", str(roots),
                         "--json").stdout)
    assert doc["tsa_url"] == tsa.url
    (root,) = doc["tsa_roots"]
    assert "Trusted Test Root CA" in root["subject"] and len(root["sha256"]) == 64
    shown = run(db_path, "export-settings").stdout
    assert f"tsa_url      {tsa.url}" in shown and "Trusted Test Root CA" in shown
    # kept: another setting changed leaves the TSA as it was
    doc = json.loads(run(db_path, "export-settings", "--org-name", "Desk", "--json").stdout)
    assert doc["tsa_url"] == tsa.url and doc["tsa_roots"] == [root]
    doc = json.loads(run(db_path, "export-settings", "--no-tsa", "--json").stdout)
    assert doc["tsa_url"] == "" and doc["tsa_roots"] == []
    assert "(none: evidence carries no trusted time)" in run(db_path, "export-settings").stdout


def test_bad_tsa_settings_are_refused_and_nothing_is_written(db_path, tmp_path, tsa):
    bad = run(db_path, "export-settings", "--tsa-url", "ftp://tsa.example", check=False)
    assert bad.returncode == 1 and "must start with http:// or https://" in bad.stderr
    missing = run(db_path, "export-settings", "--tsa-url", tsa.url, "--tsa-roots",
                  str(tmp_path / "nope.pem"), check=False)
    assert missing.returncode == 1 and "cannot read trust roots" in missing.stderr
    not_pem = tmp_path / "roots.pem"
    not_pem.write_text("hello")
    refused = run(db_path, "export-settings", "--tsa-url", tsa.url, "--tsa-roots", str(not_pem), check=False)
    assert refused.returncode == 1 and "not PEM certificates" in refused.stderr
    assert json.loads(run(db_path, "export-settings", "--json").stdout)["tsa_url"] == ""


def test_evidence_verify_passes_then_names_an_altered_file(db_path, tmp_path):
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]
    a, b = tmp_path / "map.png", tmp_path / "خريطة.pdf"
    a.write_bytes(b"\x89PNG map")
    b.write_bytes(b"%PDF report")
    src = json.loads(run(db_path, "source", "add", claim["id"], "--url", "https://example.org/map",
                         "--file", str(a), "--file", str(b), "--json").stdout)
    ok = run(db_path, "evidence", "verify", "--json")
    doc = json.loads(ok.stdout)
    assert doc["ok"] and doc["checked"] == 2 and doc["stamped"] == 0
    assert {i["label"] for i in doc["items"]} == {"map.png", "خريطة.pdf"}
    assert "2 items checked, 0 with a time stamp, 0 failed" in run(db_path, "evidence", "verify").stdout
    altered = next(f for f in src["sources"][-1]["files"] if f["name"] == "خريطة.pdf")  # prints the claim
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE files SET data = ? WHERE id = ?", [b"%PDF altered", altered["id"]])
    conn.commit()
    conn.close()
    failed = run(db_path, "evidence", "verify", "--json", check=False)
    assert failed.returncode == 1
    doc = json.loads(failed.stdout)
    assert not doc["ok"] and doc["failed"] == 1
    (bad,) = [i for i in doc["items"] if not i["ok"]]
    assert bad["id"] == altered["id"] and not bad["bytes_ok"]
    assert f"attached file {altered['id']} (خريطة.pdf)" in failed.stderr
    assert "no longer matches its SHA-256" in failed.stderr
    article = json.loads(run(db_path, "articles", "--json").stdout)[0]["id"]
    assert run(db_path, "evidence", "verify", "--article", article, check=False).returncode == 1
    unknown = run(db_path, "evidence", "verify", "--article", "nope", check=False)
    assert unknown.returncode == 1 and "no article with id 'nope'" in unknown.stderr
