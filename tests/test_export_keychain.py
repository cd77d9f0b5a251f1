"""The SMTP password: keychain when there is one, memory only when there is not."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from composer.export.keychain import SERVICE, Passwords, keychain_available


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def restore_keyring():
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_the_fail_backend_means_ask_once_per_session(restore_keyring, tmp_path):
    keyring.set_keyring(fail.Keyring())
    assert not keychain_available()
    passwords = Passwords()
    assert passwords.get("smtp.example.com", "me") is None
    assert passwords.set("smtp.example.com", "me", "secret") is False
    assert passwords.get("smtp.example.com", "me") == "secret"
    assert Passwords().get("smtp.example.com", "me") is None  # a new session asks again
    assert not any(tmp_path.rglob("*"))  # nothing written anywhere we can see


def test_a_real_keychain_keeps_it(restore_keyring):
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    assert keychain_available()
    assert Passwords().set("smtp.example.com", "me", "secret") is True
    assert backend.items == {(SERVICE, "me@smtp.example.com"): "secret"}
    assert Passwords().get("smtp.example.com", "me") == "secret"
    Passwords().forget("smtp.example.com", "me")
    assert backend.items == {}


def test_remember_off_keeps_it_in_memory_only(restore_keyring):
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    passwords = Passwords()
    assert passwords.set("h", "u", "pw", remember=False) is False
    assert passwords.get("h", "u") == "pw" and backend.items == {}


def test_a_broken_keychain_falls_back_to_asking(restore_keyring):
    class Broken(MemoryKeyring):
        def get_password(self, service, username):
            raise keyring.errors.KeyringLocked("locked")

    keyring.set_keyring(Broken())
    passwords = Passwords()
    assert passwords.get("h", "u") is None and "could not be read" in passwords.last_error
