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

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from composer.compose.cards import Card, cards_of
from composer.compose.state import ComposeState
from composer.compose.summary import Summary, summarise
from composer.policy.fixaction import (
    AskText,
    ClearFormat,
    ConfirmRead,
    FixFile,
    GoToField,
    MarkText,
    OpenSettings,
    ReplaceInField,
    ReplaceText,
    UseTemplate,
    action_of,
)
from composer.policy.model import Finding, Message
from composer.ui import docedits
from composer.ui.attachmentfiles import AttachmentFiles
from composer.ui.fileundo import FileUndo
from composer.ui.livecheck import LiveChecker
from composer.ui.placeholderfill import PlaceholderFill
from composer.ui.quotasupport import QuotaSupport
from composer.ui.spellingsupport import SpellingSupport
from composer.ui.translations import say
from composer.ui.typefiles import refusal
from composer.ui.underlines import FindingsUnderlines

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from composer.appdata.settings import Settings
    from composer.attachments.inspection import InspectCache
    from composer.compose.review import Review
    from composer.export.sequence import ExportSource
    from composer.l10n.catalog import Catalog
    from composer.mail.thread import Thread
    from composer.message.header import Header
    from composer.sanitize import WhitelistLoad
    from composer.store import Draft, Store
    from composer.ui.docmodel import DocumentSnapshot
    from composer.ui.editor import ComposerEdit
    from composer.ui.headerform import HeaderForm


