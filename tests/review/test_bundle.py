"""Bundles between two real databases: round trip, conflicts, files, a tampered exporter."""

import json
import sqlite3
import zipfile

import pytest

from workbench.core.errors import InvalidInput
from workbench.core.model import ReviewState
from workbench.services.bundle import export_bundle, import_bundle

from .conftest import rated_claim


def test_round_trip_with_a_conflict(desk, other_desk, tmp_path):
    wb_a, alice = desk.as_("alice")
    article = wb_a.articles()[0]
    evidence = tmp_path / "statement.pdf"
    evidence.write_bytes(b"%PDF-1.4 \x00\x01 evidence")
    c0, c1, c2 = (rated_claim(wb_a, n) for n in range(3))
    wb_a.add_source(c0.id, "https://mod.gov.az/x", stance="refutes", files=[evidence])
    for c in (c0, c1, c2):
        alice.submit(c.id)
    alice.comment(c0.id, "المصدر بيان الوزارة")

    bundle = tmp_path / "to-bob.wbb"
    export_bundle(wb_a, article.id, bundle)
    wb_b, bob = other_desk.as_("bob")
    report = import_bundle(wb_b, bundle)
    assert not report.conflicts and set(report.updated) == {c0.id, c1.id, c2.id}
    got = wb_b.claim(c0.id)
    assert got.review_state == ReviewState.IN_REVIEW and got.rating == "false"
    f = got.sources[0].files[0]
    assert wb_b.file_data(f.id) == evidence.read_bytes()
    assert [c.text for c in bob.comments(c0.id)] == ["المصدر بيان الوزارة"]
    assert [i.claim.id for i in bob.queue()] == [c0.id, c1.id, c2.id]
    # the foreign events keep their authors in the other database's history
    assert [(e.user, e.action) for e in wb_b.history(c0.id)][-4:] == [
        ("alice", "verdict.set"), ("alice", "source.add"), ("alice", "review.submit"),
        ("alice", "comment.add")]

    # the same bundle again changes nothing and doubles nothing
    again = import_bundle(wb_b, bundle)
    assert again.events_imported == 0 and not again.updated and not again.conflicts

    # both sides now change c1: bob approves it, alice (not knowing) edits it on her side
    bob.approve(c0.id)
    bob.approve(c1.id)
    wb_a.set_verdict(c1.id, "misleading", "تغيير من عليا")
    back = tmp_path / "to-alice.wbb"
    export_bundle(wb_b, article.id, back)
    report = import_bundle(wb_a, back)
    assert [c.claim_id for c in report.conflicts] == [c1.id]
    (conflict,) = report.conflicts
    assert any("alice verdict.set" in x for x in conflict.ours)
    assert any("bob review.approve" in x for x in conflict.theirs)
    assert report.updated == [c0.id]
    # neither side was overwritten
    assert wb_a.claim(c0.id).review_state == ReviewState.APPROVED
    assert (wb_a.claim(c1.id).rating, wb_a.claim(c1.id).review_state) == ("misleading", "draft")
    assert wb_b.claim(c1.id).review_state == ReviewState.APPROVED
    assert desk.as_("erin")[0].verify_chain() is None and wb_b.verify_chain() is None

    # the conflict stays until someone settles it; alice keeps hers, then bob's side follows
    assert [c.claim_id for c in import_bundle(wb_a, back).conflicts] == [c1.id]
    settled = import_bundle(wb_a, back, resolve={c1.id: "ours"})
    assert settled.kept == [c1.id] and not settled.conflicts
    assert wb_a.claim(c1.id).rating == "misleading"
    export_bundle(wb_a, article.id, bundle)
    report = import_bundle(wb_b, bundle)
    assert not report.conflicts and c1.id in report.updated
    assert (wb_b.claim(c1.id).rating, wb_b.claim(c1.id).review_state) == ("misleading", "draft")


