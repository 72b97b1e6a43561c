"""What a tester found at the command line, each driven as a person drives it: a real process
over a real database (and, for the window, a real X server when Xvfb is installed)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.cli.test_gui_and_users import _env, workbench

NEWLINE_ARTICLE = ("قال المتحدث باسم الحكومة إن الوزارة أعلنت عن\nالإدارة الرئاسية الجديدة يوم "
                   "الثلاثاء بنسبة 40 في المئة.\n\nوأضاف أن 300 شخص قتلوا في الهجوم عام 2023.")


def _free_display() -> int:
    """A display number no X server listens on (neither socket file nor abstract socket)."""
    for n in range(57, 200):
        path = f"/tmp/.X11-unix/X{n}"
        if os.path.exists(path) or os.path.exists(f"/tmp/.X{n}-lock"):
            continue
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect("\0" + path)
        except OSError:
            return n
        finally:
            probe.close()
    pytest.fail("no free X display number")


# -- 1. a display that is named but does not answer --------------------------------------
@pytest.mark.parametrize("platform", [None, "xcb"])
def test_gui_on_an_unreachable_x_display_is_one_line_exit_2(db_path, platform):
    n = _free_display()
    env = _env(DISPLAY=f":{n}", **({"QT_QPA_PLATFORM": platform} if platform else {}))
    started = time.monotonic()
    r = workbench("--db", str(db_path), "gui", env=env)
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith(f"workbench: error: cannot reach the X display :{n} "
                               f"(socket /tmp/.X11-unix/X{n})")
    assert "QT_QPA_PLATFORM=offscreen" in r.stderr and "libxcb" not in r.stderr
    assert r.stdout == "" and time.monotonic() - started < 30


def test_gui_on_an_unreachable_tcp_x_display_is_one_line(db_path):
    with socket.socket() as s:  # a port nothing listens on: bound, closed, free again
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    if port < 6000:
        pytest.skip(f"the free port {port} is below the X range")
    n = port - 6000
    r = workbench("--db", str(db_path), "gui", env=_env(DISPLAY=f"127.0.0.1:{n}.0"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert f"cannot reach the X display 127.0.0.1:{n}.0 (TCP 127.0.0.1 port {port})" in r.stderr


def test_gui_on_a_display_variable_that_names_no_display_is_one_line(db_path):
    """DISPLAY=foo made Qt abort (exit 134, "libxcb-cursor0 is needed") too (a tester's re-test)."""
    r = workbench("--db", str(db_path), "gui", env=_env(DISPLAY="foo"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert "cannot reach the X display foo (not a display name: :N, :N.S or host:N)" in r.stderr
    assert "libxcb" not in r.stderr


def test_gui_asked_for_wayland_without_its_socket_is_one_line(db_path, tmp_path):
    env = _env(QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY="wayland-7", XDG_RUNTIME_DIR=str(tmp_path))
    r = workbench("--db", str(db_path), "gui", env=env)
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert (f"cannot reach the Wayland display wayland-7 (no socket at {tmp_path / 'wayland-7'})"
            in r.stderr)


def test_gui_on_a_running_x_display_is_accepted(db_path):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed: no X server to show the window on")
    n = _free_display()
    xvfb = subprocess.Popen(["Xvfb", f":{n}", "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{n}").exists():
            assert xvfb.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        for platform in (None, "xcb"):
            env = _env(DISPLAY=f":{n}.0", **({"QT_QPA_PLATFORM": platform} if platform else {}))
            r = workbench("--db", str(db_path), "gui", "--exit-after-show", "--json", env=env,
                          timeout=120)
            assert r.returncode == 0, r.stderr
            assert json.loads(r.stdout)["shown"] > 0
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=20)


# -- 2. suggest shows the ids and states; one-line listings stay one line ------------------
def _article(db) -> str:
    r = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db), "--user", "alice",
                        "import", "-", "--title", "سطران", "--json"], input=NEWLINE_ARTICLE,
                       capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["id"]


def _span(sentence: str) -> tuple[int, int]:
    start = NEWLINE_ARTICLE.index(sentence)
    return start, start + len(sentence)


def test_suggest_all_shows_each_proposals_id_and_state_on_one_line(db_path):
    art = _article(db_path)
    first = NEWLINE_ARTICLE.split("\n\n")[0]
    second = NEWLINE_ARTICLE.split("\n\n")[1]
    lines = run(db_path, "--no-shape", "suggest", art, "--all").stdout.splitlines()
    assert len(lines) == 4  # a sentence line and a reasons line each: the newline is shown
    assert all("[not proposed]" in line for line in lines[::2]), lines  # nothing stored yet
    rows = json.loads(run(db_path, "suggest", art, "--json").stdout)
    by_quote = {r["quote"]: r for r in rows}
    assert {r["state"] for r in rows} == {"new"}
    run(db_path, "proposal", "dismiss", by_quote[second]["id"])
    start, end = _span(first)
    claim = json.loads(run(db_path, "claim", "add", art, "--start", str(start), "--end",
                           str(end - 1), "--json").stdout)

    lines = run(db_path, "--no-shape", "suggest", art, "--all").stdout.splitlines()
    assert len(lines) == 4, lines
    shown = {line.split()[1]: line for line in lines[::2]}
    assert set(shown) == {by_quote[first]["id"], by_quote[second]["id"]}
    assert f"[already a claim ({claim['id']})]" in shown[by_quote[first]["id"]]
    assert "عن⏎الإدارة الرئاسية" in shown[by_quote[first]["id"]]
    assert "[dismissed]" in shown[by_quote[second]["id"]]
    every = {r["quote"]: r for r in json.loads(run(db_path, "suggest", art, "--all", "--json").stdout)}
    assert every[first]["state"] == "claimed" and every[first]["covered_by"] == claim["id"]
    assert every[second]["state"] == "dismissed" and every[second]["id"] == by_quote[second]["id"]
    assert "\n" in every[first]["quote"]  # the JSON keeps the text exact


def test_accepted_proposal_names_its_claim(db_path):
    art = _article(db_path)
    rows = json.loads(run(db_path, "suggest", art, "--json").stdout)
    claim = json.loads(run(db_path, "proposal", "accept", rows[0]["id"], "--json").stdout)
    lines = run(db_path, "--no-shape", "suggest", art, "--all").stdout.splitlines()
    line = next(x for x in lines if x.split()[1:2] == [rows[0]["id"]])
    assert f"[accepted (claim {claim['id']})]" in line


def test_one_line_listings_show_every_break_as_a_mark(db_path):
    art = _article(db_path)
    start, end = _span(NEWLINE_ARTICLE.split("\n\n")[0])
    claim = json.loads(run(db_path, "claim", "add", art, "--start", str(start), "--end", str(end),
                           "--statement", "سطر\u2028ثانٍ\rوثالث\u2029ورابع", "--json").stdout)
    out = run(db_path, "--no-shape", "claims", "--article", art).stdout
    lines = out.splitlines()
    assert lines[0].startswith(claim["id"]) and len(lines) == 3, lines
    assert lines[1] == "    " + claim["quote"].replace("\n", "⏎")
    assert lines[2] == "    → سطر⏎ثانٍ⏎وثالث⏎ورابع"
    hist = run(db_path, "--no-shape", "history", claim["id"]).stdout.splitlines()
    assert len(hist) == 1


def test_one_line_helper_marks_each_break_once():
    from workbench.cli import one_line

    assert one_line("a\nb\r\nc\rd\u2028e\u2029f\x85g\vh\fi") == "a⏎b⏎c⏎d⏎e⏎f⏎g⏎h⏎i"
    assert one_line("no break\there") == "no break\there"


# -- 3. checked-before labels in English; the bundle report counts what it held back -------
def test_checked_before_json_labels_like_the_text(wb, sample):
    from tests.search.test_search import _near_and_nearer

    target = next(c for c in wb.claims(sample.id) if "شرطيين" in c.quote)
    near, nearer = _near_and_nearer(wb)
    rows = {r["claim_id"]: r for r in json.loads(run(wb.db_path, "checked-before", target.id,
                                                         "--json").stdout)}
    text = run(wb.db_path, "--no-shape", "checked-before", target.id).stdout
    for claim, key in ((nearer, "mostly-false"), (near, "true")):
        rating = wb.scale.get(key)
        assert rows[claim.id]["rating"] == key
        assert rows[claim.id]["rating_label"] == rating.label_en != rating.label_ar
        assert rows[claim.id]["rating_label_ar"] == rating.label_ar
        assert f"[{rating.label_en} · " in text


def _conflicting_bundle(db_path, tmp_path):
    """Bob's desk changes a claim's verdict seven times and exports it; this desk changed the
    same claim meanwhile: (the claim, the bundle)."""
    from workbench.services import open_workbench
    from workbench.services.bundle import export_bundle

    other = tmp_path / "other.sqlite"
    shutil.copy(db_path, other)
    wb_b = open_workbench(other, "bob")
    claim = wb_b.claims()[0]
    for i in range(7):
        wb_b.set_verdict(claim.id, "true" if i % 2 else "false", f"بوب {i}")
    bundle = tmp_path / "b.wbbundle"
    export_bundle(wb_b, claim.article_id, bundle)
    wb_b.close()
    wb_a = open_workbench(db_path, "alice")
    wb_a.set_verdict(claim.id, "misleading", "هنا")
    wb_a.close()
    return claim, bundle


def test_bundle_import_says_what_conflicts_held_back(db_path, tmp_path):
    claim, bundle = _conflicting_bundle(db_path, tmp_path)
    r = workbench("--db", str(db_path), "--no-shape", "bundle", "import", str(bundle), "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["events_held"] >= 7 and report["events_untrusted"] == 0
    assert [c["claim_id"] for c in report["conflicts"]] == [claim.id]
    assert report["events_imported"] + report["events_held"] > report["events_imported"]


def test_bundle_import_text_report_names_the_held_back_events(db_path, tmp_path):
    claim, bundle = _conflicting_bundle(db_path, tmp_path)
    r = workbench("--db", str(db_path), "--no-shape", "bundle", "import", str(bundle))
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    assert first.startswith("imported ") and " of " in first, first
    imported, rest = first.removeprefix("imported ").split(" of ", 1)
    total = int(rest.split()[0])
    held = int(rest.split("(")[1].split()[0])
    assert "held back by 1 conflict)" in first and held == 7 and int(imported) + held == total


# -- 4. the same span with white space around it is the same claim -------------------------
def test_claim_add_refuses_an_existing_span_with_white_space_around_it(db_path):
    art = _article(db_path)
    start, end = _span(NEWLINE_ARTICLE.split("\n\n")[1])
    first = json.loads(run(db_path, "claim", "add", art, "--start", str(start), "--end", str(end),
                           "--json").stdout)
    for s, e in ((start - 1, end), (start - 2, end), (start, end + 0)):
        r = run(db_path, "claim", "add", art, "--start", str(s), "--end", str(e), check=False)
        assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
        assert first["id"] in r.stderr
    assert len(json.loads(run(db_path, "claims", "--article", art, "--json").stdout)) == 1
    # a different span (one word fewer) is still a claim of its own
    run(db_path, "claim", "add", art, "--start", str(start + 6), "--end", str(end))


def test_an_error_quoting_a_name_with_a_line_break_stays_one_line(db_path):
    r = run(db_path, "import", "/nonexistent/a\nb.txt", check=False)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr == "workbench: error: /nonexistent/a⏎b.txt does not exist\n"
