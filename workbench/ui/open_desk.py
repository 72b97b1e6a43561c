"""File ▸ Open desk…: a desk in a file, or on a PostgreSQL server (a libpq URI or a service
name of ``pg_service.conf``) with a login typed here. The password is used for this connection
only and never stored: recent desks (QSettings) keep the place and the login name, not the
password; libpq's own ``~/.pgpass``, ``PGPASSWORD`` or service file work as well.

A desk that cannot be opened (server unreachable, wrong password, not a desk, a newer
version) is said in a dialog, and the window stays on the desk it had.
"""

from __future__ import annotations

import os
from urllib.parse import quote, urlsplit, urlunsplit

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from workbench.core.urls import without_password

# QSettings key of the recent desks (newest first; file paths and server URIs without password).
RECENT_KEY = "desks/recent"
RECENT_MAX = 8


def is_server(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def server_target(place: str, user: str = "", password: str = "") -> str:
    """The libpq URI for ``place`` (a URI, or a service name) with the login given: the user and
    password go in the URI's authority (a service name: in its parameters)."""
    place = place.strip()
    if not is_server(place):
        query = f"service={quote(place, safe='')}"
        if user:
            query += f"&user={quote(user, safe='')}"
        if password:
            query += f"&password={quote(password, safe='')}"
        return f"postgresql://?{query}"
    parts = urlsplit(place)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    known = parts.netloc.rsplit("@", 1)[0] if "@" in parts.netloc else ""
    name = user or known.split(":", 1)[0]
    secret = password or (known.split(":", 1)[1] if ":" in known else "")
    if name:
        netloc = quote(name, safe="") + (":" + quote(secret, safe="") if secret else "") + "@" + netloc
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def desk_label(path: str) -> str:
    """How the title and the status bar name a desk: a file by its name; a server desk as
    ``login@host/database`` (or ``service NAME``), never with its password."""
    text = str(path)
    if not is_server(text):
        return os.path.basename(text) or text
    parts = urlsplit(text)
    params = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    login = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0] if "@" in parts.netloc else params.get("user", "")
    host = parts.netloc.rsplit("@", 1)[-1] or params.get("host", "")
    db = parts.path.lstrip("/") or params.get("dbname", "")
    if "service" in params and not host:
        where = f"service {params['service']}" + (f"/{db}" if db else "")
    else:
        where = f"{host}/{db}" if db else host
    return f"{login}@{where}" if login else where


def recent_desks() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):  # one entry comes back as a string
        return [value] if value else []
    return [str(v) for v in value if v] if isinstance(value, (list, tuple)) else []


def remember_desk(path: str) -> None:
    """Put ``path`` (already without password: ``Store.path``) first among the recent desks."""
    shown = without_password(path) if is_server(path) else str(path)
    desks = [shown] + [d for d in recent_desks() if d != shown]
    QSettings().setValue(RECENT_KEY, desks[:RECENT_MAX])


class OpenDeskDialog(QDialog):
    """A file, or a server with a login. ``target()`` is what ``open_workbench`` opens;
    ``login()`` the person acting (the server login, or '' for the desk's last user)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openDeskDialog")
        self.setWindowTitle(self.tr("Open desk"))
        self.as_file = QRadioButton(self.tr("A desk in a file"))
        self.as_server = QRadioButton(self.tr("A desk on a server"))
        group = QButtonGroup(self)
        group.addButton(self.as_file)
        group.addButton(self.as_server)
        self.recent = QComboBox()
        self.recent.setObjectName("recentDesks")
        self.recent.addItem(self.tr("Recent desks…"), "")
        for desk in recent_desks():
            self.recent.addItem(desk, desk)
        self.recent.activated.connect(self._use_recent)
        self.file = QLineEdit()
        self.file.setObjectName("deskFile")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.server = QLineEdit()
        self.server.setObjectName("deskServer")
        self.server.setPlaceholderText(self.tr("postgresql://host/desk or a service name"))
        self.user = QLineEdit()
        self.user.setObjectName("deskUser")
        self.password = QLineEdit()
        self.password.setObjectName("deskPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("not stored; empty: ~/.pgpass or PGPASSWORD"))
        form = QFormLayout()
        form.addRow(self.as_file)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.as_server)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Login:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recent)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The password is used for this connection only.")))
        layout.addWidget(buttons)
        self.as_server.toggled.connect(self._enable)
        self.as_file.setChecked(True)
        self._enable()

    def _enable(self) -> None:
        server = self.as_server.isChecked()
        for w in (self.server, self.user, self.password):
            w.setEnabled(server)
        self.file.setEnabled(not server)

    def _browse(self) -> None:
        from .file_dialogs import open_file_name  # on first use
        path = open_file_name(self, self.tr("Open desk"), self.file.text(),
                              self.tr("Workbench desks (*.sqlite *.db);;All files (*)"))
        if path:
            self.file.setText(path)

    def _use_recent(self, index: int) -> None:
        desk = self.recent.itemData(index)
        if not desk:
            return
        if is_server(desk):
            self.as_server.setChecked(True)
            parts = urlsplit(desk)
            if "@" in parts.netloc:
                self.user.setText(parts.netloc.rsplit("@", 1)[0].split(":", 1)[0])
                desk = urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[1], parts.path,
                                   parts.query, parts.fragment))
            self.server.setText(desk)
        else:
            self.as_file.setChecked(True)
            self.file.setText(desk)

    def target(self) -> str:
        if self.as_server.isChecked():
            return server_target(self.server.text(), self.user.text().strip(), self.password.text())
        return self.file.text().strip()

    def login(self) -> str:
        return self.user.text().strip() if self.as_server.isChecked() else ""
