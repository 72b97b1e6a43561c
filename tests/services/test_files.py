"""Saving attached files (services/files.py) on a real database and real folders: checked
against the SHA-256 first, never overwriting, never outside the chosen folder whatever name is
stored, no half files."""

import hashlib
import os
import sqlite3
import uuid

import pytest

from workbench.core.errors import InvalidInput, NotFound
from workbench.core.filenames import is_plain_file_name
from workbench.core.model import AttachedFile, new_id, now_iso
from workbench.services.files import SaveReport, SavedFile, save_file, save_source_files

#: The SQLite and the PostgreSQL store alike (tests/conftest.py ``backend``).
pytestmark = pytest.mark.usefixtures("backend")


def _source(wb, tmp_path, files: dict[str, bytes]):
    """A source on the sample's first claim with real files attached from disk."""
    src_dir = tmp_path / "from"
    src_dir.mkdir(exist_ok=True)
    paths = []
    for name, data in files.items():
        (src_dir / name).write_bytes(data)
        paths.append(src_dir / name)
    claim = wb.claims()[0]
    return wb.add_source(claim.id, "https://example.org/e", files=paths).claim.sources[-1]


def _attach_as_stored(wb, source_id, name, data):
    """A file stored under ``name`` as an older version or a tampered database could hold it:
    through the store, past the checks the services now make."""
    f = AttachedFile(new_id(), name, hashlib.sha256(data).hexdigest(), len(data), now_iso())
    with wb.store.transaction():
        wb.store.insert_file(source_id, f, data)
    return f


def _tree(root):
    return sorted(os.path.relpath(os.path.join(d, n), root)
                  for d, dirs, names in os.walk(root) for n in names + dirs)


def test_a_sources_files_go_into_the_folder_and_clashes_are_numbered(wb, tmp_path):
    src = _source(wb, tmp_path, {"بيان الوزارة.pdf": b"%PDF ministry", "map.png": b"\x89PNG map"})
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.png").write_bytes(b"already here")
    first = save_source_files(wb, src.id, out)
    assert isinstance(first, SaveReport) and not first.skipped
    assert [(os.path.basename(s.path), s.size) for s in first.saved] == [
        ("بيان الوزارة.pdf", 13), ("map (1).png", 8)]
    assert (out / "map.png").read_bytes() == b"already here"
    second = save_source_files(wb, src.id, str(out))
    assert [os.path.basename(s.path) for s in second.saved] == ["بيان الوزارة (1).pdf", "map (2).png"]
    for s in first.saved + second.saved:
        assert open(s.path, "rb").read() == wb.file_data(s.file_id)
        assert hashlib.sha256(open(s.path, "rb").read()).hexdigest() == s.sha256
    assert _tree(out) == sorted(["map.png", "map (1).png", "map (2).png", "بيان الوزارة.pdf",
                                 "بيان الوزارة (1).pdf"])  # no temporary file left behind
    assert second.to_json()["saved"][0]["name"] == "بيان الوزارة.pdf"


HOSTILE = ["../escape.txt", "../../escape2.txt", "sub/dir/n.txt", "C:\\evil.txt", "C:drive.txt",
           "..", ".", "", "a\u202etxt.exe", "\x1b[31mred.txt", "nul\x00.txt", "x" * 300 + ".pdf",
           "trail/"]


