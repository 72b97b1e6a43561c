"""A review bundle from another desk, imported in the window, conflicts settled there."""

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
    lines = summary[0].splitlines()  # one fact a line, Qt's plural forms (%n)
    assert "Settled: 0 claim(s) kept as they are here" in lines
    assert "Settled: 1 claim(s) taken from the bundle" in lines
    assert any(line.startswith("1 claim(s) changed on both sides are left as they are here")
               for line in lines)
    assert any(line.endswith("event(s) imported") for line in lines)
    row = window.claims_model.row_of(c1.id)
    assert window.claims_model.claim_at(row).rating == "true"  # the window shows the merge
