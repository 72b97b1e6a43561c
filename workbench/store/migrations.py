"""Schema migrations, applied at open. Never edit an applied migration: add the next one.

``db/schema.sql`` is what these produce; ``tests/store/test_schema.py`` compares the two.
"""

from sqlite_utils import Database, Migrations

migrations = Migrations("workbench")


def known_migration_names() -> list[str]:
    """Names of the steps this version knows; a database with others is from a newer version."""
    return [m.name for m in migrations._migrations]


@migrations()
def m001_foundation(db: Database) -> None:
    db.create_table(
        "users",
        {"name": str, "role": str, "created_at": str},
        pk="name", not_null=["role", "created_at"], strict=True,
    )
    db.create_table(
        "articles",
        {"id": str, "title": str, "language": str, "text": str, "url": str, "publisher": str,
         "published": str, "added_at": str, "added_by": str},
        pk="id", not_null=["title", "language", "text", "added_at"],
        defaults={"url": "", "publisher": "", "published": "", "added_by": ""}, strict=True,
    )
    db.create_table(
        "claims",
        {"id": str, "article_id": str, "start": int, "end": int, "quote": str,
         "statement": str, "rating": str, "rationale": str, "review_state": str,
         "created_at": str, "created_by": str, "updated_at": str, "updated_by": str},
        pk="id", foreign_keys=[("article_id", "articles", "id")],
        not_null=["article_id", "start", "end", "quote", "statement", "rationale",
                  "review_state", "created_at", "updated_at"],
        defaults={"statement": "", "rationale": "", "review_state": "draft"}, strict=True,
    )
    db.table("claims").create_index(["article_id", "start"])
    db.create_table(
        "sources",
        {"id": str, "claim_id": str, "position": int, "url": str, "title": str,
         "publisher": str, "published": str, "accessed": str, "excerpt": str, "stance": str,
         "added_at": str, "added_by": str},
        pk="id", foreign_keys=[("claim_id", "claims", "id")],
        not_null=["claim_id", "position", "url", "stance", "added_at"], strict=True,
    )
    db.table("sources").create_index(["claim_id", "position"])
    db.create_table(
        "files",
        {"id": str, "source_id": str, "name": str, "sha256": str, "size": int, "data": bytes,
         "added_at": str},
        pk="id", foreign_keys=[("source_id", "sources", "id")],
        not_null=["source_id", "name", "sha256", "size", "data", "added_at"], strict=True,
    )
    db.table("files").create_index(["source_id"])
    db.create_table(
        "events",
        {"seq": int, "id": str, "at": str, "user": str, "action": str, "entity": str,
         "entity_id": str, "scope_id": str, "before": str, "after": str, "prev_hash": str,
         "hash": str},
        pk="seq",
        not_null=["id", "at", "user", "action", "entity", "entity_id", "scope_id", "prev_hash",
                  "hash"],
        strict=True,
    )
    db.table("events").create_index(["scope_id"])
    db.table("events").create_index(["id"], unique=True)
    db.create_table("settings", {"key": str, "value": str}, pk="key", not_null=["value"], strict=True)


@migrations()
def m002_review(db: Database) -> None:
    """Threaded comments per claim, and the chain's head kept by a trigger (so removing the
    newest events, which leaves the rest of the chain intact, is still noticed)."""
    # No foreign key to claims: comments are part of the review record and outlive a deleted
    # claim (they come back with it when the deletion is undone).
    db.create_table(
        "comments",
        {"id": str, "claim_id": str, "parent_id": str, "author": str, "at": str, "text": str},
        pk="id", foreign_keys=[("parent_id", "comments", "id")],
        not_null=["claim_id", "author", "at", "text"], strict=True,
    )
    db.table("comments").create_index(["claim_id", "at"])
    db.create_table("events_head", {"id": int, "seq": int, "hash": str}, pk="id",
                    not_null=["seq", "hash"], strict=True)
    db.execute(
        "INSERT INTO events_head (id, seq, hash) "
        "SELECT 1, seq, hash FROM events ORDER BY seq DESC LIMIT 1")
    db.execute(
        "CREATE TRIGGER events_head_follows AFTER INSERT ON events BEGIN "
        "INSERT OR REPLACE INTO events_head (id, seq, hash) VALUES (1, NEW.seq, NEW.hash); END")


