"""The first-run question for the business name, checked as Settings checks it.

A name Amazon would object to ("Amazon Official Store", "shop.com") is explained
under the field as it is typed, and OK waits until the name is fine; "Later" leaves
the name empty (it can be set in File › Settings at any time).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.policy.content import business_name_problem
from composer.ui.translations import say


class BusinessNameDialog(QDialog):
    """"What is your business name?" with the reason a name cannot be used, inline."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Seller Composer"))
        layout = QVBoxLayout(self)
        # A question box has nothing to resize: fixed, so window managers draw no resize
        # grips under its buttons (stray lines at its bottom edge) and it fits its words.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        question = QLabel(self.tr("What is your &business name, as buyers see it on Amazon?\n"
                                  "Your messages are signed with it. You can change it later "
                                  "in File › Settings."), self)
        question.setWordWrap(True)
        question.setMinimumWidth(420)  # the box is as wide as its question, no narrower
        layout.addWidget(question)
        self.field = QLineEdit(name, self)
        self.field.setAccessibleName(self.tr("Business name"))
        self.field.setPlaceholderText(self.tr("e.g. Oakfield Furniture"))
        question.setBuddy(self.field)
        layout.addWidget(self.field)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b71c1c;")
        self.warning.setAccessibleName(self.tr("Why this name cannot be used"))
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        later = self.buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Leave the name empty for now; set it in File › Settings"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._check)
        self._check(name)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def name(self) -> str:
        return self.field.text().strip()

    def _check(self, text: str) -> None:
        problem = business_name_problem(text)
        self.warning.setText(f"✖ {say(problem)}" if problem else "")
        self.warning.setVisible(bool(problem))
        self.ok_button.setEnabled(problem is None and bool(text.strip()))

    def accept(self) -> None:
        """Only a name Amazon accepts (the button is off otherwise; Enter too)."""
        if business_name_problem(self.name()) is None and self.name():
            super().accept()
