"""One sent-log row opened: the message as it left, and "Use as a new draft".

The sent log keeps only a fingerprint of the text (see ``SentRecord``), so the words come
from the message's draft; the fingerprint says whether the draft still reads exactly as
what left, and the dialog says so when it does not. Each route says what happened to the
message in its own words: a copy was copied, not sent, and its files are still to be
attached where it is pasted.
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

from composer.export.requestbutton import ROUTE as BUTTON_ROUTE
from composer.export.requestbutton import SUBJECT as BUTTON_SUBJECT
from composer.ui.buyerview import PreviewBrowser
from composer.ui.localwords import moment
from composer.ui.translations import say

if TYPE_CHECKING:
    from composer.store import Draft, SentRecord, Store

# What happened to a logged message, by route: "copied", "opened", "saved" or "sent".
HAPPENED = {"seller-central": "copied", "rich-text": "copied", "email-app": "opened",
            "eml-file": "saved", "smtp": "sent"}
TITLES = {
    "copied": QT_TRANSLATE_NOOP("SentMessageDialog", "Copied message"),
    "opened": QT_TRANSLATE_NOOP("SentMessageDialog", "Message opened in your email app"),
    "saved": QT_TRANSLATE_NOOP("SentMessageDialog", "Saved message"),
    "sent": QT_TRANSLATE_NOOP("SentMessageDialog", "Sent message"),
}
AS_SENT = {
    "copied": QT_TRANSLATE_NOOP("SentMessageDialog", "This is the message as it was copied."),
    "opened": QT_TRANSLATE_NOOP("SentMessageDialog",
                                "This is the message as it was opened in your email app."),
    "saved": QT_TRANSLATE_NOOP("SentMessageDialog", "This is the message as it was saved."),
    "sent": QT_TRANSLATE_NOOP("SentMessageDialog", "This is the message as it was sent."),
}
CHANGED = {
    "copied": QT_TRANSLATE_NOOP(
        "SentMessageDialog", "Its draft was changed after it was copied: this is how the draft "
        "reads now, not exactly what was copied."),
    "opened": QT_TRANSLATE_NOOP(
        "SentMessageDialog", "Its draft was changed after it was opened in your email app: "
        "this is how the draft reads now, not exactly what your email app got."),
    "saved": QT_TRANSLATE_NOOP(
        "SentMessageDialog", "Its draft was changed after it was saved: this is how the draft "
        "reads now, not exactly what the file holds."),
    "sent": QT_TRANSLATE_NOOP(
        "SentMessageDialog", "Its draft was changed after it was sent: this is how the draft "
        "reads now, not exactly what the buyer got."),
}
FILES_CHANGED = {
    "copied": QT_TRANSLATE_NOOP(
        "SentMessageDialog", "Its files were changed after it was copied: the text is as "
        "copied, and the files listed above are the ones it had then."),
    "opened": QT_TRANSLATE_NOOP(
        "SentMessageDialog", "Its files were changed after it was opened in your email app: "
        "the text is as it was, and the files listed above are the ones it had then."),
    "saved": QT_TRANSLATE_NOOP(
        "SentMessageDialog", "Its files were changed after it was saved: the text is as "
        "saved, and the files listed above are the ones saved with it."),
    "sent": QT_TRANSLATE_NOOP(
        "SentMessageDialog", "Its files were changed after it was sent: the text is as sent, "
        "and the files listed above are the ones it was sent with."),
}
READERS = {
    "copied": QT_TRANSLATE_NOOP("SentMessageDialog", "The message as copied"),
    "opened": QT_TRANSLATE_NOOP("SentMessageDialog", "The message as opened in your email app"),
    "saved": QT_TRANSLATE_NOOP("SentMessageDialog", "The message as saved"),
    "sent": QT_TRANSLATE_NOOP("SentMessageDialog", "The message as sent"),
}
# A copy carries no files: they are still to be attached where the text is pasted.
FILES_LABELS = {
    "seller-central": QT_TRANSLATE_NOOP("SentMessageDialog", "To attach in Seller Central:"),
    "rich-text": QT_TRANSLATE_NOOP("SentMessageDialog", "To attach in your email app:"),
}
FILES_LABEL = QT_TRANSLATE_NOOP("SentMessageDialog", "Files:")
GONE = QT_TRANSLATE_NOOP(
    "SentMessageDialog", "The sent log keeps only the details of a message, not its text, and "
    "this message's draft no longer exists.")
BUTTON_SUBJECT_WORDS = QT_TRANSLATE_NOOP("SentMessageDialog", "Amazon's Request a Review button")
BUTTON_NOTE = QT_TRANSLATE_NOOP(
    "SentMessageDialog", "You used Amazon's own Request a Review button for this order. It is "
    "recorded so that no second review request is sent; there is no message to show.")
# How a message left (composer.export.ROUTE_WORDS), in the app's language.
ROUTES = {
    "seller-central": QT_TRANSLATE_NOOP("SentMessageDialog", "Copied for Seller Central"),
    "rich-text": QT_TRANSLATE_NOOP("SentMessageDialog", "Copied formatted"),
    "email-app": QT_TRANSLATE_NOOP("SentMessageDialog", "Opened in the email app"),
    "eml-file": QT_TRANSLATE_NOOP("SentMessageDialog", "Saved as .eml"),
    "smtp": QT_TRANSLATE_NOOP("SentMessageDialog", "Sent by email"),
    BUTTON_ROUTE: QT_TRANSLATE_NOOP("SentMessageDialog", "Recorded: Amazon's Request a Review"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SentMessageDialog", text)


def files_label(route: str) -> str:
    """The label of a logged message's files: for a copy, where they are still to go."""
    return _tr(FILES_LABELS.get(route, FILES_LABEL))