@pytest.mark.sqlite_only  # a NUL in a name: PostgreSQL text cannot hold it
def test_a_hostile_stored_name_never_writes_outside_the_folder(wb, tmp_path):
    src = _source(wb, tmp_path, {})
    outside_tmp = f"/tmp/pwned-by-save-{uuid.uuid4().hex}.txt"
    root = tmp_path / "root"
    names = HOSTILE + [str(root / "absolute.txt"), outside_tmp]
    stored = {_attach_as_stored(wb, src.id, name, f"bytes of {i}".encode()).id: name
              for i, name in enumerate(names)}
    folder = root / "a" / "b" / "save"
    folder.mkdir(parents=True)
    before = _tree(root)
    report = save_source_files(wb, src.id, folder)
    assert not report.skipped and len(report.saved) == len(names)
    for s in report.saved:
        assert stored[s.file_id] == s.name
        written = os.path.basename(s.path)
        assert os.path.dirname(s.path) == str(folder.resolve()) and is_plain_file_name(written)
        assert open(s.path, "rb").read() == wb.file_data(s.file_id)
    assert not os.path.exists(outside_tmp)
    # everything new is a plain entry of the folder itself; nothing else changed anywhere
    new = sorted(set(_tree(root)) - set(before))
    assert all(os.path.dirname(p) == os.path.join("a", "b", "save") for p in new)
    assert len(new) == len(names)
    names_written = {os.path.basename(s.path) for s in report.saved}
    assert {"escape.txt", "escape2.txt", "n.txt", "evil.txt", "drive.txt", "atxt.exe",
            "[31mred.txt", "nul.txt", "absolute.txt"} <= names_written
    long = next(n for n in names_written if n.startswith("xxx"))
    assert long.endswith(".pdf") and len(long.encode()) <= 255


def test_an_existing_link_at_the_name_is_never_followed(wb, tmp_path):
    src = _source(wb, tmp_path, {"proof.bin": b"proof"})
    out = tmp_path / "out"
    out.mkdir()
    (out / "proof.bin").symlink_to(tmp_path / "outside.bin")  # dangling, pointing out
    report = save_source_files(wb, src.id, out)
    assert [os.path.basename(s.path) for s in report.saved] == ["proof (1).bin"]
    assert not (tmp_path / "outside.bin").exists() and (out / "proof.bin").is_symlink()
    with pytest.raises(InvalidInput, match="already exists"):
        save_file(wb, src.files[0].id, out / "proof.bin")
    assert not (tmp_path / "outside.bin").exists()


@pytest.mark.sqlite_only  # tampers with the SQLite file
def test_bytes_that_no_longer_match_are_not_written(wb, tmp_path, db_path):
    src = _source(wb, tmp_path, {"good.txt": b"good", "changed.txt": b"original"})
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE files SET data = ? WHERE id = ?", [b"tampered", src.files[1].id])
    conn.commit()
    conn.close()
    out = tmp_path / "out"
    out.mkdir()
    report = save_source_files(wb, src.id, out)
    assert [os.path.basename(s.path) for s in report.saved] == ["good.txt"]
    (skip,) = report.skipped
    assert skip.file_id == src.files[1].id and skip.name == "changed.txt"
    assert "“changed.txt”" in skip.reason and "SHA-256" in skip.reason
    assert _tree(out) == ["good.txt"]
    with pytest.raises(InvalidInput, match="“changed.txt” no longer matches its SHA-256"):
        save_file(wb, src.files[1].id, tmp_path / "one.txt")
    assert not (tmp_path / "one.txt").exists()


def test_one_file_to_a_path_refuses_to_overwrite(wb, tmp_path):
    src = _source(wb, tmp_path, {"e.bin": bytes(range(256))})
    fid = src.files[0].id
    tmp_path = tmp_path / "work"
    tmp_path.mkdir()
    target = tmp_path / "e-copy.bin"
    saved = save_file(wb, fid, target)
    assert isinstance(saved, SavedFile) and saved.path == str(target)
    assert target.read_bytes() == bytes(range(256)) and saved.size == 256
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # as any new file, not 0600
    target.write_bytes(b"mine")
    with pytest.raises(InvalidInput, match="already exists"):
        save_file(wb, fid, target)
    assert target.read_bytes() == b"mine"
    with pytest.raises(InvalidInput, match="is a folder"):
        save_file(wb, fid, tmp_path)
    with pytest.raises(InvalidInput, match="does not exist"):
        save_file(wb, fid, tmp_path / "no" / "such" / "e.bin")
    with pytest.raises(NotFound):
        save_file(wb, "no-such-id", tmp_path / "x.bin")
    with pytest.raises(NotFound):
        save_source_files(wb, "no-such-id", tmp_path)
    with pytest.raises(InvalidInput, match="not a folder"):
        save_source_files(wb, src.id, target)
    assert _tree(tmp_path) == ["e-copy.bin"]