@migrations()
def m003_article_evidence(db: Database) -> None:
    """What each imported article came from (the raw HTML of a page, byte for byte, with its
    SHA-256 and retrieval time), and a covering index for the library's progress counts."""
    db.create_table(
        "article_evidence",
        {"article_id": str, "kind": str, "origin": str, "final_url": str, "content_type": str,
         "encoding": str, "author": str, "sha256": str, "size": int, "data": bytes,
         "retrieved_at": str, "retrieved_by": str},
        pk="article_id", foreign_keys=[("article_id", "articles", "id")],
        not_null=["kind", "origin", "final_url", "content_type", "encoding", "author", "sha256",
                  "size", "retrieved_at", "retrieved_by"],
        defaults={"origin": "", "final_url": "", "content_type": "", "encoding": "", "author": "",
                  "retrieved_by": ""},
        strict=True,
    )
    db.table("article_evidence").create_index(["sha256"])
    db.execute(
        "CREATE TRIGGER article_evidence_kind_check BEFORE INSERT ON article_evidence "
        "WHEN new.kind NOT IN ('url', 'html', 'file', 'text') "
        "BEGIN SELECT RAISE(ABORT, 'evidence kind must be url, html, file or text'); END")
    # The library counts claims per article from this index alone (no table reads).
    db.table("claims").create_index(["article_id", "rating", "review_state"], index_name="claims_progress")


#: SQL function the search triggers call: workbench.core.normalize.normalize, registered on
#: every connection the store opens (``SqliteStore.__init__``).
SEARCH_NORM_FUNCTION = "wb_search_norm"


@migrations()
def m004_search_and_proposals(db: Database) -> None:
    """Full-text search over normalised shadow text, and proposed claims.

    ``search_docs`` holds one row per searchable text (an article's text; a claim's quote and
    statement; its rationale; a source's excerpt) in the search form of
    ``core/normalize.py``; triggers on articles, claims and sources keep it in the same
    transaction as the write, and sqlite-utils' FTS5 triggers keep ``search_docs_fts`` (trigram
    tokenizer: a word matches inside ``والمدنيين`` too) in step with it.
    """
    norm = SEARCH_NORM_FUNCTION
    db.create_table(
        "search_docs",
        {"id": int, "kind": str, "ref_id": str, "article_id": str, "claim_id": str, "body": str},
        pk="id", not_null=["kind", "ref_id", "article_id", "body"], strict=True,
    )
    db.table("search_docs").create_index(["ref_id", "kind"], unique=True)
    db.table("search_docs").create_index(["article_id"])
    db.table("search_docs").enable_fts(["body"], create_triggers=True, tokenize="trigram")
    claim_docs = (
        "INSERT INTO search_docs (kind, ref_id, article_id, claim_id, body) "
        f"SELECT 'claim', c.id, c.article_id, c.id, {norm}(c.quote || char(10) || c.statement) "
        "FROM claims c WHERE c.id = {id};"
        "INSERT INTO search_docs (kind, ref_id, article_id, claim_id, body) "
        f"SELECT 'rationale', c.id, c.article_id, c.id, {norm}(c.rationale) "
        "FROM claims c WHERE c.id = {id} AND c.rationale != '';"
    )
    source_doc = (
        "INSERT INTO search_docs (kind, ref_id, article_id, claim_id, body) "
        f"SELECT 'source', s.id, c.article_id, c.id, {norm}(s.excerpt) "
        "FROM sources s JOIN claims c ON c.id = s.claim_id WHERE s.id = {id} AND s.excerpt != '';"
    )
    for sql in [
        "CREATE TRIGGER search_articles_ai AFTER INSERT ON articles BEGIN "
        "INSERT INTO search_docs (kind, ref_id, article_id, claim_id, body) "
        f"VALUES ('article', new.id, new.id, NULL, {norm}(new.text)); END",
        "CREATE TRIGGER search_articles_au AFTER UPDATE OF text ON articles BEGIN "
        f"UPDATE search_docs SET body = {norm}(new.text) WHERE ref_id = old.id AND kind = 'article'; END",
        "CREATE TRIGGER search_articles_ad AFTER DELETE ON articles BEGIN "
        "DELETE FROM search_docs WHERE ref_id = old.id AND kind = 'article'; END",
        "CREATE TRIGGER search_claims_ai AFTER INSERT ON claims BEGIN "
        + claim_docs.format(id="new.id") + " END",
        "CREATE TRIGGER search_claims_au AFTER UPDATE OF quote, statement, rationale, article_id "
        "ON claims BEGIN DELETE FROM search_docs WHERE ref_id = old.id "
        "AND kind IN ('claim', 'rationale'); " + claim_docs.format(id="new.id") + " END",
        "CREATE TRIGGER search_claims_ad AFTER DELETE ON claims BEGIN "
        "DELETE FROM search_docs WHERE ref_id = old.id AND kind IN ('claim', 'rationale'); END",
        "CREATE TRIGGER search_sources_ai AFTER INSERT ON sources BEGIN "
        + source_doc.format(id="new.id") + " END",
        "CREATE TRIGGER search_sources_au AFTER UPDATE OF excerpt, claim_id ON sources BEGIN "
        "DELETE FROM search_docs WHERE ref_id = old.id AND kind = 'source'; "
        + source_doc.format(id="new.id") + " END",
        "CREATE TRIGGER search_sources_ad AFTER DELETE ON sources BEGIN "
        "DELETE FROM search_docs WHERE ref_id = old.id AND kind = 'source'; END",
    ]:
        db.execute(sql)
    # What the database already holds.
    db.execute("INSERT INTO search_docs (kind, ref_id, article_id, claim_id, body) "
               f"SELECT 'article', id, id, NULL, {norm}(text) FROM articles")
    for sql in claim_docs.split(";")[:2]:
        db.execute(sql.replace("WHERE c.id = {id}", "WHERE 1"))
    db.execute(source_doc.rstrip(";").replace("WHERE s.id = {id}", "WHERE 1"))

    db.create_table(
        "proposals",
        {"id": str, "article_id": str, "start": int, "end": int, "quote": str, "score": float,
         "reasons": str, "decision": str, "decided_by": str, "decided_at": str, "claim_id": str,
         "created_at": str, "created_by": str},
        pk="id", foreign_keys=[("article_id", "articles", "id")],
        not_null=["article_id", "start", "end", "quote", "score", "reasons", "created_at"],
        strict=True,
    )
    db.table("proposals").create_index(["article_id", "score"])
    db.execute(
        "CREATE TRIGGER proposals_decision_check BEFORE UPDATE OF decision ON proposals "
        "WHEN new.decision IS NOT NULL AND new.decision NOT IN ('accepted', 'dismissed') "
        "BEGIN SELECT RAISE(ABORT, 'proposal decision must be accepted or dismissed'); END")


