"""The message editor: a QTextEdit that only takes formatting Amazon allows."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from composer.ui.formats import (
    blank_lines_for_gaps,
    block_margins,
    heading_char_format,
    near_list,
    paragraph_block_format,
    space_near,
    space_paragraphs,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtGui import (
        QContextMenuEvent,
        QFont,
        QKeyEvent,
        QTextBlock,
        QTextListFormat,
    )

    from composer.policy.model import Finding

# The format classes (QTextCharFormat, QTextListFormat, QFont, QMimeData) are imported in
# the commands that make them: their enums cost about 3 ms before the first paint, which
# shows an empty, read-only editor (FIRST_FRAME_NOTE in composer/ui/headerform.py).

# Above this, pasted HTML is taken as plain text: rebuilding a huge document
# format by format would hold up the window for seconds.
MAX_RICH_PASTE_CHARS = 300_000
PASTE_PIECE_CHARS = 50_000  # a long plain paste goes in pieces this size


_BODY_STYLE = r'<body style="[^"]*">'  # patterns compiled at first use, not at import


class ComposerEdit(QTextEdit):
    """Rich-text editor with paste cleaning and the few block formats the toolbar offers."""

    pasteCleaned = Signal(str)
    filesDropped = Signal(list)
    # The right-click menu on a misspelt word (composer/ui/spellmenu.py) asks through these;
    # the main window acts. fixRequested carries a spelling Finding whose fix is the chosen word.
    fixRequested = Signal(object)
    ignoreRequested = Signal(object)
    addWordRequested = Signal(str)
    # Undo or redo of a fix brought these words back (UTF-16 positions): shown to read
    # again, never selected, so the next keystroke replaces nothing.
    # A redo of a removal fix also says so (True): its sentence is to be read again.
    fixRestored = Signal(int, int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)  # Tab leaves the editor: keyboard users can reach the rest
        self.setAccessibleName(self.tr("Message text"))
        self.setAccessibleDescription(self.tr("Write the message to the buyer here."))
        self.setPlaceholderText(self.tr("Write your message to the buyer here…"))
        self.pasting = False
        self._paste: tuple[QTextCursor, list[str], str] | None = None
        # Set by the main window: the spelling finding under a document position, and a pure
        # function giving suggestions for a word (run off the UI thread by the menu).
        self.spelling_at: Callable[[int], Finding | None] | None = None
        self.suggest: Callable[[str], list[str]] | None = None
        self.last_menu: QMenu | None = None
        self.last_spelling: object | None = None  # the spelling items of the last menu (tests)
        # Undo levels before a fix: the text then, and the words Ctrl+Z brings back; and
        # the levels after one that was undone: the text then, and the words Redo brings.
        self._fix_marks: dict[int, tuple[int, int, int]] = {}
        self._redo_marks: dict[int, tuple[int, int, int]] = {}
        # Where a fix took words out (set after the fix), until the caret moves or a key is
        # typed: the first text typed there is kept apart from the words beside it.
        self.fix_point: int | None = None
        self.cursorPositionChanged.connect(self._left_fix_point)
        self.document().setDocumentMargin(14)
        # Qt records the margin change as an undo step; a new message starts with none.
        self.document().clearUndoRedoStacks()

    # --- a draft or a file: one block a line, a paragraph gap a blank line -----------------
    def setHtml(self, text: str) -> None:
        super().setHtml(text)
        self._space_all(gaps=True)

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        self._space_all()

    def clear(self) -> None:
        super().clear()
        self._space_all()

    def _space_all(self, gaps: bool = False) -> None:
        """Space every block as a line (``gaps``: HTML's paragraph gaps become blank lines
        first), as no undo step: the text was just replaced."""
        document = self.document()
        self._fix_marks.clear()
        self._redo_marks.clear()
        document.setUndoRedoEnabled(False)  # also empties the stacks, as setHtml did
        if gaps:
            blank_lines_for_gaps(document)
        space_paragraphs(document)
        document.setUndoRedoEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return in an empty line makes another line, formatted like the rest.

        Qt's Return in an empty block resets the block's format instead of splitting it
        (that is how it ends a list). Lists and headings keep Qt's behaviour; a list
        begun, ended or split by a key gets the gap above and below it that it is sent with.
        """
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        if event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                           Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_CapsLock):
            # Shift held for a capital is no text: the point a fix left still holds.
            super().keyPressEvent(event)
            return
        at, self.fix_point = self.fix_point, None
        if at is not None and self._type_at_fix_point(at, event):
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.isReadOnly():
            self.undo()  # Qt's own undo would not show what a fix's undo brings back
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Redo) and not self.isReadOnly():
            self.redo()
            event.accept()
            return
        cursor = self.textCursor()
        block = cursor.block()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and not self.isReadOnly() and not cursor.hasSelection()
                and block.length() == 1 and block.textList() is None
                and not block.blockFormat().headingLevel()):
            cursor.insertBlock(paragraph_block_format(), cursor.charFormat())
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            event.accept()
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace,
                            Qt.Key.Key_Delete) and not self.isReadOnly() and near_list(block)):
            # A list item begun or ended here: the list's gap above and below, as sent,
            # in the same undo step as the key.
            cursor.beginEditBlock()
            super().keyPressEvent(event)
            space_near(self.textCursor())
            cursor.endEditBlock()
            return
        super().keyPressEvent(event)

    def _left_fix_point(self) -> None:
        if self.fix_point is not None and self.textCursor().position() != self.fix_point:
            self.fix_point = None

    def _type_at_fix_point(self, at: int, event: QKeyEvent) -> bool:
        """The first text typed where a fix took words out, with a space where a letter
        would touch the word or the comma beside it ("visit ABC or", never "visit ABCor";
        "Dear {name}, Enjoy", never "Dear {name},Enjoy"); punctuation
        goes to the word on its left ("review! Reply", not "review !Reply"). False when
        the key is no such text (Qt handles it as usual)."""
        from PySide6.QtCore import Qt

        text = event.text()
        cursor = self.textCursor()
        if (self.isReadOnly() or cursor.hasSelection() or cursor.position() != at
                or not text or not text.isprintable() or text[0].isspace()
                or event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.AltModifier)):
            return False
        document = self.document()

        def char(position: int) -> str:
            inside = 0 <= position < document.characterCount() - 1
            return document.characterAt(position) if inside else ""

        before, after = char(at - 1), char(at)
        word = text[0].isalnum()
        cursor.beginEditBlock()
        # The space after goes in first: the block then ends with the typed text, and
        # the keys that follow join it, one undo step with it ("k" was left alone).
        if after.isalnum():
            cursor.insertText(" ")
            cursor.movePosition(QTextCursor.MoveOperation.Left)
        if word and before and (before.isalnum() or before in ",;:.!?…"):  # "Dear {name}, Enjoy"
            cursor.insertText(" ")
        elif not word and before == " " and char(at - 2).isalnum():
            cursor.deletePreviousChar()  # "review !" reads "review!"
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.fix_point = None  # setTextCursor may not move it past the point: done once
        return True

    # --- undoing a fix -------------------------------------------------------------------------
    def remember_fix(self, start: int, end: int, removal: bool = False) -> None:
        """Called just before a fix: the Ctrl+Z that undoes it puts the cursor after
        ``start``–``end`` (UTF-16 positions now), the words it brings back, and has them
        shown to read again (``fixRestored``). A ``removal`` (a fix that may leave a
        sentence to read again) is said to be one again when Ctrl+Shift+Z redoes it.

        Qt's undo only puts the cursor where the change was. The mark holds while the
        document is back at this undo level with this very text.
        """
        document = self.document()
        marks = self._fix_marks
        marks[document.availableUndoSteps()] = (hash(document.toPlainText()), start, end,
                                                removal)
        while len(marks) > 100:
            del marks[next(iter(marks))]

    def undo(self) -> None:
        """Undo; after a fix's undo the cursor sits after the words it brought back, which
        are shown to read again, not selected (Edit › Undo, Ctrl+Z, the right-click menu)."""
        document = self.document()
        after, level = document.toPlainText(), document.availableUndoSteps()
        super().undo()
        mark = self._fix_marks.get(document.availableUndoSteps())
        before = document.toPlainText()
        if mark is None or mark[0] != hash(before):
            return
        from composer.policy.tidy import changed_part
        from composer.ui.docedits import utf16_length

        # The fix's own words, for a redo; a removal that capitalised the word now
        # beginning the sentence ("… and we" → "We") is still a removal there.
        pair = (before, after)
        if mark[3] and len(before.lower()) == len(before) and len(after.lower()) == len(after):
            pair = (before.lower(), after.lower())
        head, tail = changed_part(*pair)
        first, last = head, len(after) - tail
        while first < last and after[first].isspace():
            first += 1
        while last > first and after[last - 1].isspace():
            last -= 1
        if last > first:  # whole words: "brok|en|" is "broken"
            while first > 0 and after[first - 1].isalnum():
                first -= 1
            while last < len(after) and after[last].isalnum():
                last += 1
        start = utf16_length(after[:first])
        self._redo_marks[level] = (hash(after), start, start + utf16_length(after[first:last]),
                                   mark[3])
        self._show_restored(mark[1], mark[2])

    def redo(self) -> None:
        """Redo; after a fix's redo the cursor sits after the words it put back, shown to
        read again like the fix's own (Edit › Redo, Ctrl+Shift+Z, the right-click menu)."""
        super().redo()
        document = self.document()
        mark = self._redo_marks.get(document.availableUndoSteps())
        if mark is not None and mark[0] == hash(document.toPlainText()):
            self._show_restored(mark[1], mark[2], mark[3])
            if mark[1] == mark[2]:  # a removal again: typing there keeps words apart
                self.fix_point = mark[2]

    def _show_restored(self, start: int, end: int, removal: bool = False) -> None:
        cursor = self.textCursor()
        cursor.setPosition(end)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.fixRestored.emit(start, end, removal)

    def paste_plain(self) -> None:
        """Edit › Paste as Plain Text: the clipboard's words, without any formatting."""
        from PySide6.QtGui import QGuiApplication

        if self.isReadOnly():
            return
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not text and mime is not None and mime.hasHtml():  # formatted text alone
            from composer.ui.pasteclean import html_to_words

            text = html_to_words(mime.html())
        if not text:
            self.pasteCleaned.emit(
                self.tr("Nothing pasted: the clipboard holds a picture, no text. Attach "
                        "pictures as files.") if mime is not None and mime.hasImage() else
                self.tr("Nothing pasted: the clipboard holds no text."))
            return
        from PySide6.QtCore import QMimeData

        source = QMimeData()
        source.setText(text)
        self.insertFromMimeData(source)

    # --- paste -----------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText() or source.hasUrls()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste rich text without the formatting Amazon forbids; plain text always works.

        Files dropped or pasted onto the editor become attachments, not text. A read-only
        editor takes nothing (Qt leaves that check to this method for Edit › Paste).
        """
        if self.isReadOnly():
            return
        files = [url.toLocalFile() for url in source.urls() if url.isLocalFile()] \
            if source.hasUrls() else []
        if files:
            self.filesDropped.emit(files)
            return
        from composer.ui.pasteclean import clean_fragment, heading_level_first

        cursor = self.textCursor()
        if source.hasHtml() and len(source.html()) <= MAX_RICH_PASTE_CHARS:
            fragment, report = clean_fragment(source.html())
            level = heading_level_first(fragment)
            cursor.beginEditBlock()
            if level and cursor.block().text()[:cursor.positionInBlock()].strip():
                cursor.insertBlock(paragraph_block_format(), cursor.charFormat())  # own line
            first = cursor.blockNumber()
            cursor.insertFragment(fragment)
            if level:  # Qt keeps the format of the block the paste lands in: not a heading's
                QTextCursor(self.document().findBlockByNumber(first)).setBlockFormat(
                    paragraph_block_format(level))
            # What the paste brought, and the list or line it landed in, spaced as sent.
            space_paragraphs(self.document(), max(0, first - 1), cursor.blockNumber() + 1)
            cursor.endEditBlock()
            summary = report.summary()
        elif source.hasText() or source.hasHtml():
            text = source.text() if source.hasText() else source.html()
            if len(text) > PASTE_PIECE_CHARS:
                self._paste_in_pieces(cursor, text, self.tr("Pasted as plain text.") if
                                      source.hasHtml() else "")
                return
            cursor.beginEditBlock()
            insert_paragraphs(cursor, text)
            cursor.endEditBlock()
            summary = self.tr("Pasted as plain text.") if source.hasHtml() else ""
        else:
            return
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        if summary:
            self.pasteCleaned.emit(summary)

    def _paste_in_pieces(self, cursor: QTextCursor, text: str, summary: str) -> None:
        """Take a very long paste in pieces, one per turn of the event loop.

        Qt needs about 0.5 s to take in 1 MB at once, which would freeze the window.
        The pieces form one undo step, and the editor is read-only until the last one
        is in, so nothing typed meanwhile lands in the middle of the paste.
        """
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        pieces = [text[i:i + PASTE_PIECE_CHARS] for i in range(0, len(text), PASTE_PIECE_CHARS)]
        pieces.reverse()
        self._paste = (cursor, pieces, summary)
        self.setReadOnly(True)
        self.pasting = True
        cursor.beginEditBlock()
        cursor.insertText(pieces.pop())
        cursor.endEditBlock()
        QTimer.singleShot(0, self._next_piece)

    def _next_piece(self) -> None:
        if self._paste is None:
            return
        cursor, pieces, summary = self._paste
        if pieces:
            cursor.joinPreviousEditBlock()
            cursor.insertText(pieces.pop())
            cursor.endEditBlock()
        if pieces:
            QTimer.singleShot(0, self._next_piece)
            return
        self._paste = None
        self.pasting = False
        self.setReadOnly(False)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        if summary:
            self.pasteCleaned.emit(summary)

    def draft_html(self) -> str:
        """Qt's own HTML, to reopen a draft exactly, minus the editor's default font.

        Qt writes its default font on ``<body>``; read back, that becomes explicit font
        formatting on every character, which the styling rules would then report.
        """
        return re.sub(_BODY_STYLE, "<body>", self.toHtml(), count=1)

    def finish_paste(self) -> None:
        """Put the rest of a paste still coming in into place now (before the draft changes)."""
        while self._paste is not None:
            self._next_piece()

    # --- right-click ---------------------------------------------------------------------------
    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at viewport position ``pos``: spelling first, then editing."""
        from composer.ui.menufit import show_shortcuts

        menu = self.createStandardContextMenu(pos)
        show_shortcuts(menu)
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):  # through undo() above
                action.triggered.disconnect()
                action.triggered.connect(self.undo if action.objectName() == "edit-undo"
                                         else self.redo)
        position = self.cursorForPosition(pos).position()
        finding = None
        if self.spelling_at is not None:
            finding = self.spelling_at(position) or self.spelling_at(max(0, position - 1))
        if finding is not None:
            from composer.ui.spellmenu import SpellingActions

            self.last_spelling = SpellingActions(self, menu, finding, self.suggest)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from PySide6.QtCore import Qt  # not at import: the Qt namespace slows the first frame

        position, where = event.pos(), event.globalPos()
        if event.reason() == event.Reason.Keyboard:
            # Menu key or Shift+F10: the word at the text cursor, not under the mouse.
            position = self.cursorRect().center()
            where = self.viewport().mapToGlobal(position)
        menu = self.context_menu_at(position)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_menu = menu
        from composer.ui.menufit import open_at_word

        # popup, not exec(): suggestions may arrive while it is open
        open_at_word(self, menu, position, where.x())

    # --- formatting commands (the toolbar calls these) ---------------------------------------
    def set_bold(self, on: bool) -> None:
        from PySide6.QtGui import QFont

        self._merge(weight=QFont.Weight.Bold if on else QFont.Weight.Normal)

    def set_italic(self, on: bool) -> None:
        self._merge(italic=on)

    def set_underline(self, on: bool) -> None:
        self._merge(underline=on)

    def _merge(self, weight: QFont.Weight | None = None, italic: bool | None = None,
               underline: bool | None = None) -> None:
        from PySide6.QtGui import QTextCharFormat

        fmt = QTextCharFormat()
        if weight is not None:
            fmt.setFontWeight(weight)
        if italic is not None:
            fmt.setFontItalic(italic)
        if underline is not None:
            fmt.setFontUnderline(underline)
        # With a selection this formats it; without, it sets the format for what is typed next.
        self.mergeCurrentCharFormat(fmt)

    def set_list(self, style: QTextListFormat.Style | None) -> None:
        """Put the selected paragraphs in a list of ``style``, or take them out (None)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if style is None:
            if current is not None:
                for block in _selected_blocks(cursor):
                    lst = block.textList()
                    if lst is not None:
                        lst.remove(block)
                    fmt = block.blockFormat()
                    fmt.setIndent(0)
                    top, bottom = block_margins(0)  # a paragraph again: spaced as one
                    fmt.setTopMargin(top)
                    fmt.setBottomMargin(bottom)
                    QTextCursor(block).setBlockFormat(fmt)
        else:
            self._set_heading_on(cursor, 0)
            if current is not None:
                fmt = current.format()
                fmt.setStyle(style)
                current.setFormat(fmt)
            else:
                from PySide6.QtGui import QTextListFormat

                list_format = QTextListFormat()
                list_format.setStyle(style)
                cursor.createList(list_format)
        blocks = _selected_blocks(cursor)  # and their neighbours: the list's gap, as sent
        space_paragraphs(self.document(), max(0, blocks[0].blockNumber() - 1),
                         blocks[-1].blockNumber() + 1)
        cursor.endEditBlock()
        self.setTextCursor(self.textCursor())

    def set_heading(self, level: int) -> None:
        """Make the selected paragraphs a heading of ``level`` (1–3), or normal text (0)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if level:
            for block in _selected_blocks(cursor):
                lst = block.textList()
                if lst is not None:
                    lst.remove(block)
        self._set_heading_on(cursor, level)
        cursor.endEditBlock()

    @staticmethod
    def _set_heading_on(cursor: QTextCursor, level: int) -> None:

        for block in _selected_blocks(cursor):
            block_cursor = QTextCursor(block)
            fmt = block.blockFormat()
            fmt.setHeadingLevel(level)
            top, bottom = block_margins(level)  # spaced as the buyer's view spaces it
            fmt.setTopMargin(top)
            fmt.setBottomMargin(bottom)
            if level:
                fmt.setIndent(0)
            block_cursor.setBlockFormat(fmt)
            block_cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            if block.length() > 1:
                block_cursor.setPosition(block.position())
                block_cursor.setPosition(block.position() + block.length() - 1,
                                         QTextCursor.MoveMode.KeepAnchor)
                block_cursor.mergeCharFormat(heading_char_format(level))
        cursor.mergeBlockCharFormat(heading_char_format(level))


_BLANK_LINES = r"\n[ \t\u00a0]*\n[\s\u00a0]*"


def insert_paragraphs(cursor: QTextCursor, text: str) -> None:
    """Insert plain text as typed: each line a line, a run of blank lines one blank line.

    Pasted into a list, each paragraph (lines apart by a blank line) is an item, its
    lines kept as line breaks inside it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = re.split(_BLANK_LINES, text)
    in_list = cursor.block().textList() is not None
    if in_list:
        pieces = ["\u2028".join(paragraph.split("\n")) for paragraph in paragraphs]
    else:
        pieces = "\n\n".join(paragraphs).split("\n")
    for number, piece in enumerate(pieces):
        if number:
            if in_list:
                cursor.insertBlock()  # the next item of the list the seller pasted into
            else:
                cursor.insertBlock(paragraph_block_format(), cursor.charFormat())
        cursor.insertText(piece)


def _selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    """Every block the selection touches (just the cursor's block when nothing is selected)."""
    doc = cursor.document()
    start = doc.findBlock(cursor.selectionStart())
    end = doc.findBlock(cursor.selectionEnd())
    blocks = []
    block = start
    while block.isValid():
        blocks.append(block)
        if block == end:
            break
        block = block.next()
    return blocks

