"""Settings › Sending: the seller's own mail server, the From address and the password.

The password never goes into settings.json: it goes to the system keychain when
there is one (``composer.export.keychain`` decides what counts as one), else it is
kept in memory until the app quits.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from composer.appdata.settings import Settings
from composer.export.keychain import Passwords
from composer.ui.background import Background
from composer.ui.translations import say
from composer.ui.wholelabel import fit, keep_whole


def providers() -> list[dict]:
    """Common providers' outgoing servers (resources/mail/providers.json)."""
    import json

    from composer.appdata.resources import resource_path

    data = json.loads(resource_path("mail", "providers.json").read_text(encoding="utf-8"))
    return list(data["providers"])

SECURITY_CHOICES = (("starttls", QT_TRANSLATE_NOOP("SendingSettingsPage",
                                                   "STARTTLS (usually port 587)")),
                    ("ssl", QT_TRANSLATE_NOOP("SendingSettingsPage",
                                              "SSL/TLS (usually port 465)")),
                    ("none", QT_TRANSLATE_NOOP("SendingSettingsPage",
                                               "None (local relay only)")))
USUAL_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
HELP_STYLE = "color: #546e7a;"


def where_words(passwords: Passwords) -> str:
    """Where the password is kept (``Passwords.where_text``), in the app's language."""
    choice = getattr(passwords, "choice", None)
    if choice is None:
        return passwords.where_text()
    if choice.backend is not None:
        return QCoreApplication.translate(
            "SendingSettingsPage", "Your password is kept in %1, which the system protects. "
            "Seller Composer never writes it to a file.").replace("%1", str(choice.name))
    if choice.refused:
        return QCoreApplication.translate(
            "SendingSettingsPage", "The only keyring found on this computer keeps passwords "
            "in a file (%1), so Seller Composer does not use it: it asks for your password "
            "once each time it starts and keeps it only in memory, never in a file.").replace(
                "%1", str(choice.refused))
    return QCoreApplication.translate(
        "SendingSettingsPage", "This computer has no system keychain, so Seller Composer asks "
        "for your password once each time it starts and keeps it only in memory, never in a "
        "file.")