@migrations()
def m005_search_source_names(db: Database) -> None:
    """A source's title and publisher are searched with its excerpt ("every claim sourced from
    الأناضول"): the source triggers are made again with the three in one search row, and the
    source rows already indexed are written again."""
    norm = SEARCH_NORM_FUNCTION
    text = "coalesce(s.title, '') || char(10) || coalesce(s.publisher, '') || char(10) || coalesce(s.excerpt, '')"
    source_doc = (
        "INSERT INTO search_docs (kind, ref_id, article_id, claim_id, body) "
        f"SELECT 'source', s.id, c.article_id, c.id, {norm}({text}) "
        "FROM sources s JOIN claims c ON c.id = s.claim_id "
        f"WHERE s.id = {{id}} AND trim({text}, ' ' || char(10)) != '';"
    )
    for sql in [
        "DROP TRIGGER search_sources_ai",
        "DROP TRIGGER search_sources_au",
        "CREATE TRIGGER search_sources_ai AFTER INSERT ON sources BEGIN "
        + source_doc.format(id="new.id") + " END",
        "CREATE TRIGGER search_sources_au AFTER UPDATE OF title, publisher, excerpt, claim_id "
        "ON sources BEGIN DELETE FROM search_docs WHERE ref_id = old.id AND kind = 'source'; "
        + source_doc.format(id="new.id") + " END",
        "DELETE FROM search_docs WHERE kind = 'source'",
        source_doc.rstrip(";").replace("WHERE s.id = {id}", "WHERE 1"),
    ]:
        db.execute(sql)


@migrations()
def m006_captures(db: Database) -> None:
    """Web sources captured as evidence (issue 13): the WARC bytes (gzip, WARC 1.1) of the page
    and what it embeds, their SHA-256 and size, and an optional RFC 3161 token over the SHA-256.
    A source holds any number of captures (history, never overwritten); they go with the source
    as its files do."""
    db.create_table(
        "captures",
        {"id": str, "source_id": str, "url": str, "final_url": str, "taken_at": str,
         "taken_by": str, "status": int, "content_type": str, "resources": int, "sha256": str,
         "size": int, "data": bytes, "tsa_url": str, "ts_time": str, "token": bytes,
         "token_sha256": str},
        pk="id", foreign_keys=[("source_id", "sources", "id")],
        not_null=["source_id", "url", "final_url", "taken_at", "taken_by", "status",
                  "content_type", "resources", "sha256", "size", "data"],
        defaults={"taken_by": "", "content_type": "application/warc", "resources": 1},
        strict=True,
    )
    db.table("captures").create_index(["source_id", "taken_at"])
