"""Where drafts live: a SQLite store, its migrations and the one-copy-per-folder lock. No Qt."""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Loaded on first use: the lock is needed before the window shows, the database only after.
_HOMES = {
    "DB_NAME": "db", "OPEN_DRAFT_KEY": "db", "Store": "db", "connect": "db", "open_store": "db",
    "STORE_ERRORS": "db", "with_existing_store": "db",
    "DraftNotFoundError": "errors", "NewerDatabaseError": "errors", "StoreError": "errors",
    "TemplateNotFoundError": "errors",
    "ALREADY_OPEN_MESSAGE": "lock", "InstanceLock": "lock",
    "UNTITLED": "records", "AttachmentRecord": "records", "Draft": "records",
    "DraftSummary": "records", "TemplateRecord": "records", "derive_title": "records",
    "SentRecord": "records", "OutboxItem": "records", "ROUTES": "records",
    "CURRENT_VERSION": "schema",
    "ReadOnlyStoreError": "errors", "StoreProblem": "problems", "StoreProblemError": "problems",
    "InboxItem": "inboxstore", "InboxSummary": "inboxstore",
    "InboxItemNotFoundError": "inboxstore",
    "open_read_only": "salvage", "make_repaired_copy": "salvage", "RepairReport": "salvage",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(name)
    return getattr(import_module(f"composer.store.{home}"), name)


__all__ = [
    "ALREADY_OPEN_MESSAGE",
    "CURRENT_VERSION",
    "DB_NAME",
    "OPEN_DRAFT_KEY",
    "ROUTES",
    "STORE_ERRORS",
    "UNTITLED",
    "AttachmentRecord",
    "Draft",
    "DraftNotFoundError",
    "DraftSummary",
    "InboxItem",
    "InboxItemNotFoundError",
    "InboxSummary",
    "InstanceLock",
    "NewerDatabaseError",
    "OutboxItem",
    "ReadOnlyStoreError",
    "RepairReport",
    "SentRecord",
    "Store",
    "StoreError",
    "StoreProblem",
    "StoreProblemError",
    "TemplateNotFoundError",
    "TemplateRecord",
    "connect",
    "derive_title",
    "make_repaired_copy",
    "open_read_only",
    "open_store",
    "with_existing_store",
]
