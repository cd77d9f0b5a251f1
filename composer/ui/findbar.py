"""Find in the message (Ctrl+F): a bar under the editor, Enter for the next match.

Case is ignored. Esc closes the bar and gives the focus back to the editor, with the
found words selected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit, QWidget


class FindBar(QWidget):
    """A search field with Previous, Next and Close, for one editor."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("find-bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        label = QLabel(self.tr("&Find:"), self)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Words in the message"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Find in the message"))
        label.setBuddy(self.field)
        self.count = QLabel(self)
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        close = QPushButton(self.tr("Close"), self)
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        for widget in (label, self.field, self.count, self.previous_button,
                       self.next_button, close):
            row.addWidget(widget, 1 if widget is self.field else 0)
        self.field.textChanged.connect(lambda _text: self.find(from_start=True))
        self.field.installEventFilter(self)
        self.next_button.clicked.connect(lambda: self.find())
        self.previous_button.clicked.connect(lambda: self.find(backward=True))
        close.clicked.connect(self.close_bar)
        self.hide()

    def open(self) -> None:
        """Show the bar with the editor's selection (if any) as the words to find."""
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the field: Esc closes, Shift+Enter finds backwards (the field eats both)."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                backward = bool(event.modifiers()  # type: ignore[attr-defined]
                                & Qt.KeyboardModifier.ShiftModifier)
                self.find(backward=backward)
                return True
        return super().eventFilter(watched, event)

    def find(self, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next (or previous) match, going round at the end; say how many."""
        words = self.field.text()
        document = self.editor.document()
        total = self._count(words)
        self.count.setText("" if not words else
                           self.tr("Not found") if not total else
                           self.tr("%n found", "", total))
        if not words or not total:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        cursor = self.editor.textCursor()
        if from_start or backward:  # not the match already selected
            cursor.setPosition(cursor.selectionStart())
        found = document.find(words, cursor, flags)
        if found.isNull():  # round to the other end
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(words, start, flags)
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        return True

    def _count(self, words: str) -> int:
        if not words:
            return 0
        return self.editor.document().toPlainText().lower().count(words.lower())
