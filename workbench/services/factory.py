"""Where a store is chosen: the one module of services that names a concrete store."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Protocol

import platformdirs

from workbench.core.errors import InvalidInput

from .ports import ServerDesk, SettingsStore
from .session import DEFAULT_USER_KEY, Workbench


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("workbench", appauthor=False)) / "workbench.sqlite"


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER") or "checker"


def _check_db_path(db_path: str | os.PathLike) -> None:
    """A database named by the person: never an empty path (that would quietly be the
    default), an empty file (it would quietly become a database), or a path in a folder that
    does not exist (it is not created)."""
    if not str(db_path).strip():
        raise InvalidInput("db.empty_path")
    path = Path(db_path)
    if path.is_file() and path.stat().st_size == 0:
        raise InvalidInput("db.empty_file", path=path)
    if not path.exists() and not path.parent.is_dir():
        raise InvalidInput("db.no_folder", path=path, folder=path.parent)


class _ServerStore(ServerDesk, SettingsStore, Protocol):
    pass


def acting_login(pg: _ServerStore, user: str | None) -> str:
    """Who acts on a server desk. A person of the desk (a login in its groups) is their login:
    ``--user`` may only name it. The desk's owner (who ran ``desk init``, or a superuser), who
    maintains it and is ruled by no group, may still act as anyone (copy-to, tests)."""
    login = pg.login()
    if pg.desk_role(login) is not None:
        if user and user.strip() != login:
            raise InvalidInput("desk.user_not_login", user=user.strip(), login=login)
        return login
    if not user:
        user = pg.setting(DEFAULT_USER_KEY)
    return user or default_user()


def open_workbench(db_path: str | os.PathLike | None = None, user: str | None = None) -> Workbench:
    """Open (creating and migrating if needed) the database and act as ``user``: by default
    the window's last user (recorded in the database by ``Workbench.remember_user``), then
    the login name. ``db_path`` may be a libpq URI (``postgresql://...``, ``postgres://...``):
    a desk on a PostgreSQL server (:class:`~workbench.store.postgres.PostgresStore`)."""
    if db_path is not None and str(db_path).startswith(("postgresql://", "postgres://")):
        from workbench.store.postgres import PostgresStore

        pg = PostgresStore(str(db_path))
        try:
            user = acting_login(pg, user)
        except BaseException:
            pg.close()
            raise
        return Workbench(pg, user)

    from workbench.store.sqlite import SqliteStore

    if db_path is not None:
        _check_db_path(db_path)
    store = SqliteStore(db_path or default_db_path())
    if not user:
        user = store.setting(DEFAULT_USER_KEY) or default_user()
    return Workbench(store, user)
