"""Asking for an e-mail password in a small dialog whose words wrap, on any screen.

Qt's own text question (QInputDialog) writes its words on one line: with the note on where
the password is kept ("… keeps it only in memory, never in a file"), the German question
was about 1,300 px wide, wider than a 1024 px screen, its buttons off the edge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

WIDTH = 480  # px: the question and the note wrap at this width (less on a narrower screen)
NOTE_STYLE = "color: #546e7a;"


class PasswordDialog(QDialog):
    """A question, an optional note under it, a password field, OK and Cancel."""

    def __init__(self, parent: QWidget | None, title: str, question: str,
                 note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.question)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(question)
        self.password.setAccessibleDescription(note)
        self.question.setBuddy(self.password)
        layout.addWidget(self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = WIDTH
        screen = (parent.screen() if parent is not None else self.screen())
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
        self.setMinimumWidth(min(width, 320))
        self.resize(width, self.heightForWidth(width))
        self.password.setFocus()


def ask_password(parent: QWidget | None, title: str, question: str,
                 note: str = "") -> str | None:
    """The password typed, or None when the seller cancelled or typed nothing."""
    dialog = PasswordDialog(parent, title, question, note)
    try:
        if dialog.exec() and dialog.password.text():
            return dialog.password.text()
        return None
    finally:
        dialog.deleteLater()
