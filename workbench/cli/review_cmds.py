"""Subcommands of the review step: people, review, comments, check, bundles."""

from __future__ import annotations

import sys

from .session_cmds import _open, counted

# Use cases are imported inside the commands: `workbench gui` should not pay for them.


def Review(wb):  # noqa: N802 - reads like the class it returns
    from workbench.services.review import Review as _Review

    return _Review(wb)


def _sub(parser, sub):
    return parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                 parser_class=sub._parser_class)


def _cmd(subparsers, name, help_, run, *args):
    """A subcommand with ``--json``; ``args`` are (flags, options) pairs for add_argument."""
    p = subparsers.add_parser(name, help=help_)
    for flags, options in args:
        p.add_argument(*flags, **options)
    p.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    p.set_defaults(run=run)
    return p


CLAIM = (("claim_id",), {"metavar": "CLAIM_ID", "help": "the claim (ids are shown by `workbench claims`)"})


def register(sub) -> None:
    usub = _sub(sub.add_parser("user", help="people at the desk and their roles"), sub)
    _cmd(usub, "add", "add a person, or change their role", cmd_user_add,
         (("name",), {"metavar": "NAME", "help": "the person's user name"}),
         (("--role",), {"choices": ["checker", "editor", "admin"], "default": "checker",
                        "help": "checker (default) or editor (editors approve); on a server desk also "
                                "admin (an editor who adds people)"}),
         (("--password-stdin",), {"action": "store_true",
                                  "help": "on a server desk: read the new login's password from the first "
                                          "line of standard input (required for a new login there)"}),
         (("--password",), {"metavar": "SECRET", "default": None,
                            "help": "refused: a password on the command line is seen by every process on "
                                    "the machine; use --password-stdin"}))
    _cmd(usub, "list", "list people and roles", cmd_user_list)

    rsub = _sub(sub.add_parser("review", help="submit a claim, approve it or send it back"), sub)
    comment = (("--comment",), {"default": "", "metavar": "TEXT",
                                "help": "a comment kept with the decision (optional)"})
    needed = (("--comment",), {"default": "", "metavar": "TEXT",
                               "help": "what to change (required)"})
    _cmd(rsub, "submit", "send a claim to an editor", cmd_submit, CLAIM, comment)
    _cmd(rsub, "approve", "approve a claim in review (editors; not your own verdict)",
         cmd_approve, CLAIM, comment)
    _cmd(rsub, "request-changes", "send a claim back with a comment (editors)",
         cmd_request_changes, CLAIM, needed)
    _cmd(rsub, "queue", "claims waiting for review, oldest submission first", cmd_queue)
    _cmd(rsub, "diff", "what changed in a claim since its last review", cmd_diff, CLAIM)

    csub = _sub(sub.add_parser("comment", help="comment on a claim"), sub)
    _cmd(csub, "add", "add a comment (or a reply with --reply-to)", cmd_comment_add, CLAIM,
         (("--text",), {"required": True, "metavar": "TEXT", "help": "the comment"}),
         (("--reply-to",), {"metavar": "COMMENT_ID", "default": None,
                            "help": "answer this comment (ids are shown by `comment list`)"}))
    _cmd(csub, "list", "a claim's comments, oldest first", cmd_comment_list, CLAIM)

    _cmd(sub, "check", "verify the database and its audit trail (exit 1 if broken)", cmd_check)

    _cmd(sub, "copy-to", "copy this whole desk into another, empty database, then check the copy",
         cmd_copy_to, (("dest",), {"metavar": "DEST", "help": "the database to copy into: a new "
                                   "or empty database file (refused if it holds a desk)"}))

    bsub = _sub(sub.add_parser("bundle", help="carry an article to another desk and back"), sub)
    _cmd(bsub, "export", "write an article with its claims, files, comments and events",
         cmd_bundle_export, (("--article",), {"metavar": "ID", "required": True,
                                              "help": "the article to carry (see `workbench articles`)"}),
         (("-o", "--output"), {"metavar": "FILE", "required": True, "help": "the bundle file to write"}),
         (("--force",), {"action": "store_true", "help": "replace the file if it already exists"}))
    _cmd(bsub, "import", "merge a bundle; conflicts are reported, not overwritten",
         cmd_bundle_import, (("file",), {"metavar": "FILE", "help": "the bundle to merge"}),
         (("--theirs",), {"action": "append", "default": [], "metavar": "CLAIM_ID",
                          "help": "settle a conflict by taking the bundle's version; repeatable"}),
         (("--ours",), {"action": "append", "default": [], "metavar": "CLAIM_ID",
                        "help": "settle a conflict by keeping this database's version; repeatable"}))


