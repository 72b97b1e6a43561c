"""Saving attached files back to disk: the one policy the window and the command line share.

- Each file's bytes are checked against its SHA-256 before anything is written.
- Nothing is ever overwritten: into a folder a taken name becomes ``stem (1).ext``; an explicit
  path that exists is refused.
- Nothing is written outside the chosen folder, whatever name is stored: the name is reduced
  to a plain one (``core/filenames.py``) and the target checked to sit in the folder.
- A write is atomic: the bytes go to a temporary file in the same folder, which is then linked
  to its name (that fails if the name was taken meanwhile), so a crash leaves no half file.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import WorkbenchError, InvalidInput
from workbench.core.filenames import MAX_NAME_BYTES, check_plain_file_name, is_one_of, safe_file_name, shown
from workbench.core.model import AttachedFile

from .session import Workbench

#: How many "name (n).ext" are tried before giving up on a folder.
MAX_NUMBERED = 10_000


@dataclass(frozen=True)
class SavedFile:
    """One attached file written to disk."""

    file_id: str
    name: str  # the name stored with the file
    path: str  # where it was written
    size: int
    sha256: str

    def to_json(self) -> dict:
        return {"id": self.file_id, "name": self.name, "path": self.path, "size": self.size,
                "sha256": self.sha256}


@dataclass(frozen=True)
class SkippedFile:
    """One attached file not written, and why (a one-line message naming it)."""

    file_id: str
    name: str
    reason: str
    error: WorkbenchError | None = None  # the error itself, for a window to show translated

    def to_json(self) -> dict:
        return {"id": self.file_id, "name": self.name, "reason": self.reason}


@dataclass(frozen=True)
class SaveReport:
    """What :func:`save_source_files` did with each of a source's files, in the source's order."""

    source_id: str
    folder: str
    saved: tuple[SavedFile, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()

    def to_json(self) -> dict:
        return {"source_id": self.source_id, "folder": self.folder,
                "saved": [s.to_json() for s in self.saved],
                "skipped": [s.to_json() for s in self.skipped]}


def _checked_bytes(wb: Workbench, f: AttachedFile) -> bytes:
    data = wb.file_data(f.id)
    if hashlib.sha256(data).hexdigest() != f.sha256:
        raise InvalidInput("savefile.hash_mismatch", name=shown(f.name))
    return data


def _temp_copy(folder: Path, data: bytes) -> str:
    """The bytes in a new temporary file in ``folder``, flushed to disk. Created with the
    usual permissions (0666 less the umask), which the saved file keeps."""
    for _ in range(100):
        tmp = folder / f".workbench-save-{secrets.token_hex(8)}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
    else:
        raise InvalidInput("savefile.no_temp", folder=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return str(tmp)


def _publish(tmp: str, target: Path) -> bool:
    """Give the finished temporary file its name, never replacing a file: False if taken."""
    try:
        os.link(tmp, target)  # atomic, and fails if the name exists (even as a dangling link)
    except FileExistsError:
        return False
    except OSError:
        # a file system without hard links (FAT, some network shares): check, then rename
        if os.path.lexists(target):
            return False
        os.replace(tmp, target)
        return True
    Path(tmp).unlink(missing_ok=True)
    return True


def _numbered(name: str, n: int) -> str:
    """``name``, or ``stem (n).ext`` for n > 0, cut to fit the longest name allowed."""
    if not n:
        return name
    p = Path(name)
    stem, suffix, tag = p.stem, p.suffix, f" ({n})"
    while stem and len((stem + tag + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return stem + tag + suffix


def _inside(folder: Path, name: str) -> Path:
    """``folder / name``, checked to be an entry of ``folder`` itself (never elsewhere)."""
    target = folder / check_plain_file_name(name)
    if Path(os.path.abspath(target)).parent != folder:
        raise InvalidInput("savefile.outside", name=shown(name), folder=folder)
    return target


def _write_into(folder: Path, f: AttachedFile, data: bytes, desk_files: tuple[str, ...] = ()) -> Path:
    """``desk_files``: names taken by the open desk, whether or not they exist now (a file
    written as the database's ``-journal`` would be replayed into it)."""
    name = safe_file_name(f.name, fallback=f"file-{f.id[:8]}")
    tmp = _temp_copy(folder, data)
    try:
        for n in range(MAX_NUMBERED):
            candidate = safe_file_name(_numbered(name, n), fallback=f"file-{f.id[:8]} ({n})")
            target = _inside(folder, candidate)
            if is_one_of(target, desk_files):
                continue
            if _publish(tmp, target):
                return target
        raise InvalidInput("savefile.too_many", folder=folder, count=MAX_NUMBERED, name=shown(name))
    finally:
        Path(tmp).unlink(missing_ok=True)


def _folder(folder: str | os.PathLike) -> Path:
    path = Path(folder)
    if not path.is_dir():
        raise InvalidInput("savefile.no_folder", path=path)
    return path.resolve()


def save_source_files(wb: Workbench, source_id: str, folder: str | os.PathLike) -> SaveReport:
    """Write every file of a source into ``folder`` (which must exist), under its stored name
    made plain, numbered ``name (1).ext`` when taken. A file whose bytes no longer match its
    SHA-256, or that cannot be written, is skipped with the reason; the others are written.

    Raises NotFound for an unknown source, InvalidInput when ``folder`` is not a folder."""
    src = wb.source(source_id)
    where = _folder(folder)
    saved: list[SavedFile] = []
    skipped: list[SkippedFile] = []
    for f in src.files:
        try:
            data = _checked_bytes(wb, f)
            target = _write_into(where, f, data, wb.local_files())
        except InvalidInput as exc:
            skipped.append(SkippedFile(f.id, f.name, exc.message, exc))
            continue
        except OSError as exc:
            skipped.append(SkippedFile(f.id, f.name, f"cannot write {shown(f.name)} into {where}: "
                                                     f"{exc.strerror or exc}"))
            continue
        saved.append(SavedFile(f.id, f.name, str(target), len(data), f.sha256))
    return SaveReport(src.id, str(where), tuple(saved), tuple(skipped))


def check_target(path: str | os.PathLike, overwrite: bool = False,
                 desk_files: tuple[str, ...] = ()) -> Path:
    """A file about to be written at ``path``, checked before any work: refused (saying what is
    wrong with the path as typed) when it is empty, a folder, one of the open desk's own files
    (``desk_files``: ``Workbench.local_files()``; ``--force`` does not replace the desk), already
    there and ``overwrite`` is not given, or in a folder that does not exist or where no file
    can be created."""
    if not str(path).strip():
        raise InvalidInput("output.empty")
    target = Path(path)
    if target.is_dir():
        raise InvalidInput("output.is_folder", path=target)
    if desk_files and is_one_of(target, desk_files):
        raise InvalidInput("output.is_the_desk", path=target)
    if os.path.lexists(target) and not overwrite:
        raise InvalidInput("output.exists", path=target)
    folder = target.parent
    for part in (folder, *folder.parents):
        if os.path.lexists(part) and not part.is_dir():
            raise InvalidInput("output.not_folder", path=target, folder=part)
    if not folder.is_dir():
        raise InvalidInput("output.no_folder", path=target, folder=folder)
    probe = folder / f".workbench-probe-{secrets.token_hex(8)}"
    try:  # the only sure test that a file can be made there (/proc, read-only mounts, ACLs)
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except PermissionError:
        raise InvalidInput("output.permission", path=target, folder=folder) from None
    except (FileNotFoundError, IsADirectoryError):
        raise InvalidInput("output.cannot_create", path=target, folder=folder) from None
    except OSError as exc:
        raise InvalidInput("output.failed", path=target, folder=folder,
                           error=exc.strerror or exc) from None
    probe.unlink(missing_ok=True)
    return target


def save_file(wb: Workbench, file_id: str, path: str | os.PathLike,
              overwrite: bool = False) -> SavedFile:
    """Write one attached file to exactly ``path``, checked against its SHA-256.

    Raises NotFound for an unknown file; InvalidInput when the bytes no longer match, when
    ``path`` is a folder, exists (unless ``overwrite``), or cannot be written."""
    f = wb.attached_file(file_id)
    target = Path(path)
    data = _checked_bytes(wb, f)
    if target.is_dir():
        raise InvalidInput("savefile.is_folder", path=target, name=shown(f.name))
    if is_one_of(target, wb.local_files()):
        raise InvalidInput("output.is_the_desk", path=target)
    if os.path.lexists(target) and not overwrite:
        raise InvalidInput("file.exists", path=target)
    folder = target.parent
    if not folder.is_dir():
        raise InvalidInput("savefile.no_parent", path=target, folder=folder)
    try:
        tmp = _temp_copy(folder, data)
        try:
            if overwrite:
                os.replace(tmp, target)
            elif not _publish(tmp, target):
                raise InvalidInput("file.exists", path=target)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError as exc:
        raise InvalidInput("file.unwritable", path=target, error=exc.strerror or exc) from None
    return SavedFile(f.id, f.name, str(target), len(data), f.sha256)
