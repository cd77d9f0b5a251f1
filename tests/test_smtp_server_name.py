"""A mistyped mail server name is said plainly and not queued; only a computer that is
really offline has its message wait in the Outbox. No network: the names are looked up in
a fake resolver."""

from __future__ import annotations

import socket

import pytest

from composer.export import smtp
from composer.export.eml import build_eml
from composer.export.keychain import Passwords, session_passwords
from composer.export.smtp import SendError, SmtpConfig, check_connection, send_eml
from composer.message.header import Header
from tests.smtpserver import HOST, PASSWORD, USER, smtp_server
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abc@marketplace.amazon.com"
TYPO = "smtp.gmial.com"
SAID = ("Could not find the mail server “smtp.gmial.com”. Check the server name in "
        "Settings › Sending.")


class FakeNetwork:
    """Knows a few names; says whether this computer can look names up at all."""

    def __init__(self, known: tuple[str, ...] = (), online: bool = True,
                 error: int = socket.EAI_NONAME) -> None:
        self.known, self.online, self.error = known, online, error
        self.asked: list[str] = []

    def resolve(self, host: str, port: int) -> None:
        self.asked.append(host)
        if host not in self.known:
            raise socket.gaierror(self.error, "Name or service not known")

    def names_resolve(self) -> bool:
        return self.online


def mail() -> bytes:
    return build_eml(to=ALIAS, subject="Your parcel", plain="Hello\n", html="<p>Hello</p>",
                     from_address="shop@example.com", unsent=False)


def config(network: FakeNetwork, host: str = TYPO, **changes) -> SmtpConfig:
    values = dict(host=host, port=587, security="starttls", user=USER, password=PASSWORD,
                  timeout=5.0, network=network)
    values.update(changes)
    return SmtpConfig(**values)


def test_a_name_that_does_not_resolve_is_said_plainly_and_not_retried() -> None:
    network = FakeNetwork(online=True)
    with pytest.raises(SendError) as caught:
        send_eml(config(network), mail())
    assert str(caught.value) == SAID
    assert caught.value.kind == "server-name" and not caught.value.retryable
    assert network.asked == [TYPO]


def test_test_connection_says_the_same() -> None:
    with pytest.raises(SendError) as caught:
        check_connection(config(FakeNetwork(online=True)))
    assert str(caught.value) == SAID and not caught.value.retryable


@pytest.mark.parametrize("network", [
    FakeNetwork(online=False),  # no name resolves: the computer is offline
    FakeNetwork(online=True, error=socket.EAI_AGAIN),  # the name server did not answer now
])
def test_offline_is_still_no_connection_and_retried(network: FakeNetwork) -> None:
    with pytest.raises(SendError) as caught:
        send_eml(config(network), mail())
    assert caught.value.kind == "network" and caught.value.retryable
    assert "Check the server name" not in str(caught.value)


def test_a_name_that_resolves_is_sent_to() -> None:
    network = FakeNetwork(known=(HOST,))
    with smtp_server(auth=True) as (inbox, port):
        send_eml(config(network, host=HOST, port=port, security="none"), mail())
    assert network.asked == [HOST] and len(inbox.messages) == 1


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from composer.ui.settingsdialog import SettingsDialog

    monkeypatch.setattr(SettingsDialog, "exec", lambda _dialog: 0)  # never wait on a dialog
    win = make_window(qtbot, tmp_path / "data")
    win.informed = []
    win.export.sending.inform = lambda kind, title, text: win.informed.append((kind, text))
    win.export.confirm = lambda route, lines: True  # Send asks first: the seller says yes
    win.opened_settings = []
    win.export.sending.settingsRequested.connect(win.opened_settings.append)
    settings = win.settings
    settings.set("smtp_host", TYPO)
    settings.set("smtp_port", 587)
    settings.set("smtp_security", "starttls")
    settings.set("smtp_user", USER)
    settings.set("from_address", "shop@example.com")
    session_passwords().set(TYPO, USER, PASSWORD, remember=False)
    win.load_sample(Header(to=ALIAS, order_id="113-4567890-1234567", subject="Your parcel"),
                    "<p>Hello,</p><p>Your parcel left this morning.</p>")
    win.check_now()
    return win


def send(qtbot, window) -> None:
    window.export.export("smtp")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)


def test_send_to_a_mistyped_server_says_so_and_queues_nothing(window, qtbot,
                                                              monkeypatch) -> None:
    monkeypatch.setattr(smtp, "NETWORK", FakeNetwork(online=True))
    send(qtbot, window)
    [(kind, text)] = window.informed
    assert kind == "failed" and text == SAID  # not "no connection", not "waits in the Outbox"
    assert window.store.outbox() == [] and window.store.sent_log() == []
    assert window.export.bar.log_action.text() == "Sent log"
    assert not window.export.sending.retry_timer.isActive()
    assert window.opened_settings == ["sending"]  # where the name is corrected


def test_send_while_really_offline_waits_in_the_outbox(window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(smtp, "NETWORK", FakeNetwork(online=False))
    send(qtbot, window)
    [(kind, text)] = window.informed
    assert kind == "offline" and "Saved in the Outbox" in text
    assert len(window.store.outbox()) == 1
    assert window.export.sending.retry_timer.isActive()


def test_settings_test_connection_names_the_mistyped_server(qtbot, tmp_path,
                                                            monkeypatch) -> None:
    from composer.appdata.settings import Settings
    from composer.ui.sendingsettings import SendingSettingsPage

    monkeypatch.setattr(smtp, "NETWORK", FakeNetwork(online=True))
    shown = SendingSettingsPage(Settings(tmp_path / "data"), Passwords(use_keychain=False))
    qtbot.addWidget(shown)
    shown.host.setText(TYPO)
    shown.user.setText(USER)
    shown.password.setText(PASSWORD)
    shown.test_button.click()
    qtbot.waitUntil(lambda: shown.test_button.isEnabled(), timeout=10_000)
    assert shown.test_result.text() == f"✖ {SAID}"


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_the_words_exist_in_every_language(language: str) -> None:
    from composer.l10n.catalog import Catalog

    said = Catalog(language).say(SAID)
    assert said != SAID and TYPO in said
