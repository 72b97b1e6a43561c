"""The live desk on PostgreSQL: LISTEN/NOTIFY wakes watchers (migration 0004, ``wait_for_change``),
``workbench watch --json`` against the real throwaway cluster prints another client's change
within about two seconds."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time

from workbench.services import open_workbench


def test_wait_for_change_wakes_on_notify_not_on_the_next_poll(pg_db):
    watcher = open_workbench(pg_db, "watcher")
    writer = open_workbench(pg_db, "omar")
    try:
        head = watcher.desk_head()
        assert watcher.store.wait_for_change(head, 0.3) is False  # nothing new: waits it out
        claim = writer.claims()[0]
        woke: list[float] = []

        def wait() -> None:
            t0 = time.monotonic()
            assert watcher.store.wait_for_change(head, 10.0)
            woke.append(time.monotonic() - t0)

        thread = threading.Thread(target=wait)
        thread.start()
        time.sleep(0.5)  # the watcher is asleep on the socket by now
        t_write = time.monotonic()
        writer.set_verdict(claim.id, "false", "من عمر")
        thread.join(10)
        assert woke, "wait_for_change never returned"
        assert time.monotonic() - t_write < 1.0
        assert watcher.store._listen_conn is not None  # it listened; it did not poll
        # an event already there is seen without waiting
        t0 = time.monotonic()
        assert watcher.store.wait_for_change(head, 5.0)
        assert time.monotonic() - t0 < 0.5
    finally:
        watcher.close()
        writer.close()


def test_wait_falls_back_to_polling_when_the_listener_breaks(pg_db):
    watcher = open_workbench(pg_db, "watcher")
    writer = open_workbench(pg_db, "omar")
    try:
        head = watcher.desk_head()
        assert watcher.store.wait_for_change(head, 0.1) is False
        watcher.store._listen_conn.close()  # the LISTEN connection is gone
        watcher.store._conninfo = "postgresql://nobody@127.0.0.1:1/none"  # and cannot come back
        writer.edit_statement(writer.claims()[0].id, "بيان جديد")
        assert watcher.store.wait_for_change(head, 3.0)
        assert watcher.store._listen_conn is None
    finally:
        watcher.close()
        writer.close()


def test_watch_json_on_the_server_prints_another_clients_change(pg_db, pg_cluster):
    shown = pg_db.replace(":" + pg_db.split(":")[2].split("@")[0] + "@", "@")  # no password: PGPASSFILE
    assert "wb-test-secret" not in shown
    env = {**os.environ, "PGPASSFILE": str(pg_cluster.passfile())}
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "--db", shown, "--user", "wbtest",
                             "watch", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", bufsize=1, env=env)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    try:
        assert "watching" in proc.stderr.readline()
        omar = open_workbench(pg_db, "omar")
        claim = omar.claims()[0]
        t0 = time.monotonic()
        omar.set_verdict(claim.id, "false", "لا سجل لذلك")
        got = json.loads(lines.get(timeout=5))
        while got["event"] == "user.add":  # omar's first step adds him to the desk
            got = json.loads(lines.get(timeout=5))
        elapsed = time.monotonic() - t0
        assert {k: got[k] for k in ("event", "claim_id", "article_id", "user")} == {
            "event": "verdict.set", "claim_id": claim.id, "article_id": claim.article_id, "user": "omar"}
        assert elapsed < 2.0
        omar.close()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    assert "Traceback" not in proc.stderr.read()


def test_watch_waits_through_a_server_restart(pg_db, pg_cluster):
    """`watch` ended (exit 1) three seconds after the server stopped; the window waits and
    picks up again, and so does watch now: one note on stderr, then the changes after."""
    shown = pg_db.replace(":" + pg_db.split(":")[2].split("@")[0] + "@", "@")
    env = {**os.environ, "PGPASSFILE": str(pg_cluster.passfile())}
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "--db", shown, "--user", "wbtest",
                             "watch", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", bufsize=1, env=env)
    lines: queue.Queue[str] = queue.Queue()
    notes: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    threading.Thread(target=lambda: [notes.put(line) for line in proc.stderr], daemon=True).start()
    try:
        assert "watching" in notes.get(timeout=10)
        pg_cluster.pause()
        try:
            assert "cannot reach the PostgreSQL server" in notes.get(timeout=10)
            time.sleep(3)
            assert proc.poll() is None  # still waiting
        finally:
            pg_cluster.resume()
        omar = open_workbench(pg_db, "omar")
        claim = omar.claims()[0]
        omar.set_verdict(claim.id, "true", "بعد عودة الخادم")
        omar.close()
        got = json.loads(lines.get(timeout=15))
        while got["event"] == "user.add":
            got = json.loads(lines.get(timeout=10))
        assert (got["event"], got["claim_id"]) == ("verdict.set", claim.id)
        assert "the desk is back" in notes.get(timeout=5)
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
