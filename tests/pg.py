"""A real, throwaway PostgreSQL cluster for the tests: ``initdb`` in a temporary folder, started
with ``pg_ctl`` on a private port and a private unix-socket folder (and 127.0.0.1), with a test
role that logs in with a password. No mock, no SQLite standing in.

Run as root, the server runs as the ``postgres`` user (``runuser -u postgres --``), since
initdb refuses root. Without PostgreSQL the fixtures skip, except under CI (``CI`` set), where
they fail: CI installs ``postgresql`` (.ci/run).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROLE = "wbtest"
PASSWORD = "wb-test-secret"


def pg_bin() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb, or the folder of initdb on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    bin: Path
    root: Path
    port: int
    socket_dir: Path
    as_user: list[str]

    @property
    def data(self) -> Path:
        return self.root / "data"

    def uri(self, dbname: str, *, password: bool = True, host: str = "127.0.0.1") -> str:
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql://{ROLE}{secret}@{host}:{self.port}/{dbname}"

    def passfile(self) -> Path:
        """A libpq password file (mode 600) for the test role, owned by whoever runs the tests."""
        path = self.root / "pgpass"
        if not path.exists():
            path.write_text(f"*:{self.port}:*:{ROLE}:{PASSWORD}\n")
            path.chmod(0o600)
        return path

    def admin(self, dbname: str = "postgres"):
        """A psycopg connection (autocommit) as the test role."""
        import psycopg

        return psycopg.connect(self.uri(dbname), autocommit=True)

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, *args], check=True, capture_output=True, text=True)

    def options(self) -> str:
        return (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")

    def pause(self) -> None:
        """Stop the server (its clients lose their connections), keeping its data."""
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the server paused by :meth:`pause` again, on the same port."""
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", self.options(), "-l",
                 str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                        "stop"], capture_output=True, text=True)
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb + pg_ctl start; raises RuntimeError when PostgreSQL is not installed."""
    binary = pg_bin()
    if binary is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH)")
    as_user: list[str] = []
    # As root the server runs as ``postgres``, which must reach the folder: /tmp, whatever
    # TMPDIR says (it may be a folder of root's own).
    root = Path(tempfile.mkdtemp(prefix="workbench-pg-", dir="/tmp" if os.geteuid() == 0 else None))
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres", "postgres")
    os.chmod(root, 0o755)
    socket_dir = root / "sock"
    socket_dir.mkdir()
    if as_user:
        shutil.chown(socket_dir, "postgres", "postgres")
    cluster = Cluster(binary, root, _free_port(), socket_dir, as_user)
    pwfile = root / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if as_user:
        shutil.chown(pwfile, "postgres", "postgres")
    try:
        cluster.run(str(binary / "initdb"), "-D", str(cluster.data), "-U", ROLE, "--pwfile", str(pwfile),
                    "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C.UTF-8", "--no-sync")
        cluster.resume()
    except subprocess.CalledProcessError as exc:
        log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
        cluster.stop()
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr}\n{log}") from None
    deadline = time.monotonic() + 30
    while True:
        try:
            cluster.admin().close()
            break
        except Exception:
            if time.monotonic() > deadline:
                cluster.stop()
                raise
            time.sleep(0.2)
    return cluster


_counter = iter(range(1, 1_000_000))


def fresh_database(cluster: Cluster, template: str | None = None) -> str:
    """A new database (a copy of ``template`` when given); returns its name."""
    name = f"t{os.getpid()}_{next(_counter)}"
    with cluster.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return name


def drop_database(cluster: Cluster, name: str) -> None:
    with cluster.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def dump_schema(cluster: Cluster, dbname: str) -> str:
    """``pg_dump --schema-only --no-owner --no-privileges`` of ``dbname``, normalised: no
    comments, no session settings, no psql meta-commands (their keys change every run), single
    blank lines."""
    import re

    env = {**os.environ, "PGPASSWORD": PASSWORD}
    out = subprocess.run([str(cluster.bin / "pg_dump"), "--schema-only", "--no-owner", "--no-privileges",
                          "--no-comments", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", ROLE, dbname],
                         check=True, capture_output=True, text=True, env=env).stdout
    lines = [line for line in out.splitlines()
             if not line.startswith(("--", "SET ", "SELECT pg_catalog.set_config", "\\"))]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
