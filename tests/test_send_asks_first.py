"""Send asks first, every time: "Send to <alias> now?" with the order and the subject.

Found in a walkthrough: Ctrl+Return while writing mailed a half-finished reply to the
buyer at once, with no question.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from composer.export.keychain import session_passwords
from composer.message.header import Header
from tests.smtpserver import HOST, PASSWORD, USER, smtp_server
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abc@marketplace.amazon.com"
ORDER = "113-4567890-1234567"
GOOD = "<p>Hello,</p><p>Your parcel left our warehouse this morning.</p>"


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.export.sending.inform = lambda kind, title, text: pytest.fail(f"{kind}: {text}")
    win.load_sample(Header(to=ALIAS, order_id=ORDER, subject="Your parcel"), GOOD)
    win.check_now()
    return win


def configure(window, port: int) -> None:
    for key, value in (("smtp_host", HOST), ("smtp_port", port), ("smtp_security", "none"),
                       ("smtp_user", USER), ("from_address", "shop@example.com")):
        window.settings.set(key, value)
    session_passwords().set(HOST, USER, PASSWORD, remember=False)


def answer_with(monkeypatch, asked: list[QMessageBox], press) -> None:
    def fake_exec(box: QMessageBox) -> int:
        asked.append(box)
        press(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def click(text: str):
    return lambda box: next(b for b in box.buttons() if b.text() == text).click()


def send_and_wait(qtbot, window, asked) -> None:
    window.export.export("smtp")
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)


def test_the_question_names_the_buyer_the_order_and_the_subject(window, qtbot, monkeypatch):
    asked: list[QMessageBox] = []
    answer_with(monkeypatch, asked, click("Cancel"))
    with smtp_server(auth=True) as (inbox, port):
        configure(window, port)
        send_and_wait(qtbot, window, asked)
    [box] = asked
    assert box.text() == f"Send to {ALIAS} now?"
    assert ORDER in box.informativeText() and "Your parcel" in box.informativeText()
    assert box.defaultButton().text() == "Send"
    assert box.escapeButton().text() == "Cancel"
    assert inbox.messages == []
    assert window.store.outbox() == [] and window.store.sent_log() == []


def test_send_in_the_question_sends(window, qtbot, monkeypatch):
    asked: list[QMessageBox] = []
    answer_with(monkeypatch, asked, click("Send"))
    with smtp_server(auth=True) as (inbox, port):
        configure(window, port)
        send_and_wait(qtbot, window, asked)
        qtbot.waitUntil(lambda: bool(inbox.messages), timeout=15_000)
    assert len(asked) == 1 and len(inbox.messages) == 1
    assert [r.route for r in window.store.sent_log()] == ["smtp"]


@pytest.mark.parametrize(("key", "sent"), [(Qt.Key.Key_Return, 1), (Qt.Key.Key_Escape, 0)])
def test_ctrl_return_asks_and_enter_sends_escape_does_not(window, qtbot, monkeypatch, key,
                                                          sent):
    asked: list[QMessageBox] = []

    def press(box: QMessageBox) -> None:
        box.show()
        qtbot.waitExposed(box)
        qtbot.keyClick(box, key)

    answer_with(monkeypatch, asked, press)
    with smtp_server(auth=True) as (inbox, port):
        configure(window, port)
        window.activateWindow()
        window.editor.setFocus()
        qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)
        if sent:
            qtbot.waitUntil(lambda: bool(inbox.messages), timeout=15_000)
    assert len(asked) == 1 and len(inbox.messages) == sent
    assert len(window.store.sent_log()) == sent
    assert "Your parcel left" in window.editor.toPlainText()  # the key wrote nothing


def test_warnings_are_in_the_same_question(window, qtbot, monkeypatch):
    asked: list[QMessageBox] = []
    answer_with(monkeypatch, asked, click("Go back and edit"))
    window.header.subject.setText("")  # an e-mail with no subject: a warning to confirm
    window.check_now()
    with smtp_server(auth=True) as (inbox, port):
        configure(window, port)
        send_and_wait(qtbot, window, asked)
    [box] = asked
    assert box.text().startswith(f"Send to {ALIAS} now?")
    assert "subject is empty" in box.informativeText()
    assert box.defaultButton().text() == "Go back and edit"
    assert inbox.messages == []
