"""RFC 3161 trusted time, without the network: the query, the reply, and offline verification.

A time-stamping authority (TSA) signs "this SHA-256 existed at this time". Workbench asks for
a stamp over the SHA-256 of a piece of evidence (:func:`build_query`; the HTTP exchange is in
``services/timestamp.py``), checks the reply against its own request (:func:`read_reply`: the
status, the nonce, the digest) and keeps the *token* (the signed ``TimeStampToken``, DER).

:func:`verify_timestamp` checks a kept token offline, with nothing but the desk's trust roots:
the token stamps this SHA-256, its signature holds, and the TSA's certificate (carried in the
token, extendedKeyUsage critical timeStamping) chains to one of the roots at the stamped time.
Parsing and signature checks are rfc3161-client's (Trail of Bits, Rust ASN.1 and OpenSSL
underneath); each failure is given a message code of ``core/messages.py``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from .errors import WorkbenchError

#: DER of the AlgorithmIdentifier for SHA-256 (OID 2.16.840.1.101.3.4.2.1, NULL parameters).
_SHA256_ALGORITHM = bytes.fromhex("300d060960864801650304020105 00".replace(" ", ""))
SHA256_OID = "2.16.840.1.101.3.4.2.1"
#: PKIStatus values that carry a token (granted, grantedWithMods).
_GRANTED = (0, 1)
_STATUS_NAMES = {0: "granted", 1: "granted with modifications", 2: "rejection", 3: "waiting",
                 4: "revocation warning", 5: "revocation notification"}


class TimestampError(WorkbenchError):
    """A time stamp could not be had, or does not hold; the message says why."""


@dataclass(frozen=True)
class TimestampToken:
    """A TSA's signed statement that ``sha256`` existed at ``time``."""

    token: bytes  # the DER TimeStampToken (CMS ContentInfo / SignedData)
    time: str  # the TSA's genTime, ISO 8601 UTC ("2026-11-30T17:26:53Z")
    token_sha256: str  # hex SHA-256 of ``token``
    tsa: str  # the TSA's address (as asked)
    serial: int = 0  # the TSA's serial number for this stamp

    def to_json(self) -> dict:
        """What ``claims --json`` shows of a stamp (issue 13): not the token itself."""
        return {"tsa": self.tsa, "time": self.time, "token_sha256": self.token_sha256}


@dataclass(frozen=True)
class TimestampCheck:
    """The outcome of :func:`verify_timestamp`: ``error`` is None when the token holds."""

    error: TimestampError | None = None
    time: str = ""  # the stamped time (when the token could be read)
    tsa_name: str = ""  # the signing certificate's subject (when it could be read)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def reason(self) -> str:
        return self.error.message if self.error else ""

    def to_json(self) -> dict:
        return {"ok": self.ok, "time": self.time or None, "tsa_name": self.tsa_name or None,
                "code": self.error.code if self.error else None, "reason": self.reason or None}


