"""``workbench --db URI desk init``: make a PostgreSQL database a desk whose server enforces who
may do what (docs/team.md)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("desk", help="a desk on a PostgreSQL server: its roles and rules")
    dsub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=sub._parser_class)
    init = dsub.add_parser("init", help="create the desk's schema, group roles (<db>_checker, <db>_editor, "
                                        "<db>_admin), grants and rules; run by a role that may create roles; "
                                        "run again, it changes nothing")
    init.add_argument("--with-sample", action="store_true", help="load the bundled sample article too")
    init.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    init.set_defaults(run=cmd_desk_init)


def cmd_desk_init(args, out):
    from workbench.services import open_workbench, server_desk as desk

    wb = open_workbench(args.db, args.user)
    groups = desk.init_desk(wb, with_sample=args.with_sample)
    out.emit({"desk": wb.db_path, "groups": groups, "sample": bool(args.with_sample)},
             lambda: [f"desk {wb.db_path} is ready; groups: {', '.join(groups)}",
                      "add people with: workbench --db URI user add NAME --role checker|editor|admin "
                      "--password-stdin"])
