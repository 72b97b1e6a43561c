"""A real RFC 3161 time-stamping authority on 127.0.0.1, for tests (no mock of the protocol).

:func:`make_ca` makes a throwaway CA and a TSA certificate signed by it (extendedKeyUsage
critical timeStamping) with ``openssl`` commands in a folder, and writes an openssl config with
a ``[tsa]`` section. :class:`LocalTsa` serves them over HTTP: each POST is written to a file and
answered by ``openssl ts -reply`` (``application/timestamp-reply``), as a real TSA would.

Paths of the server:

- ``/tsa``: the TSA whose CA is the trusted one (``trusted_ca``);
- ``/other``: a TSA certified by a second, untrusted CA (``untrusted_ca``);
- ``/sha512-only``: the trusted TSA configured to accept only SHA-512 imprints, so it *rejects*
  a SHA-256 request (a real ``status: rejection`` reply from openssl);
- ``/replay``: answers every request with the reply it gave to the first one (an old reply
  played back: its nonce is another request's);
- ``/garbage``: 200 with bytes that are not a timestamp reply;
- ``/error``: HTTP 500;
- ``/slow``: answers nothing for :attr:`LocalTsa.slow_s` seconds (a TSA that hangs).

Fixtures: ``tsa`` (a running server, the module's CAs), ``trusted_ca``, ``untrusted_ca``,
``dead_url`` (an address on 127.0.0.1 where nothing listens); tests/conftest.py loads this
module as a plugin, so every test can ask for them.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

_CONFIG = """\
[ tsa ]
default_tsa = tsa_main

[ tsa_main ]
dir = {dir}
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256

[ tsa_sha512_only ]
dir = {dir}
serial = $dir/tsaserial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha512
accuracy = secs:1
ess_cert_id_alg = sha256

[ v3_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ v3_tsa ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
"""


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@dataclass(frozen=True)
class TestCa:
    """A throwaway CA and a TSA certificate it signed, in ``folder``."""

    __test__ = False  # not a test class for pytest

    folder: Path
    name: str

    @property
    def config(self) -> Path:
        return self.folder / "openssl.cnf"

    @property
    def ca_pem(self) -> str:
        """The CA's certificate (PEM): what a desk names as its trust roots."""
        return (self.folder / "ca.pem").read_text()

    @property
    def tsa_pem(self) -> str:
        return (self.folder / "tsa.pem").read_text()


def make_ca(folder: Path, name: str) -> TestCa:
    """A CA ``name`` and its TSA (EC P-256 keys: quick to make) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "openssl.cnf").write_text(_CONFIG.format(dir=folder))
    (folder / "tsaserial").write_text("01\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650",
             "-subj", f"/O=Workbench tests/CN={name} Root CA", "-config", "openssl.cnf",
             "-extensions", "v3_ca", cwd=folder)
    _openssl("req", "-new", *ec, "-keyout", "tsa.key", "-out", "tsa.csr",
             "-subj", f"/O=Workbench tests/CN={name} TSA", cwd=folder)
    _openssl("x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "tsa.pem", "-days", "365",
             "-extfile", "openssl.cnf", "-extensions", "v3_tsa", cwd=folder)
    return TestCa(folder, name)


def reply(ca: TestCa, query: bytes, work: Path, section: str = "tsa_main") -> bytes:
    """``openssl ts -reply`` to the DER ``query``: the DER TimeStampResp.

    The token carries the TSA's certificate (the query asks for it) and its chain (the CA), in
    the order openssl writes them, which is not DER SET order: workbench must read such a token
    (``core/timestamp.sort_certificates``)."""
    work.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=work, suffix=".tsq")
    qpath = Path(name)
    with open(fd, "wb") as f:
        f.write(query)
    rpath = qpath.with_suffix(".tsr")
    try:
        subprocess.run(["openssl", "ts", "-reply", "-config", str(ca.config), "-section", section,
                        "-queryfile", str(qpath), "-signer", str(ca.folder / "tsa.pem"),
                        "-inkey", str(ca.folder / "tsa.key"), "-chain", str(ca.folder / "ca.pem"),
                        "-out", str(rpath)],
                       check=True, capture_output=True, timeout=60)
        return rpath.read_bytes()
    finally:
        qpath.unlink(missing_ok=True)
        rpath.unlink(missing_ok=True)


class LocalTsa:
    """The HTTP server (see the module's docstring for its paths)."""

    def __init__(self, trusted: TestCa, untrusted: TestCa, work: Path):
        self.trusted = trusted
        self.untrusted = untrusted
        self.work = work
        self.queries: list[bytes] = []
        self._first_reply: bytes | None = None
        self._lock = threading.Lock()
        self.slow_s = 10.0
        self.release = threading.Event()  # set at stop: a hanging answer ends with the server
        tsa = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802 - http.server API
                length = int(self.headers.get("Content-Length") or 0)
                query = self.rfile.read(length)
                tsa.queries.append(query)
                path = self.path
                if path == "/slow":
                    tsa.release.wait(tsa.slow_s)
                    self._send(503, b"too late", "text/plain")
                elif path == "/error":
                    self._send(500, b"internal error", "text/plain")
                elif path == "/garbage":
                    self._send(200, b"<html>not a timestamp</html>", "application/timestamp-reply")
                elif path == "/other":
                    self._send(200, reply(tsa.untrusted, query, tsa.work))
                elif path == "/sha512-only":
                    self._send(200, reply(tsa.trusted, query, tsa.work, "tsa_sha512_only"))
                elif path == "/replay":
                    with tsa._lock:
                        if tsa._first_reply is None:
                            tsa._first_reply = reply(tsa.trusted, query, tsa.work)
                        self._send(200, tsa._first_reply)
                elif path == "/tsa":
                    self._send(200, reply(tsa.trusted, query, tsa.work))
                else:
                    self._send(404, b"no such TSA", "text/plain")

            def _send(self, status: int, body: bytes, ctype: str = "application/timestamp-reply"):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The trusted TSA's address."""
        return self.base + "/tsa"

    def start(self) -> "LocalTsa":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def trusted_ca(tmp_path_factory) -> TestCa:
    return make_ca(tmp_path_factory.mktemp("tsa-trusted"), "Trusted Test")


@pytest.fixture(scope="session")
def untrusted_ca(tmp_path_factory) -> TestCa:
    return make_ca(tmp_path_factory.mktemp("tsa-untrusted"), "Untrusted Test")


@pytest.fixture
def tsa(trusted_ca, untrusted_ca, tmp_path):
    server = LocalTsa(trusted_ca, untrusted_ca, tmp_path / "tsa-work").start()
    yield server
    server.stop()


@pytest.fixture
def dead_url() -> str:
    """A TSA address on 127.0.0.1 where nothing listens (the port was just freed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsa"
