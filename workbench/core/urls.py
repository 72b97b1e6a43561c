"""Web addresses a person types for a source or a capture: checked once, before anything is
stored or fetched, with one message code per kind of mistake.

Refused: anything but ``http://`` / ``https://`` with a host (``source.bad_url``); spaces or
control characters anywhere (``url.spaces``); a port that is not a number from 1 to 65535
(``url.bad_port``); invisible direction controls (``capture.bidi_url``, shown with
:func:`~workbench.core.arabic.reveal_bidi_controls`); and a user name or password in the address
(``url.credentials``). Workbench never stores a password: an address holding one is refused,
so no message, note, export or audit event can echo it. :func:`redact` hides the credentials of
an address already stored (before this check existed) wherever it is shown.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from .arabic import BIDI_CONTROLS, reveal_bidi_controls
from .errors import InvalidInput


def redact(url: str) -> str:
    """The address with any user name and password replaced by ``***`` (for messages)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, "***@" + host, parts.path, parts.query, parts.fragment))


def without_password(uri: str) -> str:
    """A connection URI without its password (``postgresql://omar:secret@host/desk`` ->
    ``postgresql://omar@host/desk``; a ``password=`` query parameter is dropped too): the login
    stays, as the title and the recent-desks list name it."""
    parts = urlsplit(uri)
    netloc = parts.netloc
    if "@" in netloc:
        creds, host = netloc.rsplit("@", 1)
        netloc = creds.split(":", 1)[0] + "@" + host
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith("password="))
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def shown(url: str) -> str:
    """The address as a message shows it: credentials hidden, invisible controls made visible."""
    return reveal_bidi_controls(redact(url))


def check_web_url(url: str) -> str:
    """The address stripped, or :class:`InvalidInput` naming what is wrong with it."""
    url = url.strip()
    if any(ch in BIDI_CONTROLS for ch in url):
        raise InvalidInput("capture.bidi_url", url=shown(url))
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InvalidInput("source.bad_url", url=shown(url)) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidInput("source.bad_url", url=shown(url))  # not a web address at all
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        raise InvalidInput("url.spaces", url=shown(url))
    try:
        port = parts.port
    except ValueError:
        raise InvalidInput("url.bad_port", url=shown(url)) from None
    if port == 0:
        raise InvalidInput("url.bad_port", url=shown(url))
    if parts.username is not None or parts.password is not None:
        raise InvalidInput("url.credentials", url=shown(url))
    return url
