"""Speed and memory of the checking session, against floors measured in the same run.

    python bench/bench_session.py            # QT_QPA_PLATFORM defaults to offscreen

Prints, each beside its floor and target:
  * start-up: spawn to the window shown on the sample, vs. a bare PySide6 QMainWindow
    (target: within 2x the bare window);
  * opening a 200,000-character Arabic article with 1,000 highlighted claims in the real window
    (set text + highlights + first paint; target under 0.5 s) and the process's peak memory
    (target under 200 MB), vs. a bare QTextEdit given the same text.
No assertions: figures for people, not a timed test.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
def shown():
    print(f"shown {time.time():.6f}", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

LARGE_OPEN = r"""
import json, resource, sys, time
from PySide6.QtWidgets import QApplication
mode, db = sys.argv[1], sys.argv[2]
if mode == "bare":
    from PySide6.QtWidgets import QTextEdit
    app = QApplication(sys.argv[:1])
    from workbench.services import open_workbench
    wb = open_workbench(db, "bench")
    art = [a for a in wb.articles() if a.title == "large"][0]
    view = QTextEdit(); view.resize(1280, 800); view.show(); app.processEvents()
    t0 = time.perf_counter()
    view.setPlainText(art.text)
    view.repaint(); app.processEvents()
else:
    from workbench.ui.app import make_app, create_window
    from workbench.services import open_workbench
    app = make_app()
    wb = open_workbench(db, "bench")
    art = [a for a in wb.articles() if a.title == "large"][0]
    win = create_window(wb, app, language="en"); win.show(); app.processEvents()
    t0 = time.perf_counter()
    win.open_article(art.id)
    win.repaint(); app.processEvents()
elapsed = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mib": rss}))
"""


#: Children may write bytecode, as an installed program does: with PYTHONDONTWRITEBYTECODE set
#: (some sandboxes set it) every start would compile our modules again, ~50 ms a user never pays.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def spawn_to_shown(argv: list[str]) -> float:
    t0 = time.time()
    out = subprocess.run(argv, capture_output=True, text=True, check=True, env=CHILD_ENV).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("shown "))
    return float(line.split()[1]) - t0


def make_large_db(path: Path) -> None:
    from workbench.core.spans import snap_span
    from workbench.services import open_workbench

    wb = open_workbench(path, "bench")
    wb.ensure_sample()
    para = ("أعلنت باكو أن أربعة شرطيين ومدنيَّين قتلوا بانفجار لغمَين في كاراباخ، "
            "واتّهمت الانفصاليين الأرمن بالمسؤولية عن هذه الأعمال.\n")
    text = (para * (200_000 // len(para) + 1))[:200_000]
    change = wb.add_article("large", text, "ar")
    step = len(text) // 1000
    with wb.store.transaction():
        for i in range(1000):
            start, end = snap_span(text, i * step, i * step + 10)
            wb.add_claim(change.article_id, start, end)
    wb.close()


def median(xs):
    return statistics.median(xs)


def main() -> None:
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        make_large_db(db)
        setup = time.perf_counter() - t0
        env_args = [py, "-m", "workbench", "--db", str(db), "gui", "--exit-after-show"]
        sample_id = json.loads(subprocess.run([py, "-m", "workbench", "--db", str(db), "articles", "--json"],
                                              capture_output=True, text=True, check=True).stdout)[0]["id"]
        spawn_to_shown([py, "-c", BARE_WINDOW])  # warm-up runs: bytecode written, files cached
        spawn_to_shown(env_args + ["--article", sample_id])
        bare = [spawn_to_shown([py, "-c", BARE_WINDOW]) for _ in range(RUNS)]
        ours = [spawn_to_shown(env_args + ["--article", sample_id]) for _ in range(RUNS)]
        large_bare = [json.loads(subprocess.run([py, "-c", LARGE_OPEN, "bare", str(db)], capture_output=True,
                                                text=True, check=True).stdout.splitlines()[-1]) for _ in range(RUNS)]
        large = [json.loads(subprocess.run([py, "-c", LARGE_OPEN, "window", str(db)], capture_output=True,
                                           text=True, check=True).stdout.splitlines()[-1]) for _ in range(RUNS)]
    b, o = median(bare), median(ours)
    ls, lm = median([r["seconds"] for r in large]), max(r["peak_mib"] for r in large)
    bs, bm = median([r["seconds"] for r in large_bare]), max(r["peak_mib"] for r in large_bare)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, runs={RUNS} (medians), "
          f"platform={os.environ['QT_QPA_PLATFORM']}; building the 200k/1,000-claim database took {setup:.2f} s")
    print(f"{'figure':<44}{'ours':>10}{'floor':>10}{'ratio':>8}  target")
    print(f"{'start-up to shown window (s)':<44}{o:>10.3f}{b:>10.3f}{o / b:>8.2f}  <= 2.0x bare window "
          f"{'OK' if o <= 2 * b else 'MISSED'}")
    print(f"{'open 200k chars + 1,000 highlights (s)':<44}{ls:>10.3f}{bs:>10.3f}{ls / bs:>8.2f}  < 0.5 s "
          f"{'OK' if ls < 0.5 else 'MISSED'}")
    print(f"{'peak memory after that (MiB)':<44}{lm:>10.1f}{bm:>10.1f}{lm / bm:>8.2f}  < 200 MB "
          f"{'OK' if lm < 200 else 'MISSED'}")


if __name__ == "__main__":
    main()
