"""Captures travel with their sources: in bundles (export, import, conflicts as for other records)
and in `copy-to`; bytes and tokens checked against their SHA-256 on the way."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile

import pytest

from tests.cli.test_cli import run
from workbench.core.errors import InvalidInput
from workbench.services import open_workbench
from workbench.services.bundle import export_bundle, import_bundle
from workbench.services.capture import capture_source
from workbench.services.desk_copy import copy_desk
from workbench.services.timestamp import set_tsa


@pytest.fixture
def other(tmp_path, template_db):
    path = tmp_path / "other" / "workbench.sqlite"
    path.parent.mkdir()
    shutil.copy(template_db, path)
    wb = open_workbench(path, "bob")
    yield wb
    wb.close()


@pytest.fixture
def captured(wb, sample, site, tsa, trusted_ca):
    """A claim with a source captured twice (once stamped by the desk's TSA, once not)."""
    claim = wb.claims(sample.id)[0]
    wb.set_verdict(claim.id, "false", "التعليل")
    source = wb.add_source(claim.id, site.base + "/news/1", title="تقرير").claim.sources[-1]
    first, _ = capture_source(wb, source.id)
    set_tsa(wb, tsa.url, trusted_ca.ca_pem)
    second, _ = capture_source(wb, source.id)
    assert not first.timestamped and second.timestamped
    return wb.claim(claim.id), (first, second)


def test_a_bundle_carries_captures_and_their_tokens(wb, sample, other, captured, tmp_path, trusted_ca):
    claim, caps = captured
    bundle = tmp_path / "to-bob.wbb"
    export_bundle(wb, sample.id, bundle)
    names = zipfile.ZipFile(bundle).namelist()
    assert {f"captures/{c.id}.warc.gz" for c in caps} <= set(names)
    assert f"captures/{caps[1].id}.tsr" in names and f"captures/{caps[0].id}.tsr" not in names
    report = import_bundle(other, bundle)
    assert claim.id in report.updated
    got = other.claim(claim.id).sources[-1].captures
    assert got == caps  # every field, oldest first
    for c in caps:
        assert other.store.capture_data(c.id) == wb.store.capture_data(c.id)
        assert other.store.capture_token(c.id) == wb.store.capture_token(c.id)
    assert run(other.store.path, "check").returncode == 0
    # the token is checked against the receiving desk's own trust roots: none named yet
    unchecked = run(other.store.path, "evidence", "verify", check=False)
    assert unchecked.returncode == 1 and caps[1].id in unchecked.stderr and "no trust roots" in unchecked.stderr
    set_tsa(other, roots_pem=trusted_ca.ca_pem)
    doc = json.loads(run(other.store.path, "evidence", "verify", "--json").stdout)
    assert doc["ok"] and doc["stamped"] == 1
    # the same bundle again doubles nothing
    import_bundle(other, bundle)
    assert len(other.store.captures()) == 2


def test_a_bundle_whose_capture_was_altered_is_refused_whole(wb, sample, other, captured, tmp_path):
    _claim, (first, _second) = captured
    bundle, bad = tmp_path / "to-bob.wbb", tmp_path / "altered.wbb"
    export_bundle(wb, sample.id, bundle)
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == f"captures/{first.id}.warc.gz":
                data = data[:-1] + bytes([data[-1] ^ 1])
            dst.writestr(info, data)
    before = other.store.captures()
    with pytest.raises(InvalidInput) as err:
        import_bundle(other, bad)
    assert err.value.code == "bundle.capture_hash" and first.id in err.value.message
    assert other.store.captures() == before == []


def test_a_new_capture_joins_the_other_desk_and_a_conflict_waits_for_its_resolution(wb, sample, other,
                                                                                    captured, tmp_path):
    claim, caps = captured
    bundle = tmp_path / "to-bob.wbb"
    export_bundle(wb, sample.id, bundle)
    import_bundle(other, bundle)
    # bob re-rates; alice only captures again: a capture is history, not a change, so no conflict
    other.set_verdict(claim.id, "misleading", "من بوب")
    third, _ = capture_source(wb, claim.sources[-1].id)
    export_bundle(wb, sample.id, bundle)
    report = import_bundle(other, bundle)
    assert not report.conflicts
    here = other.claim(claim.id)
    assert here.rating == "misleading" and [c.id for c in here.sources[-1].captures] == [c.id for c in (*caps, third)]
    assert run(other.store.path, "check").returncode == 0

    # both desks change the verdict, and alice captures again: a conflict, resolved as for any claim
    other.set_verdict(claim.id, "mostly-false", "من بوب مجدداً")
    wb.set_verdict(claim.id, "true", "من أليس")
    fourth, _ = capture_source(wb, claim.sources[-1].id)
    export_bundle(wb, sample.id, bundle)
    report = import_bundle(other, bundle)
    assert [c.claim_id for c in report.conflicts] == [claim.id]
    assert fourth.id not in {c.id for c in other.claim(claim.id).sources[-1].captures}
    import_bundle(other, bundle, {claim.id: "theirs"})
    taken = other.claim(claim.id)
    assert taken.rating == "true" and [c.id for c in taken.sources[-1].captures] == [
        c.id for c in (*caps, third, fourth)]
    assert run(other.store.path, "check").returncode == 0


def test_copy_to_carries_captures_and_refuses_an_altered_one(wb, captured, tmp_path):
    _claim, caps = captured
    target = open_workbench(tmp_path / "copy.sqlite", "erin")
    try:
        report = copy_desk(wb.store, target.store)
        assert report.captures == 2
        assert target.store.captures() == wb.store.captures()
        for c in caps:
            assert target.store.capture_data(c.id) == wb.store.capture_data(c.id)
            assert target.store.capture_token(c.id) == wb.store.capture_token(c.id)
    finally:
        target.close()
    assert run(tmp_path / "copy.sqlite", "check").returncode == 0
    assert json.loads(run(tmp_path / "copy.sqlite", "evidence", "verify", "--json").stdout)["ok"]

    conn = sqlite3.connect(wb.store.path)
    with conn:
        data = conn.execute("SELECT data FROM captures WHERE id = ?", [caps[0].id]).fetchone()[0]
        conn.execute("UPDATE captures SET data = ? WHERE id = ?", [data[:-1] + bytes([data[-1] ^ 1]), caps[0].id])
    conn.close()
    second = open_workbench(tmp_path / "copy2.sqlite", "erin")
    try:
        with pytest.raises(InvalidInput) as err:
            copy_desk(wb.store, second.store)
        assert err.value.code == "copy.capture_hash" and caps[0].id in err.value.message
        assert second.store.captures() == []
    finally:
        second.close()
