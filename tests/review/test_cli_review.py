"""The review step from the command line, as two people on two machines run it."""

import json

from tests.cli.test_cli import run


def js(db, *args, user="alice"):
    return json.loads(run(db, *args, "--json", user=user).stdout)


def test_done_when_two_users_two_databases_draft_to_approved(tmp_path):
    """alice (checker) on her database, bob (editor) on his: the sample article goes from draft
    to approved, with a request for changes in between, and the history names every step."""
    a, b = tmp_path / "alice.sqlite", tmp_path / "bob.sqlite"
    (article,) = js(a, "articles")
    js(b, "user", "add", "bob", "--role", "editor", user="bob")
    claims = js(a, "claims", "--article", article["id"])
    for c in claims:
        run(a, "verdict", "set", c["id"], "--rating", "false", "--rationale", "لا دليل")
        run(a, "review", "submit", c["id"])
    target = claims[0]["id"]
    run(a, "bundle", "export", "--article", article["id"], "-o", str(tmp_path / "1.wbb"))

    report = js(b, "bundle", "import", str(tmp_path / "1.wbb"), user="bob")
    assert report["conflicts"] == [] and len(report["updated"]) == len(claims)
    queue = js(b, "review", "queue", user="bob")
    assert [i["claim"]["id"] for i in queue] == [c["id"] for c in claims]
    r = run(b, "review", "request-changes", target, user="bob", check=False)
    assert r.returncode == 1 and "needs a comment" in r.stderr
    run(b, "review", "request-changes", target, "--comment", "أضف بيان الوزارة", user="bob")
    for c in claims[1:]:
        run(b, "review", "approve", c["id"], user="bob")
    run(b, "bundle", "export", "--article", article["id"], "-o", str(tmp_path / "2.wbb"), user="bob")

    report = js(a, "bundle", "import", str(tmp_path / "2.wbb"))
    assert report["conflicts"] == []
    states = {c["id"]: c["review_state"] for c in js(a, "claims")}
    assert states[target] == "changes_requested"
    assert all(states[c["id"]] == "approved" for c in claims[1:])
    (comment,) = js(a, "comment", "list", target)
    assert comment["author"] == "bob"
    run(a, "comment", "add", target, "--text", "أضفته", "--reply-to", comment["id"])
    run(a, "source", "add", target, "--no-capture", "--url", "https://mod.gov.az/en/news/1", "--stance", "refutes")
    run(a, "verdict", "set", target, "--rating", "false", "--rationale", "بيان الوزارة ينفي")
    diff = js(a, "review", "diff", target)
    assert diff["last_review"]["user"] == "bob"
    assert {c["field"] for c in diff["changes"]} == {"rationale", "source"}
    run(a, "review", "submit", target)
    r = run(a, "review", "approve", target, check=False)
    assert r.returncode == 1 and "only an editor" in r.stderr
    run(a, "bundle", "export", "--article", article["id"], "-o", str(tmp_path / "3.wbb"))

    assert js(b, "bundle", "import", str(tmp_path / "3.wbb"), user="bob")["conflicts"] == []
    assert [i["claim"]["id"] for i in js(b, "review", "queue", user="bob")] == [target]
    run(b, "review", "approve", target, user="bob")
    run(b, "bundle", "export", "--article", article["id"], "-o", str(tmp_path / "4.wbb"), user="bob")
    assert js(a, "bundle", "import", str(tmp_path / "4.wbb"))["conflicts"] == []

    for db, who in ((a, "alice"), (b, "bob")):
        assert all(c["review_state"] == "approved" for c in js(db, "claims", user=who))
        steps = [(e["user"], e["action"]) for e in js(db, "history", target, user=who)]
        assert [s for s in steps if s[1] not in ("claim.add",)] == [
            ("alice", "verdict.set"), ("alice", "review.submit"),
            ("bob", "review.request_changes"), ("bob", "comment.add"),
            ("alice", "comment.add"), ("alice", "source.add"), ("alice", "verdict.set"),
            ("alice", "review.submit"), ("bob", "review.approve")], who
        assert run(db, "check", user=who).returncode == 0


def test_four_eyes_and_roles_from_the_cli(db_path):
    claim = js(db_path, "claims")[0]
    run(db_path, "user", "add", "erin", "--role", "editor", user="erin")
    r = run(db_path, "user", "add", "alice", "--role", "editor", check=False)
    assert r.returncode == 1 and "only an editor" in r.stderr
    run(db_path, "verdict", "set", claim["id"], "--rating", "true", "--rationale", "x", user="erin")
    run(db_path, "review", "submit", claim["id"], user="erin")
    r = run(db_path, "review", "approve", claim["id"], user="erin", check=False)
    assert r.returncode == 1 and "four eyes" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    r = run(db_path, "review", "approve", claim["id"], user="mallory", check=False)
    assert r.returncode == 1 and "mallory is a new user (checker)" in r.stderr
    users = {u["name"]: u["role"] for u in js(db_path, "user", "list")}
    assert users["erin"] == "editor"


def test_bad_bundle_and_unknown_claim_are_one_line(db_path, tmp_path):
    (tmp_path / "x.wbb").write_text("not a zip")
    for args, needle in ((["bundle", "import", str(tmp_path / "x.wbb")], "not a workbench bundle"),
                         (["review", "submit", "nope"], "no claim"),
                         (["bundle", "export", "--article", "nope", "-o", str(tmp_path / "y")], "no article")):
        r = run(db_path, *args, check=False)
        assert r.returncode == 1 and needle in r.stderr, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
