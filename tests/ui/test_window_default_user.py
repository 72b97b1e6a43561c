"""The window and the command line agree on who is working: the window records its user in
the database, and `workbench` without --user acts as that person (real window, real process)."""

import json

from tests.cli.test_gui_and_users import workbench


def test_the_command_lines_default_user_is_the_windows_last_user(window, db_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    claim = json.loads(workbench("--db", str(db_path), "claims", "--json").stdout)[0]["id"]

    def author():
        r = workbench("--db", str(db_path), "comment", "add", claim, "--text", "hi", "--json")
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)["author"]

    assert author() == "alice"  # the window started as alice
    answers = iter([("carol", True), ("Checker", True)])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: next(answers))
    window.review_actions.change_user()
    assert window.wb.user == "carol"
    assert author() == "carol"
    # an explicit --user still wins
    r = workbench("--db", str(db_path), "--user", "dan", "comment", "add", claim, "--text", "x", "--json")
    assert json.loads(r.stdout)["author"] == "dan"
