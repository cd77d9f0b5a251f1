"""What can go wrong with the data folder, in words a seller can act on.

The words are ``resources/messages/store.json`` "error", in English: whoever shows one
says it in the seller's language (:meth:`composer.l10n.catalog.Catalog.say`).
"""

from __future__ import annotations

from composer.words import Words


class StoreError(Exception):
    """Base class: anything the store refuses to do."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer app; this one will not touch it."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(Words("store")("error.newer", found=found, supported=supported))


class DraftNotFoundError(StoreError, LookupError):
    """No draft with that number (never created, or emptied from the trash)."""

    def __init__(self, draft_id: int) -> None:
        self.draft_id = draft_id
        super().__init__(Words("store")("error.no_draft", number=draft_id))


class TemplateNotFoundError(StoreError, LookupError):
    def __init__(self, template_id: int) -> None:
        self.template_id = template_id
        super().__init__(Words("store")("error.no_template", number=template_id))


class ReadOnlyStoreError(StoreError):
    """A change was asked of a store that was opened read-only (see ``open_read_only``)."""

    def __init__(self) -> None:
        super().__init__(Words("store")("error.read_only"))
