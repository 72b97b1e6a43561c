"""Shared fixtures. Every test gets a fresh database on disk (the real store, no mocks).

The template database (migrated, sample loaded) is built once per session and copied, as Anki
does, so tests stay fast.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKBENCH_NO_SHAPE", "1")
# QSettings (window layout, last export…) of this test run only, never the user's: Qt reads
# the folder once per process, so it is set before anything can ask for it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="workbench-test-config-")

from workbench.services import open_workbench  # noqa: E402

#: tsa, trusted_ca, untrusted_ca, dead_url: a real RFC 3161 TSA on 127.0.0.1 (tests/tsa.py)
pytest_plugins = ["tests.tsa"]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    wb = open_workbench(path, "tester")
    wb.ensure_sample()
    wb.store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wb.close()
    return path


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the session (tests/pg.py); skipped without PostgreSQL,
    except under CI, where that fails."""
    from tests.pg import start_cluster

    try:
        cluster = start_cluster()
    except RuntimeError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test the PostgreSQL store: {exc}")
        pytest.skip(str(exc))
    # The password as a desk keeps it: in a libpq password file, so a CLI run in a process of
    # its own, given the URI without the password (wb.db_path), logs in too.
    previous = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(cluster.passfile())
    yield cluster
    if previous is None:
        os.environ.pop("PGPASSFILE", None)
    else:
        os.environ["PGPASSFILE"] = previous
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster):
    """A migrated desk holding the sample, copied (CREATE DATABASE ... TEMPLATE) for each test."""
    from tests.pg import fresh_database

    name = fresh_database(pg_cluster)
    wb = open_workbench(pg_cluster.uri(name), "tester")
    wb.ensure_sample()
    wb.close()
    return name


@pytest.fixture
def pg_db(pg_cluster, pg_template):
    """The URI of a fresh desk on the test cluster holding the sample (password included)."""
    from tests.pg import drop_database, fresh_database

    name = fresh_database(pg_cluster, pg_template)
    yield pg_cluster.uri(name)
    drop_database(pg_cluster, name)


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request):
    """Runs a test against both stores: a module opts in with
    ``pytestmark = pytest.mark.usefixtures("backend")``, and ``db_path`` (so ``wb``) is then a
    SQLite file or a PostgreSQL URI. Tests that open the file directly stay SQLite-only."""
    return request.param


def pytest_collection_modifyitems(config, items):
    """A test marked ``sqlite_only`` (it opens the SQLite file itself, to tamper with it) runs
    with the SQLite store only."""
    items[:] = [item for item in items
                if not (item.get_closest_marker("sqlite_only")
                        and getattr(item, "callspec", None) is not None
                        and item.callspec.params.get("backend") == "postgres")]


@pytest.fixture
def db_path(request, tmp_path, template_db):
    """A database holding the sample article and its claims (a PostgreSQL URI under the
    ``backend`` fixture's "postgres")."""
    if "backend" in request.fixturenames and request.getfixturevalue("backend") == "postgres":
        return request.getfixturevalue("pg_db")
    target = tmp_path / "workbench.sqlite"
    shutil.copy(template_db, target)
    return target


@pytest.fixture
def wb(db_path):
    workbench = open_workbench(db_path, "alice")
    yield workbench
    workbench.close()


@pytest.fixture
def sample(wb):
    return wb.articles()[0]


@pytest.fixture
def unclaimed(wb, sample):
    """The sample's text as a new article with no claims yet: what a desk has after importing
    it (proposals leave out sentences that are claims already)."""
    return wb.article(wb.add_article(sample.title, sample.text, sample.language).article_id)


#: How long a modal box may stay open in a test before the guard closes it.
MODAL_LIMIT_S = 30.0


@pytest.fixture(autouse=True)
def no_modal_left_open(request):
    """A test whose check failed inside a timer that was to close a modal box would otherwise
    wait on that box forever (and the whole run with it): a box left open for
    :data:`MODAL_LIMIT_S` is closed, and the test fails, naming it."""
    if "qtbot" not in request.fixturenames:  # a test without widgets
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    seen: dict = {}
    closed: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            seen.clear()
            return
        first = seen.setdefault(id(box), time.monotonic())
        if time.monotonic() - first >= MODAL_LIMIT_S:
            text = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
            closed.append(f"{type(box).__name__}: {text[:200]}")
            box.reject() if isinstance(box, QDialog) else box.close()
            seen.pop(id(box), None)

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    assert not closed, f"a modal box was left open for {MODAL_LIMIT_S:.0f} s and closed: {closed}"


def pytest_sessionfinish(session, exitstatus):
    """Worker threads (search, proposals, exports, audit check) finish before the interpreter
    shuts down: a Qt worker still running Python code at exit can abort the process."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