@pytest.mark.parametrize("name", ["statement\u202etxt.exe", "a\u2067b.pdf", "esc\x1b.txt",
                                  "line\nbreak.txt"])
def test_a_local_file_whose_name_is_not_plain_is_not_attached(wb, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"evidence")
    claim = wb.claims()[0]
    events = len(list(wb.store.events()))
    with pytest.raises(InvalidInput, match="not a plain file name") as caught:
        wb.add_source(claim.id, "https://example.org/x", files=[path])
    message = caught.value.message
    assert message.startswith("attachment “") and "⟦U+" in message and "\n" not in message
    assert message.endswith("; rename the file first")
    assert wb.claim(claim.id).sources == claim.sources and len(list(wb.store.events())) == events


def test_the_desks_own_database_is_neither_attached_nor_imported(wb, tmp_path, db_path):
    """Reading the open database as a document would drop this process's locks on it (POSIX):
    its files are refused unread, under any spelling of their path."""
    from workbench.services.importing import import_path

    if not wb.local_files():  # a server keeps the desk: nothing local to protect
        assert wb.local_files() == ()
        return
    claim = wb.claims()[0]
    link = tmp_path / "innocent.txt"
    link.symlink_to(db_path)
    for path in (db_path, link, f"{db_path}-wal"):
        if not os.path.exists(path):
            continue
        with pytest.raises(InvalidInput, match="this desk's own database file"):
            wb.add_source(claim.id, "https://example.org/x", files=[path])
        with pytest.raises(InvalidInput, match="this desk's own database file"):
            import_path(wb, path)
    assert wb.claim(claim.id).sources == claim.sources


def test_nothing_is_written_over_the_desks_own_database(wb, tmp_path, db_path):
    """An export, a saved file or a bundle written over the open database would replace the desk
    under the open connection (which goes on writing into the deleted file): refused, --force
    or not, and the desk is untouched."""
    from workbench.services.bundle import export_bundle
    from workbench.services.files import check_target

    if not wb.local_files():
        return  # a server keeps the desk
    before = db_path.read_bytes()[:100]
    with pytest.raises(InvalidInput, match="choose another file to write"):
        check_target(db_path, overwrite=True, desk_files=wb.local_files())
    with pytest.raises(InvalidInput, match="choose another file to write"):
        export_bundle(wb, wb.articles()[0].id, db_path)
    src = _source(wb, tmp_path, {"e.txt": b"evidence"})
    with pytest.raises(InvalidInput, match="choose another file to write"):
        save_file(wb, src.files[0].id, db_path, overwrite=True)
    assert db_path.read_bytes()[:100] == before and wb.claims()


def test_an_attachment_named_like_the_desks_journal_is_not_saved_as_it(wb, tmp_path, db_path):
    """A tester attached a rollback journal named ``<desk>-journal`` and saved it beside the
    desk: SQLite replayed it into the database on the next open ("malformed"). A name the desk
    uses is refused, or numbered away, even while no such file exists."""
    from workbench.services.files import check_target

    if not wb.local_files():
        return  # a server keeps the desk
    journal = f"{db_path}-journal"
    assert not os.path.exists(journal)
    src = _source(wb, tmp_path, {db_path.name + "-journal": b"not a journal"})
    with pytest.raises(InvalidInput, match="choose another file to write"):
        check_target(journal, overwrite=True, desk_files=wb.local_files())
    with pytest.raises(InvalidInput, match="choose another file to write"):
        save_file(wb, src.files[0].id, journal)
    report = save_source_files(wb, src.id, db_path.parent)
    assert not os.path.exists(journal) and len(report.saved) == 1
    assert report.saved[0].path == str(db_path.parent / "workbench (1).sqlite-journal")
    wb.set_verdict(wb.claims()[0].id, "true", "ما زالت المنضدة تعمل")  # the desk still works