def route_words(route: str) -> str:
    """How a logged message left ("Copied for Seller Central"), or its id if unknown."""
    return _tr(ROUTES[route]) if route in ROUTES else route


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


def subject_words(record: SentRecord) -> str:
    """A log row's subject; the record of Amazon's button is named in the app's language."""
    if record.route == BUTTON_ROUTE and record.subject == BUTTON_SUBJECT:
        return _tr(BUTTON_SUBJECT_WORDS)
    return record.subject


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
        happened = HAPPENED.get(record.route, "sent")
        # The subject is long ("Re: Nachricht von Kunde …"): it is in the form below, and
        # the title stays short enough for the title bar with the app's name after it.
        self.setWindowTitle(_tr(TITLES[happened]))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        details = QFormLayout()
        when = moment(record.sent_at)
        how = route_words(record.route) if record.route in ROUTES else ""
        self.draft = draft_of(record, store)
        to, to_tip = recipient_words(record, self.draft)
        to_label = self.tr("To:")
        self.files_label = files_label(record.route)
        for label, value in ((self.tr("When:"), when), (self.tr("How:"), how), (to_label, to),
                             (self.tr("Type:"), type_label(record.message_type)),
                             (self.tr("Order:"), record.order_id),
                             (self.tr("Subject:"), subject_words(record)),
                             (self.files_label, ", ".join(record.attachment_names)
                              or self.tr("None"))):
            shown = QLabel(value or "—", self)
            shown.setWordWrap(True)
            if label == to_label:
                shown.setObjectName("sent-to")
                shown.setToolTip(to_tip)
            details.addRow(label, shown)
        layout.addLayout(details)
        self.browser = PreviewBrowser(self)
        self.browser.setAccessibleName(_tr(READERS[happened]))
        html = ""
        as_it_was = AS_SENT[happened]
        if record.route == BUTTON_ROUTE:  # a record of Amazon's button: no message at all
            note = as_it_was = BUTTON_NOTE
        elif self.draft is None:
            note = GONE
        else:
            same, html = reads_as_sent(record, self.draft)
            files_same = (sorted(record.attachment_names)
                          == sorted(a.name for a in self.draft.attachments))
            note = (CHANGED[happened] if not same else as_it_was if files_same
                    else FILES_CHANGED[happened])
            self.browser.show_html(html)  # spaced as the buyer's view spaces it
        self.note = QLabel(_tr(note), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #546e7a;" if note == as_it_was else "color: #8a5300;")
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
