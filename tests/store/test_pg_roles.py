"""Identities and rules on a desk on a PostgreSQL server (issue 12, docs/team.md): each person
connects with their own login and password, straight to the server with psycopg as anyone with
``psql`` could, and the server refuses what the app would refuse. The allowed work goes
through the real CLI, as each person, with PGPASSWORD in the environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import psycopg
import pytest

from tests.pg import drop_database, fresh_database

PASSWORDS = {"omar": "omar-pw-1", "layla": "layla-pw-2", "sara": "sara-pw-3", "adam": "adam-pw-4"}


class Desk:
    def __init__(self, cluster, name: str):
        self.cluster = cluster
        self.name = name
        self.owner_uri = cluster.uri(name, password=False)  # the owner's password: PGPASSFILE

    def login(self, who: str) -> str:
        """The login of ``who`` on this desk: logins are per cluster, so per test desk here."""
        return f"{who}_{self.name}"

    def uri(self, who: str) -> str:
        return f"postgresql://{self.login(who)}@127.0.0.1:{self.cluster.port}/{self.name}"

    def connect(self, who: str):
        return psycopg.connect(self.uri(who), password=PASSWORDS[who], autocommit=True)

    def cli(self, who: str | None, *args: str, user: str | None = None, stdin: str | None = None,
            password: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
        uri = self.owner_uri
        if who is not None:
            uri = self.uri(who)
            env["PGPASSWORD"] = password if password is not None else PASSWORDS[who]
        cmd = [sys.executable, "-m", "workbench", "--db", uri, *(["--user", user] if user else []), *args]
        result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120,
                                input=stdin, env=env)
        if check:
            assert result.returncode == 0, result.stderr
        return result

    def data(self, who: str | None, *args: str, **kw) -> object:
        return json.loads(self.cli(who, *args, "--json", **kw).stdout)


@pytest.fixture(scope="module")
def desk(pg_cluster):
    """A desk made as its README says: desk init --with-sample by the owner, then two checkers,
    an editor and an admin added with user add --password-stdin."""
    name = fresh_database(pg_cluster)
    d = Desk(pg_cluster, name)
    made = d.data(None, "desk", "init", "--with-sample")
    assert made["groups"] == [f"{name}_checker", f"{name}_editor", f"{name}_admin"]
    for who, role in (("omar", "checker"), ("layla", "checker"), ("sara", "editor"), ("adam", "admin")):
        d.cli(None, "user", "add", d.login(who), "--role", role, "--password-stdin",
              stdin=PASSWORDS[who] + "\n")
    yield d
    drop_database(pg_cluster, name)
    with pg_cluster.admin() as conn:
        for who in PASSWORDS:
            conn.execute(f'DROP ROLE IF EXISTS "{d.login(who)}"')
        for g in ("admin", "editor", "checker"):
            conn.execute(f'DROP ROLE IF EXISTS "{name}_{g}"')


def _claim_flow(desk: Desk, who: str, start: int, end: int) -> str:
    """``who`` adds a claim, a source and a verdict, and submits it: its id."""
    (article,) = desk.data(who, "articles")
    claim = desk.data(who, "claim", "add", article["id"], "--start", str(start), "--end", str(end))
    desk.cli(who, "source", "add", claim["id"], "--url", "https://example.org/report", "--title",
             "a report", "--no-capture")
    desk.cli(who, "verdict", "set", claim["id"], "--rating", "false", "--rationale", "the report says otherwise")
    desk.cli(who, "review", "submit", claim["id"])
    return claim["id"]


def _refused(conn, sql: str, params=()) -> psycopg.Error:
    with pytest.raises(psycopg.Error) as exc:
        conn.execute(sql, params)
    return exc.value


def test_desk_init_again_changes_nothing_and_user_list_shows_the_desk(desk):
    again = desk.data(None, "desk", "init")
    assert again["groups"][0] == f"{desk.name}_checker"
    people = desk.data("omar", "user", "list")
    assert {p["name"]: p["role"] for p in people} == {
        desk.login("omar"): "checker", desk.login("layla"): "checker",
        desk.login("sara"): "editor", desk.login("adam"): "admin"}


def test_a_checker_works_an_editor_approves_and_the_trail_is_theirs(desk):
    claim_id = _claim_flow(desk, "omar", 0, 10)
    approved = desk.data("sara", "review", "approve", claim_id)
    assert approved["review_state"] == "approved"
    history = desk.data("sara", "history", claim_id)
    users = {e["user"] for e in (history if isinstance(history, list) else history["events"])}
    assert users == {desk.login("omar"), desk.login("sara")}
    assert desk.cli("sara", "check").returncode == 0


def test_a_checker_cannot_approve_in_the_app_nor_with_psql(desk):
    claim_id = _claim_flow(desk, "omar", 11, 20)
    refused = desk.cli("layla", "review", "approve", claim_id, check=False)
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    with desk.connect("layla") as conn:
        for state in ("approved", "changes_requested"):
            err = _refused(conn, "UPDATE claims SET review_state = %s WHERE id = %s", [state, claim_id])
            assert err.sqlstate == "42501" and "only an editor" in str(err)
    with desk.connect("omar") as conn:  # nor from draft, as if it were an undo
        conn.execute("UPDATE claims SET review_state = 'draft' WHERE id = %s", [claim_id])
        err = _refused(conn, "UPDATE claims SET review_state = 'approved' WHERE id = %s", [claim_id])
        assert err.sqlstate == "42501"
        conn.execute("UPDATE claims SET review_state = 'in_review' WHERE id = %s", [claim_id])


def test_an_editor_cannot_approve_their_own_verdict(desk):
    claim_id = _claim_flow(desk, "sara", 21, 30)
    refused = desk.cli("sara", "review", "approve", claim_id, check=False)
    assert refused.returncode == 1 and "four" in refused.stderr.lower() or "sara" in refused.stderr
    with desk.connect("sara") as conn:
        err = _refused(conn, "UPDATE claims SET review_state = 'approved' WHERE id = %s", [claim_id])
        assert err.sqlstate == "42501" and "four eyes" in str(err)
    # another editor's decision is the rule's other side
    assert desk.data("adam", "review", "approve", claim_id)["review_state"] == "approved"


def test_an_editor_who_last_changed_the_claim_cannot_approve_it(desk):
    claim_id = _claim_flow(desk, "omar", 31, 40)
    with desk.cluster.admin(desk.name) as owner:
        before = owner.execute("SELECT rationale, updated_by FROM claims WHERE id = %s", [claim_id]).fetchone()
    with desk.connect("sara") as conn:
        conn.execute("UPDATE claims SET review_state = 'draft', rationale = 'mine now', updated_by = %s "
                      "WHERE id = %s", [desk.login("sara"), claim_id])
        conn.execute("UPDATE claims SET review_state = 'in_review' WHERE id = %s", [claim_id])
        err = _refused(conn, "UPDATE claims SET review_state = 'approved' WHERE id = %s", [claim_id])
        assert err.sqlstate == "42501" and "four eyes" in str(err)
    with desk.cluster.admin(desk.name) as owner:  # the owner puts it back: check stays clean
        owner.execute("UPDATE claims SET rationale = %s, updated_by = %s WHERE id = %s", [*before, claim_id])


@pytest.mark.parametrize("who", ["omar", "sara", "adam", None])
def test_nobody_changes_or_deletes_the_trail(desk, who):
    conn = desk.connect(who) if who else desk.cluster.admin(desk.name)
    with conn:
        for sql in ("UPDATE events SET \"user\" = 'mallory' WHERE seq = 2", "DELETE FROM events WHERE seq = 2",
                    "TRUNCATE events", "DELETE FROM events_head"):
            err = _refused(conn, sql)
            assert err.sqlstate == "42501", (sql, err)
        if who:
            err = _refused(conn, "UPDATE events_head SET seq = 1")
            assert err.sqlstate == "42501"


def _next_event(conn, user: str) -> dict:
    seq, head = conn.execute("SELECT seq, hash FROM events_head").fetchone()
    return {"seq": seq + 1, "id": f"forged-{seq}", "at": "2026-01-01T00:00:00Z", "user": user,
            "action": "review.approve", "entity": "claim", "entity_id": "x", "scope_id": "x",
            "before": None, "after": None, "prev_hash": head, "hash": "f" * 64}


INSERT_EVENT = ('INSERT INTO events (seq, id, at, "user", action, entity, entity_id, scope_id, before, after, '
                "prev_hash, hash) VALUES (%(seq)s, %(id)s, %(at)s, %(user)s, %(action)s, %(entity)s, "
                "%(entity_id)s, %(scope_id)s, %(before)s, %(after)s, %(prev_hash)s, %(hash)s)")


@pytest.mark.parametrize("who", ["omar", "sara", "adam"])
def test_nobody_appends_an_event_in_someone_elses_name(desk, who):
    with desk.connect(who) as conn:
        err = _refused(conn, INSERT_EVENT, _next_event(conn, desk.login("layla")))
        assert err.sqlstate == "42501" and "in the name of" in str(err)


def test_a_checker_cannot_record_a_decision_even_in_their_own_name(desk):
    with desk.connect("omar") as conn:
        err = _refused(conn, INSERT_EVENT, _next_event(conn, desk.login("omar")))
        assert err.sqlstate == "42501" and "only an editor records review.approve" in str(err)


def test_the_chain_never_forks_not_even_for_the_owner(desk):
    with desk.cluster.admin(desk.name) as conn:
        fork = _next_event(conn, "anyone")
        fork["seq"] -= 1  # onto the event before the head
        err = _refused(conn, INSERT_EVENT, fork)
        assert "never forks" in str(err)
        wrong = _next_event(conn, "anyone")
        wrong["prev_hash"] = "0" * 64
        assert "never forks" in str(_refused(conn, INSERT_EVENT, wrong))


def test_a_checker_cannot_add_people_or_make_themself_an_editor(desk):
    with desk.connect("omar") as conn:
        err = _refused(conn, "INSERT INTO users (name, role, created_at) VALUES ('mallory', 'editor', 'now')")
        assert err.sqlstate == "42501"
        assert _refused(conn, "UPDATE users SET role = 'editor'").sqlstate == "42501"
        err = _refused(conn, f'GRANT "{desk.name}_editor" TO "{desk.login("omar")}"')
        assert err.sqlstate == "42501"
    refused = desk.cli("omar", "user", "add", "mallory", "--role", "editor", "--password-stdin",
                       stdin="x\n", check=False)
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1


def test_a_raw_verdict_update_is_caught_by_check(desk, pg_cluster):
    (article,) = desk.data("layla", "articles")
    claim = desk.data("layla", "claim", "add", article["id"], "--start", "41", "--end", "50")
    with desk.connect("layla") as conn:
        conn.execute("UPDATE claims SET rating = 'true' WHERE id = %s", [claim["id"]])
    result = desk.cli("sara", "check", "--json", check=False)
    assert result.returncode == 1 and claim["id"] in result.stdout
    with desk.connect("layla") as conn:  # put back, for the other tests' check
        conn.execute("UPDATE claims SET rating = NULL WHERE id = %s", [claim["id"]])
    assert desk.cli("sara", "check").returncode == 0


def test_an_approved_claims_content_cannot_change_behind_its_back(desk):
    claim_id = _claim_flow(desk, "omar", 51, 60)
    desk.cli("sara", "review", "approve", claim_id)
    with desk.connect("omar") as conn:
        err = _refused(conn, "UPDATE claims SET rating = 'true' WHERE id = %s", [claim_id])
        assert err.sqlstate == "42501" and "returning it to draft" in str(err)


def test_desk_init_by_a_person_of_the_desk_is_refused_on_one_line(desk):
    result = desk.cli("omar", "desk", "init", check=False)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert f"{desk.login('omar')} may not create the desk's roles" in line


def test_user_names_someone_else_is_refused_on_one_line(desk):
    result = desk.cli("omar", "claims", user=desk.login("layla"), check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"workbench: error: --user {desk.login('layla')} cannot speak for someone else: on this desk you "
        f"act as your login, {desk.login('omar')}"]
    assert desk.cli("omar", "claims", user=desk.login("omar")).returncode == 0


@pytest.mark.parametrize("case", ["wrong password", "unknown role"])
def test_a_wrong_password_or_unknown_login_is_one_line(desk, case):
    if case == "wrong password":
        result = desk.cli("omar", "claims", password="not-it", check=False)
    else:
        env = {**os.environ, "PGPASSWORD": "whatever"}
        uri = f"postgresql://nobody_here@127.0.0.1:{desk.cluster.port}/{desk.name}"
        result = subprocess.run([sys.executable, "-m", "workbench", "--db", uri, "claims"],
                                capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "refused the login" in line and "not-it" not in line and "whatever" not in line


def test_passwords_come_only_from_standard_input(desk):
    result = desk.cli(None, "user", "add", "x_" + desk.name, "--password", "secret", check=False)
    assert result.returncode == 1 and "--password-stdin" in result.stderr
    result = desk.cli(None, "user", "add", "x_" + desk.name, check=False)
    assert result.returncode == 1 and "--password-stdin" in result.stderr


def test_changing_a_role_moves_the_login_between_groups(desk):
    layla = desk.login("layla")
    assert desk.data(None, "user", "add", layla, "--role", "editor")["role"] == "editor"
    claim_id = _claim_flow(desk, "omar", 61, 70)
    assert desk.data("layla", "review", "approve", claim_id)["review_state"] == "approved"
    assert desk.data("adam", "user", "add", layla, "--role", "checker")["role"] == "checker"
    claim_id = _claim_flow(desk, "omar", 71, 80)
    assert desk.cli("layla", "review", "approve", claim_id, check=False).returncode == 1
    with desk.cluster.admin(desk.name) as conn:
        (role,) = conn.execute("SELECT role FROM users WHERE name = %s", [layla]).fetchone()
        assert role == "checker"


def test_a_sqlite_desk_moves_into_an_initialised_desk_and_its_people_log_in(pg_cluster, db_path):
    """copy-to by the owner into a desk made by desk init: check passes there, and a person of
    the SQLite desk added as a login works on under the same name."""
    name = fresh_database(pg_cluster)
    d = Desk(pg_cluster, name)
    try:
        d.cli(None, "desk", "init")
        subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "--user", d.login("omar"),
                        "user", "add", d.login("omar")], check=True, capture_output=True, timeout=60)
        moved = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db_path), "copy-to", d.owner_uri],
                               capture_output=True, text=True, timeout=120)
        assert moved.returncode == 0, moved.stderr
        d.cli(None, "user", "add", d.login("omar"), "--role", "checker", "--password-stdin",
              stdin=PASSWORDS["omar"] + "\n")
        (article,) = d.data("omar", "articles")
        d.data("omar", "claim", "add", article["id"], "--start", "0", "--end", "5")
        assert d.cli("omar", "check").returncode == 0
    finally:
        drop_database(pg_cluster, name)
        with pg_cluster.admin() as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{d.login("omar")}"')
            for g in ("admin", "editor", "checker"):
                conn.execute(f'DROP ROLE IF EXISTS "{name}_{g}"')


def test_the_window_cannot_switch_a_login_to_someone_else(desk):
    from workbench.core.errors import InvalidInput
    from workbench.services import open_workbench
    from workbench.services.server_desk import may_change_user

    uri = desk.uri("omar").replace("@", f":{PASSWORDS['omar']}@", 1)
    wb = open_workbench(uri)
    try:
        assert wb.user == desk.login("omar")  # the login, with no --user at all
        with pytest.raises(InvalidInput) as exc:
            may_change_user(wb)
        assert exc.value.code == "desk.user_fixed" and desk.login("omar") in str(exc.value)
    finally:
        wb.close()
    owner = open_workbench(desk.owner_uri, "maintainer")
    try:
        assert may_change_user(owner) is True  # the owner is ruled by no group
    finally:
        owner.close()


def test_a_table_a_later_step_adds_is_the_desks_to_read_and_write(desk):
    with desk.cluster.admin(desk.name) as owner:
        owner.execute("CREATE TABLE later_step (id bigint GENERATED ALWAYS AS IDENTITY, x text)")
    try:
        with desk.connect("omar") as conn:
            conn.execute("INSERT INTO later_step (x) VALUES ('y')")
            assert conn.execute("SELECT x FROM later_step").fetchall() == [("y",)]
    finally:
        with desk.cluster.admin(desk.name) as owner:
            owner.execute("DROP TABLE later_step")
