"""Help › What changed in Amazon's rules: the 2025–2026 changes, with dates and sources."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from composer.appdata.resources import load_json


def changes_html() -> str:
    """The changes as simple HTML, newest first (data: resources/policy/changes.json)."""
    parts = ["<h2>What changed in Amazon's rules</h2>"]
    for change in load_json("policy", "changes.json")["changes"]:
        parts.append(f"<h3>{escape(change['date'])}: {escape(change['title'])}</h3>"
                     f"<p>{escape(change['text'])}</p>"
                     f"<p><i>Source: {escape(change['source'])}</i></p>")
    return "".join(parts)


class RulesChangesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What changed in Amazon's rules")
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
