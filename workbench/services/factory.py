"""Where a store is chosen: the one module of services that names a concrete store."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import platformdirs

from .session import Workbench


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("workbench", appauthor=False)) / "workbench.sqlite"


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER") or "checker"


def open_workbench(db_path: str | os.PathLike | None = None, user: str | None = None) -> Workbench:
    """Open (creating and migrating if needed) the database and act as ``user``."""
    from workbench.store.sqlite import SqliteStore

    store = SqliteStore(db_path or default_db_path())
    if not user:
        user = store.setting("default_user") or default_user()
    return Workbench(store, user)
