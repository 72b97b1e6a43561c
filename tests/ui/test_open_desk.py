"""File ▸ Open desk…: a file or a server (URI or service name) and a login typed in the dialog;
recent desks remembered without passwords; the title and status bar say which desk and which
login; a desk that cannot be opened is said in a dialog and nothing changes. Against the real
throwaway PostgreSQL cluster."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.pg import PASSWORD, ROLE, fresh_database
from workbench.services import open_workbench
from workbench.ui.open_desk import (
    OpenDeskDialog, RECENT_KEY, desk_label, recent_desks, server_target,
)


def test_targets_and_labels_never_carry_the_password():
    assert server_target("postgresql://db.example:5433/desk", "omar", "s3cret") == \
        "postgresql://omar:s3cret@db.example:5433/desk"
    assert server_target("newsroom", "omar", "p@ss") == "postgresql://?service=newsroom&user=omar&password=p%40ss"
    assert server_target("postgresql://sara@h/d", "", "") == "postgresql://sara@h/d"
    assert desk_label("postgresql://omar:s3cret@db.example:5433/desk") == "omar@db.example:5433/desk"
    assert desk_label("postgresql://?service=newsroom&user=omar") == "omar@service newsroom"
    assert desk_label("/home/omar/desk.sqlite") == "desk.sqlite"


def _answer_open_dialog(qtbot, fill):
    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, OpenDeskDialog) and w.isVisible())
        fill(dialog)
        dialog.accept()
    QTimer.singleShot(0, answer)


def test_open_a_server_desk_with_a_typed_login(window, qtbot, pg_cluster, monkeypatch):
    monkeypatch.delenv("PGPASSFILE", raising=False)  # the typed password is the only one
    name = fresh_database(pg_cluster)
    place = f"postgresql://127.0.0.1:{pg_cluster.port}/{name}"
    seen = {}

    def fill(dialog):
        dialog.as_server.setChecked(True)
        dialog.server.setText(place)
        dialog.user.setText(ROLE)
        dialog.password.setText(PASSWORD)
        seen["target"] = dialog.target()

    _answer_open_dialog(qtbot, fill)
    opened = []
    original = window.open_desk_at
    window.open_desk_at = lambda target, login="": opened.append(original(target, login)) or opened[-1]
    window.open_desk()
    assert PASSWORD in seen["target"]
    new = opened[0]
    assert new is not None and not window.isVisible()
    try:
        assert new.wb.user == ROLE
        assert PASSWORD not in new.wb.db_path
        label = f"{ROLE}@127.0.0.1:{pg_cluster.port}/{name}"
        assert label in new.windowTitle() and f"(as {ROLE})" in new.windowTitle()
        assert new.status_line.user.text() == f"Desk: {label} · User: {ROLE}"
        recent = recent_desks()
        assert recent[0] == f"postgresql://{ROLE}@127.0.0.1:{pg_cluster.port}/{name}"
        assert all(PASSWORD not in d for d in recent)
        assert PASSWORD not in str(QSettings().value(RECENT_KEY))
        # the recent desk fills the dialog again, login and all, password empty
        dialog = OpenDeskDialog(new)
        dialog._use_recent(1)
        assert dialog.as_server.isChecked() and dialog.user.text() == ROLE and dialog.password.text() == ""
        assert dialog.server.text() == place
        dialog.deleteLater()
    finally:
        new.close()
        new.wb.close()


def _failing_open(window, qtbot, target, login=""):
    before = (window.wb, window.windowTitle(), recent_desks())
    shown = []

    def close_box():
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, close_box)
            return
        shown.append(box.text())
        box.accept()
    QTimer.singleShot(0, close_box)
    assert window.open_desk_at(target, login) is None
    assert (window.wb, window.windowTitle(), recent_desks()) == before
    assert window.isVisible()
    return shown[0]


def test_faults_are_a_dialog_and_nothing_changes(window, qtbot, pg_cluster, tmp_path, monkeypatch):
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    name = fresh_database(pg_cluster)
    text = _failing_open(window, qtbot, server_target(f"postgresql://127.0.0.1:{pg_cluster.port}/{name}",
                                                      ROLE, "wrong"))
    assert "password" in text.lower()
    text = _failing_open(window, qtbot, server_target("postgresql://127.0.0.1:1/none", ROLE, "x"))
    assert "reach" in text.lower() or "unreachable" in text.lower() or "connect" in text.lower()
    with pg_cluster.admin(name) as conn:
        conn.execute("CREATE TABLE other_app (id int)")
    text = _failing_open(window, qtbot, server_target(f"postgresql://127.0.0.1:{pg_cluster.port}/{name}",
                                                      ROLE, PASSWORD))
    assert "not a workbench" in text.lower() or "desk" in text.lower()


def test_a_newer_desk_is_refused_in_a_dialog(window, qtbot, pg_cluster):
    name = fresh_database(pg_cluster)
    wb = open_workbench(pg_cluster.uri(name), "tester")
    wb.store._exec("INSERT INTO workbench_migrations (name, applied_at) VALUES ('9999_future', 'x')")
    wb.close()
    text = _failing_open(window, qtbot, pg_cluster.uri(name))
    assert "9999_future" in text


def test_the_dialog_cancelled_changes_nothing(window, qtbot):
    def cancel():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, OpenDeskDialog) and w.isVisible())
        dialog.reject()
    QTimer.singleShot(0, cancel)
    wb = window.wb
    window.open_desk()
    assert window.wb is wb and window.isVisible()
    assert isinstance(window._open_desk_dialog, QDialog)


def test_recent_desks_drop_a_password_however_given(window):
    from workbench.ui.open_desk import remember_desk

    remember_desk("postgresql://omar:s3cret@h:5/d?sslmode=require&password=s3cret")
    remember_desk("/tmp/desk.sqlite")
    assert recent_desks()[:2] == ["/tmp/desk.sqlite", "postgresql://omar@h:5/d?sslmode=require"]


def test_a_refused_login_brings_the_dialog_back_as_typed(window, qtbot, pg_cluster, monkeypatch):
    """A failed Open desk… closed the dialog: server, login and password had to be typed again
    (a tester). It comes back as typed; the person corrects the password or cancels."""
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    name = fresh_database(pg_cluster)
    place = f"postgresql://127.0.0.1:{pg_cluster.port}/{name}"
    steps = []

    def answer():
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, OpenDeskDialog) and w.isVisible()), None)
        if box is not None:
            steps.append(("box", box.text()))
            box.accept()
        elif dialog is not None and not steps:
            dialog.as_server.setChecked(True)
            dialog.server.setText(place)
            dialog.user.setText(ROLE)
            dialog.password.setText("wrong")
            steps.append(("typed", ""))
            dialog.accept()
        elif dialog is not None:
            steps.append(("back", (dialog.server.text(), dialog.user.text(), dialog.password.text())))
            dialog.reject()
            return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(0, answer)
    wb = window.wb
    window.open_desk()
    assert [s[0] for s in steps] == ["typed", "box", "back"]
    assert "password" in steps[1][1].lower()
    assert steps[2][1] == (place, ROLE, "wrong")  # as typed, to correct
    assert window.wb is wb and window.isVisible()
