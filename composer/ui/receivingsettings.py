"""Settings › Receiving: the mailbox Check mailbox reads Amazon's e-mails from (IMAP).

As for sending, the password never goes into settings.json: it goes to the system keychain
when there is one, else it is kept in memory until the app quits.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from composer.appdata.settings import Settings
from composer.export.keychain import Passwords
from composer.inbox.mailbox import MailboxAccount
from composer.ui.sendingsettings import where_words

SECURITY_CHOICES = (("ssl", QT_TRANSLATE_NOOP("ReceivingSettingsPage",
                                              "SSL/TLS (usually port 993)")),
                    ("starttls", QT_TRANSLATE_NOOP("ReceivingSettingsPage",
                                                   "STARTTLS (usually port 143)")))
USUAL_PORTS = {"ssl": 993, "starttls": 143}
HELP_STYLE = "color: #546e7a;"


def mailbox_account(settings: Settings) -> MailboxAccount:
    """The mailbox the settings name (its ``problem()`` says when it is not filled in)."""
    return MailboxAccount.from_settings(settings)


class ReceivingSettingsPage(QWidget):
    """Server, port, security, user name, folder and password of the seller's mailbox."""

    def __init__(self, settings: Settings, passwords: Passwords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.passwords = passwords
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Optional: let Messages › Check Mailbox fetch buyers' messages "
                               "from the mailbox of the address registered with your seller "
                               "account. Only e-mails from Amazon are read; nothing is marked "
                               "as read, moved or deleted."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.host = QLineEdit(str(settings.get("imap_host")), self)
        self.host.setPlaceholderText("imap.example.com")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.get("imap_port")))
        self.security = QComboBox(self)
        for key, label in SECURITY_CHOICES:
            self.security.addItem(self.tr(label), key)
        self.security.setCurrentIndex(max(0, self.security.findData(
            str(settings.get("imap_security")))))
        self.security.currentIndexChanged.connect(self._suggest_port)
        self.user = QLineEdit(str(settings.get("imap_user")), self)
        self.user.setPlaceholderText("you@yourshop.com")
        self.folder = QLineEdit(str(settings.get("imap_folder")), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_saved()
        self.host.textChanged.connect(self._password_saved)
        self.user.textChanged.connect(self._password_saved)
        self.remember = QCheckBox(self.tr("Remember it in the system keychain"), self)
        self.remember.setChecked(passwords.keychain)
        self.remember.setEnabled(passwords.keychain)
        for label, editor in ((self.tr("Incoming mail &server:"), self.host),
                              (self.tr("P&ort:"), self.port),
                              (self.tr("Securit&y:"), self.security),
                              (self.tr("&User name:"), self.user),
                              (self.tr("&Folder:"), self.folder),
                              (self.tr("Pass&word:"), self.password)):
            editor.setAccessibleName(label.replace("&", "").rstrip(": "))
            form.addRow(label, editor)
        form.addRow("", self.remember)
        where = QLabel(where_words(passwords), self)
        where.setWordWrap(True)
        where.setStyleSheet(HELP_STYLE)
        form.addRow("", where)
        layout.addLayout(form)
        layout.addStretch(1)

    def _password_saved(self) -> None:
        """"Keep the saved one" only when a password is saved for this server and user."""
        host, user = self.host.text().strip(), self.user.text().strip()
        try:
            saved = bool(host and user and self.passwords.get(host, user))
        except Exception:  # a keychain that cannot be read: ask for the password
            saved = False
        self.password.setPlaceholderText(
            self.tr("Leave empty to keep the saved one") if saved
            else self.tr("Your mailbox's password (none saved yet)"))

    def _suggest_port(self) -> None:
        if self.port.value() in USUAL_PORTS.values():
            self.port.setValue(USUAL_PORTS[self.security.currentData()])

    def apply(self) -> None:
        """Store the settings (raises SettingsError on a bad value) and the password."""
        host, user = self.host.text().strip(), self.user.text().strip()
        self.settings.set("imap_host", host)
        self.settings.set("imap_port", self.port.value())
        self.settings.set("imap_security", self.security.currentData())
        self.settings.set("imap_user", user)
        self.settings.set("imap_folder", self.folder.text().strip() or "INBOX")
        if self.password.text() and host and user:
            self.passwords.set(host, user, self.password.text(),
                               remember=self.remember.isChecked())
