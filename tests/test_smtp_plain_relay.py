"""Plain SMTP for a relay on this computer or the seller's own network (issue 15, D2).

"None (local relay only)" sends unencrypted to a relay at a loopback or private
address; a password is never sent unencrypted to any other host. The relay is a real
SMTP server on loopback (tests/smtpserver.py); other hosts are named through a fake
resolver and never contacted.
"""

from __future__ import annotations

import pytest

from composer.export.eml import build_eml
from composer.export.smtp import SendError, SmtpConfig, check_connection, send_eml
from tests.smtpserver import HOST, PASSWORD, USER, smtp_server

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abc@marketplace.amazon.com"
REFUSED = "not sent without encryption"


class Resolver:
    """Gives each name the addresses it is told; says so if asked to connect."""

    def __init__(self, **names: list[str]) -> None:
        self.names = {name.replace("_", "."): found for name, found in names.items()}

    def resolve(self, host: str, port: int) -> None:
        assert host in self.names

    def names_resolve(self) -> bool:
        return True

    def addresses(self, host: str, port: int) -> list[str]:
        return self.names[host]


def mail() -> bytes:
    return build_eml(to=ALIAS, subject="Your delivery", plain="Hello,\nit left today.\n",
                     html="<p>Hello,<br>it left today.</p>", from_address="shop@example.com",
                     unsent=False)


def test_plain_relay_on_loopback_takes_the_message_with_a_password():
    with smtp_server(auth=True) as (inbox, port):
        send_eml(SmtpConfig("localhost", port, "none", USER, PASSWORD, timeout=5.0), mail())
    [(sender, recipients, _raw)] = inbox.messages
    assert (sender, recipients) == ("shop@example.com", [ALIAS])


def test_plain_relay_without_sign_in_on_the_own_network_is_allowed():
    for host in ("192.168.1.20", "10.0.0.5", "172.16.4.2", "fd00::25", "relay.lan"):
        assert SmtpConfig(host, 25, "none").problem() is None, host
    assert SmtpConfig("192.168.1.20", 25, "none", USER, PASSWORD).problem() is None


@pytest.mark.parametrize("host", ["203.0.113.7", "8.8.8.8", "2001:db8::25"])
def test_no_password_goes_unencrypted_to_an_outside_address(host):
    config = SmtpConfig(host, 25, "none", USER, PASSWORD, timeout=1.0)
    said = config.problem()
    assert said is not None and REFUSED in said and host in said
    for attempt in (lambda: send_eml(config, mail()), lambda: check_connection(config)):
        with pytest.raises(SendError, match=REFUSED) as caught:
            attempt()
        assert caught.value.kind == "config" and not caught.value.retryable


def test_a_name_is_judged_by_every_address_it_has():
    network = Resolver(mail_example_com=["203.0.113.7"],
                       relay_corp=["10.1.2.3", "198.51.100.4"])
    for host in ("mail.example.com", "relay.corp"):
        config = SmtpConfig(host, 25, "none", USER, PASSWORD, timeout=1.0, network=network)
        with pytest.raises(SendError, match=REFUSED):
            send_eml(config, mail())
        with pytest.raises(SendError, match=REFUSED):
            check_connection(config)


def test_a_local_name_with_a_password_reaches_the_relay_at_the_address_judged():
    network = Resolver(relay_shop=[HOST])  # the name exists only in this resolver
    with smtp_server(auth=True) as (inbox, port):
        config = SmtpConfig("relay.shop", port, "none", USER, PASSWORD, timeout=5.0,
                            network=network)
        check_connection(config)
        send_eml(config, mail())
    assert [recipients for _s, recipients, _r in inbox.messages] == [[ALIAS]]


def test_settings_offer_none_for_a_local_relay_with_a_warning(qtbot, tmp_path):
    from composer.appdata.settings import Settings
    from composer.export.keychain import Passwords
    from composer.ui.sendingsettings import SendingSettingsPage

    settings = Settings(tmp_path / "data")
    page = SendingSettingsPage(settings, Passwords(use_keychain=False))
    qtbot.addWidget(page)
    page.show()
    assert not page.plain_warning.isVisible()
    page.security.setCurrentIndex(page.security.findData("none"))
    assert page.security.currentText() == "None (local relay only)"
    assert page.plain_warning.isVisible() and "unencrypted" in page.plain_warning.text()
    assert page.port.value() == 25  # was the usual 587
    page.host.setText("127.0.0.1")
    page.apply()
    assert settings.get("smtp_security") == "none"

    again = SendingSettingsPage(Settings(tmp_path / "data"), Passwords(use_keychain=False))
    qtbot.addWidget(again)
    again.show()
    assert again.security.currentData() == "none" and again.plain_warning.isVisible()
    again.security.setCurrentIndex(again.security.findData("starttls"))
    assert not again.plain_warning.isVisible() and again.port.value() == 587


def test_test_connection_refuses_a_plain_password_to_an_outside_server(qtbot, tmp_path):
    from composer.appdata.settings import Settings
    from composer.export.keychain import Passwords
    from composer.ui.sendingsettings import SendingSettingsPage

    page = SendingSettingsPage(Settings(tmp_path / "data"), Passwords(use_keychain=False))
    qtbot.addWidget(page)
    page.security.setCurrentIndex(page.security.findData("none"))
    page.host.setText("203.0.113.7")
    page.user.setText(USER)
    page.password.setText(PASSWORD)
    page.test_connection()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=5000)
    assert REFUSED in page.test_result.text()
