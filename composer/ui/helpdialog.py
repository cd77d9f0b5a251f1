"""Help: a short guide, the keyboard shortcuts and the policy rules, inside the app.

The guide and the shortcuts are text under ``resources/help/``; the rules are read from
the rule book itself (``resources/policy/rules/``), so the list a seller reads is the
list the checker uses.
"""

from __future__ import annotations

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
SEVERITY_WORDS = (("block", "Blocks sending"), ("warn", "Warnings"), ("info", "Notes"))


def rules_markdown() -> str:
    """Every rule's title and explanation, grouped by what it does to sending."""
    from composer.policy.rulebook import rulebook

    book = rulebook()
    parts = ["# Policy rules", "",
             f"Rules dated {book.rules_dated}. Amazon does not publish its scanner's rules; "
             "this is Seller Composer's own summary of Amazon's guidelines, and where "
             "sources disagree it takes the stricter reading.", ""]
    for severity, heading in SEVERITY_WORDS:
        rules = sorted((r for r in book.rules.values() if r.severity == severity),
                       key=lambda r: r.title.lower())
        if not rules:
            continue
        parts += [f"## {heading}", ""]
        parts += [f"- **{r.title}.** {r.explanation}" for r in rules]
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
        self.setWindowTitle("Seller Composer Help")
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.browsers: dict[str, QTextBrowser] = {}
        for page, title in zip(PAGES, ("&Quick guide", "&Keyboard shortcuts",
                                       "&Policy rules"), strict=True):
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
