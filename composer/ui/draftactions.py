"""What the seller does to drafts as a whole: new, from a template or a file, rename, trash.

The main window's menus and the drafts list ask for these; they act on the draft
session and report in the status bar. Kept out of the window so that it only builds
widgets and connects signals.
"""

from __future__ import annotations

import html as html_lib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from composer.message.header import Header
from composer.message.messagetypes import OTHER_PROACTIVE, REPLY
from composer.ui.translations import say

if TYPE_CHECKING:
    from composer.appdata.settings import Settings
    from composer.message.templates import Template
    from composer.store import Store
    from composer.ui.composecontroller import ComposeController
    from composer.ui.docmodel import TemplateRecord
    from composer.ui.draftsession import DraftSession
    from composer.ui.draftspanel import DraftsPanel
    from composer.ui.editor import ComposerEdit
    from composer.ui.headerform import HeaderForm
    from composer.ui.statusline import StatusLine


@dataclass(frozen=True)
class _HtmlBody:
    """A saved template's formatted body, filled like a plain one."""

    subject: str
    body: str


class DraftActions(QObject):
    """New, open, template, rename, trash and restore, for one window."""

    def __init__(self, window: QObject, session: DraftSession, store: Store, settings: Settings,
                 header: HeaderForm, editor: ComposerEdit, compose: ComposeController,
                 panel: DraftsPanel, status: StatusLine) -> None:
        super().__init__(window)
        self.window = window
        self.session, self.store, self.settings = session, store, settings
        self.header, self.editor, self.compose = header, editor, compose
        self.panel, self.status = panel, status

    @staticmethod
    def _fresh() -> Header:
        """A new message starts from the defaults, as the first draft does: the last
        draft's type and language belong to another buyer and another reason."""
        return Header()

    def new_draft(self) -> None:
        self.session.new(self._fresh())
        self.header.to.setFocus()

    def rename_draft(self, draft_id: int) -> None:
        draft = self.store.get_draft(draft_id)
        title, ok = QInputDialog.getText(self.window, self.tr("Rename draft"),
                                         self.tr("Name in the drafts list (leave empty to use "
                                                 "the subject):"),
                                         text=draft.title or "")
        if ok:
            self.session.rename(draft_id, title)

    def delete_draft(self, draft_id: int) -> None:
        title = self.store.get_draft(draft_id).display_title
        self.session.delete(draft_id)
        self.panel.offer_undo(draft_id, title)
        self.status.showMessage(self.tr("“{title}” moved to the trash. Undo it in the drafts "
                                        "list.").format(title=title), 8000)

    def restore_draft(self, draft_id: int) -> None:
        self.panel.hide_undo()
        self.session.restore(draft_id)
        if self.panel.trash.isChecked():
            self.panel.trash.setChecked(False)

    def open_file(self) -> None:
        """Open an HTML or text file as a new draft; its formatting is kept so it is checked."""
        from PySide6.QtWidgets import QFileDialog

        from composer.message.reading import UnreadableFile, read_message_file

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a message file"), "",
            self.tr("Messages (*.html *.htm *.txt);;All files (*)"))
        if not path:
            return
        try:
            raw = read_message_file(path)
        except UnreadableFile as exc:
            QMessageBox.warning(self.window, self.tr("The file could not be opened"),
                                say(str(exc).capitalize() + "."))
            return
        self.open_text(raw, html=path.lower().endswith((".html", ".htm")))

    def open_text(self, raw: str, html: bool) -> None:
        draft = self.session.new(self._fresh())
        if draft is None:
            return  # the open draft could not be saved; the seller stays on it
        if html:
            self.editor.setHtml(raw)
        else:
            self.editor.setPlainText(raw)
        self.session.touch()
        self.status.showMessage(self.tr("Opened as a new draft (#{number}).").format(
            number=draft.id), 6000)

    def new_from_template(self) -> None:
        from composer.ui.templatepicker import TemplatePicker

        picker = TemplatePicker(self.store, self.header.value().buyer_language, self.window)
        if picker.exec() and picker.chosen is not None:
            self.use_template(picker.chosen)

    def use_template_id(self, template_id: str) -> None:
        """A built-in template by id as a new draft; with none, the picker to choose one."""
        from composer.message.templates import get_template

        if not template_id:
            self.new_from_template()
            return
        try:
            template = get_template(template_id)
        except KeyError:
            self.new_from_template()
            return
        self.status.showMessage(self.tr("Started a new draft from “{template}”; the draft you "
                                        "wrote is kept in the list.").format(
                                            template=say(template.name)), 8000)
        self.use_template(template)  # says which placeholders to fill, if any

    def use_template(self, template: Template | TemplateRecord) -> None:
        """Start a new draft from a template, filling what the header and Settings know."""
        from composer.message.header import product_filled_extra, to_filled_extra
        from composer.message.templates import body_to_html, fill_template, values_from_header

        current = self.header.value()
        values = values_from_header(current, self.settings.get("business_name"))
        filled = fill_template(template, values)
        saved_html = getattr(template, "body_html", None)  # a seller's own, with formatting
        if saved_html:
            safe = {key: html_lib.escape(value) for key, value in values.items()}
            body_html = fill_template(_HtmlBody(template.subject, saved_html), safe).body
        else:
            body_html = body_to_html(filled.body)
        # Every header field carries over (Product and Delivered too); the template sets
        # the type, the language and the subject. A template with no Amazon type is a
        # message the seller starts, never a reply (which would escape the 30-day window).
        # A template started while a reply is open does not write to that reply's buyer
        # unless the seller asks: To starts empty, and Ctrl+Z in To brings the address back.
        buyer = current.to if current.message_type == REPLY else ""
        header = replace(current, message_type=template.message_type or OTHER_PROACTIVE,
                         buyer_language=template.language or current.buyer_language,
                         subject=filled.subject, to="" if buyer else current.to)
        # The Product and To carried over were filled in for this order, or for the one
        # they were filled in for before (a reply's) if the seller has not changed them.
        self.session.new(header, body_html, extra={
            **product_filled_extra(_filled_order(self.header.product_filled_for,
                                                 current.product_name, current.order_id),
                                   current.product_name),
            **to_filled_extra(_filled_order(self.header.to_filled_for, current.to,
                                            current.order_id), current.to)})
        # The words the header put in follow its fields (Product changed: the text too).
        self.compose.placeholders.remember(f"{template.subject}\n{template.body}")
        notes = []
        if filled.unfilled:
            names = ", ".join("{" + name + "}" for name in filled.unfilled)
            notes.append(self.tr("Fill in {names}: the findings panel shows where.").format(
                names=names))
        if buyer:
            self.header.offer_to(buyer)
            notes.append(self.tr("To is left empty (not the open reply's buyer): Ctrl+Z in "
                                 "To puts the address back."))
        if notes:
            self.status.showMessage(" ".join(notes), 12000)

    def save_as_template(self) -> None:
        self.session.save_now()
        current = self.session.current
        if current is None:
            return
        name, ok = QInputDialog.getText(self.window, self.tr("Save as template"),
                                        self.tr("Template name:"),
                                        text=current.display_title)
        if not ok or not name.strip():
            return
        header = self.header.value()
        snap = self.compose.document_snapshot()
        self.store.create_template(name.strip(), snap.text, language=header.buyer_language,
                                   subject=header.subject, message_type=header.message_type,
                                   body_html=current.body_html)
        self.status.showMessage(self.tr("Saved as your template “{name}”.").format(
            name=name.strip()), 6000)


def _filled_order(earlier: tuple[str, str] | None, value: str, order_id: str) -> str:
    """The order a carried-over field was filled in for: the earlier one while the field
    still holds what was filled in then, else the header's order now."""
    return earlier[0] if earlier and earlier[1] == value else order_id
