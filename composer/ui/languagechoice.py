"""Settings' "Language of the app" row, and the plain prompt when it changes.

The choice takes effect at the next start, which the seller may ask for at once ("Restart
now"): the open draft is saved first, with its cursor, so nothing is lost. The interface
language is not the buyer's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMessageBox, QWidget

from composer.appdata.settings import Settings
from composer.ui.translations import CHOICES, SETTING


class LanguageChoice(QComboBox):
    """System, English, Deutsch, Français, Español, Italiano."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.addItem(self.tr("System"), "")
        for code, name in CHOICES:
            self.addItem(name, code)
        self.setAccessibleName(self.tr("Language of the app"))
        self.setToolTip(self.tr("The language of menus, messages and checks in Seller "
                                "Composer. The buyer's language is chosen in each message."))
        self.before = str(settings.get(SETTING) or "")
        index = self.findData(self.before)
        self.setCurrentIndex(max(index, 0))

    def add_to(self, form: QFormLayout) -> None:
        """Put the row and its note under the other General settings."""
        label = QLabel(self.tr("&Language of the app:"), self.parentWidget())
        label.setBuddy(self)
        note = QLabel(self.tr("Takes effect the next time Seller Composer starts. It does not "
                              "change the language you write to buyers in."),
                      self.parentWidget())
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        form.addRow(label, self)
        form.addRow("", note)

    def apply(self, save_draft: Callable[[], object] | None = None,
              restart: Callable[[], object] | None = None) -> bool:
        """Store the choice; when it changed, save the draft and offer to restart now."""
        chosen = str(self.currentData() or "")
        if chosen == self.before:
            return False
        self.settings.set(SETTING, chosen)
        if save_draft is not None:
            save_draft()
        self.before = chosen
        if ask_restart(self.window(), self.currentText()) and restart is not None:
            restart()
        return True


def ask_restart(parent: QWidget | None, name: str) -> bool:
    """"Restart now" (True) or "Later": the draft is saved either way."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("LanguageChoice", "Language of the app"))
    box.setText(QCoreApplication.translate(
        "LanguageChoice", "Seller Composer will use %1 after a restart.").replace("%1", name))
    box.setInformativeText(QCoreApplication.translate(
        "LanguageChoice", "Your open draft has been saved. Restart now, and it opens again "
        "with the cursor where it was; or later, the next time you start Seller Composer."))
    now = box.addButton(QCoreApplication.translate("LanguageChoice", "&Restart now"),
                        QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(QCoreApplication.translate("LanguageChoice", "&Later"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is now
