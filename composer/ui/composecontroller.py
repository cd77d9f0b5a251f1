"""The open message's controller: live check, attachments, ignores, fixes and what export reads.

The main window builds the widgets; this object owns the state of the message being
written beside them (the attachment references, the ignored findings, the last review)
and the machinery that keeps it checked. It captures a
:class:`~composer.compose.state.ComposeState` from the editor and the header, hands
the checker a :class:`Message` and export an :class:`ExportSource`, and emits
``checked(summary, shown)`` after each check. Its tests need no window. Its parts:
fixes and the sentence a fix leaves to read again (``fixapplier``), what a check shows
(``checkview``), which findings may be ignored (``ignoring``), the tooltips over
underlines (``findingtips``) and a draft into and out of the widgets (``editordraft``).

Threading rule: everything here runs on the UI thread except :meth:`review_message`,
which the live checker runs on its worker (pure core only).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from composer.compose.state import ComposeState
from composer.policy.fixaction import ConfirmRead, action_of
from composer.policy.model import Finding, Message
from composer.ui import editordraft
from composer.ui.attachmentfiles import AttachmentFiles
from composer.ui.checkview import CheckView
from composer.ui.fileundo import FileUndo
from composer.ui.findingtips import FindingTips
from composer.ui.fixapplier import FixApplier
from composer.ui.ignoring import ignore_keys
from composer.ui.livecheck import LiveChecker
from composer.ui.placeholderfill import PlaceholderFill
from composer.ui.quotasupport import QuotaSupport
from composer.ui.spellingsupport import SpellingSupport
from composer.ui.typefiles import refusal
from composer.ui.underlines import FindingsUnderlines

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from composer.appdata.settings import Settings
    from composer.attachments.inspection import InspectCache
    from composer.compose.review import Review
    from composer.compose.summary import Summary
    from composer.export.sequence import ExportSource
    from composer.l10n.catalog import Catalog
    from composer.mail.thread import Thread
    from composer.message.header import Header
    from composer.sanitize import WhitelistLoad
    from composer.store import Draft, Store
    from composer.ui.docmodel import DocumentSnapshot
    from composer.ui.editor import ComposerEdit
    from composer.ui.headerform import HeaderForm


class ComposeController(QObject):
    """The message being written: its state, its live check, its fixes and its export source."""

    checked = Signal(object, object)  # Summary, Shown
    edited = Signal()  # the draft changed in a way autosave must write
    statusMessage = Signal(str, int)
    settingsRequested = Signal(str)
    templateRequested = Signal(str)  # a built-in template's id; "": let the seller choose
    draftLoaded = Signal(object)  # the Draft just put in the editor
    filesAllowed = Signal(str)  # why the type takes no files, "" when it takes them

    def __init__(self, editor: ComposerEdit, header: HeaderForm, settings: Settings,
                 store: Store, data_dir: Path | None,
                 current_draft: Callable[[], int | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor, self.header = editor, header
        self.settings, self.store, self.data_dir = settings, store, data_dir
        self.current_draft = current_draft
        self.thread: Thread | None = None  # a reply: the buyer message it answers
        self.files = AttachmentFiles(store, data_dir, current_draft, self)
        self.file_undo = FileUndo(editor, self.files, self)  # Ctrl+Z brings a file back
        self.file_undo.said.connect(self.statusMessage)
        self.ignored: set[str] = set()
        self.last: Review | None = None  # the newest review shown
        self.summary: Summary | None = None
        self._catalog: Catalog | None = None
        self._shown_revision: int | None = None
        self._snapshot_cache: tuple[tuple[int, int], DocumentSnapshot] | None = None
        self._whitelist: WhitelistLoad | None = None
        self.inspect_cache: InspectCache | None = None  # made on the worker: Pillow loads late
        self.underlines = FindingsUnderlines(editor)
        self.quota = QuotaSupport(store, settings, current_draft)
        header.today = self.quota.today
        self.spelling = SpellingSupport(store, self.underlines,
                                        lambda: header.value().buyer_language,
                                        lambda: self.last.message if self.last else None)
        self.checker = LiveChecker(self.message, self.review_message, parent=self)
        self.checker.checked.connect(self._on_checked)
        self.view = CheckView(editor, header, self.spelling, self.underlines,
                              lambda catalog: self.fixes.to_read(catalog))  # what is shown
        self.files.changed.connect(self.checker.schedule)
        self.files.edited.connect(self.edited)
        self.files.statusMessage.connect(self.statusMessage)
        self.placeholders = PlaceholderFill(editor, header, self)  # fields filled afterwards
        self.placeholders.statusMessage.connect(self.statusMessage)
        self.draftLoaded.connect(lambda _draft: self.placeholders.forget())
        self.files.refusal = lambda: refusal(header.value().message_type)
        header.message_type.currentIndexChanged.connect(
            lambda _index: self.filesAllowed.emit(self.files.refusal()))
        self.fixes = FixApplier(editor, header, self.files, self.underlines,
                                lambda: self.check_now(), lambda: self.show(), self)
        self.fixes.statusMessage.connect(self.statusMessage)
        self.fixes.settingsRequested.connect(self.settingsRequested)
        self.fixes.templateRequested.connect(self.templateRequested)
        self.tips = FindingTips(editor, self.underlines, self)

    def watch_hover(self) -> None:
        """Explain an underline when the mouse rests on it. Called once the editor takes keys:
        the first ``viewport()`` makes PySide6 build every QWidget subclass (about 5 ms)."""
        self.tips.watch()

    # --- the message as data ------------------------------------------------------------------
    def document_snapshot(self) -> DocumentSnapshot:
        """The editor's document as data, walked once per revision (check and autosave share)."""
        from composer.ui.docmodel import snapshot_document  # builds Qt's enums: after start-up

        document = self.editor.document()
        # setHtml starts the revision count again, so the length is part of the key.
        revision = (document.revision(), document.characterCount())
        if self._snapshot_cache is None or self._snapshot_cache[0] != revision:
            self._snapshot_cache = (revision, snapshot_document(document))
        return self._snapshot_cache[1]

    def state(self) -> ComposeState:
        snap = self.document_snapshot()
        return ComposeState(self.header.value(), snap.text, snap.elements, tuple(snap.blocks),
                            tuple(self.files.refs), frozenset(self.ignored),
                            self.current_draft(), snap.dropped)

    def message(self) -> Message:
        """The message as it is now: what the live check looks at."""
        state = self.state()
        facts = {**self.quota.window_facts(state.header), **self.store_facts(state.header)}
        return state.message(str(self.settings.get("business_name")), facts,
                             dictionary=self.spelling.personal_words())

    def store_facts(self, header: Header) -> dict[str, object]:
        """What Amazon mailed back about this buyer (an opt-out, a restriction) and, for a
        reply, the address it wrote to: the rules in composer.policy.inboxrules read them."""
        from composer.export.inboxfacts import store_facts

        return store_facts(self.store, header, self.quota.today(), self.thread,
                           str(self.settings.get("from_address") or ""))

    @property
    def catalog(self) -> Catalog:
        """The core's words in the app's language, made at the first check (not at start-up)."""
        if self._catalog is None:
            from composer.ui.translations import catalog_for, current_language

            self._catalog = catalog_for(current_language())
        return self._catalog

    def whitelist(self) -> WhitelistLoad:
        """The tag whitelist in use: the seller's own file in the data folder, or the shipped."""
        if self._whitelist is None:
            from composer.sanitize import load_whitelist

            self._whitelist = load_whitelist(self.data_dir)
            if self._whitelist.error:
                self.statusMessage.emit(self._whitelist.error, 15000)
        return self._whitelist

    def preview_source(self) -> tuple[object, object, object]:
        """What the buyer's view cleans: the blocks, what export drops, the whitelist."""
        snap = self.document_snapshot()
        return snap.blocks, snap.dropped, self.whitelist().whitelist

    def settings_changed(self) -> None:
        self._whitelist = None  # a replaced whitelist file is read again
        self.quota.forget()
        self.checker.schedule()

    def export_source(self) -> ExportSource:
        """What export checks and sends: the message now, as data safe for a worker."""
        from composer.clock.quota import settings_zone
        from composer.export.sequence import ExportSource, read_earlier

        self.editor.finish_paste()
        state = self.state()
        try:
            earlier = read_earlier(self.store, state.header.order_id)
        except Exception:  # a damaged log must not stop an export (the guard still runs)
            earlier = ()
        return ExportSource(
            header=state.header, blocks=state.blocks, dropped=dict(state.dropped),
            whitelist=self.whitelist().whitelist, refs=state.attachment_refs,
            business_name=str(self.settings.get("business_name")), ignored=state.ignored,
            draft_id=state.draft_id, earlier=earlier, today=self.quota.today(),
            zone=settings_zone(self.settings), thread=self.thread,
            facts=self.store_facts(state.header))

    # --- drafts -------------------------------------------------------------------------------
    def load(self, draft: Draft) -> None:
        """Put a draft in the header and the editor (the cursor where the seller left it),
        take its files and ignores, and check it."""
        from composer.inbox.replying import thread_from_extra

        self.thread = thread_from_extra(draft.extra)
        self.file_undo.forget()  # before the text goes: the old draft's steps are not undone
        editordraft.put_in(self.editor, self.header, draft)
        self._snapshot_cache = None
        self.view.typed = False  # after setHtml: loading the text is no typing
        self.files.load(draft)
        self.ignored = set(draft.ignored)
        self.last = None
        self.fixes.forget()
        self.underlines.set_findings("", [])
        self.files.changed.emit()
        self.filesAllowed.emit(self.files.refusal())  # the same type keeps the index unchanged
        self.draftLoaded.emit(draft)

    def capture(self, draft: Draft) -> Draft:
        """The open draft as it is now: what autosave writes (a paste still coming in first)."""
        self.editor.finish_paste()
        editordraft.read_out(self.editor, self.header, self.document_snapshot(), draft)
        self.files.capture(draft)
        draft.ignored = set(self.ignored)
        return draft

    # --- checking -----------------------------------------------------------------------------
    def review_message(self, message: Message) -> Review:
        """Runs on the checker's worker thread: pure core only."""
        from composer.attachments.inspection import InspectCache
        from composer.compose.review import review  # the rule modules load here, not at start-up

        if self.inspect_cache is None:
            self.inspect_cache = InspectCache()
        return review(message, self.inspect_cache)

    def check_now(self) -> None:
        """Check at once (before screenshots and in tests), without waiting for a pause."""
        self.checker.revision += 1
        self._on_checked(self.checker.revision, self.review_message(self.message()))

    def _on_checked(self, revision: int, result: Review) -> None:
        self._shown_revision = revision
        self.last = result
        self.files.remember(result.attachments)
        self.show()

    def show(self) -> None:
        """Work out what the seller sees of the last review, and emit ``checked``."""
        if self.last is None:
            return
        self.summary, shown = self.view.seen(self.last, self.ignored, self.catalog)
        self.checked.emit(self.summary, shown)

    def to_read(self) -> list[Finding]:
        """The warning about the sentence a removal fix left, while it is highlighted."""
        return self.fixes.to_read(self.catalog)

    def cursor_moved(self) -> None:
        """The cursor left the word being typed without an edit: show its mistake now."""
        if self.checker.revision != self._shown_revision:
            return  # an edit is on its way to the check
        if self.spelling.cursor_left_word(self.editor.textCursor().position()):
            self.show()

    def ignore(self, findings: Finding | Sequence[Finding], confirmed: bool = False) -> None:
        """Set findings aside here. A blocking one only when ``confirmed`` ("This is not a
        link"), and never a placeholder, a count or a format (``ignoring.ignore_keys``)."""
        if self.last is None:
            return
        items = [findings] if isinstance(findings, Finding) else list(findings)
        if any(isinstance(action_of(f), ConfirmRead) for f in items):
            self.fixes.confirm_read()  # ignoring the sentence to read is reading it
            items = [f for f in items if not isinstance(action_of(f), ConfirmRead)]
        self.fixes.drop_selection()  # the next key types, it replaces nothing
        keys, refused = ignore_keys(items, self.last, confirmed)
        for said in refused:
            self.statusMessage.emit(said, 6000)
        self.ignored.update(keys)
        if keys:
            self.show()
            self.edited.emit()

    def restore_ignored(self) -> None:
        self.ignored.clear()
        self.show()
        self.edited.emit()

    def add_word(self, word: str) -> None:
        """Add to dictionary: keep the word, drop its underlines now, and check again."""
        self.statusMessage.emit(self.spelling.add_word(word), 5000)
        if self.last is not None:
            kept = [f for f in self.last.findings
                    if not (f.rule == "spelling" and f.excerpt.lower() == word.lower())]
            self.last = replace(self.last, findings=kept)
        self.show()
        self.checker.schedule()

    # --- fixes --------------------------------------------------------------------------------
    def apply_fix(self, finding: Finding) -> None:
        """Apply a finding's fix as one undoable edit, or go where the seller can make it."""
        self.fixes.apply_fix(finding)

    def select(self, finding: Finding) -> None:
        """Select the finding's words in the editor (clicking a card does this)."""
        self.fixes.select(finding)

    def shutdown(self) -> None:
        self.tips.stop()
        self.checker.shutdown()
        self.files.shutdown()

