"""Error messages in the interface's language.

Errors are raised below the UI with one-line English messages (the command line shows them as
they are). ``tools/i18n.py`` collects the template of every such message from the code that
raises it (``f"{path} does not exist"`` → ``{0} does not exist``) into ``error_messages.py``,
and the translators translate them in context ``errors`` like any other string. Here an
error's message is matched against the templates (most specific first) and shown translated,
with the values it carried put back in, each isolated so an English path or id keeps its
order inside Arabic text. A message no template matches is shown as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from workbench.core.arabic import isolate
from workbench.core.errors import WorkbenchError

from .error_messages import TEMPLATES

_FIELD = re.compile(r"\{(\d+)\}")
FSI, PDI = "\u2068", "\u2069"  # what isolate() wraps a value in (tests look for them)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    out = []
    for template in TEMPLATES:
        pieces = _FIELD.split(template)  # literal, field number, literal, …
        literals = [p.replace("{{", "{").replace("}}", "}") for p in pieces[0::2]]
        rx = "(.*?)".join(re.escape(p) for p in literals)
        out.append((sum(map(len, literals)), template, re.compile(rx, re.DOTALL)))
    out.sort(key=lambda t: -t[0])  # the most literal text first: "bundle {0} …" before "{0} …"
    return [(t, rx) for _, t, rx in out]


def localized(message: str) -> str:
    """``message`` in the interface's language, if it is one of the known templates."""
    for template, rx in _patterns():
        m = rx.fullmatch(message)
        if m is None:
            continue
        translated = QCoreApplication.translate("errors", template)
        if translated == template:
            return message
        try:
            return translated.format(*(isolate(g) for g in m.groups()))
        except (IndexError, KeyError, ValueError):  # a translation that lost a field
            return message
    return message


def error_text(exc: WorkbenchError) -> str:
    return localized(str(exc))
