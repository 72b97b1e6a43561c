-- Wakes the desk's watchers: each event appended to the trail sends NOTIFY workbench_events
-- with its seq (delivered when the appending transaction commits; LISTEN in
-- PostgresStore.wait_for_change). Watchers still read the events themselves (events_after).
CREATE FUNCTION events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('workbench_events', NEW.seq::text);
    RETURN NEW;
END $$;
CREATE TRIGGER events_notify AFTER INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION events_notify();