# -- DER, the few pieces the query needs -------------------------------------------------------
def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def _tlv(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _der_length(len(body)) + body


def _der_integer(n: int) -> bytes:
    body = n.to_bytes(n.bit_length() // 8 + 1, "big")  # one spare byte keeps the sign bit clear
    while len(body) > 1 and body[0] == 0 and body[1] < 0x80:
        body = body[1:]
    return _tlv(0x02, body)


def _check_digest(sha256_digest: bytes) -> None:
    if not isinstance(sha256_digest, bytes) or len(sha256_digest) != 32:
        raise TimestampError("timestamp.bad_digest", size=len(sha256_digest))


def build_query(sha256_digest: bytes, nonce: int | None = None) -> tuple[bytes, int]:
    """A DER ``TimeStampReq`` over ``sha256_digest`` (version 1, SHA-256 imprint, a random
    64-bit nonce, certReq true: the reply carries the TSA's certificate, so the token verifies
    offline) and its nonce. rfc3161-client's request builder hashes data itself; evidence is
    stamped by the SHA-256 already recorded, so the query is written here."""
    _check_digest(sha256_digest)
    if nonce is None:
        nonce = secrets.randbits(64) | 1  # never 0
    imprint = _tlv(0x30, _SHA256_ALGORITHM + _tlv(0x04, sha256_digest))
    body = _der_integer(1) + imprint + _der_integer(nonce) + _tlv(0x01, b"\xff")
    return _tlv(0x30, body), nonce


def _as_response(token: bytes) -> bytes:
    """A granted TimeStampResp around a kept token: what rfc3161-client reads and verifies."""
    return _tlv(0x30, _tlv(0x30, _der_integer(0)) + sort_certificates(token))


def _read_tlv(data: bytes, at: int) -> tuple[int, int, int]:
    """(tag, start of the value, end of the value) of the DER element at ``at``."""
    if at + 2 > len(data):
        raise ValueError("truncated")
    tag, first = data[at], data[at + 1]
    at += 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or at + count > len(data):
            raise ValueError("bad length")
        length = int.from_bytes(data[at:at + count], "big")
        at += count
    if at + length > len(data):
        raise ValueError("truncated")
    return tag, at, at + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(tag, element start, value start, value end) of each element in ``data[start:end]``."""
    out = []
    at = start
    while at < end:
        tag, vstart, vend = _read_tlv(data, at)
        out.append((tag, at, vstart, vend))
        at = vend
    return out


def sort_certificates(token: bytes) -> bytes:
    """``token`` with the certificates of its SignedData in DER ``SET OF`` order.

    OpenSSL writes a token's certificates in the order the TSA lists them (its PKCS#7 encoder
    treats them as a sequence), and rfc3161-client's strict DER reader refuses a set out of
    order (``InvalidSetOrdering``): a TSA that sends its chain would be unreadable. The
    certificates are outside what the TSA signs, so putting them in order changes nothing that
    is verified. A token that is not the expected shape is returned as it is (the reader then
    says what is wrong with it)."""
    try:
        tag, vstart, vend = _read_tlv(token, 0)  # ContentInfo SEQUENCE
        if tag != 0x30 or vend != len(token):
            return token
        parts = _children(token, vstart, vend)
        if len(parts) != 2 or parts[1][0] != 0xA0:
            return token
        inner = _children(token, parts[1][2], parts[1][3])  # [0] EXPLICIT content
        if len(inner) != 1 or inner[0][0] != 0x30:
            return token
        _, _, sd_start, sd_end = inner[0]
        fields = _children(token, sd_start, sd_end)  # SignedData's fields
        out = b""
        changed = False
        for ftag, fstart, fvstart, fvend in fields:
            if ftag == 0xA0:  # certificates [0] IMPLICIT SET OF
                certs = [token[c[1]:c[3]] for c in _children(token, fvstart, fvend)]
                ordered = sorted(certs)
                changed = changed or ordered != certs
                out += _tlv(0xA0, b"".join(ordered))
            else:
                out += token[fstart:fvend]
        if not changed:
            return token
        return _tlv(0x30, token[parts[0][1]:parts[0][3]] + _tlv(0xA0, _tlv(0x30, out)))
    except ValueError:
        return token


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_reply(body: bytes, sha256_digest: bytes, nonce: int, tsa_url: str) -> TimestampToken:
    """The token of a TSA's reply to the query for ``sha256_digest`` with ``nonce``; raises
    :class:`TimestampError` for a reply that is not a timestamp response, a refusal, another
    request's nonce, or a stamp over another digest."""
    from rfc3161_client import decode_timestamp_response

    try:
        response = decode_timestamp_response(body)
    except ValueError as exc:
        response = _with_sorted_certificates(body)
        if response is None:
            raise TimestampError("timestamp.not_a_reply", url=tsa_url, error=_short(exc)) from None
    if response.status not in _GRANTED:
        why = "; ".join(response.status_string) or _STATUS_NAMES.get(response.status, "unknown")
        raise TimestampError("timestamp.rejected", url=tsa_url,
                             status=_STATUS_NAMES.get(response.status, str(response.status)), reason=why)
    info = response.tst_info
    if info.nonce != nonce:
        raise TimestampError("timestamp.nonce_mismatch", url=tsa_url)
    imprint = info.message_imprint
    if imprint.hash_algorithm.dotted_string != SHA256_OID or imprint.message != sha256_digest:
        raise TimestampError("timestamp.reply_other_digest", url=tsa_url)
    token = _token_of(body)  # the TSA's own bytes (the kept token is what the TSA sent)
    return TimestampToken(token, _iso(info.gen_time), hashlib.sha256(token).hexdigest(), tsa_url,
                          info.serial_number)


def _token_of(reply: bytes) -> bytes:
    """The TimeStampToken of a DER TimeStampResp, byte for byte (its second element)."""
    _, vstart, vend = _read_tlv(reply, 0)
    status, token = _children(reply, vstart, vend)[:2]
    return reply[token[1]:token[3]]


def _with_sorted_certificates(reply: bytes):
    """The decoded reply, once its token's certificates are put in DER order; None when the
    reply still cannot be read (it is not a timestamp reply)."""
    from rfc3161_client import decode_timestamp_response

    try:
        _, vstart, vend = _read_tlv(reply, 0)
        status, token = _children(reply, vstart, vend)[:2]
        ordered = sort_certificates(reply[token[1]:token[3]])
        if ordered == reply[token[1]:token[3]]:
            return None
        return decode_timestamp_response(_tlv(0x30, reply[status[1]:status[3]] + ordered))
    except ValueError:
        return None


def _short(exc: Exception, limit: int = 200) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[:limit] + "…"


# -- offline verification ---------------------------------------------------------------------
def load_roots(pem: str) -> list:
    """The certificates of a PEM text (``x509.Certificate``); raises for text holding none."""
    from cryptography import x509

    try:
        roots = x509.load_pem_x509_certificates(pem.encode("utf-8"))
    except ValueError as exc:
        raise TimestampError("timestamp.bad_roots", error=_short(exc)) from None
    return roots


def describe_roots(pem: str) -> list[dict]:
    """Each root's subject, SHA-256 fingerprint and end of validity (for settings output)."""
    from cryptography.hazmat.primitives import hashes

    return [{"subject": c.subject.rfc4514_string(), "sha256": c.fingerprint(hashes.SHA256()).hex(),
             "not_after": _iso(c.not_valid_after_utc)} for c in load_roots(pem)]


def verify_timestamp(token: bytes, sha256_digest: bytes, trust_roots_pem: str) -> TimestampCheck:
    """Check ``token`` offline: it stamps ``sha256_digest`` (SHA-256), its signature holds, and
    the TSA's certificate chains to one of ``trust_roots_pem`` at the stamped time (a TSA
    certificate that has expired since still verifies what it stamped while valid)."""
    time = name = ""
    try:
        _check_digest(sha256_digest)
        if not trust_roots_pem.strip():
            raise TimestampError("timestamp.no_roots")
        roots = load_roots(trust_roots_pem)
        from rfc3161_client import VerificationError, VerifierBuilder, decode_timestamp_response

        try:
            response = decode_timestamp_response(_as_response(token))
        except ValueError as exc:
            raise TimestampError("timestamp.unreadable", error=_short(exc)) from None
        info = response.tst_info
        time = _iso(info.gen_time)
        name = _signer_name(response)
        imprint = info.message_imprint
        if imprint.hash_algorithm.dotted_string != SHA256_OID:
            raise TimestampError("timestamp.not_sha256", algorithm=imprint.hash_algorithm.dotted_string)
        if imprint.message != sha256_digest:
            raise TimestampError("timestamp.other_digest", stamped=imprint.message.hex(),
                                 sha256=sha256_digest.hex())
        try:
            VerifierBuilder(roots=list(roots)).build().verify(response, sha256_digest)
        except VerificationError as exc:
            text = str(exc)
            if "certificate verify error" in text or "local issuer" in text:
                raise TimestampError("timestamp.untrusted", tsa=name or "?", error=_short(exc)) from None
            if "EKU" in text or "leaf certificate" in text or "Certificates neither" in text:
                raise TimestampError("timestamp.not_tsa_certificate", error=_short(exc)) from None
            raise TimestampError("timestamp.bad_signature", error=_short(exc)) from None
    except TimestampError as exc:
        return TimestampCheck(exc, time, name)
    return TimestampCheck(None, time, name)


def _signer_name(response) -> str:
    """The subject of the certificate that signed the token, if the token carries it."""
    from cryptography import x509

    infos = list(response.signed_data.signer_infos)
    if len(infos) != 1:
        return ""
    for der in response.signed_data.certificates:
        try:
            cert = x509.load_der_x509_certificate(der)
        except ValueError:
            continue
        if cert.issuer == infos[0].issuer and cert.serial_number == infos[0].serial_number:
            return cert.subject.rfc4514_string()
    return ""