def _server(wb) -> bool:
    from workbench.services.server_desk import is_server

    return is_server(wb)


def cmd_user_add(args, out):
    from workbench.core.errors import InvalidInput

    if args.password is not None:
        raise InvalidInput("desk.password_on_command_line")
    from workbench.services import open_workbench

    wb = open_workbench(args.db, args.user)
    if _server(wb):
        from workbench.services import server_desk as desk

        password = ""
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        elif desk.role_of(wb, args.name) is None:
            raise InvalidInput("desk.password_stdin")
        message = desk.add_login(wb, args.name, args.role, password)
        role = desk.role_of(wb, args.name)
        out.emit({"name": args.name.strip(), "role": role}, lambda: [message])
        return
    if args.password_stdin:
        raise InvalidInput("desk.password_not_here")
    wb.ensure_sample()
    review = Review(wb)
    change = review.add_user(args.name, args.role)
    user = review.user(args.name.strip())
    out.emit({"name": user.name, "role": str(user.role)}, lambda: [change.message])


def cmd_user_list(args, out):
    from workbench.services import open_workbench

    wb = open_workbench(args.db, args.user)
    if _server(wb):
        from workbench.services import server_desk as desk

        people = desk.people(wb)
        out.emit([{"name": p.name, "role": p.role, "created_at": p.created_at} for p in people],
                 lambda: (f"{p.name:<20} {p.role}" for p in people))
        return
    wb.ensure_sample()
    users = Review(wb).users()
    out.emit([{"name": u.name, "role": str(u.role), "created_at": u.created_at} for u in users],
             lambda: (f"{u.name:<20} {u.role}" for u in users))


def _decided(out, change):
    c = change.claim
    out.emit(c.to_json(), lambda: [f"{c.id}  {c.review_state}"])


def cmd_submit(args, out):
    _decided(out, Review(_open(args)).submit(args.claim_id, args.comment))


def cmd_approve(args, out):
    _decided(out, Review(_open(args)).approve(args.claim_id, args.comment))


def cmd_request_changes(args, out):
    _decided(out, Review(_open(args)).request_changes(args.claim_id, args.comment))


def cmd_queue(args, out):
    items = Review(_open(args)).queue()
    out.emit([i.to_json() for i in items], lambda: (
        f"{i.submitted_at}  {i.submitted_by:<12} {i.claim.id}  {i.claim.rating}  {i.claim.quote}"
        for i in items))


def cmd_diff(args, out):
    d = Review(_open(args)).diff(args.claim_id)

    def lines():
        lr = d.last_review
        yield (f"since {lr.action} by {lr.user} at {lr.at}:" if lr else "never reviewed:")
        for c in d.changes:
            yield f"  {c.field}: {c.before or '—'} → {c.after or '—'}"
        if not d.changes:
            yield "  no changes"
    out.emit(d.to_json(), lines)


def cmd_comment_add(args, out):
    c = Review(_open(args)).comment(args.claim_id, args.text, args.reply_to)
    out.emit(c.to_json(), lambda: [f"{c.id}  {c.author}  {c.at}"])


