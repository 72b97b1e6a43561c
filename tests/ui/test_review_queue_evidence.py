"""The review queue: the reviewer saves the evidence attached to a claim's sources, and the
decision buttons are greyed, saying why, for whoever may not take them."""

import hashlib
from pathlib import Path

from workbench.services.review import Review

from .helpers import when_modal


def _submitted_with_file(window, tmp_path, index: int, name: str) -> str:
    claim = window.claims_model.claims()[index]
    window.wb.set_verdict(claim.id, "mostly-true", "بيان الشرطة يؤكد")
    evidence = tmp_path / name
    evidence.write_bytes(f"evidence for {claim.id}".encode())
    window.wb.add_source(claim.id, "https://example.org/a", "Statement", files=[str(evidence)])
    Review(window.wb).submit(claim.id)
    return claim.id


def _in_queue(window, check) -> None:
    seen = []

    def run(dialog):
        try:
            check(dialog)
            seen.append(True)
        finally:
            dialog.accept()

    when_modal(run)
    window.act_queue.trigger()
    assert seen, "the queue's checks did not run"


def test_a_checker_sees_why_they_cannot_decide_and_saves_the_evidence(window, tmp_path):
    claim_id = _submitted_with_file(window, tmp_path, 0, "police.pdf")
    out = tmp_path / "out"
    out.mkdir()

    def check(dialog):
        assert dialog.current_item().claim.id == claim_id
        for button in (dialog.approve_button, dialog.request_button):
            assert not button.isEnabled()
            assert "only an editor" in button.toolTip()
        said = dialog.status.text()  # each reason on its own line (they ran together)
        assert said.count("only an editor") == 2 and "<br>" in said
        assert dialog.save_files_button.isEnabled()
        assert dialog.save_files(str(out)) == 1
        assert "Saved 1 file to" in dialog.status.text() and "href=" in dialog.status.text()

    _in_queue(window, check)
    saved = out / "police.pdf"
    assert saved.read_bytes() == f"evidence for {claim_id}".encode()
    stored = window.wb.claim(claim_id).sources[0].files[0]
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == stored.sha256


def test_an_editor_may_not_decide_on_a_verdict_they_wrote(window, tmp_path):
    theirs = _submitted_with_file(window, tmp_path, 0, "a.txt")
    Review(window.wb).add_user("nadia", "editor")
    window.wb.user = "nadia"
    own = _submitted_with_file(window, tmp_path, 1, "b.txt")

    def check(dialog):
        rows = {dialog.model.item_at(r).claim.id: r for r in range(dialog.model.rowCount())}
        dialog.table.selectRow(rows[own])
        assert not dialog.approve_button.isEnabled() and not dialog.request_button.isEnabled()
        assert "four eyes" in dialog.approve_button.toolTip()
        dialog.table.selectRow(rows[theirs])
        assert dialog.approve_button.isEnabled() and dialog.request_button.isEnabled()
        assert "Ctrl" in dialog.approve_button.toolTip() and dialog.status.text() == ""

    _in_queue(window, check)
    assert Path(tmp_path / "a.txt").exists()


def test_each_paragraph_of_the_quote_and_rationale_takes_its_own_direction(window, tmp_path):
    """In the Arabic window, a rationale of an Arabic line and an English one: the queue shows
    each paragraph in the direction of its own first strong letter."""
    from PySide6.QtCore import Qt

    english = "Mixed: the ministry said ٢٠ civilians 😢 left via the Lachin corridor."
    claim_id = _submitted_with_file(window, tmp_path, 0, "a.txt")
    window.wb.set_verdict(claim_id, "mostly-true", f"بيان الشرطة يؤكد ذلك (2015).\n{english}")
    Review(window.wb).submit(claim_id)
    window.act_arabic.trigger()

    def blocks(view):
        block, out = view.document().begin(), []
        while block.isValid():
            if block.text().strip():
                out.append((block.text(), block.textDirection()))
            block = block.next()
        return out

    def check(dialog):
        rows = {dialog.model.item_at(r).claim.id: r for r in range(dialog.model.rowCount())}
        dialog.table.setCurrentIndex(dialog.model.index(rows[claim_id], 0))  # a click on its row
        assert dialog.current_item().claim.id == claim_id
        shown = blocks(dialog.verdict_view)
        assert (english, Qt.LayoutDirection.LeftToRight) in shown
        assert ("بيان الشرطة يؤكد ذلك (2015).", Qt.LayoutDirection.RightToLeft) in shown

    try:
        _in_queue(window, check)
    finally:
        window.act_english.trigger()
