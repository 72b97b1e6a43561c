"""Subcommands that take verdicts out of the workbench: ``export`` and ``export-settings``."""

from __future__ import annotations

import sys
from dataclasses import replace

from workbench.core.errors import InvalidInput
from workbench.core.messages import term

from .session_cmds import _open, counted


def register(sub) -> None:
    p = sub.add_parser("export", help="export verdicts: ClaimReview JSON-LD, CSV, Markdown, HTML, PDF, "
                       "or the WACZ evidence pack")
    # checked by get_format(), so that listing commands does not import the exporters
    p.add_argument("--format", required=True, dest="fmt", metavar="claimreview|csv|md|html|pdf|wacz",
                   help="claimreview (JSON-LD), csv, md (Markdown), html, pdf, or wacz (the evidence "
                        "pack: every capture and attached file behind the verdicts, with a manifest)")
    p.add_argument("--article", metavar="ID", help="only this article (default: every article)")
    p.add_argument("--all-states", action="store_true",
                   help="export every claim with its review state marked (default: approved only)")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="file to write; '-' prints text formats to standard output")
    p.add_argument("--force", action="store_true", help="replace the file if it already exists")
    p.add_argument("--json", action="store_true",
                   help="print what was written (format, path, claims) as JSON")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("export-settings", help="show or set the organisation exports publish under")
    p.add_argument("--org-name", metavar="NAME", help="the fact-checking organisation's name")
    p.add_argument("--org-url", metavar="URL", help="its web site, e.g. https://factcheck.example")
    p.add_argument("--url-pattern", metavar="PATTERN", help="each fact-check's address; fields {base} (the "
                   "organisation's URL), {article_slug}, {article_id}, {claim_id}")
    p.add_argument("--tsa-url", metavar="URL", help="the desk's RFC 3161 time-stamping authority: "
                   "evidence is stamped there (trusted time); '' clears it")
    p.add_argument("--tsa-roots", metavar="PEMFILE", help="PEM file of the certificates the TSA's "
                   "stamps must chain to (kept in the database); '' clears them")
    p.add_argument("--no-tsa", action="store_true",
                   help="clear the time-stamping authority and its trust roots")
    p.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    p.set_defaults(run=cmd_export_settings)


def cmd_export(args, out):
    from workbench.export.common import ExportOptions, export, get_format, select_from

    form = get_format(args.fmt)
    to_stdout = args.output == "-"
    if to_stdout and form.binary:
        raise InvalidInput("export.binary_stdout", format=term(form.title))
    if to_stdout and args.json:
        raise InvalidInput("export.json_stdout")
    wb = _open(args)
    if not to_stdout:
        from workbench.services.files import check_target

        check_target(args.output, args.force, wb.local_files())
    selection = select_from(wb, args.article, args.all_states)
    options = ExportOptions.from_settings(wb.setting)
    from workbench.services.evidence_pack import for_export

    selection = for_export(wb, form, selection)  # an altered capture: refused, nothing written
    if form.key == "claimreview":
        from workbench.export.claimreview import gaps

        for gap in gaps(selection):
            out.note(gap)
    if not to_stdout:
        count = export(args.output, form.key, selection, wb.scale, options)
        out.emit({"format": form.key, "path": args.output, "claims": count},
                 lambda: [f"wrote {args.output}: {counted(count, 'claim')} as {form.key}"])
        return 0
    text = form.render(selection, wb.scale, options).decode("utf-8")
    if form.key == "md":
        # read in a terminal: Output reshapes it for terminals without bidi when asked to
        out.block(text)
    else:
        sys.stdout.write(text)
    return 0


def _read_roots(path: str) -> str:
    """The PEM text of ``path`` ("" clears the setting)."""
    if not path:
        return ""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("timestamp.roots_unreadable", path=path,
                           error=getattr(exc, "strerror", None) or exc) from None


def cmd_export_settings(args, out):
    from workbench.core.timestamp import describe_roots
    from workbench.export.common import ExportOptions
    from workbench.services.timestamp import check_tsa_url, load_roots, set_tsa, tsa_settings

    tsa_url = "" if args.no_tsa else args.tsa_url
    roots = "" if args.no_tsa else (None if args.tsa_roots is None else _read_roots(args.tsa_roots))
    if tsa_url:  # checked before anything is written
        tsa_url = check_tsa_url(tsa_url)
    if roots:
        load_roots(roots)
    wb = _open(args)
    changes = {"org_name": args.org_name, "org_url": args.org_url, "url_pattern": args.url_pattern}
    changes = {k: v.strip() for k, v in changes.items() if v is not None}
    options = ExportOptions.from_settings(wb.setting)
    if changes:
        options = replace(options, **changes)
        options.check(tuple(changes))
        for name, value in changes.items():
            wb.set_setting(ExportOptions.SETTING_KEYS[name], value)
    if tsa_url is not None or roots is not None:
        set_tsa(wb, tsa_url, roots)
    tsa = tsa_settings(wb)
    values = {"org_name": options.org_name, "org_url": options.org_url,
              "url_pattern": options.url_pattern}
    described = describe_roots(tsa.roots_pem) if tsa.roots_pem else []
    doc = {**values, "tsa_url": tsa.url, "tsa_roots": described}

    def lines():
        yield from (f"{k:<12} {v}" for k, v in values.items())
        yield f"{'tsa_url':<12} {tsa.url or '(none: evidence carries no trusted time)'}"
        if not described:
            yield f"{'tsa_roots':<12} (none)"
        for root in described:
            yield f"{'tsa_roots':<12} {root['subject']} (sha256 {root['sha256'][:16]}…, until {root['not_after']})"

    out.emit(doc, lines)
