"""Subcommands for finding things again and for proposed claims: search, checked-before,
suggest, proposal accept|dismiss. Heavy modules are imported inside the commands."""

from __future__ import annotations


def _count(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    import argparse

    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return n


def _json_flag(p):
    p.add_argument("--json", action="store_true", help="print one JSON document on standard output")
    return p


def _open(args):
    from workbench.services import open_workbench

    wb = open_workbench(args.db, args.user)
    wb.ensure_sample()
    return wb


def register(sub) -> None:
    p = _json_flag(sub.add_parser(
        "search", help="search article text, claims, rationales and sources (title, publisher, excerpt)"))
    p.add_argument("query", metavar="QUERY", help="words to find (Arabic matched without diacritics)")
    p.add_argument("--limit", type=_count, default=20, help="most hits to show (default 20)")
    p.add_argument("--kind", action="append", default=[],
                   choices=["article", "claim", "rationale", "source"],
                   help="only hits of this kind; repeatable")
    p.set_defaults(run=cmd_search)

    p = _json_flag(sub.add_parser(
        "checked-before", help="similar claims from other articles, with their verdicts"))
    p.add_argument("claim_id", metavar="CLAIM_ID", help="the claim (ids are shown by `workbench claims`)")
    p.add_argument("--limit", type=_count, default=10, help="most claims to show (default 10)")
    p.set_defaults(run=cmd_checked_before)

    p = _json_flag(sub.add_parser(
        "suggest", help="propose check-worthy claims in an article (each with its id and state: "
                        "new, already a claim, accepted, dismissed)"))
    p.add_argument("article_id", metavar="ARTICLE_ID", help="the article (see `workbench articles`)")
    p.add_argument("--all", action="store_true",
                   help="every sentence with its score (for evaluation), and the id and state of "
                        "its proposal: new, already a claim, accepted, dismissed, or not proposed "
                        "(below the floor or the top; run without --all to store proposals); "
                        "nothing is stored")
    p.add_argument("--top", type=_count, default=10, help="most proposals to keep (default 10)")
    p.set_defaults(run=cmd_suggest)

    proposal = sub.add_parser("proposal", help="accept or dismiss a proposed claim")
    psub = proposal.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=sub._parser_class)
    p = _json_flag(psub.add_parser("accept", help="make the proposal a claim (same span)"))
    p.add_argument("proposal_id", metavar="ID", help="the proposal (ids are shown by `workbench suggest`)")
    p.add_argument("--statement", default="", metavar="TEXT",
                   help="the claim in the checker's own words (optional)")
    p.set_defaults(run=cmd_proposal_accept)
    p = _json_flag(psub.add_parser("dismiss", help="dismiss the proposal (the decision is kept)"))
    p.add_argument("proposal_id", metavar="ID", help="the proposal (ids are shown by `workbench suggest`)")
    p.set_defaults(run=cmd_proposal_dismiss)


def cmd_search(args, out):
    from workbench.core.errors import InvalidInput
    from workbench.core.normalize import terms
    from workbench.services.search import search

    if not terms(args.query):
        raise InvalidInput("search.no_words")
    wb = _open(args)
    hits = search(wb, args.query, args.limit, tuple(args.kind))
    out.emit([h.to_json() for h in hits], lambda: [
        f"{h.kind:<9} {h.article_id}  {h.claim_id or '-'}  {h.start}-{h.end}  {h.snippet_marked}"
        for h in hits] or [f"no match for {args.query}"])


def cmd_checked_before(args, out):
    from workbench.services.search import checked_before

    wb = _open(args)
    found = checked_before(wb, args.claim_id, args.limit)

    def label(s) -> str:  # English, as `workbench claims` labels verdicts (and as the JSON)
        return s.rating_label or s.rating or "unrated"

    out.emit([s.to_json() for s in found], lambda: (
        f"{s.similarity:.2f}  [{label(s)} · {s.review_state}]  {s.claim_id}  {s.quote}"
        for s in found))


def _reason_text(reasons) -> str:
    return "; ".join(r["label"] + (f" ({r['text']})" if r.get("text") else "") for r in reasons)


def _state_text(r: dict) -> str:
    """A proposal's (or scored sentence's) state in words: what `proposal accept|dismiss` can
    still do with it."""
    state = r["state"]
    if state == "claimed":
        return f"already a claim ({r['covered_by']})"
    if state == "accepted":
        return f"accepted (claim {r['claim_id']})" if r.get("claim_id") else "accepted"
    if state == "unproposed":
        return "not proposed"
    return state  # new, dismissed


def _suggest_lines(rows):
    for r in rows:
        yield (f"{r['score']:.2f}  {r.get('id') or '-':<36}  {r['start']}-{r['end']}  "
               f"[{_state_text(r)}]  {r['quote']}")
        yield f"      {_reason_text(r['reasons'])}"


def cmd_suggest(args, out):
    from workbench.services import proposals

    wb = _open(args)
    if args.all:
        rows = [s.to_json() for s in proposals.score_sentences(wb, args.article_id)]
    else:
        # the state is worked out on reading (from the decision and the claims): never stored
        rows = [{**p.to_json(), "state": p.state}
                for p in proposals.propose(wb, args.article_id, top=args.top)]
    out.emit(rows, lambda: _suggest_lines(rows))


def cmd_proposal_accept(args, out):
    from workbench.services import proposals

    wb = _open(args)
    change = proposals.accept(wb, args.proposal_id, args.statement)
    out.emit(change.claim.to_json(), lambda: [
        f"accepted {args.proposal_id} as claim {change.claim.id}", f"    {change.claim.quote}"])


def cmd_proposal_dismiss(args, out):
    from workbench.services import proposals

    wb = _open(args)
    proposals.dismiss(wb, args.proposal_id)
    out.emit({"dismissed": args.proposal_id}, lambda: [f"dismissed {args.proposal_id}"])
