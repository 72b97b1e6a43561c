"""Checked by mypy, not run (tests/test_types.py): the SQLite and PostgreSQL stores are every role of
``workbench.services.ports``. A method missing from SqliteStore, or one whose parameters or
return type differ from the protocol's, makes one of these assignments a type error."""

from __future__ import annotations

from workbench.services.ports import (
    ArticleStore, AuditStore, CaptureStore, ClaimStore, ListingStore, PeopleStore, ProposalStore, SearchStore, SettingsStore,
    Store, Transactions,
)
from workbench.store.postgres import PostgresStore
from workbench.store.sqlite import SqliteStore


def sqlite_store_plays_every_role(s: SqliteStore) -> None:
    transactions: Transactions = s
    articles: ArticleStore = s
    claims: ClaimStore = s
    audit: AuditStore = s
    people: PeopleStore = s
    settings: SettingsStore = s
    search: SearchStore = s
    captures: CaptureStore = s
    proposals: ProposalStore = s
    listing: ListingStore = s
    store: Store = s
    del transactions, articles, claims, audit, people, settings, search, captures, proposals, listing, store


def postgres_store_plays_every_role(s: PostgresStore) -> None:
    transactions: Transactions = s
    articles: ArticleStore = s
    claims: ClaimStore = s
    audit: AuditStore = s
    people: PeopleStore = s
    settings: SettingsStore = s
    search: SearchStore = s
    captures: CaptureStore = s
    proposals: ProposalStore = s
    listing: ListingStore = s
    store: Store = s
    del transactions, articles, claims, audit, people, settings, search, captures, proposals, listing, store
