"""A desk on a server whose people are its logins (docs/team.md): ``desk init`` makes the
desk's group roles and grants, ``user add`` a login in a group (its password goes to the server
as a SCRAM verifier, never stored by workbench), ``user list`` who is on the desk.

The rules themselves are the server's (``store/postgres_migrations/0003_roles.sql``); this
module only asks the store (the :class:`~workbench.services.ports.ServerDesk` role) to make
roles, and keeps the users table and the audit trail in step.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.errors import InvalidInput
from workbench.core.model import Role, User, now_iso
from workbench.core.normalize import normalize

from .ports import ServerDesk
from .session import Workbench

#: The desk roles of a server desk; an admin is an editor in the app who also manages people.
DESK_ROLES = ("checker", "editor", "admin")


@dataclass(frozen=True)
class DeskPerson:
    name: str
    role: str  # checker, editor or admin: the login's group
    created_at: str  # when its users row was made ("" before its first action)


def server_desk(wb: Workbench) -> ServerDesk:
    if not isinstance(wb.store, ServerDesk):
        raise InvalidInput("desk.not_server", path=wb.db_path)
    return wb.store


def is_server(wb: Workbench) -> bool:
    """Is this desk on a server whose people are its logins?"""
    return isinstance(wb.store, ServerDesk)


def may_change_user(wb: Workbench) -> bool:
    """True, or the reason the window may not switch who acts: on a server desk a person of
    the desk is their login (their name is what the server checks every event against)."""
    if is_server(wb):
        login = server_desk(wb).login()
        if server_desk(wb).desk_role(login) is not None:
            raise InvalidInput("desk.user_fixed", login=login)
    return True


def role_of(wb: Workbench, name: str) -> str | None:
    """The desk role of login ``name`` (checker, editor, admin), or None."""
    return server_desk(wb).desk_role(normalize(name).strip())


def app_role(desk_role: str) -> Role:
    return Role.CHECKER if desk_role == "checker" else Role.EDITOR


def init_desk(wb: Workbench, with_sample: bool = False) -> list[str]:
    """The desk's groups and grants (again: nothing changes). Without ``with_sample`` an
    empty desk is marked so that nobody's first command loads the sample."""
    desk = server_desk(wb)
    groups = desk.init_desk()
    if with_sample:
        wb.ensure_sample()
    elif not wb.store.setting("sample_loaded") and not wb.store.articles():
        with wb.store.transaction():
            wb.store.set_setting("sample_loaded", "no (desk init)")
    return groups


def add_login(wb: Workbench, name: str, role: str, password: str) -> str:
    """Create login ``name`` in the group of ``role``, or move an existing login of the desk
    to that group; its users row and a ``user.add`` / ``user.role`` event follow. Returns what
    was done, for a person."""
    desk = server_desk(wb)
    name = normalize(name).strip()
    if not name:
        raise InvalidInput("user.no_name")
    if role not in DESK_ROLES:
        raise InvalidInput("user.unknown_role", role=role)
    old_role = desk.desk_role(name)
    with wb.store.transaction():
        if old_role is None:
            if desk.role_exists(name):
                raise InvalidInput("desk.login_exists", name=name)
            if not password:
                raise InvalidInput("desk.no_password")
            desk.create_login(name, role, password)
        elif old_role != role:
            desk.set_login_role(name, role)
        else:
            return f"{name} is already {role}"
        row = wb.store.user(name)
        if row is None:
            wb.store.insert_user(User(name, app_role(role), now_iso()))
            wb.record("user.add", "user", name, name, None, {"name": name, "role": role})
        elif row.role is not app_role(role) or old_role is not None:
            wb.store.set_user_role(name, app_role(role))
            wb.record("user.role", "user", name, name, {"role": old_role or str(row.role)}, {"role": role})
    return f"{name} added as {role}" if old_role is None else f"{name} is now {role}"


def people(wb: Workbench) -> list[DeskPerson]:
    """Everyone in the desk's groups (the server's word), with their users row's date."""
    desk = server_desk(wb)
    rows = {u.name: u for u in wb.store.users()}
    return [DeskPerson(name, role, rows[name].created_at if name in rows else "")
            for name, role in desk.desk_logins()]
