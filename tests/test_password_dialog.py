"""The e-mail password question fits a 1024×700 screen in every language.

Sending asks for the password when none is kept; the question said where the password is
kept, on one line: in German the dialog was about 1,300 px wide, its field and its buttons
past the screen's right edge. Its words now wrap.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit

from composer.export.smtp import SmtpConfig
from composer.words import Words
from tests.uihelpers import app_language, make_window

SCREEN = (1024, 700)
# The longest note: the only keyring found keeps passwords in a file, so it is not used.
KEYRING = "keyrings.alt.file.EncryptedKeyring"


class FileKeyring:
    """Passwords as a computer whose only keyring keeps them in a file."""

    def where_text(self, language: str = "en") -> str:
        return Words("export", language)("keychain.refused", store=KEYRING)


@pytest.fixture(params=["en", "de", "fr", "es", "it"])
def language(request, qapp):
    with app_language(qapp, request.param) as chosen:
        yield chosen


def while_shown(qtbot, ask, measure):
    """Call ``ask``, which shows a modal dialog; ``measure`` it once shown, then cancel it."""
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        for _ in range(3):
            QApplication.processEvents()
        seen.update(measure(dialog))
        dialog.reject()

    QTimer.singleShot(0, look)
    answer = ask()
    return answer, seen


def cut_off(dialog: QDialog) -> list[str]:
    """What of the dialog is outside it, or shown shorter or narrower than its words."""
    found = []
    room = dialog.rect()
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if not room.contains(QRect(label.mapTo(dialog, QPoint(0, 0)), label.size())):
            found.append(f"outside: {label.text()[:40]}")
        if label.wordWrap() and label.height() < label.heightForWidth(label.width()):
            found.append(f"cut: {label.text()[:40]}")
        if not label.wordWrap() and label.width() < label.sizeHint().width():
            found.append(f"cut: {label.text()[:40]}")
    for part in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit):
        if part.isVisible() and not room.contains(
                QRect(part.mapTo(dialog, QPoint(0, 0)), part.size())):
            found.append(f"outside: {type(part).__name__} {getattr(part, 'text', str)()}")
    return found


def test_the_password_question_wraps_to_fit_the_screen(language, qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.resize(*SCREEN)
    flow = window.export.sending
    flow.passwords = FileKeyring()
    config = SmtpConfig(host="smtp.example-mail-provider.com", port=587, security="starttls",
                        user="anna.mueller@example-shop.de", password="")

    def measure(dialog: QDialog) -> dict[str, object]:
        return {"size": (dialog.frameGeometry().width(), dialog.frameGeometry().height()),
                "cut": cut_off(dialog),
                "words": " ".join(label.text() for label in dialog.findChildren(QLabel))}

    answer, seen = while_shown(qtbot, lambda: flow.ask_password(config), measure)
    assert answer is None  # cancelled
    width, height = seen["size"]
    assert width <= SCREEN[0] and height <= SCREEN[1], (language, seen["size"])
    assert seen["cut"] == [], (language, seen["cut"])
    words = " ".join(str(seen["words"]).split())
    assert "anna.mueller@example-shop.de" in words and KEYRING in words


def test_the_password_typed_is_the_answer(qtbot, tmp_path, monkeypatch) -> None:
    from composer.ui import passworddialog

    window = make_window(qtbot, tmp_path / "data")
    flow = window.export.sending
    config = SmtpConfig(host="smtp.example.com", port=587, security="starttls", user="me",
                        password="")

    def typed(dialog) -> int:
        dialog.password.setText("s3cret")
        return 1

    monkeypatch.setattr(passworddialog.PasswordDialog, "exec", typed)
    assert flow.ask_password(config) == "s3cret"
    monkeypatch.setattr(passworddialog.PasswordDialog, "exec", lambda dialog: 0)
    assert flow.ask_password(config) is None
