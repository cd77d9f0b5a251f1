"""Choose a template: the seller's own first, then the built-ins, the buyer's language first."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.message.header import buyer_languages
from composer.message.messagetypes import OTHER_PROACTIVE, message_types
from composer.message.templates import PLACEHOLDER_RE, Template, all_templates
from composer.store import Store, TemplateRecord
from composer.ui.listnames import language_label, type_label
from composer.ui.translations import say

ITEM_ROLE = Qt.ItemDataRole.UserRole


class TemplatePicker(QDialog):
    """A tree of templates with a preview; ``chosen`` holds the pick after ``exec()``."""

    def __init__(self, store: Store, prefer_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from a template"))
        self.resize(900, 560)
        self.store = store
        self.prefer_language = prefer_language
        self.chosen: Template | TemplateRecord | None = None
        self._languages = {code: language_label(code, label) for code, label in buyer_languages()}
        self._types = {t.id: type_label(t.id, t.label) for t in message_types()}

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each built-in template is written to pass Amazon's rules. "
                               "Parts in {braces} are filled from the header and Settings when "
                               "known; fill in the rest before sending."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Templates"))
        self.tree.setMinimumWidth(320)
        self.tree.currentItemChanged.connect(self._preview)
        self.tree.itemActivated.connect(lambda item, _col: self._use(item))
        body.addWidget(self.tree, 2)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Template preview"))
        self.preview.setOpenLinks(False)
        body.addWidget(self.preview, 3)
        layout.addLayout(body, 1)

        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(self.tr("&Use template"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.rename_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use_button.clicked.connect(lambda: self._use(self.tree.currentItem()))
        self.rename_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        own = self.store.list_templates()
        if own:
            group = QTreeWidgetItem(self.tree, [self.tr("Your templates")])
            for record in own:
                item = QTreeWidgetItem(group, [record.name])
                item.setData(0, ITEM_ROLE, record)
                first = first or item
            group.setExpanded(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for template in all_templates(self.prefer_language):
            group = groups.get(template.language)
            if group is None:
                label = self._languages.get(template.language, template.language)
                if template.language == self.prefer_language:
                    label = self.tr("{language} — the buyer's language").format(
                        language=label)
                group = QTreeWidgetItem(self.tree, [label])
                group.setExpanded(template.language == self.prefer_language)
                groups[template.language] = group
            item = QTreeWidgetItem(group, [template.name])
            item.setData(0, ITEM_ROLE, template)
            if first is None and template.language == self.prefer_language:
                first = item
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    def _selected(self) -> Template | TemplateRecord | None:
        item = self.tree.currentItem()
        return item.data(0, ITEM_ROLE) if item is not None else None

    def _preview(self) -> None:
        template = self._selected()
        own = isinstance(template, TemplateRecord)
        self.use_button.setEnabled(template is not None)
        self.rename_button.setVisible(own)
        self.delete_button.setVisible(own)
        if template is None:
            self.preview.setHtml("<p style='color:#607d8b'>"
                                 + self.tr("Choose a template on the left.") + "</p>")
            return
        # No Amazon type: the draft opens as a message the seller starts (draftactions).
        kind = self._types.get(template.message_type or OTHER_PROACTIVE, "")
        note = say(getattr(template, "note", ""))  # the same English note in every language
        language = self._languages.get(template.language, "")
        type_word, language_word = self.tr("Type:"), self.tr("Language:")
        subject_word = self.tr("Subject:")
        parts = [f"<h3>{html.escape(template.name)}</h3>",
                 f"<p><b>{type_word}</b> {html.escape(kind)}<br>"
                 f"<b>{language_word}</b> {html.escape(language)}"
                 f"<br><b>{subject_word}</b> {_marked(template.subject)}</p>"]
        if note:
            parts.append(f"<p style='color:#546e7a'><i>{html.escape(note)}</i></p>")
        parts.append("<hr>")
        for paragraph in template.body.split("\n\n"):
            parts.append(f"<p>{_marked(paragraph).replace(chr(10), '<br>')}</p>")
        self.preview.setHtml("".join(parts))

    def _use(self, item: QTreeWidgetItem | None) -> None:
        template = item.data(0, ITEM_ROLE) if item is not None else None
        if template is None:
            return
        self.chosen = template
        self.accept()

    def _edit(self) -> None:
        """Change one of the seller's own templates: its name, subject and text."""
        template = self._selected()
        if not isinstance(template, TemplateRecord):
            return
        editor = TemplateEditor(template, self)
        if editor.exec():
            self.store.save_template(editor.edited())
            self.fill()

    def _delete(self) -> None:
        template = self._selected()
        if not isinstance(template, TemplateRecord):
            return
        answer = QMessageBox.question(self, self.tr("Delete template"),
                                      self.tr("Delete your template “{name}”? Drafts made from "
                                              "it are not affected.").format(
                                                  name=template.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete_template(template.id)
            self.fill()


def _marked(text: str) -> str:
    """Escape text and highlight {placeholders} so the seller sees what to fill in."""
    escaped = html.escape(text)
    return PLACEHOLDER_RE.sub(
        lambda m: f"<span style='background:#fff3c4;color:#6d4100'>{m.group(0)}</span>", escaped)


class TemplateEditor(QDialog):
    """Name, subject and text of a seller's own template; the text is kept as plain text."""

    def __init__(self, template: TemplateRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit template"))
        self.resize(620, 460)
        self.template = template
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(template.name, self)
        self.subject = QLineEdit(template.subject, self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Subject:"), self.subject)
        layout.addLayout(form)
        hint = QLabel(self.tr("Text (placeholders such as {order_id}, {product} and "
                              "{seller_name} are filled in when the template is used):"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.body = QPlainTextEdit(template.body, self)
        self.body.setAccessibleName(self.tr("Template text"))
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def edited(self) -> TemplateRecord:
        from dataclasses import replace

        body = self.body.toPlainText()
        # A changed text replaces any formatted copy saved from the editor.
        body_html = self.template.body_html if body == self.template.body else None
        return replace(self.template, name=self.name.text().strip() or self.template.name,
                       subject=self.subject.text(), body=body, body_html=body_html)
