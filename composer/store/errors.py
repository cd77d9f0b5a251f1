"""What can go wrong with the data folder, in words a seller can act on."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: anything the store refuses to do."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer app; this one will not touch it."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            "This data folder was written by a newer Seller Composer "
            f"(data version {found}; this copy understands up to version {supported}). "
            "Update Seller Composer to open it. Your drafts have not been changed."
        )


class DraftNotFoundError(StoreError, LookupError):
    """No draft with that number (never created, or emptied from the trash)."""

    def __init__(self, draft_id: int) -> None:
        self.draft_id = draft_id
        super().__init__(
            f"There is no draft number {draft_id}. It may have been deleted for good "
            "when the trash was emptied."
        )


class TemplateNotFoundError(StoreError, LookupError):
    def __init__(self, template_id: int) -> None:
        self.template_id = template_id
        super().__init__(f"There is no saved template number {template_id}.")


class ReadOnlyStoreError(StoreError):
    """A change was asked of a store that was opened read-only (see ``open_read_only``)."""

    def __init__(self) -> None:
        super().__init__("Your drafts are open read-only, so this change was not saved. "
                         "Nothing in the drafts file was changed.")
