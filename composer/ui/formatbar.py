"""The formatting toolbar: only what Amazon's styling rules allow; states follow the cursor.

No font, colour, size or alignment controls on purpose: Amazon blocks
messages that change them (POLICY.md §4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from composer.ui.editor import ComposerEdit
from composer.ui.icons import Icon, when_ready
from composer.ui.windowparts import named_action

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat


class FormatActions(QObject):
    """The editor's formatting actions. Their checked state mirrors the text at the cursor."""

    def __init__(self, editor: ComposerEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        self.undo = self._action(self.tr("Undo"), Icon.UNDO, QKeySequence.StandardKey.Undo,
                                 self.tr("Undo the last change"))
        self.redo = self._action(self.tr("Redo"), Icon.REDO, QKeySequence.StandardKey.Redo,
                                 self.tr("Redo what was undone"))
        self.bold = self._action(self.tr("Bold"), Icon.BOLD, QKeySequence.StandardKey.Bold,
                                 self.tr("Bold: for a word or two that must stand out"),
                                 checkable=True)
        self.italic = self._action(self.tr("Italic"), Icon.ITALIC,
                                   QKeySequence.StandardKey.Italic,
                                   self.tr("Italic"), checkable=True)
        self.underline = self._action(self.tr("Underline"), Icon.UNDERLINE,
                                      QKeySequence.StandardKey.Underline, self.tr("Underline"),
                                      checkable=True)
        self.bullets = self._action(self.tr("Bulleted list"), Icon.BULLETS, "Ctrl+Shift+8",
                                    self.tr("Bulleted list"), checkable=True)
        self.numbers = self._action(self.tr("Numbered list"), Icon.NUMBERS, "Ctrl+Shift+7",
                                    self.tr("Numbered list: good for steps"), checkable=True)
        self.headings = [
            self._action(self.tr("Heading {level}").format(level=level), icon, f"Ctrl+{level}",
                         self.tr("Heading 1 (largest)") if level == 1
                         else self.tr("Heading {level}").format(level=level), checkable=True)
            for level, icon in ((1, Icon.HEADING1), (2, Icon.HEADING2), (3, Icon.HEADING3))
        ]
        self.normal_text = self._action(self.tr("Normal text"), Icon.PARAGRAPH, "Ctrl+0",
                                        self.tr("Make the paragraph normal text again"))
        self._wire()
        if not editor.document().isEmpty():  # an empty editor leaves every button unchecked
            self.follow_cursor()  # (and reading its formats costs ~2 ms before the first paint)

    def _action(self, text: str, icon: Icon | None, shortcut: QKeySequence.StandardKey | str,
                tip: str, checkable: bool = False) -> QAction:
        action = named_action(text, self)
        action.setCheckable(checkable)
        keys = QKeySequence(shortcut)
        # setShortcuts, not setShortcut: resolving setShortcut's overloads builds PySide6's
        # whole Qt namespace (see FIRST_FRAME_NOTE in headerform.py). The default shortcut
        # context is the window.
        action.setShortcuts([keys])
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setStatusTip(tip)
        if icon is not None:
            when_ready(icon, action.setIcon)
        return action

    def _wire(self) -> None:
        editor = self.editor
        self.undo.triggered.connect(editor.undo)
        self.redo.triggered.connect(editor.redo)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        editor.undoAvailable.connect(self.undo.setEnabled)
        editor.redoAvailable.connect(self.redo.setEnabled)
        self.bold.triggered.connect(editor.set_bold)
        self.italic.triggered.connect(editor.set_italic)
        self.underline.triggered.connect(editor.set_underline)
        self.bullets.triggered.connect(lambda on: self._set_list(on, numbered=False))
        self.numbers.triggered.connect(lambda on: self._set_list(on, numbered=True))
        for level, action in enumerate(self.headings, start=1):
            action.triggered.connect(lambda on, lvl=level: editor.set_heading(lvl if on else 0))
        self.normal_text.triggered.connect(lambda: editor.set_heading(0))
        for action in (self.bullets, self.numbers, *self.headings, self.normal_text):
            action.triggered.connect(self.follow_cursor)
        editor.currentCharFormatChanged.connect(self._follow_char_format)
        editor.cursorPositionChanged.connect(self.follow_cursor)

    def _set_list(self, on: bool, *, numbered: bool) -> None:
        # Imported here, not at the top: see composer/ui/editor.py (first paint).
        from PySide6.QtGui import QTextListFormat

        style = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        self.editor.set_list(style if on else None)

    def _follow_char_format(self, fmt: QTextCharFormat) -> None:
        heading = self.editor.textCursor().blockFormat().headingLevel()
        # Headings are bold by their own style; the Bold button shows only the seller's bold.
        self.bold.setChecked(fmt.fontWeight() >= 600 and not heading)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline())

    def follow_cursor(self) -> None:
        """Check the buttons that describe the paragraph and text at the cursor."""
        from PySide6.QtGui import QTextListFormat

        cursor = self.editor.textCursor()
        self._follow_char_format(cursor.charFormat())
        current = cursor.currentList()
        style = current.format().style() if current is not None else None
        self.bullets.setChecked(style is not None and style != QTextListFormat.Style.ListDecimal)
        self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)
        level = cursor.blockFormat().headingLevel()
        for number, action in enumerate(self.headings, start=1):
            action.setChecked(level == number)

    def toolbar(self, parent: QWidget) -> QToolBar:
        bar = QToolBar(self.tr("Formatting"), parent)
        bar.setObjectName("formatting-toolbar")
        bar.setAccessibleName(self.tr("Formatting"))
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setIconSize(QSize(20, 20))
        # A toolbar shows icons only by default.
        for group in ((self.undo, self.redo), (self.bold, self.italic, self.underline),
                      (self.bullets, self.numbers), tuple(self.headings)):
            bar.addActions(list(group))
            bar.addSeparator()
        bar.addAction(self.normal_text)
        return bar

    def all_actions(self) -> list[QAction]:
        return [self.undo, self.redo, self.bold, self.italic, self.underline, self.bullets,
                self.numbers, *self.headings, self.normal_text]
