"""RFC 3161 time stamps against a real TSA on 127.0.0.1 (``openssl ts -reply``, tests/tsa.py)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest
from rfc3161_client._rust import parse_timestamp_request

from workbench.core.evidence_check import EvidenceItem, verify_evidence
from workbench.core.timestamp import TimestampError, build_query, verify_timestamp
from workbench.services.timestamp import request_timestamp, set_tsa, stamp, tsa_settings

DIGEST = hashlib.sha256(b"captured page").digest()


def test_query_is_a_timestamp_request_with_nonce_and_cert_req():
    der, nonce = build_query(DIGEST)
    req = parse_timestamp_request(der)
    assert req.version == 1 and req.cert_req and req.nonce == nonce and nonce > 0
    assert req.message_imprint.message == DIGEST
    assert req.message_imprint.hash_algorithm.dotted_string == "2.16.840.1.101.3.4.2.1"
    _, other = build_query(DIGEST)
    assert other != nonce
    with pytest.raises(TimestampError, match="not 5 bytes"):
        build_query(b"short")


def test_stamp_and_verify(tsa, trusted_ca):
    before = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(seconds=2)
    token = request_timestamp(tsa.url, DIGEST)
    assert tsa.queries and parse_timestamp_request(tsa.queries[-1]).message_imprint.message == DIGEST
    stamped = datetime.strptime(token.time, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert before <= stamped <= datetime.now(timezone.utc) + timedelta(seconds=2)
    assert token.token_sha256 == hashlib.sha256(token.token).hexdigest()
    assert token.to_json() == {"tsa": tsa.url, "time": token.time, "token_sha256": token.token_sha256}
    check = verify_timestamp(token.token, DIGEST, trusted_ca.ca_pem)
    assert check.ok, check.reason
    assert check.time == token.time and "Trusted Test TSA" in check.tsa_name


def test_verify_fails_for_another_digest(tsa, trusted_ca):
    token = request_timestamp(tsa.url, DIGEST)
    other = hashlib.sha256(b"another page").digest()
    check = verify_timestamp(token.token, other, trusted_ca.ca_pem)
    assert not check.ok and check.error.code == "timestamp.other_digest"
    assert DIGEST.hex() in check.reason and other.hex() in check.reason


def test_verify_fails_for_an_untrusted_authority(tsa, trusted_ca, untrusted_ca):
    token = request_timestamp(tsa.base + "/other", DIGEST)
    check = verify_timestamp(token.token, DIGEST, trusted_ca.ca_pem)
    assert not check.ok and check.error.code == "timestamp.untrusted"
    assert "Untrusted Test TSA" in check.reason
    # the same token holds against its own CA: the failure is the chain, nothing else
    assert verify_timestamp(token.token, DIGEST, untrusted_ca.ca_pem).ok
    # roots are a bundle: a token chaining to any one of them holds
    assert verify_timestamp(token.token, DIGEST, trusted_ca.ca_pem + untrusted_ca.ca_pem).ok
    # a TSA certificate is no root: trusting the signer alone is not a chain
    assert verify_timestamp(token.token, DIGEST, trusted_ca.tsa_pem).error.code == "timestamp.untrusted"


def test_verify_fails_for_a_tampered_token(tsa, trusted_ca):
    token = request_timestamp(tsa.url, DIGEST).token
    # the genTime (GeneralizedTime, tag 0x18, 15 bytes "YYYYMMDDhhmmssZ"): one second later
    at = token.index(b"\x18\x0f") + 2
    moment = token[at:at + 15]
    later = (datetime.strptime(moment.decode(), "%Y%m%d%H%M%SZ") + timedelta(seconds=1)).strftime("%Y%m%d%H%M%SZ")
    tampered = token[:at] + later.encode() + token[at + 15:]
    assert tampered != token and len(tampered) == len(token)
    check = verify_timestamp(tampered, DIGEST, trusted_ca.ca_pem)
    assert not check.ok and check.error.code == "timestamp.bad_signature", check.reason
    # a byte that breaks the structure
    broken = verify_timestamp(token[:-40], DIGEST, trusted_ca.ca_pem)
    assert not broken.ok and broken.error.code == "timestamp.unreadable"
    assert verify_timestamp(b"\x30\x03garbage", DIGEST, trusted_ca.ca_pem).error.code == "timestamp.unreadable"


def test_verify_needs_roots(tsa):
    token = request_timestamp(tsa.url, DIGEST)
    assert verify_timestamp(token.token, DIGEST, "").error.code == "timestamp.no_roots"
    assert verify_timestamp(token.token, DIGEST, "not pem").error.code == "timestamp.bad_roots"


@pytest.mark.parametrize("path, code, words", [
    ("/garbage", "timestamp.not_a_reply", "did not send a time-stamp reply"),
    ("/error", "timestamp.http_status", "answered 500"),
    ("/nowhere", "timestamp.http_status", "answered 404"),
    ("/sha512-only", "timestamp.rejected", "refused the request (rejection): Message digest algorithm "
                                           "is not supported"),
])
def test_tsa_faults_are_named(tsa, path, code, words):
    with pytest.raises(TimestampError) as caught:
        request_timestamp(tsa.base + path, DIGEST)
    assert caught.value.code == code and words in caught.value.message
    assert tsa.base + path in caught.value.message


def test_a_replayed_reply_is_refused(tsa):
    request_timestamp(tsa.base + "/replay", DIGEST)  # the first reply is this request's own
    with pytest.raises(TimestampError) as caught:
        request_timestamp(tsa.base + "/replay", DIGEST)
    assert caught.value.code == "timestamp.nonce_mismatch"


def test_a_tsa_that_hangs(tsa):
    with pytest.raises(TimestampError) as caught:
        request_timestamp(tsa.base + "/slow", DIGEST, timeout=0.5)
    assert caught.value.code == "timestamp.timeout"
    assert caught.value.message == f"the time-stamping authority {tsa.base}/slow did not answer within 0.5 s"


def test_a_tsa_that_is_down(dead_url):
    with pytest.raises(TimestampError) as caught:
        request_timestamp(dead_url, DIGEST, timeout=5)
    assert caught.value.code == "timestamp.unreachable" and dead_url in caught.value.message
    with pytest.raises(TimestampError, match="must start with http"):
        request_timestamp("ftp://tsa.example", DIGEST)


def test_desk_setting_and_stamp(wb, tsa, trusted_ca):
    assert stamp(wb, DIGEST) is None  # no TSA named: evidence is kept without trusted time
    settings = set_tsa(wb, tsa.url, trusted_ca.ca_pem)
    assert settings == tsa_settings(wb) and settings.url == tsa.url
    token = stamp(wb, DIGEST)
    assert token is not None and verify_timestamp(token.token, DIGEST, settings.roots_pem).ok
    with pytest.raises(TimestampError):
        set_tsa(wb, roots_pem="-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----\n")
    assert set_tsa(wb, "", "").url == "" and stamp(wb, DIGEST) is None


def test_verify_evidence_names_each_failing_item(tsa, trusted_ca):
    good = b"<html>page</html>"
    sha = hashlib.sha256(good).hexdigest()
    token = request_timestamp(tsa.url, bytes.fromhex(sha)).token
    foreign = request_timestamp(tsa.base + "/other", bytes.fromhex(sha)).token
    items = [
        EvidenceItem("capture", "c1", "https://a.example/", sha, good, token),
        EvidenceItem("capture", "c2", "https://b.example/", sha, good + b"!", token),
        EvidenceItem("attached file", "f1", "map.png", sha, good, None),
        EvidenceItem("capture", "c3", "https://c.example/", sha, good, foreign),
    ]
    report = verify_evidence(iter(items), trusted_ca.ca_pem)
    assert not report.ok and [r.id for r in report.failures] == ["c2", "c3"]
    by_id = {r.id: r for r in report.items}
    assert by_id["c1"].ok and by_id["f1"].ok and by_id["f1"].timestamp is None
    assert by_id["c2"].timestamp.ok and not by_id["c2"].bytes_ok
    assert "capture https://b.example/ no longer matches its SHA-256" in by_id["c2"].problems[0]
    assert by_id["c3"].bytes_ok and "does not chain" in by_id["c3"].problems[0]
    doc = report.to_json()
    assert doc["checked"] == 4 and doc["stamped"] == 3 and doc["failed"] == 2


def _with_certificates(token: bytes, order) -> bytes:
    """``token`` with its SignedData certificates rearranged by ``order`` (a function of the list)."""
    from workbench.core.timestamp import _children, _read_tlv, _tlv

    _, vstart, vend = _read_tlv(token, 0)
    oid, content = _children(token, vstart, vend)
    (sd,) = _children(token, content[2], content[3])
    out = b""
    for tag, start, vs, ve in _children(token, sd[2], sd[3]):
        if tag == 0xA0:
            certs = [token[c[1]:c[3]] for c in _children(token, vs, ve)]
            assert len(certs) == 2  # the TSA's certificate and its CA (openssl ts -reply -chain)
            out += _tlv(0xA0, b"".join(order(certs)))
        else:
            out += token[start:ve]
    return _tlv(0x30, token[oid[1]:oid[3]] + _tlv(0xA0, _tlv(0x30, out)))


def test_a_chain_out_of_der_order_is_read_and_verified(tsa, trusted_ca):
    """openssl writes the chain in its own order; rfc3161-client alone refuses a SET out of DER
    order, workbench puts it in order (the certificates are outside the signature)."""
    from rfc3161_client import decode_timestamp_response

    from workbench.core.timestamp import _as_response, _tlv, sort_certificates

    token = request_timestamp(tsa.url, DIGEST).token
    ordered = _with_certificates(token, sorted)
    unordered = _with_certificates(token, lambda certs: sorted(certs, reverse=True))
    assert sort_certificates(unordered) == ordered and sort_certificates(ordered) == ordered
    with pytest.raises(ValueError, match="InvalidSetOrdering"):
        decode_timestamp_response(_tlv(0x30, _tlv(0x30, b"\x02\x01\x00") + unordered))
    assert decode_timestamp_response(_as_response(unordered)).status == 0
    for variant in (ordered, unordered):
        assert verify_timestamp(variant, DIGEST, trusted_ca.ca_pem).ok
    # the reply as the TSA sent it is read too, and the token kept is the TSA's own bytes
    assert tsa.queries and token in (ordered, unordered)
