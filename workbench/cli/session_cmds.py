"""Subcommands of the checking session: articles, claims, sources, verdicts, history."""

from __future__ import annotations

import argparse

from workbench.services import open_workbench



def counted(n: int, noun: str) -> str:
    """``1 claim``, ``2 claims``, ``0 claims``: English plurals for a report (never "(s)")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

def _open(args):
    wb = open_workbench(args.db, args.user)
    wb.ensure_sample()
    return wb


def _json_flag(p):
    p.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    return p


def _reopen_flag(p):
    p.add_argument("--reopen", action="store_true",
                   help="allow changing an approved or in-review claim (it goes back to draft)")
    return p


def _force_flag(p):
    p.add_argument("--force", action="store_true", help="replace the file if it already exists")
    return p


def _guard(wb, args, claim_id: str) -> None:
    """From the command line an approved or in-review claim is changed only with --reopen."""
    from workbench.core.errors import InvalidInput
    from workbench.core.model import ReviewState
    from workbench.core.review import last_state_mark

    if getattr(args, "reopen", False):
        return
    state = wb.claim(claim_id).review_state
    if state not in (ReviewState.APPROVED, ReviewState.IN_REVIEW):
        return
    mark = last_state_mark(wb.history(claim_id), state)
    who = mark.user if mark else "someone"
    if state is ReviewState.APPROVED:
        raise InvalidInput("claim.reopen_approved", claim=claim_id, user=who)
    raise InvalidInput("claim.reopen_in_review", claim=claim_id, user=who)


CLAIM_HELP = "the claim (ids are shown by `workbench claims`)"
SOURCE_HELP = "the source (ids are shown by `workbench claims`)"


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the window (the default)",
                       description="Open the window. On Linux the display is checked first: with no "
                                   "DISPLAY or WAYLAND_DISPLAY, or one where no server answers, "
                                   "one line says so and the exit status is 2.")
    p.add_argument("--article", metavar="ID", help="open this article")
    p.add_argument("--exit-after-show", action="store_true",
                   help="show the window, print the time it was shown, and quit (scripts, benchmarks)")
    p.add_argument("--json", action="store_true",
                   help="with --exit-after-show: print {\"shown\": time, \"article_id\": id, \"user\": name}")
    p.set_defaults(run=cmd_gui, exit_after_show=False, article=None, json=False)

    p = _json_flag(sub.add_parser("articles", help="list articles"))
    p.set_defaults(run=cmd_articles)

    p = _json_flag(sub.add_parser("claims", help="list claims with sources and verdicts"))
    p.add_argument("--article", metavar="ID", help="only this article's claims (default: all)")
    p.set_defaults(run=cmd_claims)

    article = sub.add_parser("article", help="rename or delete an article")
    asub = article.add_subparsers(dest="action", metavar="ACTION", required=True,
                                  parser_class=sub._parser_class)
    p = _json_flag(asub.add_parser("rename", help="give an article another title"))
    p.add_argument("article_id", metavar="ARTICLE_ID", help="the article (see `workbench articles`)")
    p.add_argument("--title", required=True, metavar="TEXT", help="the new title")
    p.set_defaults(run=cmd_article_rename)
    p = _json_flag(asub.add_parser(
        "delete", help="delete an article with its claims, sources, files and proposals (recorded)"))
    p.add_argument("article_id", metavar="ARTICLE_ID", help="the article (see `workbench articles`)")
    p.set_defaults(run=cmd_article_delete)

    claim = sub.add_parser("claim", help="add, edit or delete a claim")
    csub = claim.add_subparsers(dest="action", metavar="ACTION", required=True,
                                parser_class=sub._parser_class)
    p = _json_flag(csub.add_parser("add", help="anchor a new claim to a span of an article"))
    p.add_argument("article_id", metavar="ARTICLE_ID", help="the article (see `workbench articles`)")
    p.add_argument("--start", type=int, required=True, help="start offset (characters of the stored text)")
    p.add_argument("--end", type=int, required=True, help="end offset (exclusive)")
    p.add_argument("--statement", default="", metavar="TEXT",
                   help="the claim in the checker's own words (optional)")
    p.set_defaults(run=cmd_claim_add)
    p = _reopen_flag(_json_flag(csub.add_parser("edit", help="change a claim's statement")))
    p.add_argument("claim_id", metavar="CLAIM_ID", help=CLAIM_HELP)
    p.add_argument("--statement", required=True, metavar="TEXT", help="the new statement")
    p.set_defaults(run=cmd_claim_edit)
    p = _json_flag(csub.add_parser("delete", help="delete a claim with its sources"))
    p.add_argument("claim_id", metavar="CLAIM_ID", help=CLAIM_HELP)
    p.add_argument("--reopen", action="store_true",
                   help="allow deleting an approved or in-review claim (its review is lost with it)")
    p.set_defaults(run=cmd_claim_delete)

    source = sub.add_parser("source", help="add, edit or remove a claim's sources")
    ssub = source.add_subparsers(dest="action", metavar="ACTION", required=True,
                                 parser_class=sub._parser_class)
    p = _reopen_flag(_json_flag(ssub.add_parser("add", help="attach a source (with files) to a claim")))
    p.add_argument("claim_id", metavar="CLAIM_ID", help=CLAIM_HELP)
    p.add_argument("--url", required=True, help="the source's address (http:// or https://)")
    p.add_argument("--title", default="", help="the source's title")
    p.add_argument("--publisher", default="", help="who published it")
    p.add_argument("--published", default="", metavar="YYYY-MM-DD", help="publication date")
    p.add_argument("--accessed", default=None, metavar="YYYY-MM-DD", help="date accessed (default: today)")
    p.add_argument("--excerpt", default="", metavar="TEXT", help="the passage that matters")
    p.add_argument("--stance", default="context", choices=["supports", "refutes", "context"],
                   help="what the source does to the claim (default: context)")
    p.add_argument("--file", action="append", default=[], metavar="PATH",
                   help="attach a file (kept in the database with its SHA-256); repeatable")
    p.add_argument("--capture", action=argparse.BooleanOptionalAction, default=True,
                   help="capture the page as WARC evidence, with its SHA-256 (default: --capture; "
                        "a failed capture is a note: the source is still added, nothing is kept as evidence)")
    p.set_defaults(run=cmd_source_add)
    p = _json_flag(ssub.add_parser("capture", help="capture a source's page again as WARC evidence "
                                                   "(a new capture; earlier ones stay)"))
    p.add_argument("source_id", metavar="SOURCE_ID", help=SOURCE_HELP)
    p.set_defaults(run=cmd_source_capture)
    p = _reopen_flag(_json_flag(ssub.add_parser("edit", help="change a source's fields")))
    p.add_argument("source_id", metavar="SOURCE_ID", help=SOURCE_HELP)
    for name, meta, help_ in (("url", "URL", "new address (http:// or https://)"),
                              ("title", "TEXT", "new title"), ("publisher", "TEXT", "new publisher"),
                              ("published", "YYYY-MM-DD", "new publication date"),
                              ("accessed", "YYYY-MM-DD", "new access date"),
                              ("excerpt", "TEXT", "new excerpt")):
        p.add_argument(f"--{name}", metavar=meta, help=help_)
    p.add_argument("--stance", choices=["supports", "refutes", "context"], help="new stance")
    p.set_defaults(run=cmd_source_edit)
    p = _reopen_flag(_json_flag(ssub.add_parser("remove", help="remove a source and its files from a claim")))
    p.add_argument("source_id", metavar="SOURCE_ID", help=SOURCE_HELP)
    p.set_defaults(run=cmd_source_remove)

    captures = sub.add_parser("capture", help="read a source's captures (WARC evidence)")
    csub2 = captures.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=sub._parser_class)
    p = _json_flag(csub2.add_parser("text", help="print the captured page's main text (from the "
                                                 "capture, never the live page)"))
    p.add_argument("capture_id", metavar="CAPTURE_ID",
                   help="the capture (ids are shown by `workbench claims --json`)")
    p.set_defaults(run=cmd_capture_text)

    files = sub.add_parser("file", help="get an attached file back out of the database")
    fsub = files.add_subparsers(dest="action", metavar="ACTION", required=True,
                                parser_class=sub._parser_class)
    p = _force_flag(_json_flag(fsub.add_parser("save", help="write an attached file, checked against its SHA-256")))
    p.add_argument("file_id", metavar="FILE_ID", help="the file (ids are shown by `workbench claims`)")
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="file to write")
    p.set_defaults(run=cmd_file_save)
    p = _json_flag(fsub.add_parser("save-all", help="write a source's files into a folder, never overwriting"))
    p.add_argument("source_id", metavar="SOURCE_ID", help=SOURCE_HELP)
    p.add_argument("-o", "--output", required=True, metavar="FOLDER", help="an existing folder to write into")
    p.set_defaults(run=cmd_file_save_all)

    verdict = sub.add_parser("verdict", help="set a claim's verdict")
    vsub = verdict.add_subparsers(dest="action", metavar="ACTION", required=True,
                                  parser_class=sub._parser_class)
    p = _reopen_flag(_json_flag(vsub.add_parser("set", help="rate a claim and give the rationale")))
    p.add_argument("claim_id", metavar="CLAIM_ID", help=CLAIM_HELP)
    p.add_argument("--rating", required=True, metavar="KEY",
                   help="a key of the rating scale (see `workbench ratings`); '' for no verdict")
    p.add_argument("--rationale", required=True, metavar="TEXT",
                   help="why the claim is rated so (required with a rating)")
    p.set_defaults(run=cmd_verdict_set)

    p = _json_flag(sub.add_parser("ratings", help="show the rating scale"))
    p.set_defaults(run=cmd_ratings)

    p = _json_flag(sub.add_parser("history", help="a claim's audit trail (a deleted claim's too)"))
    p.add_argument("claim_id", metavar="CLAIM_ID", help=CLAIM_HELP)
    p.set_defaults(run=cmd_history)


#: Qt platforms that need no screen (``QT_QPA_PLATFORM``).
HEADLESS_PLATFORMS = {"offscreen", "minimal", "minimalegl", "eglfs", "linuxfb", "vnc"}


def no_screen() -> bool:
    """On Linux (and the BSDs), no X11 or Wayland display to open the window on, and no
    headless Qt platform asked for: Qt would abort (exit 134) with a misleading message."""
    import os
    import sys

    if sys.platform == "darwin" or sys.platform.startswith(("win", "cygwin")):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip()
    if platform in HEADLESS_PLATFORMS:
        return False
    if platform.startswith("wayland"):
        return not os.environ.get("WAYLAND_DISPLAY")
    if platform == "xcb":
        return not os.environ.get("DISPLAY")
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


#: How long a TCP X display (``host:N``, an ssh forward) may take to answer before it counts
#: as unreachable: a local connect answers in well under a millisecond.
X_TCP_TIMEOUT_S = 0.5


def _connects(family, address, timeout: float) -> bool:
    import socket

    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(address)
        return True
    except OSError:
        return False


def _x_display_reachable(display: str) -> tuple[bool, str]:
    """(whether an X server answers at ``display``, where it was looked for). ``:N`` or
    ``:N.S`` (``unix:N``): the unix socket ``/tmp/.X11-unix/XN``, and on Linux the abstract
    socket of that name; ``host:N``: TCP port 6000+N of host. A value that is no display name
    at all (``DISPLAY=foo``) is refused too: Qt aborts on it the same way. (A running server
    without the screen asked for, ``:0.3``, is still Qt's to refuse.)"""
    import socket
    import sys

    host, sep, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not sep or not number.isdigit():
        return False, "not a display name: :N, :N.S or host:N"
    n = int(number)
    host = host.split("/", 1)[-1] if "/" in host else host  # "tcp/host:0", "unix/:0"
    host = host.strip("[]")
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{n}"
        where = f"socket {path}"
        if sys.platform.startswith("linux") and _connects(socket.AF_UNIX, "\0" + path, 1.0):
            return True, where
        return _connects(socket.AF_UNIX, path, 1.0), where
    port = 6000 + n
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return False, f"{host} (no such host)"
    return any(_connects(fam, addr, X_TCP_TIMEOUT_S) for fam, _, _, _, addr in infos), \
        f"TCP {host} port {port}"


def _wayland_socket(display: str) -> str:
    import os

    if os.path.isabs(display):
        return display
    return os.path.join(os.environ.get("XDG_RUNTIME_DIR", ""), display)


def unreachable_screen() -> str | None:
    """Why the window cannot be shown (the message of a ``gui.*`` code), or None when it can be
    tried: a display that is named but does not answer (DISPLAY=:55 with no X server there, a
    WAYLAND_DISPLAY with no socket) makes Qt abort (exit 134) with a misleading message about
    libxcb-cursor0. One socket connect each: no subprocess, nothing on the start-up clock."""
    import os
    import sys

    from workbench.core.errors import WorkbenchError

    if sys.platform == "darwin" or sys.platform.startswith(("win", "cygwin")):
        return None
    if no_screen():
        return WorkbenchError("gui.no_screen").message
    asked = [p.split(":", 1)[0].strip() for p in os.environ.get("QT_QPA_PLATFORM", "").split(";")]
    asked = [p for p in asked if p]
    if any(p in HEADLESS_PLATFORMS for p in asked):
        return None
    if asked and not any(p == "xcb" or p.startswith("wayland") for p in asked):
        return None  # a platform this does not know how to check: Qt's to judge
    wants_x = not asked or "xcb" in asked
    wants_wayland = not asked or any(p.startswith("wayland") for p in asked)
    problems = []
    x, wayland = os.environ.get("DISPLAY", ""), os.environ.get("WAYLAND_DISPLAY", "")
    if wants_wayland and wayland:
        path = _wayland_socket(wayland)
        if os.path.exists(path):
            return None
        problems.append(WorkbenchError("gui.wayland_unreachable", display=wayland, path=path).message)
    if wants_x and x:
        ok, where = _x_display_reachable(x)
        if ok:
            return None
        problems.append(WorkbenchError("gui.display_unreachable", display=x, where=where).message)
    if not problems:  # the platform asked for has no display named (the other one is)
        return WorkbenchError("gui.no_screen").message
    return "; ".join(problems)


def cmd_gui(args, out):
    import sys

    why = unreachable_screen()
    if why:
        sys.stderr.write(f"workbench: error: {why}\n")
        return 2
    from workbench.ui.app import run

    return run(db=args.db, user=args.user, article_id=args.article, exit_after_show=args.exit_after_show,
               as_json=bool(getattr(args, "json", False)))


def cmd_articles(args, out):
    wb = _open(args)
    arts = wb.articles()
    out.emit([a.to_json() for a in arts],
             lambda: (f"{a.id}  [{a.language}]  {a.title}" for a in arts))


def cmd_article_rename(args, out):
    wb = _open(args)
    wb.rename_article(args.article_id, args.title)
    art = wb.article(args.article_id)
    out.emit(art.to_json(), lambda: [f"{art.id}  [{art.language}]  {art.title}"])


def cmd_article_delete(args, out):
    wb = _open(args)
    art = wb.article(args.article_id)
    change = wb.delete_article(args.article_id)
    claims = sorted(change.claim_ids)
    out.emit({"deleted": art.id, "title": art.title, "claims": claims},
             lambda: [f"deleted {art.id}  {art.title}  ({counted(len(claims), 'claim')})"])


def _claim_lines(wb, claims):
    for c in claims:
        label = wb.scale.get(c.rating).label_en if c.rating else "unrated"
        yield f"{c.id}  {c.start}-{c.end}  [{label} · {c.review_state}]"
        yield f"    {c.quote}"
        if c.statement:
            yield f"    → {c.statement}"
        for s in c.sources:
            yield f"    source {s.id} ({s.stance}): {s.url}"
            for f in s.files:
                yield f"        file {f.id}  {f.name}  ({counted(f.size, 'byte')})"
            for cap in s.captures:
                yield "        " + _capture_line(cap)


def _capture_line(cap) -> str:
    from workbench.core.textio import human_size

    stamp = f"timestamped by {cap.tsa_url} at {cap.ts_time}" if cap.timestamped else "no trusted time"
    return (f"capture {cap.id}  {cap.taken_at}  {human_size(cap.size)}  sha256 {cap.sha256}  "
            f"{cap.final_url}  ({stamp})")


def _claim_json(claim) -> dict:
    """A claim's JSON with each source's captures, oldest first."""
    data = claim.to_json()
    data["sources"] = [s.evidence_json() for s in claim.sources]
    return data


def cmd_claims(args, out):
    wb = _open(args)
    claims = wb.claims(args.article)
    out.emit([_claim_json(c) for c in claims], lambda: _claim_lines(wb, claims))


def _print_claim(wb, out, change):
    """A changed claim: its text or JSON on stdout; a note (back to draft) on stderr, and in
    the JSON as ``returned_to_draft`` and ``notes``."""
    if change.message:
        out.note(change.message)
    claim = change.claim
    data = _claim_json(claim)
    data["returned_to_draft"] = change.returned_to_draft
    out.emit(data, lambda: _claim_lines(wb, [claim]))


def cmd_claim_add(args, out):
    from workbench.core.spans import snap_span

    wb = _open(args)
    change = wb.add_claim(args.article_id, args.start, args.end, args.statement)
    text = wb.article(args.article_id).text
    whole = snap_span(text, args.start, args.end)
    if whole != (args.start, args.end):  # kept exactly as asked: offsets are the user's to give
        out.note(f"{args.start}-{args.end} cuts a word; the whole words would be {whole[0]}-{whole[1]}")
    _print_claim(wb, out, change)


def cmd_claim_edit(args, out):
    wb = _open(args)
    _guard(wb, args, args.claim_id)
    change = wb.edit_statement(args.claim_id, args.statement)
    _print_claim(wb, out, change)


def cmd_claim_delete(args, out):
    wb = _open(args)
    _guard(wb, args, args.claim_id)  # an approved claim is deleted only knowingly
    wb.delete_claim(args.claim_id)
    out.emit({"deleted": args.claim_id}, lambda: [f"deleted {args.claim_id}"])


def cmd_source_add(args, out):
    from dataclasses import replace

    from workbench.core.model import new_id

    wb = _open(args)
    _guard(wb, args, args.claim_id)
    source_id = new_id()
    change = wb.add_source(args.claim_id, args.url, args.title, args.publisher, args.published,
                           args.excerpt, args.stance, args.accessed, args.file, source_id=source_id)
    if args.capture:
        from workbench.services.capture import CaptureError, capture_source

        try:
            cap, taken = capture_source(wb, source_id)
        except CaptureError as exc:
            out.note(f"the source was added but not captured: {exc}")
        else:
            _capture_notes(out, cap, taken)
        # the claim as stored now: someone may have edited it while the page was captured
        change = replace(change, claim=wb.claim(args.claim_id))
    _print_claim(wb, out, change)


def _capture_notes(out, cap, taken) -> None:
    from workbench.core.textio import human_size

    if cap.timestamped:
        stamp = f"timestamped by {cap.tsa_url} at {cap.ts_time}"
    elif taken.stamp_error:
        stamp = f"no trusted time (the TSA failed: {taken.stamp_error})"
    else:
        stamp = "no trusted time (the desk names no TSA)"
    from workbench.core.urls import shown

    out.note(f"captured {shown(cap.final_url)} at {cap.taken_at}: {cap.resources} responses, "
             f"{human_size(cap.size)}, sha256 {cap.sha256}; {stamp}")
    for why in taken.skipped:
        out.note(f"left out of the capture: {why}")


def cmd_source_capture(args, out):
    from workbench.services.capture import capture_source

    wb = _open(args)
    cap, taken = capture_source(wb, args.source_id)
    _capture_notes(out, cap, taken)
    src = wb.source(args.source_id)
    out.emit(src.evidence_json(), lambda: [f"source {src.id}: {src.url}",
                                           *("    " + _capture_line(c) for c in src.captures)])


def cmd_capture_text(args, out):
    from workbench.services.capture import capture, capture_text

    wb = _open(args)
    found = capture(wb, args.capture_id)
    text = capture_text(wb, args.capture_id)
    out.note(f"archived copy of {found.final_url}, captured {found.taken_at} (not the live page)")
    if out.as_json:
        out.emit({"capture": found.to_json(), "text": text}, list)
    else:
        out.block(text)


def cmd_source_edit(args, out):
    wb = _open(args)
    fields = {k: getattr(args, k) for k in ("url", "title", "publisher", "published", "accessed",
                                              "excerpt", "stance") if getattr(args, k) is not None}
    _guard(wb, args, wb.source(args.source_id).claim_id)
    change = wb.edit_source(args.source_id, **fields)
    _print_claim(wb, out, change)


def cmd_source_remove(args, out):
    wb = _open(args)
    _guard(wb, args, wb.source(args.source_id).claim_id)
    change = wb.remove_source(args.source_id)
    _print_claim(wb, out, change)


def cmd_file_save(args, out):
    from workbench.services.files import check_target, save_file

    wb = _open(args)
    check_target(args.output, args.force)  # the service refuses the desk's own files
    saved = save_file(wb, args.file_id, args.output, overwrite=args.force)
    out.emit(saved.to_json(), lambda: [f"wrote {saved.path} ({saved.size} bytes, sha256 {saved.sha256})"])


def cmd_file_save_all(args, out):
    import sys

    from workbench.core.arabic import reveal_bidi_controls
    from workbench.services.files import save_source_files

    report = save_source_files(_open(args), args.source_id, args.output)
    for s in report.skipped:
        sys.stderr.write(f"workbench: skipped: {reveal_bidi_controls(s.reason)}\n")
    out.emit(report.to_json(), lambda: [f"wrote {s.path} ({counted(s.size, 'byte')}, sha256 {s.sha256})"
                                        for s in report.saved]
             + [f"{counted(len(report.saved), 'file')} saved to {report.folder}, {len(report.skipped)} skipped"])
    return 1 if report.skipped else 0


def cmd_verdict_set(args, out):
    wb = _open(args)
    _guard(wb, args, args.claim_id)
    change = wb.set_verdict(args.claim_id, args.rating, args.rationale)
    _print_claim(wb, out, change)


def cmd_ratings(args, out):
    wb = _open(args)
    rows = [{"key": r.key, "label_en": r.label_en, "label_ar": r.label_ar, "value": r.value}
            for r in wb.scale.ratings]
    out.emit(rows, lambda: (f"{r['key']:<16} {r['label_en']:<16} {r['label_ar']}" for r in rows))


def cmd_history(args, out):
    wb = _open(args)
    events = wb.history(args.claim_id)
    if not events:  # a deleted claim still has its trail, the delete included
        wb.claim(args.claim_id)
    out.emit([e.to_json() for e in events],
             lambda: (f"{e.at}  {e.user:<12} {e.action}" for e in events))
