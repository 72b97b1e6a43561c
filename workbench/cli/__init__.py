"""The headless command line: every action over the same store as the GUI.

``workbench`` alone opens the GUI. Global options come before the subcommand:
``workbench --db PATH --user NAME claims --json``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys

from workbench.core.arabic import for_terminal, reveal_bidi_controls
from workbench.core.errors import WorkbenchError

#: Modules that add subcommands: each has ``register(subparsers)``. session_cmds (which has
#: ``gui``) comes first: starting the window loads only that one.
COMMAND_MODULES = ["session_cmds", "export_cmds", "review_cmds", "search_cmds", "import_cmds",
                   "evidence_cmds", "desk_cmds", "server_cmds"]


class _Parser(argparse.ArgumentParser):
    """argparse, but bad input is reported on one line."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.exit(2, f"{self.prog}: error: {message}\n")


#: What a line or paragraph break inside a one-line listing is shown as.
LINE_MARK = "\u23ce"  # ⏎
#: Every line and paragraph break Python (and a terminal) would break a line at: LF, CR,
#: CR LF (one mark), VT, FF, the file/group/record separators, NEL, U+2028 and U+2029.
_BREAKS = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` on one line: each break in it (a quote that spans two paragraphs, a title with
    a line separator) is shown as ⏎, so a listing keeps one line per item."""
    return _BREAKS.sub(LINE_MARK, text)


class Output:
    """Prints JSON (never reshaped) or text for a person (reshaped for dumb terminals)."""

    def __init__(self, as_json: bool, shape: bool):
        self.as_json = as_json
        self.shape = shape
        self.notes: list[str] = []

    def note(self, message: str) -> None:
        """A note for the person (not data): one line on stderr with the usual prefix, and kept so a
        JSON document that follows carries it too (``"notes"``)."""
        self.notes.append(message)
        sys.stderr.write(f"workbench: note: {reveal_bidi_controls(one_line(message))}\n")

    def json(self, value) -> None:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")

    def text(self, line: str = "") -> None:
        """One line for a person: never a raw control character (an override cannot reorder it,
        an escape sequence in a title cannot drive the terminal) and never a break (shown as ⏎:
        :func:`one_line`); JSON keeps the data exact."""
        line = one_line(line)
        sys.stdout.write((for_terminal(line) if self.shape else reveal_bidi_controls(line)) + "\n")

    def block(self, text: str) -> None:
        """Text of many lines (a captured page, a Markdown export): one :meth:`text` per line
        (LF or CR LF); any other break inside a line is shown as ⏎."""
        for line in re.split("\r?\n", text.rstrip("\r\n")):
            self.text(line)

    def emit(self, value, lines) -> None:
        if self.as_json:
            if self.notes and isinstance(value, dict):
                value = {**value, "notes": list(self.notes)}
            self.json(value)
        else:
            for line in lines():
                self.text(line)


def build_parser(modules: list[str] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="workbench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", metavar="PATH|URI", help="database file; a new one is made if there is "
                        "none, in a folder that must exist (default: in your data folder); or a desk on "
                        "a PostgreSQL server: a libpq URI such as postgresql://NAME@HOST/DESK or "
                        "postgresql:///DESK?service=NAME (password from ~/.pgpass, PGPASSWORD or the "
                        "service file)")
    parser.add_argument("--user", metavar="NAME", help="who is acting (default: from settings, then login name)")
    parser.add_argument("--no-shape", action="store_true",
                        help="print Arabic in logical order (no reshaping for the terminal)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in modules or COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def _opens_the_window(argv: list[str]) -> bool:
    """``workbench [--db P] [--user N] [--no-shape] [gui ...]``: no other command is asked for."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in ("-h", "--help"):
            return False
        if word in ("--db", "--user"):
            i += 2
            continue
        if word.startswith("-"):
            i += 1
            continue
        return word == "gui"
    return True


def _should_shape(args) -> bool:
    if args.no_shape or os.environ.get("WORKBENCH_NO_SHAPE"):
        return False
    return sys.stdout.isatty()


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    argv = list(sys.argv[1:] if argv is None else argv)
    # Starting the window (the common case, and on the start-up clock) builds only its parser.
    parser = build_parser(COMMAND_MODULES[:1] if _opens_the_window(argv) else None)
    args = parser.parse_args(argv)
    if not args.command:
        args = parser.parse_args([*argv, "gui"])
    out = Output(getattr(args, "json", False), _should_shape(args))
    # A mistyped --db would otherwise go unnoticed: the command works on a new, empty database.
    new_db = args.db is not None and not os.path.exists(args.db)
    try:
        code = args.run(args, out) or 0
        if new_db and os.path.exists(args.db):
            out.note(f"there was no database at {args.db}; a new one was created there")
        return code
    except WorkbenchError as exc:
        # a message can quote a server or a file (a status line, a title): never raw controls
        sys.stderr.write(f"workbench: error: {reveal_bidi_controls(one_line(exc.message))}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (``workbench suggest --all | head``): not an error of ours.
        # stdout is pointed at devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
