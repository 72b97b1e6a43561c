"""Renaming and deleting an article (with its claims, sources, files and proposals), and the
undo of a deletion: the trail records each step and `check` stays clean throughout."""

import pytest

from workbench.core.changes import ChangeKind
from workbench.core.errors import InvalidInput
from workbench.services import importing
from workbench.services import proposals as props
from workbench.services.review import Review

#: The SQLite and the PostgreSQL store alike (tests/conftest.py ``backend``).
pytestmark = pytest.mark.usefixtures("backend")


def _clean(wb):
    result = Review(wb).check()
    assert result.ok, result.message()


def test_rename_article_is_recorded(wb, sample):
    change = wb.rename_article(sample.id, "  عنوان جديد  ")
    assert wb.article(sample.id).title == "عنوان جديد"
    assert ChangeKind.ARTICLES in change.kinds
    ev = wb.history(sample.id)[-1]
    assert (ev.action, ev.before, ev.after) == ("article.rename", {"title": sample.title},
                                                {"title": "عنوان جديد"})
    with pytest.raises(InvalidInput, match="needs a title"):
        wb.rename_article(sample.id, "   ")
    _clean(wb)


def test_delete_and_restore_article_with_everything(wb, sample, tmp_path):
    claims = wb.claims(sample.id)
    evidence = tmp_path / "e.txt"
    evidence.write_bytes(b"evidence bytes")
    wb.set_verdict(claims[0].id, "false", "x")
    src = wb.add_source(claims[0].id, "https://example.org/a", files=[evidence]).claim.sources[0]
    found = props.propose(wb, sample.id)
    assert found
    before_proposals = wb.store.proposals(sample.id, decided=True)
    snap = wb.snapshot_article(sample.id)

    change = wb.delete_article(sample.id)
    assert ChangeKind.CLAIM_REMOVED in change.kinds and ChangeKind.ARTICLES in change.kinds
    assert change.claim_ids == {c.id for c in claims}
    assert wb.store.article(sample.id) is None and wb.store.claims(sample.id) == []
    assert wb.store.proposals(sample.id, decided=True) == []
    assert wb.store.source(src.id) is None
    assert wb.history(sample.id)[-1].action == "article.delete"
    assert wb.history(claims[0].id)[-1].action == "claim.delete"
    _clean(wb)

    wb.restore_article(snap)
    assert wb.article(sample.id) == sample.__class__(**{**sample.__dict__})
    assert [c.id for c in wb.claims(sample.id)] == [c.id for c in claims]
    assert wb.claim(claims[0].id).rating == "false"
    assert wb.file_data(src.files[0].id) == b"evidence bytes"
    assert wb.store.proposals(sample.id, decided=True) == before_proposals
    assert wb.history(sample.id)[-1].action == "article.restore"
    _clean(wb)
    with pytest.raises(InvalidInput, match="already exists"):
        wb.restore_article(snap)


def test_delete_imported_article_takes_its_evidence(wb, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("نص مقال مستورد للتجربة", encoding="utf-8")
    art_id = importing.import_path(wb, path).article_id
    snap = wb.snapshot_article(art_id)
    wb.delete_article(art_id)
    assert wb.store.evidence(art_id) is None
    wb.restore_article(snap)
    assert importing.evidence(wb, art_id) == snap.evidence
    _clean(wb)
