"""Subcommands that bring articles in and list the library.

Start-up is on the clock: the use cases (and trafilatura behind them) are imported inside the
command functions, never when the parser is built.
"""

from __future__ import annotations

import sys


def _open(args):
    from .session_cmds import _open as open_session

    return open_session(args)


def register(sub) -> None:
    p = sub.add_parser("import", help="import an article: a text, Markdown or HTML file, a URL, or - for standard input")
    p.add_argument("source", metavar="PATH|URL",
                   help="file to read, http(s):// address to fetch, or - to read text from standard input")
    p.add_argument("--title", default=None, help="title for text without one (default: its first line)")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS", help="how long to wait for a URL (default 20)")
    p.add_argument("--json", action="store_true", help="print the new article as JSON")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("library", help="list articles with their source, date and progress")
    p.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    p.set_defaults(run=cmd_library)


def cmd_import(args, out):
    from workbench.core import textio
    from workbench.services import importing

    src = args.source
    if src == "-":
        prepared = importing.prepare_text(sys.stdin.read(), args.title)
    elif src.lower().startswith(("http://", "https://")):
        kwargs = {} if args.timeout is None else {"timeout": args.timeout}
        prepared = importing.prepare_url(src, **kwargs)
    else:
        prepared = importing.prepare_path(src)
        if args.title:
            from dataclasses import replace

            prepared = replace(prepared, title=args.title)
    wb = _open(args)
    change = importing.save(wb, prepared)
    art = wb.article(change.article_id)
    data = art.to_json()
    data["evidence"] = importing.evidence(wb, art.id).to_json()
    encoding = data["evidence"]["encoding"]
    data["encoding"] = encoding  # the codec that decoded it (detected, or declared by the page)
    data["same_as"] = change.same_as
    if change.message:
        out.note(change.message)
    out.emit(data, lambda: [f"{art.id}  [{art.language}]  {art.title}",
                            f"    {len(art.text)} characters from {data['evidence']['kind']} "
                            f"{data['evidence']['origin']}".rstrip(),
                            f"    read as {textio.encoding_label(encoding)} ({encoding})"])


def cmd_library(args, out):
    from workbench.services import importing

    wb = _open(args)
    rows = importing.library(wb)
    out.emit([r.to_json() for r in rows], lambda: (
        f"{r.id}  [{r.language}]  {r.with_verdict}/{r.claims} rated, {r.approved} approved  "
        f"{r.published or r.added_at[:10]}  {r.publisher or r.url}  {r.title}" for r in rows))
