"""`workbench export` as a user runs it, and what happens on bad input."""

import json
import os

import pytest

from workbench.core.errors import InvalidInput, WorkbenchError
from workbench.export.common import export, select_from, write_atomic

from ..cli.test_cli import run
from .conftest import ORG, approve


@pytest.fixture
def ready(db_path, wb, sample, checked):
    wb.close()  # the CLI opens the database itself
    return db_path, sample


def test_every_format_from_the_cli(ready, tmp_path):
    db, sample = ready
    for fmt, name in [("claimreview", "a.jsonld"), ("csv", "a.csv"), ("md", "a.md"),
                      ("html", "a.html"), ("pdf", "a.pdf")]:
        r = run(db, "export", "--format", fmt, "--article", sample.id, "-o", str(tmp_path / name))
        assert r.stdout.startswith(f"wrote {tmp_path / name}: ") and (tmp_path / name).stat().st_size > 0
        # the sample names no publisher and no address: ClaimReview says what it cannot fill
        assert r.stderr == ("" if fmt != "claimreview" else
                            f"workbench: note: ClaimReview for “{sample.title[:60]}” has no itemReviewed.author "
                            "(the article's publisher) and no appearance.url (the article's address)\n")
    doc = json.loads((tmp_path / "a.jsonld").read_text(encoding="utf-8"))
    assert doc["@graph"][0]["author"]["name"] == ORG.org_name
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_claimreview_gaps_are_named_and_go_with_the_article(ready, tmp_path, db_path):
    db, sample = ready
    r = run(db, "export", "--format", "claimreview", "-o", str(tmp_path / "a.jsonld"), "--json")
    notes = json.loads(r.stdout)["notes"]
    assert len(notes) == 1 and "itemReviewed.author" in notes[0] and "appearance.url" in notes[0]
    from workbench.services import open_workbench

    wb = open_workbench(db_path, "alice")
    try:  # an article with both: nothing to say
        text = wb.article(sample.id).text
        other = wb.add_article("منشور", text, url="https://news.example/a", publisher="News").article_id
        claim = wb.add_claim(other, 0, 5).claim
        wb.set_verdict(claim.id, "false", "لا دليل")
    finally:
        wb.close()
    r = run(db, "export", "--format", "claimreview", "--all-states", "--article", other,
            "-o", str(tmp_path / "b.jsonld"), "--json")
    assert "notes" not in json.loads(r.stdout)
    r = run(db, "export", "--format", "md", "--all-states", "--article", other, "-o", str(tmp_path / "b.md"))
    assert r.stdout.strip().endswith(": 1 claim as md")  # an English plural, not "1 claim(s)"


def test_markdown_to_a_pipe_is_the_file_in_logical_order(ready, tmp_path):
    db, _ = ready
    run(db, "export", "--format", "md", "-o", str(tmp_path / "r.md"))
    piped = run(db, "export", "--format", "md", "-o", "-").stdout
    assert piped == (tmp_path / "r.md").read_text(encoding="utf-8")
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in piped)  # no reshaping into a pipe


def test_export_settings_round_trip_and_validation(db_path):
    r = run(db_path, "export-settings", "--org-url", "not a url", check=False)
    assert r.returncode == 1 and "http" in r.stderr and len(r.stderr.splitlines()) == 1
    run(db_path, "export-settings", "--org-name", "Desk")
    got = json.loads(run(db_path, "export-settings", "--org-url", "https://d.example", "--json").stdout)
    assert got == {"org_name": "Desk", "org_url": "https://d.example",
                   "url_pattern": "{base}/{article_slug}/{claim_id}", "tsa_url": "", "tsa_roots": []}


@pytest.mark.parametrize("args,needle", [
    (["--format", "md", "--article", "nope", "-o", "{tmp}/x.md"], "no article"),
    (["--format", "pdf", "-o", "-"], "standard output"),
    (["--format", "csv", "-o", "{tmp}/missing/x.csv"], "missing does not exist"),
    (["--format", "csv", "-o", "{tmp}/afile/x.csv"], "not a folder"),
    (["--format", "csv", "-o", "{tmp}"], "is a folder; give a file name"),
])
def test_bad_input_is_one_line_and_writes_nothing(ready, tmp_path, args, needle):
    db, _ = ready
    (tmp_path / "afile").write_text("keep")
    before = sorted(p.name for p in tmp_path.iterdir())
    r = run(db, "export", *[a.format(tmp=tmp_path) for a in args], check=False)
    assert r.returncode == 1, r.stderr
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "afile").read_text() == "keep"


def test_default_exports_only_approved_and_says_so(wb, sample, tmp_path):
    with pytest.raises(InvalidInput, match="no approved claims.*--all-states"):
        select_from(wb, sample.id)
    assert select_from(wb, sample.id, all_states=True).claim_count == len(wb.claims(sample.id))
    approve(wb, wb.claims(sample.id)[3].id)
    assert [c.id for _, c in select_from(wb).claims()] == [wb.claims(sample.id)[3].id]


def test_an_article_without_claims_is_a_clear_error(wb):
    change = wb.add_article("مقال فارغ", "نص بلا ادعاءات.", "ar")
    with pytest.raises(InvalidInput, match=f"article {change.article_id} has no claims"):
        select_from(wb, change.article_id, all_states=True)


def test_a_failed_export_leaves_the_old_file_whole(wb, sample, checked, tmp_path):
    target = tmp_path / "reviews.jsonld"
    target.write_text("previous export")
    from workbench.export.common import ExportOptions

    with pytest.raises(InvalidInput):
        export(target, "claimreview", select_from(wb), wb.scale, ExportOptions())
    assert target.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
    export(target, "claimreview", select_from(wb), wb.scale, ORG)
    assert json.loads(target.read_text(encoding="utf-8"))["@graph"]
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_write_atomic_errors_are_workbench_errors(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(WorkbenchError, match="cannot write .*not a folder"):
        write_atomic(tmp_path / "f" / "out.csv", b"data")
    with pytest.raises(WorkbenchError, match="folder does not exist"):
        write_atomic(tmp_path / "no" / "out.csv", b"data")
