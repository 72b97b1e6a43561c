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


@pytest.fixture
def db_path(tmp_path, template_db):
    """A database holding the sample article and its claims."""
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


def pytest_sessionfinish(session, exitstatus):
    """Worker threads (search, proposals, exports, audit check) finish before the interpreter
    shuts down: a Qt worker still running Python code at exit can abort the process."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)
