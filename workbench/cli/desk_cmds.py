"""``watch``: the desk's changes as they happen, one line each (for scripts and integrations)."""

from __future__ import annotations

import json
import sys
import time

from workbench.core.errors import StoreUnavailable

#: How long one wait for a change lasts before looking again (and at the clock of ``--for``).
WAIT_S = 1.0
#: How often ``watch`` tries again while the desk's server cannot be reached.
RETRY_S = 2.0


def register(sub) -> None:
    p = sub.add_parser("watch", help="print each change to the desk as it happens, until Ctrl+C")
    p.add_argument("--since", metavar="SEQ", type=int, default=None,
                   help="start after this event number (the \"seq\" of a line; default: now, "
                        "so only new changes are printed; 0: the whole trail first)")
    p.add_argument("--for", dest="for_s", metavar="SECONDS", type=float, default=None,
                   help="stop after this many seconds (default: run until interrupted)")
    p.add_argument("--json", action="store_true",
                   help="print each change as one JSON document on its own line (JSON Lines): "
                        "event, claim_id, article_id, user, at, seq")
    p.set_defaults(run=cmd_watch)


def cmd_watch(args, out):
    from workbench.services import open_workbench

    wb = open_workbench(args.db, args.user)
    try:
        since = wb.desk_head() if args.since is None else max(0, args.since)
        out.note(f"watching {wb.db_path} for changes after event {since} (Ctrl+C to stop)")
        deadline = None if args.for_s is None else time.monotonic() + args.for_s
        lost = False
        while True:
            left = None if deadline is None else deadline - time.monotonic()
            try:
                found = wb.desk_changes(since, others_only=False)
            except StoreUnavailable as exc:  # a server restarting: wait for it, as the window does
                if not lost:
                    out.note(f"{exc.message}; trying again every {RETRY_S:g} s")
                    lost = True
                if left is not None and left <= 0:
                    return 0
                time.sleep(RETRY_S if left is None else max(0.0, min(RETRY_S, left)))
                continue
            if lost:
                out.note("the desk is back")
                lost = False
            for change in found.changes:
                if out.as_json:
                    sys.stdout.write(json.dumps(change.to_json(), ensure_ascii=False) + "\n")
                else:
                    out.text(change.line())
                sys.stdout.flush()
            since = found.head
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return 0
            try:
                wb.wait_for_change(since, WAIT_S if left is None else min(WAIT_S, left))
            except StoreUnavailable:
                continue  # said and waited for at the top
    except KeyboardInterrupt:
        return 0
    finally:
        wb.close()
