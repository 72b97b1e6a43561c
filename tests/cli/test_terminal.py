"""On a terminal that cannot shape Arabic, `workbench claims` prints display order with joined
letter forms; --no-shape keeps logical order. Run under a real pseudo-terminal."""

import os
import pty
import subprocess
import sys


def _run_on_tty(args, env):
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "workbench", *args], stdout=follower,
                            stderr=subprocess.PIPE, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(leader)
    assert proc.returncode == 0, proc.stderr.read()
    return b"".join(chunks).decode("utf-8")


def test_claims_on_a_terminal_are_reshaped_unless_asked_not_to(db_path):
    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_NO_SHAPE"}
    shaped = _run_on_tty(["--db", str(db_path), "claims"], env)
    assert any("\ufe70" <= ch <= "\ufeff" for ch in shaped)  # joined presentation forms
    assert "أربعة شرطيين" not in shaped
    plain = _run_on_tty(["--db", str(db_path), "--no-shape", "claims"], env)
    assert "أربعة شرطيين" in plain
    as_json = _run_on_tty(["--db", str(db_path), "claims", "--json"], env)
    assert "أربعة شرطيين" in as_json  # JSON is never reshaped


def test_markdown_report_to_a_terminal_is_reshaped(db_path):
    import json

    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_NO_SHAPE"}
    listed = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "claims", "--json"],
                            capture_output=True, text=True, env=env, check=True)
    claim = json.loads(listed.stdout)[0]
    subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "verdict", "set", claim["id"],
                    "--rating", "true", "--rationale", "مؤكد"], check=True, capture_output=True, env=env)
    shaped = _run_on_tty(["--db", str(db_path), "export", "--format", "md", "--all-states", "-o", "-"], env)
    assert any("\ufe70" <= ch <= "\ufeff" for ch in shaped)
    piped = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "export", "--format",
                            "md", "--all-states", "-o", "-"], capture_output=True, text=True, env=env, check=True)
    assert "مؤكد" in piped.stdout and not any("\ufe70" <= ch <= "\ufeff" for ch in piped.stdout)


def test_mixed_rationale_on_a_terminal_keeps_each_lines_direction(db_path):
    """A rationale of an Arabic line and the issue's English line, exported as Markdown to a
    terminal: the English line reads as written, the Arabic one right to left with "(2015)"."""
    import json

    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_NO_SHAPE"}
    listed = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "claims", "--json"],
                            capture_output=True, text=True, env=env, check=True)
    claim = json.loads(listed.stdout)[0]
    english = "Mixed: the ministry said ٢٠ civilians 😢 left via the Lachin corridor."
    subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "verdict", "set", claim["id"],
                    "--rating", "true", "--rationale", f"التعداد يؤكد ذلك (2015).\n{english}"],
                   check=True, capture_output=True, env=env)
    shown = _run_on_tty(["--db", str(db_path), "export", "--format", "md", "--all-states", "-o", "-"],
                        env).replace("\r\n", "\n").split("\n")
    assert english in shown
    arabic = [line for line in shown if "2015" in line]
    assert len(arabic) == 1 and arabic[0].startswith(".(2015) ")
