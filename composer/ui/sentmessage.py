"""One sent-log row opened: the message as it was sent, and "Use as a new draft".

The sent log keeps only a fingerprint of the text (see ``SentRecord``), so the words come
from the message's draft; the fingerprint says whether the draft still reads exactly as
what left, and the dialog says so when it does not.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.ui.buyerview import PreviewBrowser
from composer.ui.localwords import moment
from composer.ui.translations import say

if TYPE_CHECKING:
    from composer.store import Draft, SentRecord, Store

AS_SENT = QT_TRANSLATE_NOOP("SentMessageDialog", "This is the message as it was sent.")
CHANGED = QT_TRANSLATE_NOOP(
    "SentMessageDialog", "Its draft was changed after it was sent: this is how the draft reads "
    "now, not exactly what the buyer got.")
FILES_CHANGED = QT_TRANSLATE_NOOP(
    "SentMessageDialog", "Its files were changed after it was sent: the text is as sent, and "
    "the files listed above are the ones it was sent with.")
GONE = QT_TRANSLATE_NOOP(
    "SentMessageDialog", "The sent log keeps only the details of a message, not its text, and "
    "this message's draft no longer exists.")
# How a message left (composer.export.ROUTE_WORDS), in the app's language.
ROUTES = {
    "seller-central": QT_TRANSLATE_NOOP("SentMessageDialog", "Copied for Seller Central"),
    "rich-text": QT_TRANSLATE_NOOP("SentMessageDialog", "Copied formatted"),
    "email-app": QT_TRANSLATE_NOOP("SentMessageDialog", "Opened in the email app"),
    "eml-file": QT_TRANSLATE_NOOP("SentMessageDialog", "Saved as .eml"),
    "smtp": QT_TRANSLATE_NOOP("SentMessageDialog", "Sent by email"),
}


def route_words(route: str) -> str:
    """How a logged message left ("Copied for Seller Central"), or its id if unknown."""
    return QCoreApplication.translate("SentMessageDialog", ROUTES[route]) \
        if route in ROUTES else route


def type_label(type_id: str | None) -> str:
    """The message type's label as the Type list shows it ("" when none was logged)."""
    from composer.message.messagetypes import message_type

    try:
        return say(message_type(type_id).label) if type_id else ""
    except KeyError:  # a type retired since: its id is still better than nothing
        return str(type_id)


def recipient_words(record: SentRecord, draft: Draft | None) -> tuple[str, str]:
    """What the To of a log row shows, and its tooltip. A copy for Seller Central is logged
    without an address (Amazon knows the buyer of the order): it shows the buyer's alias
    from its draft when there is one, else "—", and the tooltip says why."""
    if record.recipient or record.route != "seller-central":
        return record.recipient or "—", record.recipient
    alias = draft.header.to.strip() if draft is not None else ""
    if alias:
        return alias, QCoreApplication.translate(
            "SentLog", "Copied for Seller Central: a copy carries no address, so this is the "
            "buyer's address from its draft. Seller Central sends the message to the buyer of "
            "the order.")
    return "—", QCoreApplication.translate(
        "SentLog", "Copied for Seller Central: a copy carries no address. Seller Central sends "
        "the message to the buyer of the order.")


def draft_of(record: SentRecord, store: Store) -> Draft | None:
    if record.draft_id is None:
        return None
    try:
        return store.get_draft(record.draft_id)
    except Exception:  # deleted and purged, or the store cannot read it: say so, no crash
        return None


def reads_as_sent(record: SentRecord, draft: Draft) -> tuple[bool, str]:
    """Whether the draft's cleaned text has the record's fingerprint, and the cleaned HTML."""
    from composer.export.outgoing import prepare_html
    from composer.export.sentlog import body_sha256

    out = prepare_html(draft.body_html)
    return body_sha256(out.plain, out.html) == record.body_sha256, out.html


class SentMessageDialog(QDialog):
    """The message of one sent-log row, read-only."""

    useRequested = Signal(object, str)  # a Header and the HTML body

    def __init__(self, record: SentRecord, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The subject is long ("Re: Nachricht von Kunde …"): it is in the form below, and
        # the title stays short enough for the title bar with the app's name after it.
        self.setWindowTitle(self.tr("Sent message"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        details = QFormLayout()
        when = moment(record.sent_at)
        how = route_words(record.route) if record.route in ROUTES else ""
        self.draft = draft_of(record, store)
        to, to_tip = recipient_words(record, self.draft)
        to_label = self.tr("To:")
        for label, value in ((self.tr("When:"), when), (self.tr("How:"), how), (to_label, to),
                             (self.tr("Type:"), type_label(record.message_type)),
                             (self.tr("Order:"), record.order_id),
                             (self.tr("Subject:"), record.subject),
                             (self.tr("Files:"), ", ".join(record.attachment_names)
                              or self.tr("None"))):
            shown = QLabel(value or "—", self)
            shown.setWordWrap(True)
            if label == to_label:
                shown.setObjectName("sent-to")
                shown.setToolTip(to_tip)
            details.addRow(label, shown)
        layout.addLayout(details)
        self.browser = PreviewBrowser(self)
        self.browser.setAccessibleName(self.tr("The message as sent"))
        html = ""
        if self.draft is None:
            note = GONE
        else:
            same, html = reads_as_sent(record, self.draft)
            files_same = (sorted(record.attachment_names)
                          == sorted(a.name for a in self.draft.attachments))
            note = CHANGED if not same else AS_SENT if files_same else FILES_CHANGED
            self.browser.show_html(html)  # spaced as the buyer's view spaces it
        self.note = QLabel(QCoreApplication.translate("SentMessageDialog", note), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #546e7a;" if note == AS_SENT else "color: #8a5300;")
        layout.addWidget(self.note)
        layout.addWidget(self.browser, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.use_button = QPushButton(self.tr("&Use as a new draft"), self)
        self.use_button.setToolTip(self.tr("Start a new draft with this message's header and "
                                           "text"))
        self.use_button.setEnabled(self.draft is not None)
        self.use_button.clicked.connect(lambda: self._use(html))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(self.use_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.use_button.setDefault(True)

    def _use(self, html: str) -> None:
        if self.draft is None:
            return
        self.useRequested.emit(replace(self.draft.header), html)
        self.close()
