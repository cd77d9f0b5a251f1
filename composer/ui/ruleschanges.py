"""Help › What changed in Amazon's rules: the 2025–2026 changes, with dates and sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from composer.appdata.resources import load_json
from composer.ui.localwords import fill
from composer.ui.translations import say


def changes_html() -> str:
    """The changes as simple HTML, newest first (data: resources/policy/changes.json)."""
    heading = QCoreApplication.translate("RulesChangesDialog", "What changed in Amazon's rules")
    parts = [f"<h2>{escape(heading)}</h2>"]
    for change in load_json("policy", "changes.json")["changes"]:
        title = fill(QCoreApplication.translate("RulesChangesDialog", "%1: %2"),
                     say(change["date"]), say(change["title"]))
        source = QCoreApplication.translate("RulesChangesDialog", "Source: %1").replace(
            "%1", say(change["source"]))
        parts.append(f"<h3>{escape(title)}</h3><p>{escape(say(change['text']))}</p>"
                     f"<p><i>{escape(source)}</i></p>")
    return "".join(parts)


class RulesChangesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed in Amazon's rules"))
        self.setObjectName("rules-changes")
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setHtml(changes_html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
