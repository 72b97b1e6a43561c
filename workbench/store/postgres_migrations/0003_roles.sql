-- Identities and rules: the server, not the client, enforces who may do what (docs/team.md).
--
-- A desk's people are LOGIN roles, each a direct member of one of the desk's group roles,
-- named after the database so two desks on one cluster share nothing: <db>_checker,
-- <db>_editor (a member of <db>_checker) and <db>_admin (a member of <db>_editor).
-- ``workbench desk init`` creates the groups and their grants (workbench_desk_init below);
-- the owner of the tables (who ran ``desk init``) and superusers are not ruled by the
-- triggers below, except that nobody updates or deletes audit events and nobody forks the
-- chain.

-- The desk role of a login: 'admin', 'editor' or 'checker' (the group it is a direct member
-- of, the strongest if several), or NULL for anyone else (the owner, a superuser, a stranger).
CREATE FUNCTION workbench_desk_role(login name) RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT g.r FROM (VALUES ('admin', 1), ('editor', 2), ('checker', 3)) AS g (r, o)
    WHERE EXISTS (
        SELECT 1 FROM pg_catalog.pg_auth_members m
        JOIN pg_catalog.pg_roles gr ON gr.oid = m.roleid
        JOIN pg_catalog.pg_roles u ON u.oid = m.member
        WHERE u.rolname = login AND NOT m.admin_option
          AND gr.rolname = current_database() || '_' || g.r)
    ORDER BY g.o LIMIT 1
$$;

-- The group roles and grants of this desk; run again, it changes nothing (desk init).
CREATE FUNCTION workbench_desk_init() RETURNS text[]
    LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
    db text := current_database();
    checker text := db || '_checker';
    editor text := db || '_editor';
    admin text := db || '_admin';
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY[checker, editor, admin] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', checker, editor);
    EXECUTE format('GRANT %I TO %I', editor, admin);
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', db, checker);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', checker);
    -- the desk's content: read and written by everyone on the desk, within the triggers' rules
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', checker);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', checker);
    -- tables later migrations make (run by the owner) are the desk's content too; a step that
    -- adds a table people must not change revokes it there, as below for the trail
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', checker);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', checker);
    -- the trail: read and appended to, never changed
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON events, events_head, workbench_migrations FROM %I', checker);
    EXECUTE format('REVOKE INSERT ON events_head, workbench_migrations FROM %I', checker);
    -- people: everyone adds their own row (the trigger checks it); admins change roles
    EXECUTE format('REVOKE UPDATE, DELETE ON users FROM %I', checker);
    EXECUTE format('GRANT UPDATE ON users TO %I', admin);
    RETURN ARRAY[checker, editor, admin];
END $$;

-- Serialises appends to the trail: whoever calls it holds the chain until commit. (LOCK
-- TABLE in EXCLUSIVE mode needs UPDATE on events, which nobody on the desk is granted.)
CREATE FUNCTION workbench_lock_chain() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    LOCK TABLE events IN EXCLUSIVE MODE;
END $$;

-- The head follows every append; it runs with the owner's rights (nobody else writes it).
ALTER FUNCTION events_head_follows() SECURITY DEFINER SET search_path = public;

-- Every append: under the chain's lock, the next seq on the current head, in the login's own
-- name (for people of the desk).
CREATE FUNCTION workbench_event_append() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    head_seq bigint;
    head_hash text;
    role text := workbench_desk_role(session_user);
BEGIN
    LOCK TABLE events IN EXCLUSIVE MODE;
    SELECT seq, hash INTO head_seq, head_hash FROM events_head WHERE id = 1;
    IF NEW.seq <> coalesce(head_seq, 0) + 1
            OR NEW.prev_hash <> coalesce(head_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'workbench: event % does not follow the head of the audit trail (seq %): the trail never forks', NEW.seq, coalesce(head_seq, 0)
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF role IS NOT NULL AND NEW."user" IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'workbench: % cannot record an event in the name of %', session_user, NEW."user"
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF role = 'checker' AND NEW.action IN ('review.approve', 'review.request_changes') THEN
        RAISE EXCEPTION 'workbench: % is a checker: only an editor records %', session_user, NEW.action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER events_append BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION workbench_event_append();

-- Nobody updates or deletes the trail (not even the owner: only a superuser who turns
-- triggers off, which is outside any desk role).
CREATE FUNCTION workbench_event_frozen() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'workbench: the audit trail is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER events_frozen BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION workbench_event_frozen();
CREATE TRIGGER events_not_truncated BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION workbench_event_frozen();
CREATE TRIGGER events_head_frozen BEFORE DELETE ON events_head
    FOR EACH ROW EXECUTE FUNCTION workbench_event_frozen();

-- The review rules on claims (core/review.py, check_review), for people of the desk:
-- * in_review -> approved / changes_requested is an editor's (or admin's) decision, never on
--   a claim whose verdict they wrote or which they last changed (four eyes: the trail's last
--   verdict.set and last content change, imported events as their authors wrote them);
-- * any other move to approved / changes_requested is an undo giving a claim back a state
--   an editor gave it (review.restore): only when that decision is in the trail;
-- * a claim in review or approved keeps its state only while its content stays as it is;
-- * a new claim starts as a draft, unless an editor puts it back (an undone deletion).
CREATE FUNCTION workbench_claim_rules() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    role text := workbench_desk_role(session_user);
    me text := session_user::text;
    writer text;
    changer text;
