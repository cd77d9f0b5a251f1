""""This is not a link": the deliberate step before a blocking finding is set aside.

A blocking finding is never ignored with one click. The seller reads one sentence on
what is at risk and ticks the statement for each kind of problem; only then is "Ignore
here" enabled. "Keep checking it" is the default, so Enter or Escape changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.policy.ignore import IgnoreWay, ignore_way
from composer.policy.model import Finding
from composer.ui.translations import catalog_for, current_language, quoted


class NotADialog(QDialog):
    """One check box per kind of blocking problem, each with its risk in one sentence."""

    def __init__(self, findings: Sequence[Finding], excerpt: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send these words as they are?"))
        layout = QVBoxLayout(self)
        if excerpt.strip():
            said = self.tr("Seller Composer reads these words as a problem that blocks "
                           "sending:") + "\n" + quoted(_short(excerpt))
        else:
            said = self.tr("Seller Composer reads these words as a problem that blocks "
                           "sending.")
        intro = QLabel(said, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: list[QCheckBox] = []
        seen: set[str] = set()
        for finding in findings:
            way = ignore_way(finding)
            if way.kind != "confirm" or way.noun in seen:
                continue
            seen.add(way.noun)
            # The noun is in the form the language's sentence needs: German carries the
            # negation in it ("Das ist {noun}" with "kein Link"), see ignoring.json's _about.
            box = QCheckBox(self.tr("This is not {noun}").format(noun=ignore_words(way)[0]),
                            self)
            box.toggled.connect(self._update)
            risk = QLabel(ignore_words(way)[1], self)
            risk.setWordWrap(True)
            risk.setStyleSheet("color:#5d4037; margin-left: 24px;")
            layout.addWidget(box)
            layout.addWidget(risk)
            self.boxes.append(box)
        buttons = QDialogButtonBox(self)
        self.ignore_button: QPushButton = buttons.addButton(
            self.tr("Ignore here"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button: QPushButton = buttons.addButton(
            self.tr("Keep checking it"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ignore_button.setAutoDefault(False)
        self.keep_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._update()

    def _update(self) -> None:
        self.ignore_button.setEnabled(bool(self.boxes) and all(b.isChecked()
                                                                for b in self.boxes))


def ignore_words(way: IgnoreWay) -> tuple[str, str]:
    """The noun and the risk in the app's language, read by their key: the same English
    words ("marketing") also name an intent, in another form ("Werbung", not "keine Werbung")."""
    language = current_language()
    if language == "en" or not way.entry:
        return way.noun, way.risk
    catalog = catalog_for(language)
    return (catalog.text("policy/ignoring.json", f"{way.entry}.noun"),
            catalog.text("policy/ignoring.json", f"{way.entry}.risk"))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "…"


def ask_not_a(parent: QWidget, findings: Sequence[Finding], excerpt: str) -> bool:
    """True when the seller ticked every statement and chose "Ignore here"."""
    dialog = NotADialog(findings, excerpt, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
