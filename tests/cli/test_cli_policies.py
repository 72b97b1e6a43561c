"""The command line's shared policies, driven as a person drives them: a real process over a
real database. --json everywhere, one stream policy, one overwrite policy, --db checks, no
duplicate claims, verdicts with a rationale, --reopen, ids in text, help, path errors."""

import argparse
import json
import subprocess
import sys

from workbench.cli import build_parser
from workbench.core.spans import locate


from .test_cli import run  # the real program, as a person runs it


def _leaves(parser, path=()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield " ".join(path), parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, (*path, name))


def test_every_command_takes_json_and_describes_every_argument():
    for name, parser in _leaves(build_parser()):
        options = {o for a in parser._actions for o in a.option_strings}
        assert "--json" in options, name
        bare = [a.dest for a in parser._actions if not a.help]
        assert not bare, f"{name}: {bare} have no help"
    dates = {a.dest: a.metavar for _, p in _leaves(build_parser()) for a in p._actions
             if a.dest in ("published", "accessed")}
    assert set(dates.values()) == {"YYYY-MM-DD"}


def test_export_json_says_what_it_wrote_and_refuses_to_overwrite(db_path, tmp_path):
    target = tmp_path / "out.csv"
    first = run(db_path, "export", "--format", "csv", "--all-states", "-o", str(target), "--json")
    report = json.loads(first.stdout)
    assert report == {"format": "csv", "path": str(target), "claims": report["claims"]}
    assert report["claims"] > 0 and target.exists() and first.stderr == ""
    target.write_text("mine")
    again = run(db_path, "export", "--format", "csv", "--all-states", "-o", str(target), check=False)
    assert again.returncode == 1 and "already exists; add --force" in again.stderr
    assert target.read_text() == "mine"
    text = run(db_path, "export", "--format", "csv", "--all-states", "-o", str(target), "--force")
    assert text.stdout.startswith(f"wrote {target}: ") and text.stderr == ""
    assert target.read_text() != "mine"


def test_bundle_export_and_file_save_refuse_an_existing_file_without_force(db_path, tmp_path):
    article = json.loads(run(db_path, "articles", "--json").stdout)[0]["id"]
    bundle = tmp_path / "a.wbundle"
    bundle.write_bytes(b"old")
    r = run(db_path, "bundle", "export", "--article", article, "-o", str(bundle), check=False)
    assert r.returncode == 1 and "already exists; add --force" in r.stderr
    assert bundle.read_bytes() == b"old"
    report = json.loads(run(db_path, "bundle", "export", "--article", article, "-o", str(bundle),
                            "--force", "--json").stdout)
    assert report["path"] == str(bundle) and bundle.read_bytes() != b"old"
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]
    evidence = tmp_path / "e.bin"
    evidence.write_bytes(b"evidence")
    added = json.loads(run(db_path, "source", "add", claim["id"], "--no-capture", "--url", "https://e.org",
                           "--file", str(evidence), "--json").stdout)
    file_id = added["sources"][0]["files"][0]["id"]
    out = tmp_path / "back.bin"
    out.write_bytes(b"mine")
    r = run(db_path, "file", "save", file_id, "-o", str(out), check=False)
    assert r.returncode == 1 and "already exists; add --force" in r.stderr and out.read_bytes() == b"mine"
    run(db_path, "file", "save", file_id, "-o", str(out), "--force")
    assert out.read_bytes() == b"evidence"


def test_paths_are_explained_as_typed(db_path, tmp_path):
    def error(*args):
        r = run(db_path, *args, check=False)
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
        return r.stderr.strip()

    csv = ("export", "--format", "csv", "--all-states", "-o")
    assert error(*csv, "") == "workbench: error: no file name given: the output path is empty"
    assert error(*csv, "/proc/x.csv") == \
        "workbench: error: cannot write /proc/x.csv: files cannot be created in /proc"
    assert error(*csv, str(tmp_path / "no" / "x.csv")) == \
        f"workbench: error: cannot write {tmp_path / 'no' / 'x.csv'}: folder {tmp_path / 'no'} does not exist"
    assert error(*csv, str(tmp_path)) == f"workbench: error: {tmp_path} is a folder; give a file name"
    (tmp_path / "f").write_text("x")
    assert error(*csv, str(tmp_path / "f" / "x.csv")).endswith(f"{tmp_path / 'f'} is a file, not a folder")
    assert error("file", "save", "any", "-o", "/nonexistent/e.txt") == \
        "workbench: error: cannot write /nonexistent/e.txt: folder /nonexistent does not exist"


def test_db_paths_that_are_not_databases_are_refused(tmp_path):
    r = run("", "claims", check=False)
    assert r.returncode == 1 and "--db was given an empty path" in r.stderr
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run(empty, "claims", check=False)
    assert r.returncode == 1 and f"{empty} is an empty file, not a database" in r.stderr
    assert empty.read_bytes() == b""
    far = tmp_path / "no" / "such" / "x.sqlite"
    r = run(far, "claims", check=False)
    assert r.returncode == 1 and f"folder {far.parent} does not exist" in r.stderr
    assert not (tmp_path / "no").exists()


