"""The SMTP password: in the system keychain when there is one, else asked once per session.

``keyring`` picks a backend, and not every backend is a keychain: ``keyrings.alt``
writes passwords base64-encoded into ``keyring_pass.cfg`` (or into an "encrypted"
file next to it), the "fail" and "null" backends keep nothing, and a chainer passes
a password to the first of its backends that takes it. So only the operating
system's own keychains are used (Windows Credential Manager, the macOS Keychain,
Secret Service, KWallet); the backend is picked out of a chainer and used directly.
Anything else counts as "no keychain": the password is kept in this object's
memory only, for this session, and the app asks for it again next time. A password
is never written to a file by this module.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from composer.words import Words

SERVICE = "Seller Composer SMTP"

# The operating systems' keychains, by the class that keyring gives them. A class that
# derives from one of these counts as that keychain; every other backend does not.
SYSTEM_KEYCHAINS: dict[str, str] = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "the macOS Keychain",
    "keyring.backends.SecretService.Keyring": "the system keyring (Secret Service)",
    "keyring.backends.libsecret.Keyring": "the system keyring (Secret Service)",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
}


def _class_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def keychain_name(backend: object) -> str | None:
    """The seller's name for ``backend`` if it is a system keychain, else None."""
    for cls in type(backend).__mro__:
        name = SYSTEM_KEYCHAINS.get(_class_name(cls))
        if name is not None:
            return name
    return None


@dataclass(frozen=True)
class KeychainChoice:
    """The keychain the app will use (None: none), and a refused backend worth naming."""

    backend: Any = None
    name: str = ""
    refused: str = ""  # e.g. "keyrings.alt.file.PlaintextKeyring": found, and not used


def choose_keychain() -> KeychainChoice:
    """Pick the system keychain out of keyring's choice (or out of its chainer)."""
    try:
        import keyring
    except ImportError:
        return KeychainChoice()
    try:
        chosen = keyring.get_keyring()
    except Exception:  # a broken keyring set-up means "no keychain"
        return KeychainChoice()
    candidates = list(getattr(chosen, "backends", None) or [chosen])
    refused = ""
    for backend in candidates:  # a chainer lists its backends best first
        name = keychain_name(backend)
        if name is None:
            if not refused and not _keeps_nothing(backend):
                refused = _class_name(type(backend))
            continue
        try:
            if float(getattr(backend, "priority", 1)) <= 0:
                continue
        except Exception:  # its priority says it cannot run here
            continue
        return KeychainChoice(backend, name, refused)
    return KeychainChoice(refused=refused)


def _keeps_nothing(backend: object) -> bool:
    """The "fail" and "null" backends: no keychain, and nothing worth naming."""
    return type(backend).__module__ in {"keyring.backends.fail", "keyring.backends.null"}


def keychain_available() -> bool:
    """True when a system keychain can keep the password (see the module docstring)."""
    return choose_keychain().backend is not None


class Passwords:
    """Get and keep the password for an SMTP user; see the module docstring."""

    def __init__(self, use_keychain: bool | None = None) -> None:
        self._choice: KeychainChoice | None = None if use_keychain is None else KeychainChoice()
        self._wanted = use_keychain is not False
        self._session: dict[str, str] = {}
        self.last_error = ""

    @property
    def choice(self) -> KeychainChoice:
        """Asked on first use: finding the backend can take a quarter of a second."""
        if self._choice is None:
            self._choice = choose_keychain() if self._wanted else KeychainChoice()
        return self._choice

    @property
    def keychain(self) -> bool:
        return self.choice.backend is not None

    @keychain.setter
    def keychain(self, value: bool) -> None:
        """Turning it off keeps passwords in memory only from now on."""
        if not value:
            self._choice = KeychainChoice()
            self._wanted = False
        else:
            self._wanted = True
            self._choice = None

    def where_text(self, language: str = "en") -> str:
        """Where the password is kept, in words that are true for this computer."""
        said = Words("export", language)
        choice = self.choice
        if choice.backend is not None:
            return said("keychain.kept_in", store=choice.name)
        if choice.refused:
            return said("keychain.refused", store=choice.refused)
        return said("keychain.none")

    def _key(self, host: str, user: str) -> str:
        return f"{user}@{host}"

    def get(self, host: str, user: str) -> str | None:
        """The password, or None when the seller must be asked."""
        key = self._key(host, user)
        if key in self._session:
            return self._session[key]
        backend = self.choice.backend
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, key)
        except Exception as exc:  # a locked or broken keychain: ask instead
            self.last_error = Words("export")("keychain.unreadable", error=exc)
            return None
        if value is not None:
            self._session[key] = value
        return value

    def set(self, host: str, user: str, password: str, remember: bool = True) -> bool:
        """Keep the password for this session; also in the keychain when asked and possible.

        Returns True when it was stored in the keychain.
        """
        key = self._key(host, user)
        self._session[key] = password
        backend = self.choice.backend
        if not remember or backend is None:
            return False
        try:
            backend.set_password(SERVICE, key, password)
        except Exception as exc:
            self.last_error = Words("export")("keychain.not_stored", error=exc)
            return False
        return True

    def forget(self, host: str, user: str) -> None:
        """Drop it from memory and the keychain (after an authentication failure, say)."""
        key = self._key(host, user)
        self._session.pop(key, None)
        backend = self.choice.backend
        if backend is not None:
            with contextlib.suppress(Exception):  # nothing stored is fine
                backend.delete_password(SERVICE, key)

    def forget_session(self, host: str, user: str) -> None:
        """Drop only the remembered copy in memory (the keychain keeps its own)."""
        self._session.pop(self._key(host, user), None)


_SESSION: Passwords | None = None


def session_passwords() -> Passwords:
    """The one password keeper for this run of the app (the memory the session asks into)."""
    global _SESSION
    if _SESSION is None:
        _SESSION = Passwords()
    return _SESSION
