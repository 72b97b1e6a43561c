import sqlite3

import pytest

from workbench.core.errors import InvalidInput, NotFound
from workbench.core.spans import locate
from workbench.services import open_workbench

#: The SQLite and the PostgreSQL store alike (tests/conftest.py ``backend``).
pytestmark = pytest.mark.usefixtures("backend")

BRIEF_CLAIMS = [
    "أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمَين",
    "فتحت ممرات لإجلاء المدنيين",
    "مباحثات مع ممثلين عنهم في بلدة يفلاخ",
    "“حتى النهاية”",
    "المدفعية والصواريخ، الطائرات المسيّرة الهجومية",
    "مجلس الأمن الدولي وروسيا",
    "في عام 2020",
]


def test_sample_claims_are_anchored_to_their_quotes(wb, sample):
    claims = wb.claims(sample.id)
    assert len(claims) >= 10
    for c in claims:
        assert sample.text[c.start:c.end] == c.quote
    for needle in BRIEF_CLAIMS:
        assert any(needle in c.quote for c in claims), needle


def test_sample_loads_once(wb):
    assert wb.ensure_sample() is None
    assert len(wb.articles()) == 1


def test_add_claim_from_a_span(wb, sample):
    start, end = locate(sample.text, "الجيب الجبلي الانفصالي")
    change = wb.add_claim(sample.id, start, end, "الانفصاليون يسيطرون على جيب جبلي")
    assert change.claim.quote == "الجيب الجبلي الانفصالي"
    assert wb.claim(change.claim.id).created_by == "alice"
    assert [e.action for e in wb.history(change.claim.id)] == ["claim.add"]


@pytest.mark.parametrize("start,end", [(0, 0), (-3, 5), (10, 10**6)])
def test_bad_spans_change_nothing(wb, sample, start, end):
    before = len(wb.claims())
    with pytest.raises(InvalidInput):
        wb.add_claim(sample.id, start, end)
    assert len(wb.claims()) == before


def test_unknown_ids(wb):
    with pytest.raises(NotFound):
        wb.add_claim("no-such-article", 0, 3)
    with pytest.raises(NotFound):
        wb.set_verdict("no-such-claim", "true")


def test_verdict_and_rationale(wb, sample):
    claim = wb.claims(sample.id)[0]
    change = wb.set_verdict(claim.id, "mostly-true", "  وفق بيان الوزارة  ")
    assert (change.claim.rating, change.claim.rationale) == ("mostly-true", "وفق بيان الوزارة")
    with pytest.raises(InvalidInput, match="unknown rating"):
        wb.set_verdict(claim.id, "pants-on-fire")
    assert wb.claim(claim.id).rating == "mostly-true"
    assert wb.progress(sample.id)[0] == 1


def test_source_with_file_keeps_bytes_and_sha256(wb, sample, tmp_path):
    evidence = tmp_path / "statement.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence \x00\x01")
    claim = wb.claims(sample.id)[0]
    change = wb.add_source(claim.id, "https://mod.gov.az/en/news", "Statement", "MoD", "2023-09-19",
                           "quoted", "supports", files=[evidence])
    (src,) = change.claim.sources
    (f,) = src.files
    assert f.size == evidence.stat().st_size
    import hashlib
    assert f.sha256 == hashlib.sha256(evidence.read_bytes()).hexdigest()
    assert wb.file_data(f.id) == evidence.read_bytes()


def test_bad_sources_change_nothing(wb, sample, tmp_path):
    claim = wb.claims(sample.id)[0]
    with pytest.raises(InvalidInput, match="does not exist"):
        wb.add_source(claim.id, "https://example.org", files=[tmp_path / "missing.pdf"])
    with pytest.raises(InvalidInput, match="http"):
        wb.add_source(claim.id, "javascript:alert(1)")
    with pytest.raises(InvalidInput, match="not a date"):
        wb.add_source(claim.id, "https://example.org", published="yesterday")
    with pytest.raises(InvalidInput, match="stance"):
        wb.add_source(claim.id, "https://example.org", stance="maybe")
    assert wb.claim(claim.id).sources == ()


def test_delete_and_restore_claim_with_sources(wb, sample, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("evidence")
    claim = wb.claims(sample.id)[0]
    wb.add_source(claim.id, "https://example.org/a", files=[f])
    snap = wb.snapshot_claim(claim.id)
    wb.delete_claim(claim.id)
    with pytest.raises(NotFound):
        wb.claim(claim.id)
    wb.restore_claim(snap)
    back = wb.claim(claim.id)
    assert back.sources[0].files[0].sha256 == snap.claim.sources[0].files[0].sha256
    assert wb.file_data(back.sources[0].files[0].id) == b"evidence"


def test_edit_after_approval_returns_to_draft(wb, sample):
    claim = wb.claims(sample.id)[0]
    wb.store.update_claim(claim.with_(review_state="approved"))
    change = wb.set_verdict(claim.id, "false", "no record of the blasts")
    assert change.returned_to_draft and change.claim.review_state == "draft"


def test_everything_survives_reopen(db_path, tmp_path):
    wb = open_workbench(db_path, "bob")
    claim = wb.claims()[0]
    wb.set_verdict(claim.id, "false", "x")
    wb.close()
    wb2 = open_workbench(db_path, "carol")
    assert wb2.claim(claim.id).rating == "false"
    assert wb2.claim(claim.id).updated_by == "bob"
    assert wb2.verify_chain() is None
    wb2.close()


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_tampered_event_breaks_the_chain(db_path):
    wb = open_workbench(db_path, "bob")
    claim = wb.claims()[0]
    wb.set_verdict(claim.id, "false", "x")
    wb.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE events SET user = 'mallory' WHERE seq = 3")
    conn.commit()
    conn.close()
    wb = open_workbench(db_path, "bob")
    assert wb.verify_chain()[0] == 3
    wb.close()