class SendingSettingsPage(QWidget):
    """Host, port, security, user name, From address, password, sent-log keeping."""

    def __init__(self, settings: Settings, passwords: Passwords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.passwords = passwords
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Optional: send messages straight from Seller Composer through "
                               "your own email account. You can always copy them into Seller "
                               "Central instead."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Presets fill the server, port and security of a common provider.
        self.provider = QComboBox(self)
        self.provider.addItem(self.tr("Choose to fill in the server…"), None)
        for preset in providers():
            self.provider.addItem(preset["name"], preset)
        self.provider.setAccessibleName(self.tr("Email provider"))
        self.provider.currentIndexChanged.connect(self._use_preset)
        self.provider_hint = QLabel(self)
        self.provider_hint.setWordWrap(True)
        self.provider_hint.setStyleSheet(HELP_STYLE)
        self.provider_hint.hide()
        form.addRow(self.tr("&Provider:"), self.provider)
        form.addRow("", self.provider_hint)
        self.host = QLineEdit(str(settings.get("smtp_host")), self)
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.get("smtp_port")))
        self.security = QComboBox(self)
        for key, label in SECURITY_CHOICES:
            self.security.addItem(self.tr(label), key)
        index = self.security.findData(str(settings.get("smtp_security")))
        self.security.setCurrentIndex(max(0, index))
        self.security.currentIndexChanged.connect(self._suggest_port)
        # Said under the choice while "None" is chosen: what travels in the open, and where
        # a password still goes (composer.export.smtp.plain_target).
        self.plain_warning = QLabel(self.tr(
            "⚠ Your password and messages travel unencrypted: only for a relay on this "
            "computer or your own network."), self)
        self.plain_warning.setWordWrap(True)
        self.plain_warning.setStyleSheet("color: #8a5300;")
        self.plain_warning.setAccessibleName(self.tr("Unencrypted connection"))
        self.security.currentIndexChanged.connect(self._show_plain_warning)
        self.user = QLineEdit(str(settings.get("smtp_user")), self)
        self.from_address = QLineEdit(str(settings.get("from_address")), self)
        self.from_address.setPlaceholderText("you@yourshop.com")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember it in the system keychain"), self)
        self.remember.setChecked(passwords.keychain)
        self.remember.setEnabled(passwords.keychain)
        self.forget = QPushButton(self.tr("Forget the password"), self)
        self.forget.clicked.connect(self._forget)
        # A server, port or security changed by hand is no longer the preset: the choice
        # goes back to "Choose…" and the preset's note (an app password…) goes away.
        self._filling = False
        self.host.textChanged.connect(self._leave_changed_preset)
        self.port.valueChanged.connect(self._leave_changed_preset)
        self.security.currentIndexChanged.connect(self._leave_changed_preset)
        self.keep_days = QDoubleSpinBox(self)
        self.keep_days.setDecimals(0)
        self.keep_days.setRange(30, 3650)
        self.keep_days.setValue(float(settings.get("sent_log_keep_days")))
        self.keep_days.setSuffix(self.tr(" days"))
        for label, editor, key in ((self.tr("Mail server:"), self.host, "smtp_host"),
                                   (self.tr("Port:"), self.port, "smtp_port"),
                                   (self.tr("Security:"), self.security, "smtp_security"),
                                   (self.tr("User name:"), self.user, "smtp_user"),
                                   (self.tr("From address:"), self.from_address,
                                    "from_address")):
            editor.setAccessibleName(label.rstrip(": "))
            form.addRow(label, editor)
            if key == "smtp_security":
                form.addRow("", self.plain_warning)
                self._show_plain_warning()
            if key == "from_address":
                warning = QLabel(self.tr("Use the email address registered with your Amazon "
                                         "seller account. Amazon relays only messages from "
                                         "that address and rejects any other sender."), self)
                warning.setWordWrap(True)
                warning.setStyleSheet("color: #8a5300;")
                form.addRow("", warning)
        form.addRow(self.tr("Password:"), self.password)
        self.password.setAccessibleName(self.tr("Password"))
        # Only when a password is saved for this server and user: nothing to forget otherwise.
        self._password_saved()
        self.host.textChanged.connect(self._password_saved)
        self.user.textChanged.connect(self._password_saved)
        row = QHBoxLayout()
        row.addWidget(self.remember)
        row.addStretch(1)
        row.addWidget(self.forget)
        form.addRow("", row)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setToolTip(self.tr("Connect and sign in to the mail server, without "
                                            "sending anything"))
        self.test_button.clicked.connect(self.test_connection)
        # The result under the button, the field's whole width: beside it, a German failure
        # took four lines in a third of the width and the form gave it the room of three.
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        keep_whole(self.test_result)  # as tall as its lines (wholelabel): never cut
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        form.addRow("", self.test_result)
        # A result speaks of the server it was tested with: once the server, port,
        # security or user name changes, the old result (an old error) goes.
        self._tested_with: tuple | None = None
        self.host.textChanged.connect(self._clear_result)
        self.port.valueChanged.connect(self._clear_result)
        self.security.currentIndexChanged.connect(self._clear_result)
        self.user.textChanged.connect(self._clear_result)
        self.worker: Background | None = None
        where = QLabel(self._where_text(), self)
        where.setWordWrap(True)
        where.setStyleSheet(HELP_STYLE)
        self.where = where
        form.addRow("", where)
        form.addRow(self.tr("Keep the sent log for:"), self.keep_days)
        keep_help = QLabel(self.tr("Amazon keeps its message records for about two years; "
                                   "older entries are then removed."), self)
        keep_help.setWordWrap(True)
        keep_help.setStyleSheet(HELP_STYLE)
        form.addRow("", keep_help)
        layout.addLayout(form)
        layout.addStretch(1)

    def _password_saved(self) -> None:
        """"Forget" and "keep the saved one" only when a password is saved for this
        server and user; otherwise the field asks for one."""
        saved = self._has_password()
        self.forget.setVisible(saved)
        self.password.setPlaceholderText(
            self.tr("Leave empty to keep the saved one") if saved
            else self.tr("Your mail account's password (none saved yet)"))

    def _has_password(self) -> bool:
        host, user = self.host.text().strip(), self.user.text().strip()
        if not host or not user:
            return False
        try:
            return bool(self.passwords.get(host, user))
        except Exception:  # a keychain that cannot be read has nothing to forget here
            return False

    def _use_preset(self) -> None:
        preset = self.provider.currentData()
        if not preset:
            self.provider_hint.hide()
            return
        self._filling = True
        try:
            self.host.setText(preset["host"])
            self.security.setCurrentIndex(max(0, self.security.findData(preset["security"])))
            self.port.setValue(int(preset["port"]))
        finally:
            self._filling = False
        self.provider_hint.setText(preset.get("hint", ""))
        self.provider_hint.setVisible(bool(preset.get("hint")))

    def _leave_changed_preset(self) -> None:
        preset = self.provider.currentData()
        if self._filling or not preset:
            return
        if (self.host.text().strip(), self.port.value(), self.security.currentData()) != (
                preset["host"], int(preset["port"]), preset["security"]):
            self.provider.setCurrentIndex(0)

    def test_connection(self) -> None:
        """Sign in with what the page holds now, on a worker; say how it went."""
        from composer.export.smtp import SmtpConfig, check_connection

        host, user = self.host.text().strip(), self.user.text().strip()
        password = self.password.text()
        if not password and host and user:
            try:
                password = self.passwords.get(host, user) or ""
            except Exception:
                password = ""
        config = SmtpConfig(host=host, port=self.port.value(),
                            security=str(self.security.currentData()), user=user,
                            password=password, timeout=15.0)
        self._tested_with = self._server_fields()
        if self.worker is None:
            self.worker = Background(self, "smtp-test")
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet(HELP_STYLE)
        self.test_result.setText(self.tr("Connecting to %1…").replace("%1", host) if host
                                 else self.tr("Connecting to the server…"))
        fit(self.test_result)
        self.worker.submit(check_connection, config, on_success=lambda _r: self._tested(None),
                           on_failure=self._tested)

    def _server_fields(self) -> tuple:
        return (self.host.text().strip(), self.port.value(), self.security.currentData(),
                self.user.text().strip())

    def _clear_result(self) -> None:
        self.test_result.clear()
        fit(self.test_result)

    def _tested(self, error: BaseException | None) -> None:
        self.test_button.setEnabled(True)
        tested = self._tested_with
        if tested is None or tested != self._server_fields():
            return  # the fields changed while it ran: the result is about another server
        if error is None:
            self.test_result.setStyleSheet("color: #2e7d32;")
            if tested[3]:
                self.test_result.setText(self.tr("✔ Connected and signed in. Sending will "
                                                 "work with these settings."))
            else:
                self.test_result.setText(self.tr("✔ Connected (no sign-in). Sending will "
                                                 "work with these settings."))
        else:
            self.test_result.setStyleSheet("color: #b71c1c;")
            self.test_result.setText(f"✖ {say(str(error))}")
        fit(self.test_result)

    def _where_text(self) -> str:
        return where_words(self.passwords)

    def _suggest_port(self) -> None:
        """Switching security moves the port to that choice's usual one, if it was usual."""
        if self.port.value() in USUAL_PORTS.values():
            self.port.setValue(USUAL_PORTS[self.security.currentData()])

    def _show_plain_warning(self) -> None:
        self.plain_warning.setVisible(self.security.currentData() == "none")

    def _forget(self) -> None:
        self.passwords.forget(self.host.text().strip(), self.user.text().strip())
        self.forget.setText(self.tr("Forgotten"))
        self.forget.setEnabled(False)
        self.password.setPlaceholderText(self.tr("Your mail account's password (none saved "
                                                 "yet)"))

    def apply(self) -> None:
        """Store the settings (raises SettingsError on a bad value) and the password."""
        host, user = self.host.text().strip(), self.user.text().strip()
        self.settings.set("smtp_host", host)
        self.settings.set("smtp_port", self.port.value())
        self.settings.set("smtp_security", self.security.currentData())
        self.settings.set("smtp_user", user)
        self.settings.set("from_address", self.from_address.text().strip())
        self.settings.set("sent_log_keep_days", self.keep_days.value())
        if self.password.text() and host and user:
            self.passwords.set(host, user, self.password.text(),
                               remember=self.remember.isChecked())
