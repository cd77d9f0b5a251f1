"""Settings › Sending: the seller's own mail server, the From address and the password.

The password never goes into settings.json: it goes to the system keychain when
there is one (``composer.export.keychain`` decides what counts as one), else it is
kept in memory until the app quits.
"""

from __future__ import annotations

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

SECURITY_CHOICES = (("starttls", "STARTTLS (usually port 587)"),
                    ("ssl", "SSL/TLS (usually port 465)"))
HELP_STYLE = "color: #546e7a;"


class SendingSettingsPage(QWidget):
    """Host, port, security, user name, From address, password, sent-log keeping."""

    def __init__(self, settings: Settings, passwords: Passwords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.passwords = passwords
        layout = QVBoxLayout(self)
        intro = QLabel("Optional: send messages straight from Seller Composer through your own "
                       "email account. You can always copy them into Seller Central instead.",
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.host = QLineEdit(str(settings.get("smtp_host")), self)
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.get("smtp_port")))
        self.security = QComboBox(self)
        for key, label in SECURITY_CHOICES:
            self.security.addItem(label, key)
        index = self.security.findData(str(settings.get("smtp_security")))
        self.security.setCurrentIndex(max(0, index))
        self.security.currentIndexChanged.connect(self._suggest_port)
        self.user = QLineEdit(str(settings.get("smtp_user")), self)
        self.from_address = QLineEdit(str(settings.get("from_address")), self)
        self.from_address.setPlaceholderText("you@yourshop.com")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("Leave empty to keep the current one")
        self.remember = QCheckBox("Remember it in the system keychain", self)
        self.remember.setChecked(passwords.keychain)
        self.remember.setEnabled(passwords.keychain)
        self.forget = QPushButton("Forget the password", self)
        self.forget.clicked.connect(self._forget)
        self.keep_days = QDoubleSpinBox(self)
        self.keep_days.setDecimals(0)
        self.keep_days.setRange(30, 3650)
        self.keep_days.setValue(float(settings.get("sent_log_keep_days")))
        self.keep_days.setSuffix(" days")
        for label, editor, key in (("Mail server:", self.host, "smtp_host"),
                                   ("Port:", self.port, "smtp_port"),
                                   ("Security:", self.security, "smtp_security"),
                                   ("User name:", self.user, "smtp_user"),
                                   ("From address:", self.from_address, "from_address")):
            editor.setAccessibleName(label.rstrip(":"))
            form.addRow(label, editor)
            if key == "from_address":
                warning = QLabel("Use the email address registered with your Amazon seller "
                                 "account. Amazon relays only messages from that address and "
                                 "rejects any other sender.", self)
                warning.setWordWrap(True)
                warning.setStyleSheet("color: #8a5300;")
                form.addRow("", warning)
        form.addRow("Password:", self.password)
        self.password.setAccessibleName("Password")
        row = QHBoxLayout()
        row.addWidget(self.remember)
        row.addStretch(1)
        row.addWidget(self.forget)
        form.addRow("", row)
        where = QLabel(self._where_text(), self)
        where.setWordWrap(True)
        where.setStyleSheet(HELP_STYLE)
        self.where = where
        form.addRow("", where)
        form.addRow("Keep the sent log for:", self.keep_days)
        keep_help = QLabel("Amazon keeps its message records for about two years; older "
                           "entries are then removed.", self)
        keep_help.setWordWrap(True)
        keep_help.setStyleSheet(HELP_STYLE)
        form.addRow("", keep_help)
        layout.addLayout(form)
        layout.addStretch(1)

    def _where_text(self) -> str:
        return self.passwords.where_text()

    def _suggest_port(self) -> None:
        """Switching security moves the port to that choice's usual one, if it was usual."""
        usual = {"starttls": 587, "ssl": 465}
        if self.port.value() in usual.values():
            self.port.setValue(usual[self.security.currentData()])

    def _forget(self) -> None:
        self.passwords.forget(self.host.text().strip(), self.user.text().strip())
        self.forget.setText("Forgotten")
        self.forget.setEnabled(False)

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
