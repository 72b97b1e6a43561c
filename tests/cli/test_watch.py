"""``workbench watch``: the real program as a subprocess, changes made by another Workbench on
the same file, lines read with a timeout."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
import time

from workbench.services import open_workbench
from workbench.services.review import Review


def _start(db, *args, reader=True):
    cmd = [sys.executable, "-m", "workbench", "--db", str(db), "--user", "watcher", "watch", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", bufsize=1)
    lines: queue.Queue[str] = queue.Queue()
    if reader:
        threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    # the note on stderr says it is watching: changes made after it are the ones it prints
    assert "watching" in proc.stderr.readline()
    return proc, lines


def _next(lines, timeout=5.0) -> str:
    return lines.get(timeout=timeout)


def test_watch_json_prints_each_change_as_it_happens(db_path):
    proc, lines = _start(db_path, "--json")
    try:
        omar = open_workbench(db_path, "omar")
        Review(omar).add_user("omar", "editor")
        claim = omar.claims()[0]
        t0 = time.monotonic()
        omar.set_verdict(claim.id, "false", "لا سجل لذلك")
        first = json.loads(_next(lines))
        while first["event"] != "verdict.set":  # the user.add came first
            first = json.loads(_next(lines))
        assert time.monotonic() - t0 < 3.0
        assert {k: first[k] for k in ("event", "claim_id", "article_id", "user")} == {
            "event": "verdict.set", "claim_id": claim.id, "article_id": claim.article_id, "user": "omar"}
        assert first["at"] and first["seq"] > 0
        Review(omar).comment(claim.id, "انظروا")
        assert json.loads(_next(lines))["event"] == "comment.add"
        omar.close()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    assert "Traceback" not in proc.stderr.read()


def test_watch_text_since_replays_and_stops_after_for(db_path):
    wb = open_workbench(db_path, "omar")
    claim = wb.claims()[0]
    since = wb.desk_head()
    wb.edit_statement(claim.id, "بيان جديد")
    wb.close()
    cmd = [sys.executable, "-m", "workbench", "--db", str(db_path), "watch", "--since", str(since),
           "--for", "0.5"]
    done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "omar added a person to the desk",
        f"omar changed the statement of claim {claim.id} (article {claim.article_id})"]


def test_watch_exits_quietly_when_the_reader_goes_away(db_path):
    proc, _ = _start(db_path, "--json", "--since", "0", reader=False)
    assert json.loads(proc.stdout.readline())["seq"] == 1  # the trail's first events are printed
    proc.stdout.close()
    wb = open_workbench(db_path, "omar")
    for n in range(3):  # the next writes hit the closed pipe
        wb.edit_statement(wb.claims()[0].id, f"نص {n}")
        time.sleep(0.3)
    wb.close()
    assert proc.wait(timeout=10) == 0
    assert "Traceback" not in proc.stderr.read()
