"""Check mailbox in a real window against a real Dovecot: Settings › Receiving, the check
in the background with Cancel, and no network said in one line."""

from __future__ import annotations

import pytest

from composer.export.keychain import session_passwords
from tests.imapserver import HOST, PASSWORD, USER, dovecot, free_port
from tests.test_inbox_imap import amazon
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(scope="module")
def server():
    with dovecot() as running:
        for number in range(30):
            running.add(amazon(number))
        yield running


@pytest.fixture
def window(qtbot, tmp_path, server, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", server.cafile)  # trust the test's certificate
    win = make_window(qtbot, tmp_path / "data")
    for key, value in (("imap_host", HOST), ("imap_port", server.port),
                       ("imap_user", USER), ("imap_security", "ssl")):
        win.settings.set(key, value)
    session_passwords().set(HOST, USER, PASSWORD, remember=False)
    yield win
    session_passwords().forget_session(HOST, USER)


def test_check_mailbox_brings_the_messages_in_without_blocking(window, qtbot):
    window.inbox.open_list()
    window.inbox.dialog.check_button.click()
    assert window.inbox.mailbox.running
    assert window.inbox.dialog.check_button.text() == "&Cancel check"
    assert window.inbox.mailbox.bar.isVisibleTo(window)
    qtbot.keyClicks(window.editor, "typing goes on")  # the window still takes keys
    qtbot.waitUntil(lambda: not window.inbox.mailbox.running, timeout=30_000)
    assert window.store.inbox_count() == 30
    assert window.statusBar().currentMessage() == "30 new e-mails from Amazon in your mailbox."
    assert window.inbox.dialog.check_line.text() == window.statusBar().currentMessage()
    assert len(window.inbox.dialog.rows) == 30
    assert "typing goes on" in window.editor.toPlainText()
    window.inbox.check_mailbox()
    qtbot.waitUntil(lambda: not window.inbox.mailbox.running, timeout=30_000)
    assert window.statusBar().currentMessage() == "No new buyer messages in your mailbox."


def test_cancel_keeps_the_window_and_the_store_as_they_were(window, qtbot):
    window.inbox.check_mailbox()
    window.inbox.mailbox.cancel_button.click()
    qtbot.waitUntil(lambda: not window.inbox.mailbox.running, timeout=30_000)
    assert window.statusBar().currentMessage().startswith("Mailbox check cancelled; 0 new")
    assert window.store.inbox_count() == 0
    assert not window.inbox.mailbox.bar.isVisibleTo(window)


def test_no_network_is_one_line_and_work_goes_on(window, qtbot):
    window.settings.set("imap_port", free_port())  # nothing listens there
    window.inbox.check_mailbox()
    qtbot.waitUntil(lambda: not window.inbox.mailbox.running, timeout=30_000)
    line = window.statusBar().currentMessage()
    assert line.startswith("No connection to your mail server") and "\n" not in line
    qtbot.keyClicks(window.editor, "still here")
    assert "still here" in window.editor.toPlainText()


def test_a_wrong_password_is_asked_again_next_time(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    session_passwords().set(HOST, USER, "wrong", remember=False)
    window.inbox.check_mailbox()
    qtbot.waitUntil(lambda: not window.inbox.mailbox.running, timeout=30_000)
    assert "refused the user name or password" in window.statusBar().currentMessage()
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(a[2]), (PASSWORD, True))[1])
    window.inbox.check_mailbox()
    qtbot.waitUntil(lambda: not window.inbox.mailbox.running, timeout=30_000)
    assert asked == [f"Password for {USER} on {HOST}:"]
    assert window.store.inbox_count() == 30


def test_settings_receiving_saves_the_mailbox_and_keeps_the_password_out(window, qtbot,
                                                                          monkeypatch):
    import json

    from composer.ui.settingsdialog import SettingsDialog

    monkeypatch.setattr(SettingsDialog, "exec", lambda self: 0)
    dialog = SettingsDialog(window.settings, window)
    dialog.show_page("receiving")
    page = dialog.receiving
    assert dialog.pages.currentWidget().widget() is page  # in its scroll area
    page.port.setValue(993)
    page.host.setText("imap.brightlamp.example")
    page.user.setText("orders@brightlamp.example")
    page.security.setCurrentIndex(page.security.findData("starttls"))
    assert page.port.value() == 143  # the usual port follows the security choice
    page.password.setText("secret words")
    page.remember.setChecked(False)
    dialog.accept()
    assert window.settings.get("imap_host") == "imap.brightlamp.example"
    assert window.settings.get("imap_security") == "starttls"
    assert session_passwords().get("imap.brightlamp.example",
                                   "orders@brightlamp.example") == "secret words"
    saved = json.dumps(json.loads((window.data_dir / "settings.json").read_text()))
    assert "secret words" not in saved
