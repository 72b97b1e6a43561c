-- Web sources captured as evidence (issue 13), as SQLite's m006_captures: the WARC bytes (gzip,
-- WARC 1.1) of the page and what it embeds, their SHA-256 and size, and an optional RFC 3161
-- token over the SHA-256. A source holds any number of captures (history, never overwritten).
CREATE TABLE captures (
    id text PRIMARY KEY,
    source_id text NOT NULL REFERENCES sources (id),
    url text NOT NULL,
    final_url text NOT NULL,
    taken_at text NOT NULL,
    taken_by text NOT NULL DEFAULT '',
    status bigint NOT NULL,
    content_type text NOT NULL DEFAULT 'application/warc',
    resources bigint NOT NULL DEFAULT 1,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    data bytea NOT NULL,
    tsa_url text,
    ts_time text,
    token bytea,
    token_sha256 text,
    rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX idx_captures_source_id_taken_at ON captures (source_id, taken_at);