def test_no_duplicate_claims_from_add_or_accept(db_path):
    before = json.loads(run(db_path, "claims", "--json").stdout)
    claim = before[0]
    r = run(db_path, "claim", "add", claim["article_id"], "--start", str(claim["start"]),
            "--end", str(claim["end"]), check=False)
    assert r.returncode == 1 and f"is already claim {claim['id']}" in r.stderr
    rows = json.loads(run(db_path, "suggest", claim["article_id"], "--json").stdout)
    covered = next(p for p in rows if p.get("covered_by"))
    r = run(db_path, "proposal", "accept", covered["id"], check=False)
    assert r.returncode == 1 and f"overlaps claim {covered['covered_by']}" in r.stderr
    assert json.loads(run(db_path, "claims", "--json").stdout) == before


def test_verdicts_need_a_rationale_and_approved_claims_need_reopen(db_path):
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]["id"]
    r = run(db_path, "verdict", "set", claim, "--rating", "true", "--rationale", "", check=False)
    assert r.returncode == 1 and "a verdict needs a rationale" in r.stderr
    run(db_path, "verdict", "set", claim, "--rating", "true", "--rationale", "the map")
    run(db_path, "user", "add", "bob", "--role", "editor")
    run(db_path, "review", "submit", claim)
    r = run(db_path, "claim", "edit", claim, "--statement", "x", check=False)
    assert r.returncode == 1 and "is in review (submitted by alice); add --reopen" in r.stderr
    run(db_path, "review", "approve", claim, user="bob")
    r = run(db_path, "verdict", "set", claim, "--rating", "false", "--rationale", "no", check=False)
    assert r.returncode == 1 and f"claim {claim} was approved by bob; add --reopen" in r.stderr
    r = run(db_path, "verdict", "set", claim, "--rating", "true", "--rationale", "", "--reopen", check=False)
    assert r.returncode == 1 and "a verdict needs a rationale" in r.stderr
    got = json.loads(run(db_path, "claims", "--json").stdout)[0]
    assert (got["review_state"], got["rationale"]) == ("approved", "the map")
    # with --reopen: the change is made, the note goes to stderr and into the JSON
    done = run(db_path, "verdict", "set", claim, "--rating", "false", "--rationale", "no", "--reopen", "--json")
    data = json.loads(done.stdout)
    assert data["review_state"] == "draft" and data["returned_to_draft"] is True
    assert data["notes"] == ["the claim went back to draft: it needs review again"]
    assert done.stderr == "workbench: note: the claim went back to draft: it needs review again\n"
    # "no verdict" with an empty rationale stays allowed
    cleared = json.loads(run(db_path, "verdict", "set", claim, "--rating", "", "--rationale", "", "--json").stdout)
    assert cleared["rating"] is None and cleared["rationale"] == ""


def test_an_approved_claim_is_deleted_only_with_reopen(db_path):
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]["id"]
    run(db_path, "verdict", "set", claim, "--rating", "true", "--rationale", "the map")
    run(db_path, "user", "add", "bob", "--role", "editor")
    run(db_path, "review", "submit", claim)
    run(db_path, "review", "approve", claim, user="bob")
    r = run(db_path, "claim", "delete", claim, check=False)
    assert r.returncode == 1 and f"claim {claim} was approved by bob; add --reopen" in r.stderr
    assert claim in [c["id"] for c in json.loads(run(db_path, "claims", "--json").stdout)]
    done = json.loads(run(db_path, "claim", "delete", claim, "--reopen", "--json").stdout)
    assert done["deleted"] == claim
    assert claim not in [c["id"] for c in json.loads(run(db_path, "claims", "--json").stdout)]


def test_gui_json_says_what_opened(db_path):
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "--user", "alice", "gui",
                        "--exit-after-show", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout.strip().splitlines()[-1])
    article = json.loads(run(db_path, "articles", "--json").stdout)[0]["id"]
    assert shown["article_id"] == article and shown["user"] == "alice" and shown["shown"] > 0


def test_text_shows_the_ids_other_commands_need(db_path, tmp_path):
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]
    evidence = tmp_path / "e.bin"
    evidence.write_bytes(b"evidence")
    src = json.loads(run(db_path, "source", "add", claim["id"], "--no-capture", "--url", "https://e.org",
                         "--file", str(evidence), "--json").stdout)["sources"][0]
    text = run(db_path, "claims").stdout
    assert f"source {src['id']} (context): https://e.org" in text
    assert f"file {src['files'][0]['id']}  e.bin" in text
    comment = json.loads(run(db_path, "comment", "add", claim["id"], "--text", "look", "--json").stdout)
    listed = run(db_path, "comment", "list", claim["id"]).stdout
    assert listed.startswith(comment["id"] + "  ")


def test_history_of_a_deleted_claim_includes_the_delete(db_path):
    claim = json.loads(run(db_path, "claims", "--json").stdout)[0]["id"]
    run(db_path, "claim", "delete", claim)
    history = json.loads(run(db_path, "history", claim, "--json").stdout)
    assert [e["action"] for e in history][-1] == "claim.delete"
    assert "claim.delete" in run(db_path, "history", claim).stdout
    r = run(db_path, "history", "nope", check=False)
    assert r.returncode == 1 and "no claim" in r.stderr


def test_notes_go_to_stderr_with_the_prefix(db_path):
    (article,) = json.loads(run(db_path, "articles", "--json").stdout)
    start, _ = locate(article["text"], "الجيب الجبلي")
    r = run(db_path, "claim", "add", article["id"], "--start", str(start + 2), "--end", str(start + 5), "--json")
    assert r.stderr.startswith("workbench: note: ") and "cuts a word" in r.stderr
    assert "cuts a word" in json.loads(r.stdout)["notes"][0]
