"""Error messages in the interface's language.

Errors are raised below the UI with a code and the values of its fields
(:mod:`workbench.core.messages`); the command line shows their English message. Here the code's
English template is translated (Qt context ``errors``; ``tools/i18n.py`` lists the templates
in ``error_messages.py`` for Qt's tools) and filled in with the same values, each isolated so
an English path or id keeps its order inside Arabic text. A value that is one of the domain's
words (a :class:`~workbench.core.messages.Term`: a review state, a role...) is translated too.
Nothing is parsed back out of an English message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from string import Formatter

from PySide6.QtCore import QCoreApplication

from workbench.core.arabic import isolate
from workbench.core.errors import WorkbenchError
from workbench.core.messages import MESSAGES, Term, english

FSI, PDI = "\u2068", "\u2069"  # what isolate() wraps a value in (tests look for them)
_CONVERT: dict[str, Callable[[Any], Any]] = {"r": repr, "s": str, "a": ascii, "": lambda v: v}


def _value(value, conversion: str, spec: str) -> str:
    if isinstance(value, Term):
        return QCoreApplication.translate("errors", str(value))
    return isolate(format(_CONVERT[conversion](value), spec))


def _fill(template: str, params: dict) -> str:
    out = []
    for literal, name, spec, conversion in Formatter().parse(template):
        out.append(literal)
        if name is not None:
            out.append(_value(params[name], conversion or "", spec or ""))
    return "".join(out)


def translated(code: str, params: dict) -> str:
    """The message of ``code`` with ``params`` in the interface's language."""
    template = MESSAGES[code]
    text = QCoreApplication.translate("errors", template)
    if text != template:
        try:
            return _fill(text, params)
        except (KeyError, IndexError, ValueError):  # a translation that lost or misspelt a field
            pass
    return english(code, params)


#: How the window names a claim in a message: its number in the checklist ("3") instead of
#: its id, which the command line needs and a person in the window never sees. Set by the
#: main window; None (or an answer of None) keeps the id.
claim_names: Callable[[str], str | None] | None = None


def error_text(exc: WorkbenchError) -> str:
    params = exc.params
    claim = params.get("claim")
    if claim_names is not None and isinstance(claim, str):
        name = claim_names(claim)
        if name:
            params = {**params, "claim": name}
    return translated(exc.code, params)