def cmd_comment_list(args, out):
    wb = _open(args)
    wb.claim(args.claim_id)
    cs = Review(wb).comments(args.claim_id)
    out.emit([c.to_json() for c in cs], lambda: (
        f"{c.id}  {c.at}  {c.author}{'  ↳ ' + c.parent_id if c.parent_id else ''}: {c.text}" for c in cs))


def cmd_check(args, out):
    from workbench.services import open_workbench

    result = Review(open_workbench(args.db, args.user)).check()
    if out.as_json:
        out.json(result.to_json())
    elif result.ok:
        out.text(result.message())
    if not result.ok:
        sys.stderr.write(f"workbench: error: {result.message()}\n")
        return 1
    return 0


def cmd_copy_to(args, out):
    """Copy the desk, then run ``check`` on the copy: exit 1, naming the problem, if it fails."""
    from workbench.services import open_workbench
    from workbench.core.errors import InvalidInput
    from workbench.services.desk_copy import KINDS, copy_to

    if not args.dest.strip():  # not --db: DEST is the path that was left empty
        raise InvalidInput("copy.empty_dest")
    source = open_workbench(args.db, args.user)  # as it is: no sample is added to it
    try:
        report, result = copy_to(source, args.dest)
    finally:
        source.close()
    if out.as_json:
        out.json({**report.to_json(), "check": result.to_json()})
    else:
        out.text(f"copied the desk {report.source} to {report.target}:")
        for kind in KINDS:
            out.text(f"  {kind:<10} {getattr(report, kind)}")
        out.text(f"  {'bytes':<10} {report.file_bytes} in attached files")
        if result.ok:
            out.text(f"check on {report.target}: {result.message()}")
    if not result.ok:
        sys.stderr.write(f"workbench: error: the copy at {report.target} fails its check: "
                         f"{result.message()}\n")
        return 1
    return 0


def cmd_bundle_export(args, out):
    from workbench.services.bundle import export_bundle
    from workbench.services.files import check_target

    wb = _open(args)
    check_target(args.output, args.force)  # the service refuses the desk's own files
    report = export_bundle(wb, args.article, args.output)
    out.emit(report.to_json(), lambda: [
        f"wrote {report.path}: {_count(report.claims, 'claim')}, {_count(report.events, 'event')}, "
        f"{_count(report.files, 'file')}"])


_count = counted  # ``1 event``, ``2 events``, ``0 events``


def cmd_bundle_import(args, out):
    resolve = {cid: "theirs" for cid in args.theirs} | {cid: "ours" for cid in args.ours}
    from workbench.services.bundle import import_bundle

    r = import_bundle(_open(args), args.file, resolve)

    def lines():
        new = r.events_imported + r.events_held + r.events_untrusted
        left = [f"{r.events_held} held back by {_count(len(r.conflicts), 'conflict')}"] if r.events_held else []
        if r.events_untrusted:
            left.append(f"{r.events_untrusted} not trusted (after the break)")
        # every new event is named: a report that counted only what was brought in
        # ("imported 1 event") hid the seven held back by a conflict
        yield ((f"imported {r.events_imported} of {_count(new, 'new event')} ({'; '.join(left)})"
                if left else f"imported {_count(r.events_imported, 'event')}")
               + f": {_count(len(r.added), 'new claim')}, {len(r.updated)} updated, "
               f"{len(r.deleted)} deleted, {_count(r.comments_imported, 'comment')}")
        if r.chain_broken:
            yield f"the bundle's audit trail breaks at event {r.chain_broken[0]}: {r.chain_broken[1]}"
        for cid in r.untrusted:
            yield f"not merged (events after the break): {cid}"
        for c in r.conflicts:
            yield f"CONFLICT {c.claim_id}: changed on both sides; kept this database's version"
            for side, changes in (("here", c.ours), ("there", c.theirs)):
                yield f"    {side}: {_count(len(changes), 'change')}"
                for change in changes:  # one per line: "user action at"
                    yield f"        {change}"
    out.emit(r.to_json(), lines)
