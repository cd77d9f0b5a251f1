"""The SMTP password: keychain when there is one, memory only when there is not.

Only the operating system's keychains count. Fakes below stand in for them (a class
derived from keyring's Secret Service backend) and for the backends that must be
refused: keyrings.alt's plaintext and "encrypted" files, the "fail" and "null"
backends, and a chainer that holds only those.
"""

from __future__ import annotations

import base64
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.backends.SecretService import Keyring as SecretServiceKeyring

from composer.export.keychain import SERVICE, Passwords, keychain_available


class MemoryKeyring(SecretServiceKeyring):
    """A system keychain as the app sees one (Secret Service), keeping items in memory."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


class FileKeyring(KeyringBackend):
    """What keyrings.alt does: the password, base64 only, in a file next to the others."""

    priority = 10  # type: ignore[assignment]
    folder: Path = Path()

    @property
    def file(self) -> Path:
        return self.folder / "keyring_pass.cfg"

    def get_password(self, service, username):
        if not self.file.exists():
            return None
        for line in self.file.read_text().splitlines():
            key, _, value = line.partition("=")
            if key == f"{service}/{username}":
                return base64.b64decode(value).decode()
        return None

    def set_password(self, service, username, password):
        with self.file.open("a") as handle:
            handle.write(f"{service}/{username}={base64.b64encode(password.encode()).decode()}\n")

    def delete_password(self, service, username):
        self.file.unlink(missing_ok=True)


def file_backend(module: str, name: str, folder: Path) -> KeyringBackend:
    """A file backend that looks to the app exactly like the keyrings.alt class it names."""
    cls = type(name, (FileKeyring,), {"__module__": module, "__qualname__": name,
                                      "folder": folder})
    return cls()


REFUSED = [
    ("keyrings.alt.file", "PlaintextKeyring"),
    ("keyrings.alt.file", "EncryptedKeyring"),
    ("keyrings.alt.Windows", "EncryptedKeyring"),
    ("keyrings.alt.Windows", "RegistryKeyring"),
    ("keyrings.cryptfile.cryptfile", "CryptFileKeyring"),
]


def chain_of(*backends: KeyringBackend) -> KeyringBackend:
    return type("Chain", (chainer.ChainerBackend,), {"backends": list(backends)})()


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


@pytest.mark.parametrize(("module", "name"), REFUSED)
def test_a_file_backend_is_no_keychain(restore_keyring, tmp_path, module, name):
    keyring.set_keyring(file_backend(module, name, tmp_path))
    assert not keychain_available()
    passwords = Passwords()
    assert passwords.set("smtp.example.com", "me", "secret") is False
    assert passwords.get("smtp.example.com", "me") == "secret"  # asked once, kept in memory
    assert Passwords().get("smtp.example.com", "me") is None  # a new session asks again
    assert not any(tmp_path.iterdir())  # and nothing went into keyring_pass.cfg
    where = passwords.where_text()
    assert f"{module}.{name}" in where and "does not use it" in where
    assert "only in memory" in where


def test_a_password_already_in_a_plaintext_file_is_not_read(restore_keyring, tmp_path):
    backend = file_backend("keyrings.alt.file", "PlaintextKeyring", tmp_path)
    backend.set_password(SERVICE, "me@smtp.example.com", "old")
    keyring.set_keyring(backend)
    assert Passwords().get("smtp.example.com", "me") is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_fail_and_null_mean_no_keychain(restore_keyring, backend):
    keyring.set_keyring(backend)
    passwords = Passwords()
    assert not passwords.keychain
    assert passwords.where_text().startswith("This computer has no system keychain")


def test_a_chainer_of_refused_backends_is_no_keychain(restore_keyring, tmp_path):
    keyring.set_keyring(chain_of(file_backend("keyrings.alt.file", "PlaintextKeyring",
                                              tmp_path), fail.Keyring()))
    passwords = Passwords()
    assert passwords.set("h", "u", "pw") is False and not any(tmp_path.iterdir())


def test_a_chainer_uses_its_system_keychain_even_behind_a_file(restore_keyring, tmp_path):
    system = MemoryKeyring()
    keyring.set_keyring(chain_of(file_backend("keyrings.alt.file", "PlaintextKeyring",
                                              tmp_path), system))
    passwords = Passwords()
    assert passwords.set("h", "u", "pw") is True
    assert system.items == {(SERVICE, "u@h"): "pw"}
    assert not any(tmp_path.iterdir())  # the chainer would have given it to the file first
    assert "Secret Service" in passwords.where_text()
    assert "never writes it to a file" in passwords.where_text()


def test_a_system_keychain_that_cannot_run_here_is_skipped(restore_keyring):
    class Unavailable(MemoryKeyring):
        priority = 0  # type: ignore[assignment]

    keyring.set_keyring(Unavailable())
    assert not keychain_available()


def test_settings_say_where_the_password_is(qtbot, restore_keyring, tmp_path):
    from composer.appdata.settings import Settings
    from composer.ui.sendingsettings import SendingSettingsPage

    keyring.set_keyring(file_backend("keyrings.alt.file", "PlaintextKeyring", tmp_path))
    page = SendingSettingsPage(Settings(tmp_path / "data"), Passwords())
    qtbot.addWidget(page)
    assert "does not use it" in page.where.text() and "never in a file" in page.where.text()
    assert not page.remember.isEnabled() and not page.remember.isChecked()
    keyring.set_keyring(MemoryKeyring())
    page = SendingSettingsPage(Settings(tmp_path / "data"), Passwords())
    qtbot.addWidget(page)
    assert page.where.text().startswith("Your password is kept in the system keyring")
    assert page.remember.isEnabled()
