"""The window and the command line agree on who is working: the window records its user in
the database, and `workbench` without --user acts as that person (real window, real process)."""

import json

from tests.cli.test_gui_and_users import workbench


def _answer_in_turn(values: list[str], asked: list[str]) -> None:
    """Answer the next input dialogs in turn, as a person types (or picks) and presses OK."""
    from tests.ui.helpers import when_modal

    def fill(dialog):
        asked.append(dialog.labelText())
        dialog.setTextValue(values[len(asked) - 1])
        if len(asked) < len(values):
            when_modal(fill)  # the next dialog opens once this one is accepted
        dialog.accept()

    when_modal(fill)


def test_the_command_lines_default_user_is_the_windows_last_user(window, db_path):
    claim = json.loads(workbench("--db", str(db_path), "claims", "--json").stdout)[0]["id"]

    def author():
        r = workbench("--db", str(db_path), "comment", "add", claim, "--text", "hi", "--json")
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)["author"]

    assert author() == "alice"  # the window started as alice
    asked: list[str] = []
    _answer_in_turn(["carol", "Checker"], asked)  # Review ▸ Change user: a new person, a checker
    window.review_actions.change_user()
    assert asked == ["Who is working?", "Role of carol:"]
    assert window.wb.user == "carol" and window.wb.store.user("carol").role.value == "checker"
    assert author() == "carol"
    # an explicit --user still wins
    r = workbench("--db", str(db_path), "--user", "dan", "comment", "add", claim, "--text", "x", "--json")
    assert json.loads(r.stdout)["author"] == "dan"
