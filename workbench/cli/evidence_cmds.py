"""``evidence verify``: check, offline, every piece of evidence behind the verdicts."""

from __future__ import annotations

import sys

from workbench.core.arabic import reveal_bidi_controls

from .session_cmds import _open, counted


def register(sub) -> None:
    p = sub.add_parser("evidence", help="the evidence behind verdicts: attached files, web captures")
    esub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=sub._parser_class)
    v = esub.add_parser("verify", help="check every item's bytes against its SHA-256 and every trusted "
                        "time stamp against it and the desk's TSA trust roots (exit 1 naming each failure)")
    v.add_argument("--article", metavar="ID", help="only this article's evidence (default: every article)")
    v.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    v.set_defaults(run=cmd_evidence_verify)


def cmd_evidence_verify(args, out):
    from workbench.services.evidence_check import check_evidence

    report = check_evidence(_open(args), args.article)

    def lines():
        for r in report.items:
            stamp = ("no trusted time" if r.timestamp is None else
                     f"stamped {r.timestamp.time}" if r.timestamp.ok else "time stamp FAILED")
            yield f"{'ok  ' if r.ok else 'FAIL'} {r.kind} {r.id} {r.label}: sha256 {r.sha256[:16]}…, {stamp}"
        yield (f"{counted(len(report.items), 'item')} checked, {report.stamped} with a time stamp, "
               f"{len(report.failures)} failed")

    out.emit(report.to_json(), lines)
    for r in report.failures:
        for problem in r.problems:
            sys.stderr.write(reveal_bidi_controls(f"workbench: error: {r.kind} {r.id} ({r.label}): {problem}") + "\n")
    return 0 if report.ok else 1
