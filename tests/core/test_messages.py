"""The error catalogue (workbench/core/messages.py): every code raised is in it, with the
fields its template names, and every code in it is raised somewhere."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest

from workbench.core import textio
from workbench.core.errors import Forbidden, InvalidInput, NotFound, WorkbenchError
from workbench.core.messages import MESSAGES, TERMS, Term, fields, term
from workbench.core.model import ReviewState, Role
from workbench.core.review import check_transition
from workbench.services.review import Review

PACKAGE = Path(__file__).resolve().parents[2] / "workbench"
CATALOGUE = {PACKAGE / "core" / "messages.py", PACKAGE / "ui" / "error_messages.py"}
CODE = re.compile(r"[a-z0-9_]+\.[a-z0-9_]+")


def _trees() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))
            if p not in CATALOGUE}


def _error_classes(trees) -> set[str]:
    classes = {"WorkbenchError"}
    while True:
        found = {n.name for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)
                 and any(getattr(b, "id", getattr(b, "attr", None)) in classes for b in n.bases)}
        if found <= classes:
            return classes
        classes |= found


def _constructions():
    """(where, codes named in the first argument, keyword names or None if ``**`` is passed)
    of every construction of a WorkbenchError class in the package."""
    trees = _trees()
    classes = _error_classes(trees)
    for path, tree in trees.items():
        for n in ast.walk(tree):
            if not (isinstance(n, ast.Call)
                    and getattr(n.func, "id", getattr(n.func, "attr", None)) in classes):
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{n.lineno}"
            if not n.args:  # super().__init__(code, **params) inside the classes themselves
                continue
            keys = {id(k) for d in ast.walk(n.args[0]) if isinstance(d, ast.Dict) for k in d.keys}
            codes = [c.value for c in ast.walk(n.args[0])  # a code, or codes chosen by a dict or if
                     if isinstance(c, ast.Constant) and isinstance(c.value, str) and id(c) not in keys]
            keywords = None if any(k.arg is None for k in n.keywords) else {k.arg for k in n.keywords}
            yield where, codes, keywords


def test_every_error_raised_names_a_code_of_the_catalogue_with_its_fields():
    sites = list(_constructions())
    assert len(sites) > 90
    for where, codes, keywords in sites:
        assert codes, f"{where}: an error is raised without a code"
        for code in codes:
            assert code in MESSAGES, f"{where}: {code!r} is not in core/messages.py"
            if keywords is not None:
                assert keywords == {f for f, _, _ in fields(MESSAGES[code])}, \
                    f"{where}: {code!r} takes {sorted(f for f, _, _ in fields(MESSAGES[code]))}"


def test_every_code_of_the_catalogue_is_raised():
    used = {code for _, codes, _ in _constructions() for code in codes}
    assert set(MESSAGES) - used == set()
    assert all(CODE.fullmatch(c) for c in MESSAGES)


def test_an_unknown_code_or_a_missing_value_fails_loudly():
    with pytest.raises(ValueError, match="unknown error code"):
        InvalidInput("claim.no_such_thing", claim="c1")
    with pytest.raises(KeyError):
        InvalidInput("claim.exists")
    with pytest.raises(ValueError, match="terms"):
        term("a word nobody listed")


def test_the_domains_words_are_terms():
    for value in [*ReviewState, *Role, *(kind for _, kind in textio._MAGIC)]:
        assert isinstance(term(value), Term)
    from workbench.export.common import FORMATS
    assert {f.title for f in FORMATS.values()} <= set(TERMS)
    assert len(set(TERMS)) == len(TERMS)


def test_an_error_keeps_its_code_values_and_english_message_through_pickle():
    exc = NotFound("claim.not_found", claim="c-9")
    assert (exc.code, exc.params, exc.message, str(exc)) == (
        "claim.not_found", {"claim": "c-9"}, "no claim with id 'c-9'", "no claim with id 'c-9'")
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is NotFound and (back.code, back.params, str(back)) == (exc.code, exc.params, str(exc))
    from workbench.export.common import NothingToExport
    nothing = pickle.loads(pickle.dumps(NothingToExport("export.article_empty", False, article="a1")))
    assert (nothing.some_unapproved, str(nothing)) == (False, "article a1 has no claims to export")


# -- real errors from real calls ---------------------------------------------------------
def test_service_calls_raise_codes_with_their_values(wb, sample):
    with pytest.raises(NotFound) as caught:
        wb.claim("no-such-claim")
    assert (caught.value.code, caught.value.params) == ("claim.not_found", {"claim": "no-such-claim"})
    assert str(caught.value) == "no claim with id 'no-such-claim'"

    with pytest.raises(InvalidInput) as caught:
        wb.add_claim(sample.id, 10, 5, "backwards")
    assert (caught.value.code, caught.value.params) == ("span.reversed", {"start": 10, "end": 5})
    assert str(caught.value) == "span start 10 is after its end 5"

    claim = wb.claims()[0]
    with pytest.raises(InvalidInput) as caught:  # a draft cannot be approved
        Review(wb).approve(claim.id)
    assert caught.value.code == "review.cannot_approve"
    assert caught.value.params == {"claim": claim.id, "state": "draft"}
    assert isinstance(caught.value.params["state"], Term)
    assert str(caught.value) == f"cannot approve claim {claim.id}: it is draft, not in_review"

    wb.set_verdict(claim.id, "false", "no record of it")
    Review(wb).submit(claim.id)
    with pytest.raises(Forbidden) as caught:  # alice is a checker
        Review(wb).approve(claim.id)
    assert caught.value.code == "review.approve_editor_only"
    assert caught.value.params == {"user": "alice", "role": "checker"}
    assert str(caught.value) == "only an editor may approve a claim; alice is a checker"


def test_the_english_messages_of_the_split_codes_are_the_old_sentences():
    class C:
        id = "c1"
        review_state = "approved"

    for action, verb, allowed in (("review.submit", "submit", "draft or changes_requested"),
                                  ("review.approve", "approve", "in_review"),
                                  ("review.request_changes", "request changes on", "in_review")):
        with pytest.raises(WorkbenchError) as caught:
            check_transition(C, action)
        assert str(caught.value) == f"cannot {verb} claim c1: it is approved, not {allowed}"
