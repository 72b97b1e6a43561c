-- The whole SQLite schema of migrations m001..m005 in one step: the same tables and columns
-- (claims.review_state, events.hash, events."user"...). Search rows (search_docs.body) are
-- written by the store in Python (workbench.core.normalize), in the same transaction.
CREATE TABLE users (
    name text PRIMARY KEY,
    role text NOT NULL,
    created_at text NOT NULL
);
CREATE TABLE articles (
    id text PRIMARY KEY,
    title text NOT NULL,
    language text NOT NULL,
    text text NOT NULL,
    url text DEFAULT '',
    publisher text DEFAULT '',
    published text DEFAULT '',
    added_at text NOT NULL,
    added_by text DEFAULT '',
    rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE TABLE claims (
    id text PRIMARY KEY,
    article_id text NOT NULL REFERENCES articles (id),
    start integer NOT NULL,
    "end" integer NOT NULL,
    quote text NOT NULL,
    statement text NOT NULL DEFAULT '',
    rating text,
    rationale text NOT NULL DEFAULT '',
    review_state text NOT NULL DEFAULT 'draft',
    created_at text NOT NULL,
    created_by text,
    updated_at text NOT NULL,
    updated_by text
);
CREATE INDEX idx_claims_article_id_start ON claims (article_id, start);
CREATE INDEX claims_progress ON claims (article_id, rating, review_state);
CREATE TABLE sources (
    id text PRIMARY KEY,
    claim_id text NOT NULL REFERENCES claims (id),
    position integer NOT NULL,
    url text NOT NULL,
    title text,
    publisher text,
    published text,
    accessed text,
    excerpt text,
    stance text NOT NULL,
    added_at text NOT NULL,
    added_by text
);
CREATE INDEX idx_sources_claim_id_position ON sources (claim_id, position);
CREATE TABLE files (
    id text PRIMARY KEY,
    source_id text NOT NULL REFERENCES sources (id),
    name text NOT NULL,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    data bytea NOT NULL,
    added_at text NOT NULL,
    rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX idx_files_source_id ON files (source_id);
CREATE TABLE events (
    seq bigint PRIMARY KEY,
    id text NOT NULL UNIQUE,
    at text NOT NULL,
    "user" text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    scope_id text NOT NULL,
    before text,
    after text,
    prev_hash text NOT NULL,
    hash text NOT NULL
);
CREATE INDEX idx_events_scope_id ON events (scope_id);
CREATE TABLE events_head (
    id integer PRIMARY KEY,
    seq bigint NOT NULL,
    hash text NOT NULL
);
CREATE FUNCTION events_head_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO events_head (id, seq, hash) VALUES (1, NEW.seq, NEW.hash)
    ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;
    RETURN NEW;
END $$;
CREATE TRIGGER events_head_follows AFTER INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION events_head_follows();
CREATE TABLE settings (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE comments (
    id text PRIMARY KEY,
    claim_id text NOT NULL,
    parent_id text REFERENCES comments (id),
    author text NOT NULL,
    at text NOT NULL,
    text text NOT NULL,
    rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE
);
CREATE INDEX idx_comments_claim_id_at ON comments (claim_id, at);
CREATE TABLE article_evidence (
    article_id text PRIMARY KEY REFERENCES articles (id),
    kind text NOT NULL CHECK (kind IN ('url', 'html', 'file', 'text')),
    origin text NOT NULL DEFAULT '',
    final_url text NOT NULL DEFAULT '',
    content_type text NOT NULL DEFAULT '',
    encoding text NOT NULL DEFAULT '',
    author text NOT NULL DEFAULT '',
    sha256 text NOT NULL,
    size bigint NOT NULL,
    data bytea,
    retrieved_at text NOT NULL,
    retrieved_by text NOT NULL DEFAULT ''
);
CREATE INDEX idx_article_evidence_sha256 ON article_evidence (sha256);
CREATE TABLE proposals (
    id text PRIMARY KEY,
    article_id text NOT NULL REFERENCES articles (id),
    start integer NOT NULL,
    "end" integer NOT NULL,
    quote text NOT NULL,
    score double precision NOT NULL,
    reasons text NOT NULL,
    decision text CHECK (decision IS NULL OR decision IN ('accepted', 'dismissed')),
    decided_by text,
    decided_at text,
    claim_id text,
    created_at text NOT NULL,
    created_by text
);
CREATE INDEX idx_proposals_article_id_score ON proposals (article_id, score);
CREATE TABLE search_docs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    ref_id text NOT NULL,
    article_id text NOT NULL,
    claim_id text,
    body text NOT NULL
);
-- Searching reads every matching body: kept uncompressed, so reading one costs no pglz.
ALTER TABLE search_docs ALTER COLUMN body SET STORAGE EXTERNAL;
CREATE UNIQUE INDEX idx_search_docs_ref_id_kind ON search_docs (ref_id, kind);
CREATE INDEX idx_search_docs_article_id ON search_docs (article_id);
-- The trigram index: substring matches (LIKE '%word%') of 3 characters or more use it. A
-- cluster without pg_trgm still searches correctly, by scanning.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX search_docs_body_trgm ON search_docs USING gin (body gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: search scans search_docs';
END $$;