def test_take_theirs_replaces_the_local_claim(desk, other_desk, tmp_path):
    wb_a, _ = desk.as_("alice")
    wb_b, _ = other_desk.as_("bob")
    article = wb_a.articles()[0]
    rated_claim(wb_a, 0, "false", "من عليا")
    claim = rated_claim(wb_b, 0, "true", "من بوب")
    export_bundle(wb_b, article.id, tmp_path / "b.wbb")
    assert [c.claim_id for c in import_bundle(wb_a, tmp_path / "b.wbb").conflicts] == [claim.id]
    r = import_bundle(wb_a, tmp_path / "b.wbb", resolve={claim.id: "theirs"})
    assert r.updated == [claim.id]
    assert (wb_a.claim(claim.id).rating, wb_a.claim(claim.id).rationale) == ("true", "من بوب")
    assert wb_a.history(claim.id)[-1].action == "claim.merge"


def test_new_article_and_deleted_claim_travel(desk, tmp_path, template_db):
    wb_a, _ = desk.as_("alice")
    change = wb_a.add_article("خبر", "نص الخبر الأول. والجملة الثانية.")
    new = wb_a.add_claim(change.article_id, 0, 8, "أول").claim
    gone = wb_a.add_claim(change.article_id, 10, 15).claim
    export_bundle(wb_a, change.article_id, tmp_path / "1.wbb")
    from workbench.services import open_workbench
    wb_c = open_workbench(tmp_path / "empty.sqlite", "carol")
    try:
        r = import_bundle(wb_c, tmp_path / "1.wbb")
        assert r.article_added and set(r.added) == {new.id, gone.id}
        assert wb_c.article(change.article_id).text == "نص الخبر الأول. والجملة الثانية."
        wb_a.delete_claim(gone.id)
        export_bundle(wb_a, change.article_id, tmp_path / "2.wbb")
        r = import_bundle(wb_c, tmp_path / "2.wbb")
        assert r.deleted == [gone.id]
        assert [c.id for c in wb_c.claims(change.article_id)] == [new.id]
        assert [e.user for e in wb_c.history(new.id)] == ["alice"]
    finally:
        wb_c.close()


def test_tampered_exporter_is_trusted_only_up_to_the_break(desk, other_desk, tmp_path):
    wb_a, alice = desk.as_("alice")
    article = wb_a.articles()[0]
    early = rated_claim(wb_a, 0)
    late = rated_claim(wb_a, 1)
    seq_late = wb_a.history(late.id)[-1].seq
    conn = sqlite3.connect(desk.path)
    conn.execute("UPDATE events SET after = replace(after, 'false', 'true') WHERE seq = ?", [seq_late])
    conn.commit()
    conn.close()
    export_bundle(wb_a, article.id, tmp_path / "t.wbb")
    wb_b, _ = other_desk.as_("bob")
    r = import_bundle(wb_b, tmp_path / "t.wbb")
    assert r.chain_broken[0] == seq_late
    assert r.updated == [early.id] and r.untrusted == [late.id]
    assert wb_b.claim(early.id).rating == "false" and wb_b.claim(late.id).rating is None


def test_damaged_or_foreign_files_are_refused(desk, other_desk, tmp_path):
    wb_a, _ = desk.as_("alice")
    wb_b, _ = other_desk.as_("bob")
    article = wb_a.articles()[0]
    ev = tmp_path / "e.bin"
    ev.write_bytes(b"real bytes")
    claim = rated_claim(wb_a)
    wb_a.add_source(claim.id, "https://example.org", files=[ev])
    good = tmp_path / "g.wbb"
    export_bundle(wb_a, article.id, good)
    file_id = wb_a.claim(claim.id).sources[0].files[0].id
    bad = tmp_path / "bad.wbb"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        zout.writestr("bundle.json", zin.read("bundle.json"))
        zout.writestr(f"files/{file_id}", b"other bytes")
    before = [e.hash for e in wb_b.store.events()]
    with pytest.raises(InvalidInput, match="does not match its SHA-256"):
        import_bundle(wb_b, bad)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    with pytest.raises(InvalidInput, match="not a workbench bundle"):
        import_bundle(wb_b, notes)
    assert [e.hash for e in wb_b.store.events()] == before
    manifest = json.loads(zipfile.ZipFile(good).read("bundle.json"))
    assert manifest["format"] == "workbench-bundle" and manifest["article"]["id"] == article.id
