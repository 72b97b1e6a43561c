"""Trusted time from the desk's time-stamping authority (RFC 3161 over HTTP), and the desk setting.

:func:`request_timestamp` POSTs a ``TimeStampReq`` (``application/timestamp-query``) built by
``core/timestamp.py`` and returns the checked token; every failure is one
:class:`~workbench.core.timestamp.TimestampError` saying what happened (unreachable, no answer
in time, an HTTP error, a reply that is not a timestamp response, a refusal, another request's
nonce). :func:`stamp` is what a capture calls: a token from the desk's TSA, or None when the desk
names none. Verification is offline and pure: :func:`workbench.core.timestamp.verify_timestamp`.

The desk's TSA is two database settings (``workbench export-settings --tsa-url URL
--tsa-roots PEMFILE``): its address, and the PEM certificates its tokens must chain to.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlparse

from workbench.core.timestamp import (
    TimestampError, TimestampToken, build_query, load_roots, read_reply, verify_timestamp,
)

from .session import Workbench

__all__ = ["TSA_URL_KEY", "TSA_ROOTS_KEY", "TIMESTAMP_TIMEOUT_S", "TsaSettings", "request_timestamp",
           "stamp", "tsa_settings", "set_tsa", "check_tsa_url", "load_roots", "verify_timestamp",
           "TimestampToken", "TimestampError"]

TSA_URL_KEY = "evidence.tsa_url"
TSA_ROOTS_KEY = "evidence.tsa_roots"
TIMESTAMP_TIMEOUT_S = 15.0
#: A reply is a few kilobytes; anything past this is not a timestamp reply.
MAX_REPLY_BYTES = 1024 * 1024
USER_AGENT = "workbench/0.1 (+fact-checking desk)"


@dataclass(frozen=True)
class TsaSettings:
    """The desk's TSA: its address ("" when none) and its trust roots (PEM text, "" when none)."""

    url: str = ""
    roots_pem: str = ""


def check_tsa_url(url: str) -> str:
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise TimestampError("timestamp.bad_url", url=url)
    return url


def request_timestamp(tsa_url: str, sha256_digest: bytes,
                      timeout: float = TIMESTAMP_TIMEOUT_S) -> TimestampToken:
    """Ask the TSA at ``tsa_url`` to stamp ``sha256_digest``; the token, its genTime and its
    SHA-256. The reply is checked against this request (status, nonce, digest) before it is
    returned; its signature is checked by :func:`verify_timestamp`, offline, whenever asked."""
    url = check_tsa_url(tsa_url)
    query, nonce = build_query(sha256_digest)
    request = urllib.request.Request(url, data=query, method="POST", headers={
        "Content-Type": "application/timestamp-query", "Accept": "application/timestamp-reply",
        "User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:  # noqa: S310 - http(s) only
            body = reply.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise TimestampError("timestamp.http_status", url=url, status=exc.code, reason=exc.reason) from None
    except (TimeoutError, socket.timeout):
        raise TimestampError("timestamp.timeout", url=url, timeout=timeout) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise TimestampError("timestamp.timeout", url=url, timeout=timeout) from None
        raise TimestampError("timestamp.unreachable", url=url, error=_reason(exc.reason)) from None
    except (http.client.HTTPException, OSError) as exc:
        raise TimestampError("timestamp.unreachable", url=url, error=_reason(exc)) from None
    if len(body) > MAX_REPLY_BYTES:
        raise TimestampError("timestamp.not_a_reply", url=url, error="the reply is larger than 1 MB")
    return read_reply(body, sha256_digest, nonce, url)


def _reason(error) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


# -- the desk setting ---------------------------------------------------------------------------
def tsa_settings(wb: Workbench) -> TsaSettings:
    return TsaSettings(wb.setting(TSA_URL_KEY) or "", wb.setting(TSA_ROOTS_KEY) or "")


def set_tsa(wb: Workbench, url: str | None = None, roots_pem: str | None = None) -> TsaSettings:
    """Name the desk's TSA and/or its trust roots (each recorded as a setting, audited like any
    other); ``""`` clears one. The URL must be http(s); the roots must be PEM certificates."""
    if url:
        url = check_tsa_url(url)
    if roots_pem:
        load_roots(roots_pem)
    if url is not None:
        wb.set_setting(TSA_URL_KEY, url)
    if roots_pem is not None:
        wb.set_setting(TSA_ROOTS_KEY, roots_pem)
    return tsa_settings(wb)


def stamp(wb: Workbench, sha256_digest: bytes, timeout: float = TIMESTAMP_TIMEOUT_S) -> TimestampToken | None:
    """A token from the desk's TSA for ``sha256_digest``, or None when the desk names no TSA
    (evidence is then kept without trusted time). Raises :class:`TimestampError` when the TSA
    fails: the caller decides whether the evidence is kept without a stamp."""
    url = tsa_settings(wb).url
    if not url:
        return None
    return request_timestamp(url, sha256_digest, timeout)
