"""Settings: a searchable time-zone drop-down; Sending has presets, Test connection, and
"Forget the password" only when one is saved (issue 15, "what a seller expects")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from composer.appdata.settings import Settings
from composer.export.keychain import Passwords
from composer.ui.sendingsettings import SendingSettingsPage, providers
from composer.ui.settingsdialog import SettingsDialog
from tests.smtpserver import HOST, PASSWORD, USER, smtp_server

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "data")


def page(qtbot, settings, passwords=None) -> SendingSettingsPage:
    shown = SendingSettingsPage(settings, passwords or Passwords(use_keychain=False))
    qtbot.addWidget(shown)
    return shown


def test_the_time_zone_is_a_drop_down_that_finds_a_city(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    box = dialog.zone_box
    assert isinstance(box, QComboBox) and box.isEditable()
    assert box.findText("Europe/Berlin") > 0 and box.findText("America/New_York") > 0
    completer = box.completer()
    completer.setCompletionPrefix("berlin")  # any part of the name, any case
    assert completer.currentCompletion() == "Europe/Berlin"
    box.setCurrentIndex(box.findText("Europe/Berlin"))
    dialog.accept()
    assert settings.get("time_zone") == "Europe/Berlin"


def test_a_preset_fills_server_port_and_security(qtbot, settings) -> None:
    shown = page(qtbot, settings)
    names = [p["name"] for p in providers()]
    assert any("Gmail" in n for n in names) and any("Outlook" in n for n in names)
    shown.provider.setCurrentIndex(shown.provider.findText("Yahoo Mail"))
    assert shown.host.text() == "smtp.mail.yahoo.com"
    assert shown.port.value() == 465 and shown.security.currentData() == "ssl"
    assert "app password" in shown.provider_hint.text()


def test_a_server_changed_by_hand_leaves_the_preset_and_its_note(qtbot, settings) -> None:
    shown = page(qtbot, settings)
    shown.provider.setCurrentIndex(shown.provider.findText("Yahoo Mail"))
    shown.host.setFocus()
    shown.host.selectAll()
    qtbot.keyClicks(shown.host, "127.0.0.1")
    assert shown.provider.currentData() is None
    assert shown.provider_hint.isHidden()
    assert shown.host.text() == "127.0.0.1"  # the typed server stays
    shown.provider.setCurrentIndex(shown.provider.findText("Yahoo Mail"))
    shown.port.setValue(2525)
    assert shown.provider.currentData() is None and shown.port.value() == 2525


def test_forget_is_offered_only_for_a_saved_password(qtbot, settings) -> None:
    settings.set("smtp_host", "smtp.example.com")
    settings.set("smtp_user", "me")
    passwords = Passwords(use_keychain=False)
    assert page(qtbot, settings, passwords).forget.isHidden()
    passwords.set("smtp.example.com", "me", "secret", remember=False)
    assert not page(qtbot, settings, passwords).forget.isHidden()


def test_test_connection_signs_in_and_says_so(qtbot, settings) -> None:
    with smtp_server(auth=True) as (inbox, port):
        shown = page(qtbot, settings)
        shown.host.setText(HOST)
        shown.port.setValue(port)
        shown.security.addItem("none", "none")  # loopback only, as the core allows
        shown.security.setCurrentIndex(shown.security.findData("none"))
        shown.user.setText(USER)
        shown.password.setText(PASSWORD)
        shown.test_button.click()
        qtbot.waitUntil(lambda: shown.test_button.isEnabled(), timeout=10_000)
        assert shown.test_result.text().startswith("✔ Connected")
        assert inbox.messages == []  # nothing was sent
        shown.password.setText("wrong")
        shown.test_button.click()
        qtbot.waitUntil(lambda: shown.test_button.isEnabled(), timeout=10_000)
        assert shown.test_result.text().startswith("✖")


def test_no_user_name_says_connected_without_sign_in(qtbot, settings) -> None:
    with smtp_server() as (_inbox, port):
        shown = page(qtbot, settings)
        shown.host.setText(HOST)
        shown.port.setValue(port)
        shown.security.setCurrentIndex(shown.security.findData("none"))
        shown.user.setText("")
        shown.test_button.click()
        qtbot.waitUntil(lambda: shown.test_button.isEnabled(), timeout=10_000)
        text = shown.test_result.text()
        assert text.startswith("✔ Connected") and "signed in" not in text
        assert "no sign-in" in text


@pytest.mark.parametrize("change", ["host", "port", "security", "user"])
def test_a_changed_server_clears_the_old_result(qtbot, settings, change) -> None:
    with smtp_server(auth=True) as (_inbox, port):
        shown = page(qtbot, settings)
        shown.host.setText(HOST)
        shown.port.setValue(port)
        shown.security.setCurrentIndex(shown.security.findData("none"))
        shown.user.setText(USER)
        shown.password.setText("wrong")
        shown.test_button.click()
        qtbot.waitUntil(lambda: shown.test_button.isEnabled(), timeout=10_000)
        assert shown.test_result.text().startswith("✖")
    if change == "host":
        shown.host.setText("localhost")
    elif change == "port":
        shown.port.setValue(port + 1)
    elif change == "security":
        shown.security.setCurrentIndex(shown.security.findData("starttls"))
    else:
        shown.user.setText("someone@example.com")
    assert shown.test_result.text() == ""