@dataclass(frozen=True)
class Shown:
    """One check as the seller sees it: the review, the findings shown, how many ignored."""

    review: Review
    findings: list[Finding]
    ignored: int
    cards: list[Card] = field(default_factory=list)  # the findings as the panel shows them
    # About how an e-mail is sent (policy.inboxrules.EMAIL_ONLY_RULES): a note by the export
    # bar for the e-mail routes, never a card, an underline or part of the verdict.
    email_notes: list[Finding] = field(default_factory=list)


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
        # A word is "being typed" only after a keystroke since the draft was opened: a draft
        # reopened with the cursor after a misspelt word must show that word's mistake.
        self._typed = False
        editor.textChanged.connect(self._text_typed)
        self.files.changed.connect(self.checker.schedule)
        self.files.edited.connect(self.edited)
        self.files.statusMessage.connect(self.statusMessage)
        self.placeholders = PlaceholderFill(editor, header, self)  # fields filled afterwards
        self.placeholders.statusMessage.connect(self.statusMessage)
        self.draftLoaded.connect(lambda _draft: self.placeholders.forget())
        self.files.refusal = lambda: refusal(header.value().message_type)
        header.message_type.currentIndexChanged.connect(
            lambda _index: self.filesAllowed.emit(self.files.refusal()))
        # The highlight a removal fix leaves is a warning until the seller has read the
        # sentence: "It reads right", an edit inside it, or Ctrl+Z of the fix.
        self._read_again = False
        editor.cursorPositionChanged.connect(self._left_reread)
        editor.document().contentsChange.connect(self._edited_at)
        editor.fixRestored.connect(self._restored)

    def watch_hover(self) -> None:
        """Explain an underline when the mouse rests on it. Called once the editor takes keys:
        the first ``viewport()`` makes PySide6 build every QWidget subclass (about 5 ms)."""
        self.editor.viewport().installEventFilter(self)

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
        from composer.message.header import product_filled_from, to_filled_from

        self.file_undo.forget()  # before the text goes: the old draft's steps are not undone
        self.header.product_filled_for = product_filled_from(draft.extra)
        self.header.to_filled_for = to_filled_from(draft.extra)
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
        self._typed = False  # after setHtml: loading the text is no typing
        self.files.load(draft)
        self.ignored = set(draft.ignored)
        self.last = None
        self.underlines.reread = None
        self._read_again = False
        self.underlines.set_findings("", [])
        self.files.changed.emit()
        self.filesAllowed.emit(self.files.refusal())  # the same type keeps the index unchanged
        self.draftLoaded.emit(draft)

    def capture(self, draft: Draft) -> Draft:
        """The open draft as it is now: what autosave writes (a paste still coming in first)."""
        from composer.message.richtext import blocks_to_html
        self.editor.finish_paste()
        snap = self.document_snapshot()
        draft.header = self.header.value()
        draft.body_html = blocks_to_html(snap.blocks)  # what is sent, for the CLI and export
        draft.body_text = snap.text
        draft.cursor_position = self.editor.textCursor().position()
        draft.extra = {**draft.extra, "editor_html": self.editor.draft_html()}  # exact reopening
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

    def _text_typed(self) -> None:
        self._typed = True

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
        from composer.l10n.sayfindings import localise_all
        from composer.policy.ignore import ignored_findings, without_ignored
        from composer.policy.inboxrules import EMAIL_ONLY_RULES

        if self.last is None:
            return
        text = self.last.message.text
        shown, ignored = without_ignored(self.last.findings, text, self.ignored)
        set_aside = ignored_findings(self.last.findings, text, self.ignored) if ignored else []
        # A word Ctrl+Z brought back (or one with a selection on it) is not being typed.
        at = self.editor.textCursor()
        cursor = at.position() if self._typed and not at.hasSelection() else -1
        shown = self.spelling.hold_back(shown, text, cursor)
        to_read = self.to_read()
        if self.catalog.language != "en":  # cards and tooltips in the app's language
            shown = localise_all(shown, self.catalog)
        notes = [f for f in shown if f.rule in EMAIL_ONLY_RULES]
        shown = [f for f in shown if f.rule not in EMAIL_ONLY_RULES]
        self.underlines.set_findings(text, shown)  # the sentence to read is highlighted
        shown = shown + to_read
        self.summary = summarise(shown, self.header.problems(), empty=not text.strip(),
                                 ignored_blocks=sum(f.severity == "block" for f in set_aside),
                                 language=self.catalog.language)
        self.checked.emit(self.summary, Shown(self.last, shown, ignored, cards_of(shown, text),
                                              notes))

    def to_read(self) -> list[Finding]:
        """The warning about the sentence a removal fix left, while it is highlighted, in
        the app's language (the card, the "Check first" box)."""
        from composer.compose.reread import reread_finding
        from composer.l10n.sayfindings import localise_all
        from composer.message.textpos import Utf16Index

        words = self.underlines.reread
        if not self._read_again or words is None or not words.hasSelection():
            return []
        text = self.editor.document().toPlainText()
        index = Utf16Index(text)
        found = [reread_finding(text, index.from_utf16(words.selectionStart()),
                                index.from_utf16(words.selectionEnd()))]
        return found if self.catalog.language == "en" else localise_all(found, self.catalog)

    def cursor_moved(self) -> None:
        """The cursor left the word being typed without an edit: show its mistake now."""
        if self.checker.revision != self._shown_revision:
            return  # an edit is on its way to the check
        if self.spelling.cursor_left_word(self.editor.textCursor().position()):
            self.show()

    def ignore(self, findings: Finding | Sequence[Finding], confirmed: bool = False) -> None:
        """Set findings aside here. A blocking one only when ``confirmed`` ("This is not a
        link"), and never a placeholder, a count or a format (``ignore_way``)."""
        from composer.policy.ignore import ignore_way, key_of

        if self.last is None:
            return
        items = [findings] if isinstance(findings, Finding) else list(findings)
        if any(isinstance(action_of(f), ConfirmRead) for f in items):
            self._confirm_read()  # ignoring the sentence to read is reading it
            items = [f for f in items if not isinstance(action_of(f), ConfirmRead)]
        added = False
        for finding in items:
            way = ignore_way(finding)
            if way.kind == "never" or (way.kind == "confirm" and not confirmed):
                self.statusMessage.emit(say(way.reason) or self.tr(
                    "A blocking problem is ignored only through “This is not …” on its card."),
                    6000)
                continue
            try:
                self.ignored.add(key_of(finding, self.last.findings, self.last.message.text))
            except ValueError:
                continue
            added = True
        if added:
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
                target = self.files.named(name)
                if target is not None:
                    self.files.fix(str(target), action)
            case AskText(what=what, start=start, end=end):
                self._ask_and_put(finding, what, start, end)
            case MarkText(start=start, end=end):
                self._mark(finding, start, end)
            case ReplaceInField(field=field, start=start, end=end, replacement=replacement):
                if self.header.replace_words(field, start, end, finding.excerpt, replacement):
                    self.statusMessage.emit(self.tr(
                        "Fixed in the subject: {fix}. Ctrl+Z there undoes it.").format(
                            fix=finding.fix.label if finding.fix else ""), 6000)
                else:
                    self.check_now()
            case GoToField(field=field) if self.header.focus_field(field):
                pass
            case GoToField() | OpenSettings():
                self.settingsRequested.emit("general")
            case UseTemplate(template_id=template_id):
                self.templateRequested.emit(template_id)
            case ConfirmRead():
                self._confirm_read()
            case ClearFormat(kind=kind):
                span = docedits.current_span(document, finding)
                if span is None:
                    self.check_now()
                    return
                self.editor.remember_fix(*span)
                docedits.clear_format(document, span, kind)
                self._fixed(finding)
            case ReplaceText(start=start, end=end, replacement=replacement):
                if docedits.current_span(document, finding) is None:
                    self.statusMessage.emit(self.tr("The text changed since the check; "
                                                    "checking again…"), 4000)
                    self.check_now()
                    return
                self.editor.remember_fix(*docedits.restored_span(
                    document.toPlainText(), start, end, replacement,
                    (finding.start, finding.end)),
                    removal=finding.fix is not None and finding.fix.select)
                old = document.toPlainText()[start:end]
                cursor = docedits.replace_text(document, start, end, replacement)
                if finding.fix is not None and finding.fix.select:
                    # Not sure the words left still read: show the sentence, cursor at the
                    # gap. A selection would let the next keystroke replace the sentence.
                    cursor = docedits.reread_cursor(document, start, old, replacement)
                    self.underlines.show_reread(docedits.sentence_around(document, cursor))
                    self._read_again = True
                    self.statusMessage.emit(self.tr(
                        "{label}: done. Read the highlighted sentence again and rewrite it "
                        "if it needs it. Ctrl+Z undoes it.").format(label=finding.fix.label),
                        10000)
                    from PySide6.QtCore import Qt  # its enums cost ~15 ms: not before "ready"

                    self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                self.editor.setTextCursor(cursor)
                if docedits.only_removes(old, replacement):  # typing there keeps words apart
                    self.editor.fix_point = self.editor.textCursor().position()
                if finding.fix is None or not finding.fix.select:
                    self._fixed(finding)

    def _mark(self, finding: Finding, start: int, end: int) -> None:
        """Highlight the words to rewrite (deleting them is not sure to leave the right
        ones), the cursor after them, nothing selected: the words stay the seller's."""
        document = self.editor.document()
        if docedits.current_span(document, finding) is None:
            self.check_now()
            return
        from PySide6.QtCore import Qt  # its enums cost ~15 ms: not before "ready"

        words = docedits.span_cursor(document, start, end)
        self._read_again = False  # the finding itself stays until the words are rewritten
        self.underlines.show_reread(words)
        caret = QTextCursor(document)
        caret.setPosition(words.selectionEnd())
        self.editor.setTextCursor(caret)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.ensureCursorVisible()
        self.statusMessage.emit(self.tr(
            "Rewrite the highlighted words: Seller Composer can't tell which of them to "
            "remove without taking the rest of your message with them."), 10000)

    def _restored(self, start: int, end: int, removal: bool = False) -> None:
        """Undo or redo brought a fix's words back: shown to read again, as after a fix.
        They were not typed, so their spelling is not held back as a word being typed.
        A redone removal leaves its sentence to read again, a warning as after the fix."""
        self._typed = False
        self._read_again = removal  # the fix is undone (or its words are back, highlighted)
        if removal:
            self.underlines.show_reread(docedits.sentence_around(
                self.editor.document(), self.editor.textCursor()))
        elif end > start:
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.underlines.show_reread(cursor)

    def _left_reread(self) -> None:
        """The highlight of words to read again goes once the cursor leaves them; a
        sentence a removal left stays a warning until it is read (``_read_again``)."""
        if (self.underlines.reread is not None and not self._read_again
                and not self.underlines.reread_holds(self.editor.textCursor().position())):
            self.underlines.show_reread(None)

    def _edited_at(self, position: int, _removed: int, added: int) -> None:
        """An edit inside the sentence to read again (an undo too) means it was read."""
        words = self.underlines.reread
        if (self._read_again and words is not None and position <= words.selectionEnd()
                and position + added >= words.selectionStart()):
            self._read_again = False
            self.underlines.show_reread(None)

    def _confirm_read(self) -> None:
        """"It reads right": the highlight and its warning go."""
        self._read_again = False
        self.underlines.show_reread(None)
        self.show()

    def _ask_and_put(self, finding: Finding, what: str, start: int, end: int) -> None:
        """Ask for the words (a buyer's name) and put them where the placeholder is."""
        from composer.ui.askwords import ask_words

        words = ask_words(self.editor.window(), what)
        if words is None:
            return
        if docedits.current_span(self.editor.document(), finding) is None:
            self.check_now()
            return
        self.editor.remember_fix(*docedits.restored_span(
            self.editor.document().toPlainText(), start, end, words, (start, end)))
        self.editor.setTextCursor(docedits.replace_text(self.editor.document(), start, end,
                                                        words))
        # Words went into the message: the keyboard goes back to it, not to whatever the
        # focus chain offers after the dialog.
        from PySide6.QtCore import Qt  # its enums cost ~15 ms: not before "ready"

        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusMessage.emit(self.tr("Put in “{words}”. Press Ctrl+Z to undo.").format(
            words=words), 6000)

    def _fixed(self, finding: Finding) -> None:
        if finding.fix is None:
            said = self.tr("Fixed the format. Press Ctrl+Z to undo.")
        else:
            said = self.tr("Fixed: {fix}. Press Ctrl+Z to undo.").format(fix=finding.fix.label)
        self.statusMessage.emit(said, 6000)

    def select(self, finding: Finding) -> None:
        """Select the finding's words in the editor (clicking a card does this)."""
        if finding.field and isinstance(action_of(finding), ReplaceInField):
            self.header.focus_field(finding.field)  # its words are shown, not yet replaced
            return
        if finding.field and finding.fix is not None:
            self.apply_fix(finding)  # a subject finding: its fix focuses the Subject field
            return
        span = None if finding.attachment else docedits.current_span(self.editor.document(),
                                                                      finding)
        if span is None:
            return

        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

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
                                  "<b>" + self.tr("{severity}: {title}").format(
                                      severity=QCoreApplication.translate(
                                          "FindingCard", SEVERITY_WORDS[finding.severity]),
                                      title=finding.title) + "</b>"
                                  f"<br>{_html(finding.message)}", self.editor.viewport())
            return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        self.editor.viewport().removeEventFilter(self)
        self.checker.shutdown()
        self.files.shutdown()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
