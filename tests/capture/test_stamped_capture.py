"""The desk's TSA stamps each new capture (a real RFC 3161 TSA on 127.0.0.1, tests/tsa.py);
`evidence verify` checks the WARC bytes and the tokens, and names a capture altered in the database."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from tests.capture.test_cli_capture import _claim_id
from tests.cli.test_cli import run


def _desk_tsa(db, tmp_path, url, ca):
    roots = tmp_path / "roots.pem"
    roots.write_text(ca.ca_pem)
    run(db, "export-settings", "--tsa-url", url, "--tsa-roots", str(roots))


def test_a_capture_is_stamped_verified_and_named_once_altered(db_path, tmp_path, site, tsa, trusted_ca):
    _desk_tsa(db_path, tmp_path, tsa.url, trusted_ca)
    claim_id = _claim_id(db_path)
    added = run(db_path, "source", "add", claim_id, "--url", site.base + "/news/1", "--json")
    src = json.loads(added.stdout)["sources"][-1]
    (cap,) = src["captures"]
    assert cap["timestamp"]["tsa"] == tsa.url and cap["timestamp"]["time"]
    assert f"timestamped by {tsa.url}" in added.stderr
    assert len(tsa.queries) == 1  # one stamp, over the capture's SHA-256
    again = json.loads(run(db_path, "source", "capture", src["id"], "--json").stdout)
    assert all(c["timestamp"] for c in again["captures"]) and len(tsa.queries) == 2
    conn = sqlite3.connect(db_path)
    token = conn.execute("SELECT token FROM captures WHERE id = ?", [cap["id"]]).fetchone()[0]
    conn.close()
    assert hashlib.sha256(token).hexdigest() == cap["timestamp"]["token_sha256"]

    ok = run(db_path, "evidence", "verify", "--json")
    doc = json.loads(ok.stdout)
    assert doc["ok"] and doc["stamped"] == 2
    caps = [i for i in doc["items"] if i["kind"] == "capture"]
    assert {i["id"] for i in caps} == {c["id"] for c in again["captures"]}
    assert all(i["timestamp"]["ok"] and i["bytes_ok"] for i in caps)
    assert "Trusted Test" in caps[0]["timestamp"]["tsa_name"]

    conn = sqlite3.connect(db_path)
    with conn:
        data = conn.execute("SELECT data FROM captures WHERE id = ?", [cap["id"]]).fetchone()[0]
        conn.execute("UPDATE captures SET data = ? WHERE id = ?", [data[:-1] + bytes([data[-1] ^ 1]), cap["id"]])
    conn.close()
    failed = run(db_path, "evidence", "verify", "--json", check=False)
    assert failed.returncode == 1
    doc = json.loads(failed.stdout)
    (bad,) = [i for i in doc["items"] if not i["ok"]]
    assert bad["id"] == cap["id"] and not bad["bytes_ok"] and bad["timestamp"]["ok"]
    assert f"capture {cap['id']}" in failed.stderr and "no longer matches its SHA-256" in failed.stderr
    article = json.loads(run(db_path, "articles", "--json").stdout)[0]["id"]
    assert run(db_path, "evidence", "verify", "--article", article, check=False).returncode == 1


def test_a_token_from_an_untrusted_tsa_fails_verification(db_path, tmp_path, site, tsa, trusted_ca):
    _desk_tsa(db_path, tmp_path, tsa.base + "/other", trusted_ca)
    claim_id = _claim_id(db_path)
    src = json.loads(run(db_path, "source", "add", claim_id, "--url", site.base + "/news/1",
                         "--json").stdout)["sources"][-1]
    (cap,) = src["captures"]
    assert cap["timestamp"] is not None
    failed = run(db_path, "evidence", "verify", "--json", check=False)
    assert failed.returncode == 1
    (bad,) = [i for i in json.loads(failed.stdout)["items"] if not i["ok"]]
    assert bad["id"] == cap["id"] and bad["bytes_ok"] and not bad["timestamp"]["ok"]


def test_without_a_tsa_or_when_it_fails_the_capture_is_kept_without_trusted_time(db_path, tmp_path, site, tsa,
                                                                                 trusted_ca):
    claim_id = _claim_id(db_path)
    added = run(db_path, "source", "add", claim_id, "--url", site.base + "/news/1", "--json")
    assert json.loads(added.stdout)["sources"][-1]["captures"][0]["timestamp"] is None
    assert "no trusted time (the desk names no TSA)" in added.stderr
    _desk_tsa(db_path, tmp_path, tsa.base + "/error", trusted_ca)
    failing = run(db_path, "source", "add", claim_id, "--url", site.base + "/news/1", "--json")
    (cap,) = json.loads(failing.stdout)["sources"][-1]["captures"]
    assert cap["timestamp"] is None and len(cap["sha256"]) == 64
    assert "no trusted time (the TSA failed:" in failing.stderr and "500" in failing.stderr
    doc = json.loads(run(db_path, "evidence", "verify", "--json").stdout)
    assert doc["ok"] and doc["stamped"] == 0 and sum(i["kind"] == "capture" for i in doc["items"]) == 2
