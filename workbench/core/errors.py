"""Errors every layer raises and shows. The message is meant for the person at the desk.

An error carries a *code* (a key of :data:`workbench.core.messages.MESSAGES`) and the values of
its template's fields; ``str(exc)`` is the English message (what the command line prints), and
the window translates the code's template instead (``workbench/ui/errors.py``).
"""

from __future__ import annotations

from .messages import english


def _restore(cls, code: str, params: dict, state: dict) -> WorkbenchError:
    exc = cls.__new__(cls)
    WorkbenchError.__init__(exc, code, **params)
    exc.__dict__.update(state)
    return exc


class WorkbenchError(Exception):
    """A failure with a one-line, human-readable message; nothing was changed.

    ``code``: the message's code; ``params``: the values of its fields (data, or
    :class:`~workbench.core.messages.Term`); ``message``: the English text."""

    def __init__(self, code: str, **params):
        message = english(code, params)
        super().__init__(message)
        self.code = code
        self.params = params
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        return _restore, (type(self), self.code, self.params, self.__dict__)


class NotFound(WorkbenchError):
    """An id that names nothing in this database."""


class InvalidInput(WorkbenchError):
    """Input that breaks a rule of the domain (span outside the text, unknown rating...)."""


class Forbidden(WorkbenchError):
    """The acting user may not do this (review rules)."""


class StaleEdit(WorkbenchError):
    """An edit made on data someone else has changed since it was opened: nothing was saved."""


class StoreUnavailable(WorkbenchError):
    """The database cannot be opened or written: locked, read-only, corrupt or newer."""
