"""Starting the real program, and a database locked by another program while the window is open."""

import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from .helpers import when_modal


def test_the_program_starts_on_a_new_database(tmp_path):
    db = tmp_path / "new" / "workbench.sqlite"  # no database there yet (its folder must exist:
    db.parent.mkdir()                          # a --db in a missing folder is refused, see tests/cli)
    env_cmd = [sys.executable, "-m", "workbench", "--db", str(db), "gui", "--exit-after-show"]
    result = subprocess.run(env_cmd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown ")
    listed = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db), "claims", "--json"],
                            capture_output=True, text=True, timeout=60)
    assert "يفلاخ" in listed.stdout


def test_unknown_article_and_bad_database_are_one_line(tmp_path, db_path):
    r = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "gui", "--article", "nope"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and r.stderr.strip() == "workbench: error: no article with id 'nope'"
    folder = tmp_path / "a-folder"
    folder.mkdir()
    r = subprocess.run([sys.executable, "-m", "workbench", "--db", str(folder)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "is a folder" in r.stderr and len(r.stderr.splitlines()) == 1


def test_locked_database_keeps_what_was_typed(window, qtbot, db_path):
    claim = window.claims_model.claims()[0]
    window.select_claim(claim.id)
    panel = window.claim_panel
    panel.rationale.setPlainText("نص لا يجب أن يضيع")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1]); c.execute('BEGIN EXCLUSIVE');"
         "print('locked', flush=True); time.sleep(60)", str(db_path)],
        stdout=subprocess.PIPE, text=True)
    seen = []

    def dismiss(box):
        seen.append(box.text())
        box.accept()

    try:
        assert holder.stdout.readline().strip() == "locked"
        when_modal(dismiss)
        window.set_verdict(claim.id, "false", panel.rationale.toPlainText())
    finally:
        holder.kill()
        holder.wait()
    assert seen and "locked by another program" in seen[0] and "Nothing was changed." in seen[0]
    assert window.save_label.text() == "Not saved"
    assert panel.rationale.toPlainText() == "نص لا يجب أن يضيع"  # nothing lost
    assert window.wb.claim(claim.id).rating is None
    window.set_verdict(claim.id, "false", panel.rationale.toPlainText())  # lock gone: it saves
    assert window.wb.claim(claim.id).rationale == "نص لا يجب أن يضيع"
    assert isinstance(QMessageBox, type)
