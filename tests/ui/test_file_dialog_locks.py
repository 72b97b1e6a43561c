"""A file dialog showing the desk's own folder must not cost the window its database locks.

Qt's stock dialog reads files to tell their type; closing any descriptor of a file drops all of
this process's POSIX locks on it, so a command-line call then deleted the write-ahead log under
the window and the window's later saves went into a deleted file (seen by a tester)."""

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from workbench.ui.export_dialog import ExportDialog

from .helpers import when_modal

READ = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "print(c.execute('select rationale from claims where id = ?', (sys.argv[2],)).fetchone()[0]); "
        "c.close()")


def _show_like_a_person(dialog: QFileDialog, qtbot, folder) -> None:
    """Go to the folder in the detail view and let the dialog draw every row: names, types,
    icons (what painting asks the model for); then cancel."""
    model = dialog.findChild(QFileSystemModel)
    loaded = []
    model.directoryLoaded.connect(loaded.append)
    dialog.setDirectory(str(folder))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.waitUntil(lambda: str(folder) in loaded, timeout=10000)
    root = model.index(str(folder))
    for r in range(model.rowCount(root)):
        for c in range(model.columnCount(root)):
            i = model.index(r, c, root)
            i.data(Qt.ItemDataRole.DisplayRole)
            i.data(Qt.ItemDataRole.DecorationRole)
    dialog.grab()
    qtbot.wait(300)
    dialog.reject()


def test_browsing_the_desks_folder_keeps_the_windows_saves(window, qtbot, db_path):
    claim = window.claims_model.claims()[0]
    window.wb.set_verdict(claim.id, "true", "أول تعليل")  # the window's connection writes
    folder = db_path.parent
    assert (folder / "workbench.sqlite-wal").exists()
    # File ▸ Export, "Choose…": the file dialog shows the desk's folder; the person cancels.
    export = ExportDialog(window, window.wb, window.article_id)
    export.show()
    seen = []
    when_modal(lambda d: (seen.append(type(d)), _show_like_a_person(d, qtbot, folder)))
    export.choose_file()
    assert seen == [QFileDialog]
    export.close()
    # Another program (the command line) opens the desk and closes it again.
    r = subprocess.run([sys.executable, "-c", READ, str(db_path), claim.id],
                       capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "أول تعليل", r.stderr
    # The window still holds the desk: its write-ahead log is where it was, and what it saves
    # next is what the next program reads.
    assert (folder / "workbench.sqlite-wal").exists()
    window.wb.set_verdict(claim.id, "true", "تعليل ثان")
    r = subprocess.run([sys.executable, "-c", READ, str(db_path), claim.id],
                       capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "تعليل ثان", r.stderr


def test_the_export_dialog_never_writes_over_the_desk(window, db_path):
    export = ExportDialog(window, window.wb, window.article_id)
    export.all_states.setChecked(True)
    export.path.setText(str(db_path))
    before = db_path.read_bytes()[:100]
    export.start()  # no "replace it?" box: refused before
    assert "choose another file to write" in export.status.text()
    assert db_path.read_bytes()[:100] == before and export._job is None
    export.close()
