"""Keep the open draft saved: within two seconds of an edit, on switching and on closing.

There is no "save?" question anywhere: whatever the seller typed is in the
store at most ``AUTOSAVE_MS`` later. The window says what the draft looks like
now (``capture``) and shows a draft it is given (``show``); this class decides
when to write and keeps the store's idea of the open draft up to date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from composer.message.header import Header
from composer.store import Draft, DraftSummary, Store, StoreError

AUTOSAVE_MS = 1000  # a pause this long saves
MAX_UNSAVED_MS = 1700  # and someone who never pauses is saved this often (promise: 2 s)


class DraftSession(QObject):
    """The open draft and its autosave. ``listChanged`` asks the drafts panel to refresh."""

    listChanged = Signal()
    failed = Signal(str)  # a save did not succeed: the words for the seller

    def __init__(self, store: Store, capture: Callable[[Draft], Draft],
                 show: Callable[[Draft], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._capture = capture
        self._show = show
        self.current: Draft | None = None
        self.dirty = False
        self.loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        # The pause timer restarts on every key; this one does not, so steady typing is
        # still written at least every MAX_UNSAVED_MS.
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(MAX_UNSAVED_MS)
        self.deadline.timeout.connect(self.save_now)

    # --- saving -----------------------------------------------------------------------------
    def touch(self) -> None:
        """Note an edit; the draft is written once the seller pauses."""
        if self.loading or self.current is None:
            return
        self.dirty = True
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def save_now(self) -> bool:
        """Write the open draft if anything changed since the last write.

        On failure (disk full, a damaged database) the draft stays marked unsaved, the
        seller is told through ``failed`` and the next edit tries again. Returns whether
        everything is saved.
        """
        self.timer.stop()
        self.deadline.stop()
        if self.current is None or not self.dirty:
            return True
        try:
            self.current = self.store.save_draft(self._capture(self.current))
        except (StoreError, sqlite3.Error, OSError) as exc:
            self.failed.emit(self.tr("Your draft could not be saved ({error}). Seller Composer "
                                     "will try again; copy your text somewhere safe if this "
                                     "keeps happening.").format(error=exc))
            return False
        self.dirty = False
        self.listChanged.emit()
        return True

    # --- switching --------------------------------------------------------------------------
    def _leave(self) -> bool:
        """Save the open draft before showing another; an untouched empty one is not kept.

        Returns False when the open draft could not be saved: then the seller stays
        on it rather than lose it (the list is told to show it selected again).
        """
        if not self.save_now():
            self.listChanged.emit()
            return False
        current = self.current
        if current is None or current.title or current.in_trash:
            return True
        header = current.header
        empty = (not current.body_text.strip() and not current.attachments and not header.to
                 and not header.order_id and not header.subject and header.order_date is None)
        if empty:
            self.store.purge_draft(current.id)
            self.current = None
        return True

    def open(self, draft_id: int) -> Draft | None:
        """Save the open draft, then show another one (and remember it for the next start)."""
        if self.current is not None and self.current.id == draft_id:
            return self.current
        if not self._leave():
            return self.current
        draft = self.store.get_draft(draft_id)
        self._present(draft)
        return draft

    def _present(self, draft: Draft) -> None:
        self.current = draft
        self.loading = True
        try:
            self._show(draft)
        finally:
            self.loading = False
        self.dirty = False
        self.store.remember_open_draft(draft.id)
        self.listChanged.emit()

    def restore_last(self) -> Draft:
        """On start: the draft that was open last time, else the newest, else a new one."""
        draft_id = self.store.open_draft_id()
        if draft_id is None:
            newest = self.store.list_drafts()
            draft_id = newest[0].id if newest else None
        if draft_id is None:
            return self.new()
        draft = self.store.get_draft(draft_id)
        self._present(draft)
        return draft

    def new(self, header: Header | None = None, body_html: str = "",
            body_text: str = "", extra: dict | None = None) -> Draft | None:
        if not self._leave():
            return None
        draft = self.store.create_draft(header or Header(), body_html, body_text)
        if extra:  # a reply's thread, say: there before the draft is shown
            draft.extra.update(extra)
            self.store.save_draft(draft)
        self._present(draft)
        self.dirty = True  # store the text as the editor reads it, not only the HTML given
        self.save_now()
        return self.current or draft

    def duplicate(self, draft_id: int) -> Draft:
        self.save_now()  # not _leave: the draft being copied may be the empty one
        copy = self.store.duplicate_draft(draft_id)
        self._present(copy)
        return copy

    def rename(self, draft_id: int, title: str) -> None:
        self.save_now()
        self.store.rename_draft(draft_id, title)
        if self.current is not None and self.current.id == draft_id:
            self.current.title = " ".join(title.split()) or None
        self.listChanged.emit()

    def delete(self, draft_id: int) -> None:
        """Move a draft to the trash; if it was open, open the next one (or a new one)."""
        self.save_now()
        self.store.delete_draft(draft_id)
        if self.current is not None and self.current.id == draft_id:
            self.current = None  # in the trash now: never tidied away as an empty draft
            remaining = self.store.list_drafts()
            if remaining:
                self._present(self.store.get_draft(remaining[0].id))
            else:
                self.new()
        self.listChanged.emit()

    def restore(self, draft_id: int) -> None:
        """Bring a draft back from the trash and open it."""
        if not self.store.has_draft(draft_id):
            self.listChanged.emit()
            return
        if not self._leave():
            return
        self.store.restore_draft(draft_id)
        self._present(self.store.get_draft(draft_id))

    def summaries(self, search: str = "", trash: bool = False) -> list[DraftSummary]:
        return self.store.trash() if trash else self.store.list_drafts(search)

    def record_verdict(self, verdict: str | None) -> None:
        """Keep the list's badge in step with the findings panel (no reordering)."""
        if self.current is None or self.current.verdict == verdict:
            return
        self.current.verdict = verdict
        self.store.set_verdict(self.current.id, verdict)
        self.listChanged.emit()
