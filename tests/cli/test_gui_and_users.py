"""`workbench gui` from a script, and who the command line acts as: real processes."""

import json
import os
import subprocess
import sys


def _env(**changes):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(changes)
    return env


def workbench(*args, env=None, timeout=60):
    return subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout, env=env or _env())


def test_gui_without_a_screen_says_so_in_one_line(db_path):
    r = workbench("--db", str(db_path), "gui", "--exit-after-show")
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("workbench: error: no screen")
    assert "QT_QPA_PLATFORM=offscreen" in r.stderr and "--exit-after-show" in r.stderr
    assert "libxcb" not in r.stderr and r.stdout == ""


def test_gui_error_with_exit_after_show_never_opens_a_box(db_path):
    # the "minimal" platform would run a modal box (and wait forever) where offscreen does not
    for platform in ("minimal", "offscreen"):
        r = workbench("--db", str(db_path), "gui", "--article", "nope", "--exit-after-show",
                      env=_env(QT_QPA_PLATFORM=platform), timeout=60)
        assert r.returncode == 1
        errors = [line for line in r.stderr.splitlines() if line.startswith("workbench:")]
        assert errors == ["workbench: error: no article with id 'nope'"], r.stderr
        assert "shown" not in r.stdout


def test_user_add_without_user_adds_only_the_named_person(db_path):
    r = workbench("--db", str(db_path), "user", "add", "bob", "--role", "editor", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"name": "bob", "role": "editor"}
    users = json.loads(workbench("--db", str(db_path), "user", "list", "--json").stdout)
    names = {u["name"] for u in users}
    assert "bob" in names and not names & {"root", os.environ.get("USER", "root")} - {"bob"}


def test_bundle_import_reports_one_change_a_line_with_plurals(db_path, tmp_path):
    import shutil

    from workbench.services import open_workbench
    from workbench.services.bundle import export_bundle

    other = tmp_path / "other.sqlite"
    shutil.copy(db_path, other)
    wb_b = open_workbench(other, "bob")
    claim = wb_b.claims()[0]
    for i in range(5):  # many changes there
        wb_b.set_verdict(claim.id, "true" if i % 2 else "false", f"بوب {i}")
    bundle = tmp_path / "b.wbbundle"
    export_bundle(wb_b, claim.article_id, bundle)
    wb_b.close()
    wb_a = open_workbench(db_path, "alice")
    wb_a.set_verdict(claim.id, "misleading", "هنا")  # one change here
    wb_a.close()
    r = workbench("--db", str(db_path), "--no-shape", "bundle", "import", str(bundle))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("imported ") and " 1 events" not in lines[0]
    assert "(5 held back by 1 conflict)" in lines[0], lines[0]
    at = lines.index(next(x for x in lines if x.startswith(f"CONFLICT {claim.id}")))
    assert lines[at + 1] == "    here: 1 change"
    assert lines[at + 2].startswith("        alice ")
    assert lines[at + 3] == "    there: 5 changes"
    assert all(x.startswith("        bob ") for x in lines[at + 4:at + 9])
    assert max(len(x) for x in lines) < 200  # no line carries every event
    again = workbench("--db", str(db_path), "--no-shape", "bundle", "import", str(bundle))
    # nothing new comes in, and the conflict still holds bob's five changes back: said so
    assert again.stdout.startswith("imported 0 of 5 new events (5 held back by 1 conflict): "
                                   "0 new claims, "), again.stdout