BEGIN
    IF role IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.review_state <> 'draft' AND role = 'checker' THEN
            RAISE EXCEPTION 'workbench: % (checker) cannot add claim % as %', me, NEW.id, NEW.review_state
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.review_state = OLD.review_state THEN
        IF NEW.review_state IN ('in_review', 'approved')
                AND (NEW.rating IS DISTINCT FROM OLD.rating OR NEW.rationale IS DISTINCT FROM OLD.rationale
                     OR NEW.statement IS DISTINCT FROM OLD.statement OR NEW.quote IS DISTINCT FROM OLD.quote
                     OR NEW.start IS DISTINCT FROM OLD.start OR NEW."end" IS DISTINCT FROM OLD."end") THEN
            RAISE EXCEPTION 'workbench: claim % is %: its content changes only by returning it to draft', OLD.id, OLD.review_state
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.review_state NOT IN ('approved', 'changes_requested') THEN
        RETURN NEW;
    END IF;
    IF OLD.review_state = 'in_review' THEN
        IF role NOT IN ('editor', 'admin') THEN
            RAISE EXCEPTION 'workbench: % is a checker: only an editor approves or requests changes (claim %)', me, OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT u INTO writer FROM (
            SELECT seq,
                   CASE WHEN action = 'import' AND entity = 'event' THEN (after::jsonb -> 'event' ->> 'user') ELSE "user" END AS u,
                   CASE WHEN action = 'import' AND entity = 'event' THEN (after::jsonb -> 'event' ->> 'action') ELSE action END AS a
            FROM events WHERE scope_id = OLD.id OR entity_id = OLD.id) t
        WHERE a = 'verdict.set' ORDER BY seq DESC LIMIT 1;
        SELECT u INTO changer FROM (
            SELECT seq,
                   CASE WHEN action = 'import' AND entity = 'event' THEN (after::jsonb -> 'event' ->> 'user') ELSE "user" END AS u,
                   CASE WHEN action = 'import' AND entity = 'event' THEN (after::jsonb -> 'event' ->> 'action') ELSE action END AS a
            FROM events WHERE scope_id = OLD.id OR entity_id = OLD.id) t
        WHERE a IN ('claim.add', 'claim.edit', 'claim.restore', 'claim.merge', 'verdict.set',
                    'source.add', 'source.edit', 'source.remove', 'source.restore')
        ORDER BY seq DESC LIMIT 1;
        IF me = writer OR me = changer OR me = OLD.updated_by THEN
            RAISE EXCEPTION 'workbench: four eyes: % wrote or last changed claim % and cannot decide on it', me, OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM events
                   WHERE entity_id = OLD.id AND action IN ('review.approve', 'review.request_changes')
                     AND after::jsonb ->> 'review_state' = NEW.review_state AND "user" <> me) THEN
        RAISE EXCEPTION 'workbench: % cannot make claim % % (no editor gave it that state)', me, OLD.id, NEW.review_state
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER claims_rules BEFORE INSERT OR UPDATE ON claims
    FOR EACH ROW EXECUTE FUNCTION workbench_claim_rules();

-- People: a person of the desk adds only their own row; its role is the login's group
-- (admins act as editors in the app). Admins add and change others.
CREATE FUNCTION workbench_user_rules() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    role text := workbench_desk_role(session_user);
    theirs text := workbench_desk_role(NEW.name);
BEGIN
    IF role IS NOT NULL AND role <> 'admin' AND NEW.name <> session_user::text THEN
        RAISE EXCEPTION 'workbench: % cannot add or change the person %', session_user, NEW.name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF theirs IS NOT NULL THEN
        NEW.role := CASE theirs WHEN 'checker' THEN 'checker' ELSE 'editor' END;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER users_rules BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION workbench_user_rules();
