"""Settings' "Language of the app" row, and the plain prompt when it changes.

The choice takes effect at the next start: the open draft is saved first (the window's
autosave), so nothing is lost. The interface language is not the buyer's language.
"""

from __future__ import annotations

from collections.abc import Callable

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

    def apply(self, save_draft: Callable[[], object] | None = None) -> bool:
        """Store the choice; when it changed, save the draft and say when it takes effect."""
        chosen = str(self.currentData() or "")
        if chosen == self.before:
            return False
        self.settings.set(SETTING, chosen)
        if save_draft is not None:
            save_draft()
        QMessageBox.information(
            self.window(), self.tr("Language of the app"),
            self.tr("Seller Composer will use %1 the next time it starts. Your open draft "
                    "has been saved and will be there when you come back.")
            .replace("%1", self.currentText()))
        self.before = chosen
        return True
