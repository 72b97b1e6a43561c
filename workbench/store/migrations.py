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
    db["claims"].create_index(["article_id", "start"])
    db.create_table(
        "sources",
        {"id": str, "claim_id": str, "position": int, "url": str, "title": str,
         "publisher": str, "published": str, "accessed": str, "excerpt": str, "stance": str,
         "added_at": str, "added_by": str},
        pk="id", foreign_keys=[("claim_id", "claims", "id")],
        not_null=["claim_id", "position", "url", "stance", "added_at"], strict=True,
    )
    db["sources"].create_index(["claim_id", "position"])
    db.create_table(
        "files",
        {"id": str, "source_id": str, "name": str, "sha256": str, "size": int, "data": bytes,
         "added_at": str},
        pk="id", foreign_keys=[("source_id", "sources", "id")],
        not_null=["source_id", "name", "sha256", "size", "data", "added_at"], strict=True,
    )
    db["files"].create_index(["source_id"])
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
    db["events"].create_index(["scope_id"])
    db["events"].create_index(["id"], unique=True)
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
    db["comments"].create_index(["claim_id", "at"])
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
    db["article_evidence"].create_index(["sha256"])
    db.execute(
        "CREATE TRIGGER article_evidence_kind_check BEFORE INSERT ON article_evidence "
        "WHEN new.kind NOT IN ('url', 'html', 'file', 'text') "
        "BEGIN SELECT RAISE(ABORT, 'evidence kind must be url, html, file or text'); END")
    # The library counts claims per article from this index alone (no table reads).
    db["claims"].create_index(["article_id", "rating", "review_state"], index_name="claims_progress")
