"""The open message's controller: live check, attachments, ignores, fixes and what export reads.

The main window builds the widgets; this object owns the state of the message being
written beside them (the attachment references, the ignored findings, the last review)
and the machinery that keeps it checked. It captures a
:class:`~composer.compose.state.ComposeState` from the editor and the header, hands
the checker a :class:`Message` and export an :class:`ExportSource`, and emits
``checked(summary, shown)`` after each check. Its tests need no window.

Threading rule: everything here runs on the UI thread except :meth:`review_message`,
which the live checker runs on its worker (pure core only).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from composer.attachments.refs import AttachmentRef
from composer.compose.state import ComposeState
from composer.compose.summary import Summary, summarise
from composer.export.sequence import ExportSource, read_earlier
from composer.policy.fixaction import (
    ClearFormat,
    FileAction,
    FixFile,
    GoToField,
    OpenSettings,
    ReplaceText,
    action_of,
)
from composer.policy.model import Finding, Message
from composer.ui import docedits
from composer.ui.docmodel import DocumentSnapshot, snapshot_document
from composer.ui.filejobs import FileJobs
from composer.ui.livecheck import LiveChecker
from composer.ui.quotasupport import QuotaSupport
from composer.ui.spellingsupport import SpellingSupport
from composer.ui.underlines import FindingsUnderlines

if TYPE_CHECKING:
    from collections.abc import Callable

    from composer.attachments.inspection import AttachmentInfo, InspectCache
    from composer.review import Review
    from composer.sanitize import WhitelistLoad
    from composer.settings import Settings
    from composer.store import Draft, Store
    from composer.ui.editor import ComposerEdit
    from composer.ui.headerform import HeaderForm


@dataclass(frozen=True)
class Shown:
    """One check as the seller sees it: the review, the findings shown, how many ignored."""

    review: Review
    findings: list[Finding]
    ignored: int


class ComposeController(QObject):
    """The message being written: its state, its live check, its fixes and its export source."""

    checked = Signal(object, object)  # Summary, Shown
    attachmentsChanged = Signal()  # refs or what is known of them changed: redraw the list
    edited = Signal()  # the draft changed in a way autosave must write
    statusMessage = Signal(str, int)
    settingsRequested = Signal(str)
    warning = Signal(str, str)  # title, text: a file fix failed

    def __init__(self, editor: ComposerEdit, header: HeaderForm, settings: Settings,
                 store: Store, data_dir: Path | None,
                 current_draft: Callable[[], int | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor, self.header = editor, header
        self.settings, self.store, self.data_dir = settings, store, data_dir
        self.current_draft = current_draft
        self.attachment_refs: list[AttachmentRef] = []
        self.attachment_infos: dict[str, AttachmentInfo] = {}
        self.ignored: set[str] = set()
        self.last: Review | None = None  # the newest review shown
        self.summary: Summary | None = None
        self._shown_revision: int | None = None
        self._snapshot_cache: tuple[tuple[int, int], DocumentSnapshot] | None = None
        self._whitelist: WhitelistLoad | None = None
        self._file_jobs_for: dict[str, int] = {}  # file being fixed -> the draft it belongs to
        self.inspect_cache: InspectCache | None = None  # made on the worker: Pillow loads late
        self.underlines = FindingsUnderlines(editor)
        self.quota = QuotaSupport(store, settings, current_draft)
        header.today = self.quota.today
        self.spelling = SpellingSupport(store, self.underlines,
                                        lambda: header.value().buyer_language,
                                        lambda: self.last.message if self.last else None)
        self.checker = LiveChecker(self.message, self.review_message, parent=self)
        self.checker.checked.connect(self._on_checked)
        self.file_jobs = FileJobs(self)
        self.file_jobs.finished.connect(self._on_file_job)
        editor.viewport().installEventFilter(self)

    # --- the message as data ------------------------------------------------------------------
    def document_snapshot(self) -> DocumentSnapshot:
        """The editor's document as data, walked once per revision (check and autosave share)."""
        document = self.editor.document()
        # setHtml starts the revision count again, so the length is part of the key.
        revision = (document.revision(), document.characterCount())
        if self._snapshot_cache is None or self._snapshot_cache[0] != revision:
            self._snapshot_cache = (revision, snapshot_document(document))
        return self._snapshot_cache[1]

    def state(self) -> ComposeState:
        snap = self.document_snapshot()
        return ComposeState(self.header.value(), snap.text, snap.elements, tuple(snap.blocks),
                            tuple(self.attachment_refs), frozenset(self.ignored),
                            self.current_draft(), snap.dropped)

    def message(self) -> Message:
        """The message as it is now: what the live check looks at."""
        state = self.state()
        return state.message(str(self.settings.get("business_name")),
                             self.quota.window_facts(state.header),
                             dictionary=self.spelling.personal_words())

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
        from composer.quota import settings_zone

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
            zone=settings_zone(self.settings))

    # --- drafts -------------------------------------------------------------------------------
    def load(self, draft: Draft) -> None:
        """Put a draft in the header and the editor (the cursor where the seller left it),
        take its files and ignores, and check it."""
        self.header.set_value(draft.header)
        html = draft.extra.get("editor_html") or draft.body_html
        if html:
            self.editor.setHtml(html)
        else:
            self.editor.clear()
        document = self.editor.document()
        document.clearUndoRedoStacks()
        cursor = self.editor.textCursor()
        cursor.setPosition(min(max(0, draft.cursor_position), document.characterCount() - 1))
        self.editor.setTextCursor(cursor)
        self._snapshot_cache = None
        self.attachment_refs = [AttachmentRef(Path(a.path), a.size, a.sha256)
                                for a in draft.attachments]
        self.attachment_infos = {}
        self.ignored = set(draft.ignored)
        self.last = None
        self.underlines.set_findings("", [])
        self.attachmentsChanged.emit()
        self.checker.schedule()

    def capture(self, draft: Draft) -> Draft:
        """The open draft as it is now: what autosave writes (a paste still coming in first)."""
        from composer.richtext import blocks_to_html
        from composer.store import AttachmentRecord

        self.editor.finish_paste()
        snap = self.document_snapshot()
        draft.header = self.header.value()
        draft.body_html = blocks_to_html(snap.blocks)  # what is sent, for the CLI and export
        draft.body_text = snap.text
        draft.cursor_position = self.editor.textCursor().position()
        draft.extra = {**draft.extra, "editor_html": self.editor.draft_html()}  # exact reopening
        draft.attachments = [AttachmentRecord(str(r.path), r.path.name, r.size, r.sha256)
                             for r in self.attachment_refs]
        draft.ignored = set(self.ignored)
        return draft

    # --- checking -----------------------------------------------------------------------------
    def review_message(self, message: Message) -> Review:
        """Runs on the checker's worker thread: pure core only."""
        from composer.attachments.inspection import InspectCache
        from composer.review import review  # the rule modules load here, not at start-up

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
        self._remember_attachments(result.attachments)
        self.show()

    def show(self) -> None:
        """Work out what the seller sees of the last review, and emit ``checked``."""
        from composer.policy.ignore import without_ignored

        if self.last is None:
            return
        text = self.last.message.text
        shown, ignored = without_ignored(self.last.findings, text, self.ignored)
        shown = self.spelling.hold_back(shown, text, self.editor.textCursor().position())
        self.underlines.set_findings(text, shown)
        self.summary = summarise(shown, self.header.problems(), empty=not text.strip())
        self.checked.emit(self.summary, Shown(self.last, shown, ignored))

    def cursor_moved(self) -> None:
        """The cursor left the word being typed without an edit: show its mistake now."""
        if self.checker.revision != self._shown_revision:
            return  # an edit is on its way to the check
        if self.spelling.cursor_left_word(self.editor.textCursor().position()):
            self.show()

    def ignore(self, finding: Finding) -> None:
        from composer.policy.ignore import key_of

        if self.last is None:
            return
        try:
            self.ignored.add(key_of(finding, self.last.findings, self.last.message.text))
        except ValueError:
            return
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
        document = self.editor.document()
        match action_of(finding):
            case FixFile(action=action, name=name):
                target = next((r.path for r in self.attachment_refs if r.path.name == name),
                              None)
                if target is not None:
                    self.fix_attachment(str(target), action)
            case GoToField(field=field) if self.header.focus_field(field):
                pass
            case GoToField() | OpenSettings():
                self.settingsRequested.emit("general")
            case ClearFormat(kind=kind):
                span = docedits.current_span(document, finding)
                if span is None:
                    self.check_now()
                    return
                docedits.clear_format(document, span, kind)
                self._fixed(finding)
            case ReplaceText(start=start, end=end, replacement=replacement):
                if docedits.current_span(document, finding) is None:
                    self.statusMessage.emit("The text changed since the check; checking "
                                            "again…", 4000)
                    self.check_now()
                    return
                self.editor.setTextCursor(docedits.replace_text(document, start, end,
                                                                replacement))
                self._fixed(finding)

    def _fixed(self, finding: Finding) -> None:
        label = finding.fix.label if finding.fix else "the format"
        self.statusMessage.emit(f"Fixed: {label}. Press Ctrl+Z to undo.", 6000)

    def select(self, finding: Finding) -> None:
        """Select the finding's words in the editor (clicking a card does this)."""
        span = None if finding.attachment else docedits.current_span(self.editor.document(),
                                                                      finding)
        if span is None:
            return
        from PySide6.QtGui import QTextCursor

        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    # --- attachments --------------------------------------------------------------------------
    def _remember_attachments(self, infos: tuple[AttachmentInfo, ...]) -> None:
        """Keep what the review saw; a newly added file gets its hash from its first check."""
        self.attachment_infos = {str(info.path): info for info in infos}
        for number, ref in enumerate(self.attachment_refs):
            info = self.attachment_infos.get(str(ref.path))
            if not ref.sha256 and info is not None and info.readable and info.sha256:
                self.attachment_refs[number] = AttachmentRef(ref.path, info.size, info.sha256)
                self.edited.emit()

    def _files_changed(self) -> None:
        self.attachmentsChanged.emit()
        self.checker.schedule()
        self.edited.emit()

    def add_attachments(self, paths: list[str]) -> None:
        """Attach files (from the button, a drop or a paste); the check then inspects them."""
        known = {ref.path for ref in self.attachment_refs}
        names = {ref.path.name for ref in self.attachment_refs}
        added = 0
        for raw in paths:
            path = Path(raw).expanduser().absolute()
            if path in known:
                self.statusMessage.emit(f"“{path.name}” is already attached.", 5000)
            elif path.name in names:
                # The buyer sees only names: two files called the same would be confusing.
                self.statusMessage.emit(f"A file called “{path.name}” is already attached. "
                                        "Rename one of them first.", 8000)
            else:
                known.add(path)
                names.add(path.name)
                self.attachment_refs.append(AttachmentRef(path, 0, ""))
                added += 1
        if added:
            self._files_changed()

    def remove_attachment(self, path: str) -> None:
        self.attachment_refs = [r for r in self.attachment_refs if str(r.path) != path]
        self.attachment_infos.pop(path, None)
        self._files_changed()

    def fix_attachment(self, path: str, action: FileAction | str) -> None:
        """Make a fixed copy (smaller, converted, without location…) off the UI thread."""
        action = FileAction(action)
        if action is FileAction.REMOVE:
            self.remove_attachment(path)
            return
        draft_id = self.current_draft()
        if path in self._file_jobs_for or draft_id is None:
            return  # already being fixed: one copy is enough
        self._file_jobs_for[path] = draft_id
        self.statusMessage.emit(f"Working on “{Path(path).name}”…", 0)
        folder = (self.data_dir / "attachments" if self.data_dir is not None
                  else Path(tempfile.gettempdir()) / "seller-composer-attachments")
        self.file_jobs.run(Path(path), action, folder, list(self.attachment_infos.values()))

    def _on_file_job(self, original: str, result: object) -> None:
        from composer.store import AttachmentRecord

        draft_id = self._file_jobs_for.pop(original, None)
        if isinstance(result, Exception):
            self.statusMessage.emit("", 0)
            self.warning.emit("The file could not be changed", str(result))
            return
        copy = Path(str(result))
        if draft_id is not None and self.current_draft() == draft_id:
            if not any(str(r.path) == original for r in self.attachment_refs):
                self.statusMessage.emit("The file was removed before its copy was ready; "
                                        "the copy was not attached.", 8000)
                return
            self.attachment_refs = [AttachmentRef(copy, 0, "") if str(r.path) == original
                                    else r for r in self.attachment_refs]
            self._files_changed()
        elif draft_id is not None and self.store.has_draft(draft_id):
            # The seller moved to another draft meanwhile: fix the one the file belongs to.
            draft = self.store.get_draft(draft_id)
            draft.attachments = [AttachmentRecord(str(copy), copy.name) if a.path == original
                                 else a for a in draft.attachments]
            self.store.save_draft(draft)
        self.statusMessage.emit(f"Attached a fixed copy, “{copy.name}”. Your original file "
                                "is unchanged.", 8000)

    # --- tooltips over underlined words -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tooltips over underlined words explain the finding."""
        # The type first: while the window is torn down, the editor may already be gone.
        if event.type() == QEvent.Type.ToolTip and watched is self.editor.viewport():
            from composer.ui.findingspanel import SEVERITY_WORDS

            help_event: QHelpEvent = event  # type: ignore[assignment]
            position = self.editor.cursorForPosition(help_event.pos()).position()
            mark = self.underlines.mark_at(position)
            if mark is None:
                QToolTip.hideText()
            else:
                finding = mark.finding
                QToolTip.showText(help_event.globalPos(),
                                  f"<b>{SEVERITY_WORDS[finding.severity]}: {finding.title}</b>"
                                  f"<br>{_html(finding.message)}", self.editor.viewport())
            return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        self.editor.viewport().removeEventFilter(self)
        self.checker.shutdown()
        self.file_jobs.shutdown()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
