"""File dialogs that never read the files they list.

Qt's own file dialog asks the MIME database for each file's type and icon, and the MIME
database *opens and reads* files whose name does not settle their type: the desk's
``desk.sqlite``, ``desk.sqlite-wal`` and ``desk.sqlite-shm`` among them. On Linux and the other
POSIX systems, closing any descriptor of a file drops every lock this process holds on it
(POSIX advisory locks are per process, not per descriptor), so after a file dialog had merely
*shown* the desk's folder, the window's SQLite connection held no lock: the next command-line
call on the same file took it for the last user, checkpointed and deleted the write-ahead log,
and the window went on saving into a deleted file (SQLite's "How to corrupt an SQLite database
file", 2.2). The dialogs here use an icon provider that names and draws files by their name
alone, so nothing in this process opens a file because it was listed. A native dialog runs in
this process on some desktops (GTK), so on POSIX systems Qt's own widget dialog is used.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QWidget


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from a file's name and kind, never from its contents."""

    def icon(self, what):  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what) if what is not None else QIcon()

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("NameOnlyIconProvider", "Folder")
        if not info.suffix():
            return QCoreApplication.translate("NameOnlyIconProvider", "File")
        return QCoreApplication.translate("NameOnlyIconProvider", "%1 file").replace(
            "%1", info.suffix().upper())


#: The provider every dialog shares (Qt does not take ownership of it).
_PROVIDER: NameOnlyIconProvider | None = None


def _provider() -> NameOnlyIconProvider:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
    return _PROVIDER


def make_dialog(parent: QWidget | None, caption: str, directory: str = "",
                name_filter: str = "") -> QFileDialog:
    """A file dialog that lists files without opening them (see the module's docstring)."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    if sys.platform != "win32":  # Windows locks are not dropped by another handle's close
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_provider())
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []


def open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_run(dialog)), "")


def open_file_names(parent: QWidget | None, caption: str, directory: str = "",
                    name_filter: str = "") -> list[str]:
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    """The path to write, or "" when cancelled (the dialog asks before naming an existing file,
    as Qt's does)."""
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return next(iter(_run(dialog)), "")


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    dialog = make_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return next(iter(_run(dialog)), "")
