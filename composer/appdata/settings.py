"""User preferences from a typed table of defaults; only changed values are stored.

Keeping only what the user changed means a new default in a later version
reaches everyone who never touched that setting. Window geometry is not a
preference and lives elsewhere (see ``composer.ui.windowstate``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from composer.appdata.atomic import write_text_atomic

SETTINGS_FILE = "settings.json"


class Setting(NamedTuple):
    """One preference: its key, type, default and how the Settings dialog presents it.

    A named tuple, not a dataclass: Settings are read before the first frame, where a
    frozen dataclass costs about 1 ms to create (docs/decisions.md, Start-up).
    """

    key: str
    type: type
    default: Any
    label: str
    help: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] = ()  # when set, the only values allowed
    validate: Callable[[Any], str | None] | None = None  # returns a problem in plain words


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "business_name",
        str,
        "",
        "Business name",
        "The name buyers see. Amazon blocks names with a web suffix such as .com, "
        "or names that could be mistaken for Amazon.",
    ),
    Setting(
        "avg_daily_orders",
        float,
        0.0,
        "Average orders per day",
        "Used for your daily message limit: (orders per day × 5) + 600.",
        minimum=0.0,
        maximum=1_000_000.0,
    ),
    Setting(
        "orders_period",
        int,
        30,
        "Average over",
        "How many past days an imported order report is averaged over: 7 or 30.",
        choices=(7, 30),
    ),
    Setting(
        "time_zone",
        str,
        "",
        "Time zone for “today”",
        "Your message count starts again at midnight in this time zone, for example "
        "Europe/London. Leave it empty to use this computer's time zone.",
        validate=lambda value: _zone_problem(value),
    ),
    Setting(
        "first_run_done",
        bool,
        False,
        "First-run questions answered",
        "Set once the welcome questions have been answered.",
    ),
    # Where the file dialogs reopen after a restart (not shown in the Settings dialog).
    Setting("last_attach_folder", str, "", "Last attach folder",
            "The folder Attach file… last took a file from; it opens there next time."),
    Setting("last_import_folder", str, "", "Last import folder",
            "The folder e-mail files were last imported from; the dialog opens there next."),
    Setting("last_eml_folder", str, "", "Last .eml folder",
            "The folder Save as .eml… last saved to; it opens there next time."),
    # Sending by email (composer.export.smtp); the password is never a setting (keychain).
    Setting("smtp_host", str, "", "Mail server",
            "Your email provider's outgoing (SMTP) server, for example smtp.gmail.com."),
    Setting("smtp_port", int, 587, "Port",
            "Usually 587 with STARTTLS, or 465 with SSL/TLS.", minimum=1, maximum=65535),
    Setting("smtp_security", str, "starttls", "Security",
            "“starttls” (port 587), “ssl” (port 465), or “none” for a relay on this "
            "computer or your own network only: then the message travels unencrypted, and a "
            "password is sent only to a local address.",
            choices=("starttls", "ssl", "none")),
    Setting("smtp_user", str, "", "User name",
            "The name you sign in to your email with, usually your email address."),
    Setting("from_address", str, "", "From address",
            "The email address registered with your Amazon seller account. Amazon only "
            "relays messages from that address and rejects any other sender.",
            validate=lambda value: _from_problem(value)),
    # Check mailbox (composer.inbox.mailbox): IMAP over TLS, read-only; password in keychain.
    Setting("imap_host", str, "", "Incoming mail server",
            "Your email provider's incoming (IMAP) server, for example imap.gmail.com."),
    Setting("imap_port", int, 993, "Incoming port",
            "Usually 993 with SSL/TLS, or 143 with STARTTLS.", minimum=1, maximum=65535),
    Setting("imap_security", str, "ssl", "Incoming security",
            "“ssl” (port 993) or “starttls” (port 143). Mail is never read unencrypted.",
            choices=("ssl", "starttls")),
    Setting("imap_user", str, "", "Incoming user name",
            "The name you sign in to your email with, usually your email address."),
    Setting("imap_folder", str, "INBOX", "Folder with Amazon's e-mails",
            "The mailbox folder Amazon's e-mails arrive in; INBOX unless you file them."),
    Setting("sent_log_keep_days", float, 730.0, "Keep the sent log for (days)",
            "Amazon keeps its message records for about two years; so does Seller Composer, "
            "then older entries are removed.", minimum=30.0, maximum=3650.0),
    # The interface language (composer.ui.translations); "" follows the system.
    Setting("ui_language", str, "", "Language of the app",
            "Menus, messages and checks; takes effect at the next start.",
            choices=("", "en", "de", "fr", "es", "it")),
)

_BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


class SettingsError(ValueError):
    """A value that does not fit its setting; the message is for the user."""


def _coerce(setting: Setting, value: Any) -> Any:
    kind: Callable[[Any], Any] = setting.type
    if setting.type is bool:
        if not isinstance(value, bool):
            raise SettingsError(f"{setting.label} must be yes or no.")
        return value
    try:
        coerced = kind(value)
    except (TypeError, ValueError):
        raise SettingsError(f"{setting.label} must be a {setting.type.__name__}.") from None
    if setting.type is float and coerced != coerced:  # NaN
        raise SettingsError(f"{setting.label} must be a number.")
    if setting.minimum is not None and coerced < setting.minimum:
        raise SettingsError(f"{setting.label} cannot be less than {setting.minimum:g}.")
    if setting.maximum is not None and coerced > setting.maximum:
        raise SettingsError(f"{setting.label} cannot be more than {setting.maximum:g}.")
    if setting.choices and coerced not in setting.choices:
        allowed = " or ".join(str(choice) for choice in setting.choices)
        raise SettingsError(f"{setting.label} must be {allowed}.")
    problem = setting.validate(coerced) if setting.validate is not None else None
    if problem:
        raise SettingsError(problem)
    return coerced


def _from_problem(address: str) -> str | None:
    """Plain words when ``address`` is not exactly one address ("" means not set yet)."""
    if not address.strip():  # nothing to parse: the mail syntax module waits (start-up)
        return None
    from composer.mail.syntax import from_address_problem

    return from_address_problem(address)


def _zone_problem(name: str) -> str | None:
    """Plain words when ``name`` is not an IANA time zone ("" is this computer's zone)."""
    from composer.clock.quota import zone

    try:
        zone(name)
    except ValueError as exc:
        return str(exc)
    return None


class Settings:
    """Preferences for one data folder. Reads tolerate a damaged file; writes are atomic."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / SETTINGS_FILE
        self._changed: dict[str, Any] = {}
        self.load_error: str | None = None
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not an object")
        except (OSError, ValueError) as exc:
            self.load_error = (
                f"Your settings file could not be read ({exc}). Default settings are used; "
                "the file is left as it is until you change a setting."
            )
            return
        for key, value in raw.items():
            setting = _BY_KEY.get(key)
            if setting is None:
                continue  # a setting from another version: ignore it, keep the rest
            try:
                self._changed[key] = _coerce(setting, value)
            except SettingsError:
                continue

    def get(self, key: str) -> Any:
        return self._changed.get(key, _BY_KEY[key].default)

    def set(self, key: str, value: Any) -> None:
        """Validate and store a value; storing the default removes it from the file."""
        setting = _BY_KEY[key]
        value = _coerce(setting, value)
        if value == setting.default:
            self._changed.pop(key, None)
        else:
            self._changed[key] = value
        self.save()

    def changed(self) -> dict[str, Any]:
        return dict(self._changed)

    def save(self) -> None:
        write_text_atomic(self.path, json.dumps(self._changed, indent=2, sort_keys=True) + "\n")
