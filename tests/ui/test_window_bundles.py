"""A review bundle from another desk, imported in the window, conflicts settled there."""

import re
import shutil

from workbench.services import open_workbench
from workbench.services.bundle import export_bundle
from workbench.ui.conflicts_dialog import ConflictsDialog

from .helpers import when_modal


def test_conflicts_are_settled_in_the_window(window, qtbot, tmp_path, template_db):
    other = tmp_path / "other.sqlite"
    shutil.copy(template_db, other)  # the same sample, same ids, on another desk
    wb_b = open_workbench(other, "bob")
    c1, c2 = wb_b.claims()[:2]
    wb_b.set_verdict(c1.id, "true", "من بوب")
    wb_b.set_verdict(c2.id, "false", "من بوب")
    bundle = tmp_path / "from-bob.wbbundle"
    export_bundle(wb_b, c1.article_id, bundle)
    wb_b.close()
    # meanwhile this desk changed the same two claims
    window.set_verdict(c1.id, "misleading", "من هنا")
    window.set_verdict(c2.id, "mostly-false", "من هنا")
    shown, summary = [], []

    def settle(dialog):
        shown.append(dialog)
        assert isinstance(dialog, ConflictsDialog)
        assert {c.claim_id for c in dialog.conflicts} == {c1.id, c2.id}
        assert dialog.table.item(0, 0).text() in (c1.quote, c2.quote)
        dialog.choose(c1.id, "theirs")  # c2 is left for later
        dialog.accept()
        when_modal(lambda box: (summary.append(box.text()), box.accept()))

    when_modal(settle)
    window.import_review_bundle(str(bundle))
    assert shown and summary
    assert (window.wb.claim(c1.id).rating, window.wb.claim(c1.id).rationale) == ("true", "من بوب")
    assert window.wb.claim(c2.id).rating == "mostly-false"  # nobody decided: left as it is here
    lines = summary[0].splitlines()  # one fact a line, English plural forms (workbench_en.qm)
    assert "Settled: 0 claims kept as they are here" in lines
    assert "Settled: 1 claim taken from the bundle" in lines
    assert any(line.startswith("1 claim changed on both sides is left as it is here")
               for line in lines)
    assert any(re.fullmatch(r"1 event imported|(0|[2-9]|\d\d+) events imported", line) for line in lines)
    assert "(s)" not in summary[0]
    # c2's new events wait for a decision, and the summary says so (it said only what came in)
    held = [line for line in lines if "held back until those conflicts are settled" in line]
    assert len(held) == 1 and re.fullmatch(r"(1 new event|\d+ new events) held back.*", held[0])
    row = window.claims_model.row_of(c1.id)
    assert window.claims_model.claim_at(row).rating == "true"  # the window shows the merge


def _import_one_change(window, tmp_path, template_db, language):
    """Bob's desk changes one claim's verdict; this desk imports his bundle in ``language``."""
    other = tmp_path / "other.sqlite"
    shutil.copy(template_db, other)
    wb_b = open_workbench(other, "bob")
    claim = wb_b.claims()[0]
    wb_b.set_verdict(claim.id, "true", "من بوب")
    bundle = tmp_path / "from-bob.wbbundle"
    export_bundle(wb_b, claim.article_id, bundle)
    wb_b.close()
    window.set_language(language)
    summary = []
    when_modal(lambda box: (summary.append(box.text()), box.accept()))
    window.import_review_bundle(str(bundle))
    assert summary
    return summary[0].splitlines()


def test_bundle_import_report_says_1_claim_in_english(window, tmp_path, template_db):
    lines = _import_one_change(window, tmp_path, template_db, "en")
    assert lines[:2] == ["0 claims added", "1 claim updated"]
    events = int(lines[2].split()[0])
    assert lines[2] == (f"{events} event imported" if events == 1 else f"{events} events imported")
    assert not any("(s)" in line for line in lines)


def test_bundle_import_report_keeps_arabic_plural_forms(window, tmp_path, template_db):
    lines = _import_one_change(window, tmp_path, template_db, "ar")
    assert lines[:2] == ["لم يُضف أي ادعاء", "حُدِّث ادعاء واحد"]
    assert "حدث" in lines[2] and "(s)" not in lines[2]
