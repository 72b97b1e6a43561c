-- Search at library scale (issue 12). What a search costs on PostgreSQL is reading the rows the
-- trigram index yields: each is read again to check LIKE '%word%', and ranked ones to count
-- the word. Long documents (articles) match most common words and cost the most to read, and
-- rank low (BM25 divides by length). So:
-- - each document's length (normalised characters: BM25's length norm, the capped reads'
--   "closest in length") is a column, computed by the server when the body is written;
-- - the trigram index is split at 1,000 characters: a search reads a bounded number of short
--   documents and of long ones (PostgresStore.search), never every long match to find a few.
ALTER TABLE search_docs ADD COLUMN n integer GENERATED ALWAYS AS (length(body)) STORED;
DO $$
BEGIN
    DROP INDEX IF EXISTS search_docs_body_trgm;
    CREATE INDEX search_docs_short_trgm ON search_docs USING gin (body gin_trgm_ops) WHERE n < 1000;
    CREATE INDEX search_docs_long_trgm ON search_docs USING gin (body gin_trgm_ops) WHERE n >= 1000;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: search scans search_docs';
END $$;
