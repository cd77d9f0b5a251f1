"""Help: a short guide, the keyboard shortcuts and the policy rules, inside the app.

The guide and the shortcuts are text under ``resources/help/``; the rules are read from
the rule book itself (``resources/policy/rules/``), so the list a seller reads is the
list the checker uses.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.appdata.resources import localised_path

PAGES = ("guide", "shortcuts", "rules")
TAB_TITLES = (QT_TRANSLATE_NOOP("HelpDialog", "&Quick guide"),
              QT_TRANSLATE_NOOP("HelpDialog", "&Keyboard shortcuts"),
              QT_TRANSLATE_NOOP("HelpDialog", "&Policy rules"))
SEVERITY_WORDS = (("block", QT_TRANSLATE_NOOP("HelpDialog", "Blocks sending")),
                  ("warn", QT_TRANSLATE_NOOP("HelpDialog", "Warnings")),
                  ("info", QT_TRANSLATE_NOOP("HelpDialog", "Notes")))


def rules_markdown() -> str:
    """Every rule's title and explanation, grouped by what it does to sending."""
    from composer.policy.rulebook import rulebook
    from composer.ui.translations import say

    book = rulebook()
    parts = ["# " + QCoreApplication.translate("HelpDialog", "Policy rules"), "",
             QCoreApplication.translate(
                 "HelpDialog", "Rules dated %1. Amazon does not publish its scanner's rules; "
                 "this is Seller Composer's own summary of Amazon's guidelines, and where "
                 "sources disagree it takes the stricter reading.").replace(
                     "%1", book.rules_dated), ""]
    for severity, heading in SEVERITY_WORDS:
        rules = sorted(((say(r.title), say(r.explanation)) for r in book.rules.values()
                        if r.severity == severity), key=lambda said: said[0].lower())
        if not rules:
            continue
        parts += [f"## {QCoreApplication.translate('HelpDialog', heading)}", ""]
        parts += [f"- **{title}.** {explanation}" for title, explanation in rules]
        parts.append("")
    return "\n".join(parts)


def page_markdown(page: str, language: str | None = None) -> str:
    """A Help page in ``language`` (the app's by default), English where none is written."""
    if page == "rules":
        return rules_markdown()
    if language is None:
        from composer.ui.translations import current_language

        language = current_language()
    return localised_path(language, "help", f"{page}.md").read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """Three tabs: Quick guide, Keyboard shortcuts, Policy rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))  # the platform adds the app's name
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.browsers: dict[str, QTextBrowser] = {}
        for page, title in zip(PAGES, TAB_TITLES, strict=True):
            title = self.tr(title)
            browser = QTextBrowser(self)
            browser.setOpenExternalLinks(False)
            browser.setMarkdown(page_markdown(page))
            browser.setAccessibleName(title.replace("&", ""))
            self.browsers[page] = browser
            self.tabs.addTab(browser, title)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def show_page(self, page: str) -> None:
        self.tabs.setCurrentIndex(PAGES.index(page))
        self.show()
        self.raise_()
        self.browsers[page].setFocus()
