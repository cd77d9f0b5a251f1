"""The SMTP password: in the system keychain when there is one, else asked once per session.

``keyring`` picks the system's keychain (Windows Credential Locker, macOS
Keychain, Secret Service on Linux). Where none exists it falls back to a "fail"
backend; then the password is kept in this object's memory only, for this
session, and the app asks for it again next time. A password is never written
to a file by this module.
"""

from __future__ import annotations

SERVICE = "Seller Composer SMTP"


def keychain_available() -> bool:
    """True when keyring has a real backend (not the "fail" one, not a null one)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring setup means "no keychain"
        return False
    if isinstance(backend, fail.Keyring):
        return False
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(not isinstance(b, fail.Keyring) for b in chained)
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:
        return False


class Passwords:
    """Get and keep the password for an SMTP user; see the module docstring."""

    def __init__(self, use_keychain: bool | None = None) -> None:
        self._keychain = use_keychain
        self._session: dict[str, str] = {}
        self.last_error = ""

    @property
    def keychain(self) -> bool:
        """Asked on first use: finding the backend can take a quarter of a second."""
        if self._keychain is None:
            self._keychain = keychain_available()
        return self._keychain

    @keychain.setter
    def keychain(self, value: bool) -> None:
        self._keychain = value

    def _key(self, host: str, user: str) -> str:
        return f"{user}@{host}"

    def get(self, host: str, user: str) -> str | None:
        """The password, or None when the seller must be asked."""
        key = self._key(host, user)
        if key in self._session:
            return self._session[key]
        if not self.keychain:
            return None
        try:
            import keyring

            value = keyring.get_password(SERVICE, key)
        except Exception as exc:  # a locked or broken keychain: ask instead
            self.last_error = f"The keychain could not be read ({exc})."
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
        if not (remember and self.keychain):
            return False
        try:
            import keyring

            keyring.set_password(SERVICE, key, password)
        except Exception as exc:
            self.last_error = f"The keychain could not store it ({exc}); it is kept until " \
                              "you quit."
            return False
        return True

    def forget(self, host: str, user: str) -> None:
        """Drop it from memory and the keychain (after an authentication failure, say)."""
        key = self._key(host, user)
        self._session.pop(key, None)
        if self.keychain:
            try:
                import keyring

                keyring.delete_password(SERVICE, key)
            except Exception:  # nothing stored is fine
                pass

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
