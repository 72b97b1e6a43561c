"""Errors every layer raises and shows. The message is meant for the person at the desk."""


class WorkbenchError(Exception):
    """A failure with a one-line, human-readable message; nothing was changed."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(WorkbenchError):
    """An id that names nothing in this database."""


class InvalidInput(WorkbenchError):
    """Input that breaks a rule of the domain (span outside the text, unknown rating...)."""


class Forbidden(WorkbenchError):
    """The acting user may not do this (review rules)."""


class StoreUnavailable(WorkbenchError):
    """The database cannot be opened or written: locked, read-only, corrupt or newer."""
