"""Link a reply written as a new draft to the buyer's message it answers.

A reply started with New (not with Reply) to a buyer whose message waits in Buyer messages
has no thread: the message stays "Waiting" and the e-mail has no In-Reply-To. When the
draft's order ID matches exactly one waiting message (``composer.inbox.replying``), the
header's reply row offers "Link to the buyer's message from <time>". The link does what
Reply does for the thread and the 24-hour clock; the same button then undoes it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from composer.store.inboxstore import InboxSummary
    from composer.ui.mainwindow import MainWindow


class ReplyLink(QObject):
    """The reply row's link button for the open draft."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        header = window.compose.header
        self.button = QPushButton(header.reply_row)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.hide()
        header.reply_offer.addWidget(self.button)
        header.reply_offer.addStretch(1)
        self.button.clicked.connect(self._clicked)
        header.changed.connect(lambda _value: self.update())
        self._offer: InboxSummary | None = None
        # After a link, what Undo puts back: (draft id, buyer message id, "Buyer wrote at").
        self._undo: tuple[int, int, datetime | None] | None = None

    def forget(self) -> None:
        """Another draft is open: an earlier link is no longer undone from here."""
        self._undo = None
        self.update()

    def update(self) -> None:
        """Show the offer (or its Undo) when it applies to the open draft, else hide it."""
        from composer.message.messagetypes import REPLY
        from composer.store.inboxstore import waiting_for_order

        draft = self.window.session.current
        header = self.window.compose.header.value()
        self._offer = None
        if draft is None or header.message_type != REPLY:
            self.button.hide()
            return
        if self._undo is not None and self._undo[0] == draft.id:
            self.button.setText(self.tr("Undo the link to the buyer's message"))
            self.button.setToolTip("")
            self.button.show()
            return
        self._undo = None
        if self.window.compose.thread is None:
            try:
                self._offer = waiting_for_order(self.window.store.inbox_list(), header.order_id)
            except Exception:  # a damaged inbox must not stop writing
                self._offer = None
        if self._offer is None:
            self.button.hide()
            return
        from composer.ui.buyerpane import when

        self.button.setText(self.tr("Link to the buyer's message from %1")
                            .replace("%1", when(self._offer.received_at)))
        self.button.setToolTip(self.tr(
            "Makes this draft the reply to that message, as Reply does: the e-mail answers "
            "it, and the message counts as answered once this one leaves."))
        self.button.show()

    def _clicked(self) -> None:
        if self._undo is not None:
            self._unlink()
        elif self._offer is not None:
            self._link(self._offer)
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard stays here

    def _link(self, offer: InboxSummary) -> None:
        from composer.inbox.replying import DRAFT_KEY, reply_thread, thread_to_extra

        window = self.window
        draft = window.session.current
        if draft is None:
            return
        item = window.store.inbox_item(offer.id)
        thread = reply_thread(item.mail, item.id)
        before = window.compose.header.value().buyer_message_at
        self._undo = (draft.id, item.id, before)
        draft.extra[DRAFT_KEY] = thread_to_extra(thread)
        window.compose.thread = thread
        if before is None:  # the 24-hour clock starts when the buyer wrote, as with Reply
            window.compose.header.set_buyer_wrote_at(item.mail.received_at)
        self._store(draft)
        window.status.showMessage(self.tr(
            "Linked: this draft now answers the buyer's message. The same button undoes it."),
            8000)

    def _unlink(self) -> None:
        from composer.inbox.replying import DRAFT_KEY

        window = self.window
        draft = window.session.current
        undo, self._undo = self._undo, None
        if draft is None or undo is None or undo[0] != draft.id:
            self.update()
            return
        draft.extra.pop(DRAFT_KEY, None)
        window.compose.thread = None
        if undo[2] is None:
            window.compose.header.set_buyer_wrote_at(None)
        self._store(draft)
        window.status.showMessage(self.tr("The draft is no longer linked to the buyer's "
                                          "message."), 8000)

    def _store(self, draft: object) -> None:
        window = self.window
        window.session.touch()
        window.session.save_now()
        window.inbox.draft_loaded(window.session.current)  # the buyer's message is shown
        window.compose.checker.schedule()
        self.update()
