"""Applying a finding's fix, and the sentence a fix leaves to read again.

The compose controller owns one :class:`FixApplier` and hands it every fix: a typed
:mod:`~composer.policy.fixaction` is matched once here and made one undoable edit, or the
seller is taken where the fix is made (a header field, Settings, a template). A removal
fix may leave words that no longer read: their sentence is highlighted and stays a
warning (:meth:`FixApplier.to_read`) until the seller has read it: "It reads right", an
edit inside it, or Ctrl+Z of the fix. Clicking a card selects its words through here
too: a header field's finding is shown in its field.

Its words keep the controller's translation context, so the translations stay found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QTextCursor

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
from composer.ui import docedits

if TYPE_CHECKING:
    from collections.abc import Callable

    from composer.l10n.catalog import Catalog
    from composer.policy.model import Finding
    from composer.ui.attachmentfiles import AttachmentFiles
    from composer.ui.editor import ComposerEdit
    from composer.ui.headerform import HeaderForm
    from composer.ui.underlines import FindingsUnderlines


class FixApplier(QObject):
    """Makes a finding's fix, and keeps the sentence a removal left highlighted until read."""

    statusMessage = Signal(str, int)
    settingsRequested = Signal(str)
    templateRequested = Signal(str)  # a built-in template's id; "": let the seller choose

    def __init__(self, editor: ComposerEdit, header: HeaderForm, files: AttachmentFiles,
                 underlines: FindingsUnderlines, check_now: Callable[[], None],
                 show: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor, self.header, self.files, self.underlines = editor, header, files, underlines
        self.check_now, self.show = check_now, show  # check again; show the last check again
        # The highlight a removal fix leaves is a warning until the seller has read the
        # sentence: "It reads right", an edit inside it, or Ctrl+Z of the fix.
        self.read_again = False
        editor.cursorPositionChanged.connect(self._left_reread)
        editor.document().contentsChange.connect(self._edited_at)
        editor.fixRestored.connect(self._restored)

    def forget(self) -> None:
        """Another draft is in the editor: no sentence of the old one is left to read."""
        self.underlines.reread = None
        self.read_again = False

    def select(self, finding: Finding) -> None:
        """Select the finding's words in the editor (clicking a card does this); a header
        field's finding is shown in its field."""
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
                    self.statusMessage.emit(QCoreApplication.translate(
                        "ComposeController",
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
                self.confirm_read()
            case ClearFormat(kind=kind):
                span = docedits.current_span(document, finding)
                if span is None:
                    self.check_now()
                    return
                self.editor.remember_fix(*span)
                docedits.clear_format(document, span, kind)
                self._fixed(finding)
            case ReplaceText(start=start, end=end, replacement=replacement):
                self._replace(finding, start, end, replacement)

    def _replace(self, finding: Finding, start: int, end: int, replacement: str) -> None:
        """Put the fix's words in; after a removal, the sentence left is to be read again."""
        document = self.editor.document()
        if docedits.current_span(document, finding) is None:
            self.statusMessage.emit(QCoreApplication.translate(
                "ComposeController", "The text changed since the check; checking again…"),
                4000)
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
            self.read_again = True
            self.statusMessage.emit(QCoreApplication.translate(
                "ComposeController",
                "{label}: done. Read the highlighted sentence again and rewrite it "
                "if it needs it. Ctrl+Z undoes it.").format(label=finding.fix.label), 10000)
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
        self.read_again = False  # the finding itself stays until the words are rewritten
        self.underlines.show_reread(words)
        caret = QTextCursor(document)
        caret.setPosition(words.selectionEnd())
        self.editor.setTextCursor(caret)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.ensureCursorVisible()
        self.statusMessage.emit(QCoreApplication.translate(
            "ComposeController",
            "Rewrite the highlighted words: Seller Composer can't tell which of them to "
            "remove without taking the rest of your message with them."), 10000)

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
        self.statusMessage.emit(QCoreApplication.translate(
            "ComposeController", "Put in “{words}”. Press Ctrl+Z to undo.").format(
                words=words), 6000)

    def _fixed(self, finding: Finding) -> None:
        if finding.fix is None:
            said = QCoreApplication.translate(
                "ComposeController", "Fixed the format. Press Ctrl+Z to undo.")
        else:
            said = QCoreApplication.translate(
                "ComposeController", "Fixed: {fix}. Press Ctrl+Z to undo.").format(
                    fix=finding.fix.label)
        self.statusMessage.emit(said, 6000)

    # --- the sentence to read again -----------------------------------------------------------
    def to_read(self, catalog: Catalog) -> list[Finding]:
        """The warning about the sentence a removal fix left, while it is highlighted, in
        the app's language (the card, the "Check first" box)."""
        from composer.compose.reread import reread_finding
        from composer.l10n.sayfindings import localise_all
        from composer.message.textpos import Utf16Index

        words = self.underlines.reread
        if not self.read_again or words is None or not words.hasSelection():
            return []
        text = self.editor.document().toPlainText()
        index = Utf16Index(text)
        found = [reread_finding(text, index.from_utf16(words.selectionStart()),
                                index.from_utf16(words.selectionEnd()))]
        return found if catalog.language == "en" else localise_all(found, catalog)

    def confirm_read(self) -> None:
        """"It reads right": the highlight and its warning go."""
        self.read_again = False
        self.underlines.show_reread(None)
        self.drop_selection()
        self.show()

    def drop_selection(self) -> None:
        """A card's button was used ("Ignore here", "It reads right"): nothing stays
        selected in the message, so the next key types instead of replacing words a
        click on a card selected (the caret stays where the selection ended)."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.editor.setTextCursor(cursor)

    def _restored(self, start: int, end: int, removal: bool = False) -> None:
        """Undo or redo brought a fix's words back: shown to read again, as after a fix.
        A redone removal leaves its sentence to read again, a warning as after the fix."""
        self.read_again = removal  # the fix is undone (or its words are back, highlighted)
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
        sentence a removal left stays a warning until it is read (``read_again``)."""
        if (self.underlines.reread is not None and not self.read_again
                and not self.underlines.reread_holds(self.editor.textCursor().position())):
            self.underlines.show_reread(None)

    def _edited_at(self, position: int, _removed: int, added: int) -> None:
        """An edit inside the sentence to read again (an undo too) means it was read."""
        words = self.underlines.reread
        if (self.read_again and words is not None and position <= words.selectionEnd()
                and position + added >= words.selectionStart()):
            self.read_again = False
            self.underlines.show_reread(None)
