"""Where drafts live: a SQLite store, its migrations and the one-copy-per-folder lock. No Qt."""

from __future__ import annotations

from composer.store.db import DB_NAME, OPEN_DRAFT_KEY, Store, connect, open_store
from composer.store.errors import (
    DraftNotFoundError,
    NewerDatabaseError,
    StoreError,
    TemplateNotFoundError,
)
from composer.store.lock import ALREADY_OPEN_MESSAGE, InstanceLock
from composer.store.records import (
    UNTITLED,
    AttachmentRecord,
    Draft,
    DraftSummary,
    TemplateRecord,
    derive_title,
)
from composer.store.schema import CURRENT_VERSION

__all__ = [
    "ALREADY_OPEN_MESSAGE",
    "CURRENT_VERSION",
    "DB_NAME",
    "OPEN_DRAFT_KEY",
    "UNTITLED",
    "AttachmentRecord",
    "Draft",
    "DraftNotFoundError",
    "DraftSummary",
    "InstanceLock",
    "NewerDatabaseError",
    "Store",
    "StoreError",
    "TemplateNotFoundError",
    "TemplateRecord",
    "connect",
    "derive_title",
    "open_store",
]
