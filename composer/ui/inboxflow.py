"""Buyer messages in the window: import, the list, Reply, and what Amazon mailed back.

The window builds this once (``MainWindow.finish_building``). It adds the Messages menu,
a "waiting" button in the status bar, the buyer's message above a reply's editor, a
banner while Amazon restricts proactive messages, and Help › What changed in Amazon's
rules. E-mail files dropped on the window are imported; other files stay attachments.

Threading rule: reading e-mail files (parsing) runs on a worker; the store is written
on the UI thread, in one transaction per import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from composer.ui.background import Background
from composer.ui.buyerpane import BuyerMessagePane, DraftNote, when
from composer.ui.localwords import day
from composer.ui.translations import plural_s, say
from composer.ui.wholelabel import keep_brief
from composer.ui.windowparts import read_state, remember, set_keys

if TYPE_CHECKING:
    from composer.inbox.importing import ImportReport
    from composer.inbox.mailfiles import ReadMail
    from composer.store import Draft
    from composer.ui.inboxview import BuyerMessagesDialog
    from composer.ui.mainwindow import MainWindow

PANE_FOLDED = "buyer_message_hidden"  # window.json: the seller hid the buyer's message
MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")
FILE_FILTER = QT_TRANSLATE_NOOP("InboxController",
                                "E-mail files (*.eml *.msg *.mbox *.mbx);;All files (*)")
BANNER_STYLE = ("QFrame#restriction-bar { background: #fde8e8; border-bottom: 1px solid "
                "#d9534f; } QFrame#restriction-bar QLabel { color: #611a15; }")


def is_mail_file(path: str) -> bool:
    """An e-mail file by its name, or an mbox without one (Thunderbird's folders)."""
    name = Path(path).name.lower()
    if name.endswith(MAIL_SUFFIXES):
        return True
    if "." in name:
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


class InboxController(QObject):
    """The window's side of buyer messages; see the module docstring."""

    changed = Signal()  # buyer messages or notices changed (an import, a mark, an export)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.worker = Background(self, "inbox")
        self.dialog: BuyerMessagesDialog | None = None
        self.pane = BuyerMessagePane(window)
        self.note = DraftNote(window)
        self.restriction_bar = self._restriction_bar()
        column = window.header.parentWidget().layout()
        column.insertWidget(0, self.restriction_bar)
        column.insertWidget(2, self.note)
        from composer.ui.buyersplit import BuyerSplit

        self.split = BuyerSplit(self.pane, window.tabs, window._state_path())
        self.pane.quoteRequested.connect(self.quote)
        # "Hide" of the buyer's message is kept across restarts, in the window state.
        self.pane.keep_folded = read_state(window._state_path()).get(PANE_FOLDED) is True
        self.pane.foldChosen.connect(self._fold_chosen)
        self.pane.fit_window(window.height())  # and on each resize (eventFilter)
        self.split.follow_window(window.height())
        # In the buyer's view, the view comes first: the buyer's pane keeps its title row.
        window.tabs.currentChanged.connect(lambda index: self.pane.compact(
            window.tabs.widget(index) is getattr(window, "buyer_view", None)))
        window.compose.draftLoaded.connect(self.draft_loaded)
        from composer.ui.replylink import ReplyLink

        self.link = ReplyLink(window)  # a new draft's reply linked to the waiting message
        window.compose.draftLoaded.connect(lambda _draft: self.link.forget())
        self.changed.connect(self.link.update)  # an import, a mark, an answer
        from composer.ui.mailboxcheck import MailboxCheck

        self.mailbox = MailboxCheck(window)
        self.mailbox.stored.connect(self._mail_stored)
        self.mailbox.finished.connect(self._check_finished)
        self._build_menu()
        self.waiting = QToolButton(window.status)
        self.waiting.setObjectName("waiting-button")
        self.waiting.setAutoRaise(True)
        self.waiting.setToolTip(self.tr("Buyer messages waiting for your reply (Ctrl+Shift+M)"))
        self.waiting.clicked.connect(self.open_list)
        window.status.addPermanentWidget(self.waiting)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.timer = QTimer(self)  # the reply clocks move: refresh each minute
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.changed.connect(self.refresh)
        self.refresh()

    def _fold_chosen(self, folded: bool) -> None:
        self.pane.keep_folded = folded
        remember(self.window._state_path(), **{PANE_FOLDED: folded})

    # --- construction -------------------------------------------------------------------------
    def _build_menu(self) -> None:
        window = self.window
        bar = window.menuBar()
        help_menu = getattr(window, "help_menu", None)  # named in the app's language
        menu = window.menuBar().addMenu(self.tr("&Messages"))
        if help_menu is not None:  # before Help, as menus go
            bar.insertMenu(help_menu.menuAction(), menu)
        rows = ((QT_TRANSLATE_NOOP("InboxController", "&Buyer Messages…"), "Ctrl+Shift+M",
                 self.open_list, QT_TRANSLATE_NOOP(
                     "InboxController",
                     "Buyer messages waiting for a reply, answered ones, and Amazon's notices")),
                (QT_TRANSLATE_NOOP("InboxController", "&Import E-mail Files…"), "Ctrl+Shift+I",
                 self.choose_files, QT_TRANSLATE_NOOP(
                     "InboxController",
                     "Import Amazon's e-mails (.eml, Outlook .msg, an mbox folder file)")),
                (QT_TRANSLATE_NOOP("InboxController", "&Check Mailbox"), "F5",
                 self.check_mailbox, QT_TRANSLATE_NOOP(
                     "InboxController",
                     "Fetch new buyer messages from your mailbox (Settings › Receiving)")),
                (QT_TRANSLATE_NOOP("InboxController",
                                   "I Used Amazon's &Request a Review for This Order"), None,
                 self.used_button, QT_TRANSLATE_NOOP(
                     "InboxController",
                     "Amazon allows one review request per order, its own button included")))
        self.actions: dict[str, QAction] = {}
        for text, keys, slot, tip in rows:
            action = QAction(self.tr(text), window)  # keyed by the English text below
            if keys:
                set_keys(action, keys)
            action.setStatusTip(self.tr(tip))
            action.triggered.connect(lambda _checked=False, act=slot: act())
            menu.addAction(action)
            self.actions[text] = action
        self.menu = menu
        if help_menu is not None:
            changes = QAction(self.tr("What Changed in Amazon's &Rules"), window)
            changes.setStatusTip(self.tr("The 2025–2026 changes to Amazon's messaging rules"))
            changes.triggered.connect(self.show_changes)
            help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None,
                                   changes)

    def _restriction_bar(self) -> QFrame:
        bar = QFrame(self.window)
        bar.setObjectName("restriction-bar")
        bar.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 4, 12, 4)  # as the buyer's message: a reply fits 700 px
        self.restriction_text = QLabel(bar)
        self.restriction_text.setWordWrap(True)
        row.addWidget(self.restriction_text, 1)
        clear = QPushButton(self.tr("It was &lifted: clear it"), bar)
        clear.clicked.connect(self.clear_restriction)
        row.addWidget(clear)
        self.restriction_clear = clear
        self._restriction_id: int | None = None
        self._restriction_until = ""
        bar.hide()
        return bar

    # --- state shown in the window ------------------------------------------------------------
    def refresh(self) -> None:
        """The waiting count, the restriction banner, and the list if it is open."""
        from composer.inbox.listorder import waiting_count

        try:
            summaries = self.store.inbox_list()
            restriction = self.store.restriction(self.window.compose.quota.today())
        except Exception as exc:  # a damaged store: say so, keep working
            self.window.status.showMessage(
                self.tr("Buyer messages could not be read: %1").replace("%1", str(exc)), 8000)
            return
        count = waiting_count(summaries)
        self.waiting.setText("✉ " + (plural_s(self.tr("%Ln waiting", "", count), count) if count
                                     else self.tr("Buyer messages")))
        self.waiting.setVisible(bool(summaries))
        self._restriction_id = restriction.id if restriction else None
        self._restriction_until = day(restriction.notice_until) \
            if restriction is not None and restriction.notice_until is not None else ""
        self._word_banner()
        self.restriction_bar.setVisible(restriction is not None)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_messages(summaries)
            self.dialog.show_notices(self.store.notices())
            self.dialog.show_restriction(restriction)

    def _word_banner(self) -> None:
        """Amazon's restriction in two lines at most (else the first sentence, the whole in
        the tooltip). Under a buyer's message, which a reply answers, one short line and no
        button: at 1024×700 the banner left 1.5 lines of the buyer's question."""
        if not self._restriction_until:
            return
        whole = self.tr(
            "⛔ Amazon restricted your proactive messages until the end of %1. Messages you "
            "start cannot be exported or sent until then; replies to buyers still go.").replace(
            "%1", self._restriction_until)
        replying = self.pane.item is not None
        self.restriction_clear.setVisible(not replying)
        self.restriction_bar.setToolTip(whole if replying else "")
        keep_brief(self.restriction_text, self.tr(
            "⛔ Messages you start are paused until %1; replies still go.").replace(
            "%1", self._restriction_until) if replying else whole)

    def draft_loaded(self, draft: Draft) -> None:
        """A draft is in the editor: its buyer message, and a note if it needs one."""
        from composer.message.messagetypes import retired_note

        item = None
        thread = self.window.compose.thread
        if thread is not None and thread.buyer_message_id is not None:
            try:
                item = self.store.inbox_item(thread.buyer_message_id)
            except Exception:
                item = None
        self.pane.show_item(item)
        self._word_banner()
        note = retired_note(draft.header.message_type)
        note = say(note) if note else note
        refusal = None
        try:
            refusal = self.store.refusal_of_draft(draft.id)
        except Exception:
            refusal = None
        if refusal is not None:
            note = self.tr("Amazon did not deliver this message: its notice of %1 says it did "
                           "not meet the communication guidelines. Look at what the checker "
                           "says now, and change it before you send anything like it again."
                           ).replace("%1", when(refusal.received_at))
        self.note.show_note(note)

    # --- importing ----------------------------------------------------------------------------
    def files_dropped(self, paths: list[str]) -> None:
        """E-mail files are imported; any other file is attached to the open message."""
        mail = [p for p in paths if is_mail_file(p)]
        rest = [p for p in paths if p not in mail]
        if rest:
            self.window.compose.files.add(rest)
        if mail:
            self.import_paths(mail)

    def choose_files(self) -> None:
        """Ask for e-mail files: in Downloads (or Documents, home) first, then where the
        seller last imported from, also after a restart; never the program's folder."""
        from composer.ui.folders import remember_folder, remembered_folder

        settings = self.window.settings
        start = remembered_folder(settings, "last_import_folder", downloads_first=True)
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import Amazon's e-mails"),
                                                start, self.tr(FILE_FILTER))
        if paths:
            remember_folder(settings, "last_import_folder", paths[0])
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        from composer.inbox.importing import read_all

        self.window.status.showMessage(
            plural_s(self.tr("Reading %Ln e-mail file(s)…", "", len(paths)), len(paths)), 5000)
        self.worker.submit(read_all, paths, on_success=self._store_read,
                           on_failure=self._import_failed)

    def _import_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Nothing was imported"), say(str(error)))

    def _store_read(self, items: list[ReadMail]) -> None:
        from composer.inbox.importing import import_mails

        data_dir = self.window.data_dir or Path.home()
        try:
            report = import_mails(self.store, items, data_dir)
        except Exception as exc:
            QMessageBox.warning(self.window, self.tr("Nothing was imported"),
                                self.tr("The e-mails could not be stored: %1").replace(
                                    "%1", str(exc)))
            return
        self.last_report = report
        self._imported(report)

    def _imported(self, report: ImportReport) -> None:
        lines = report.lines(say)  # the core's English, in the app's language
        self.window.status.showMessage(lines[-1], 10000)
        if report.refused:
            QMessageBox.information(self.window, self.tr("Some e-mails were left out"),
                                    "\n".join(f"• {line}" for line in lines[:12]))
        self.window.compose.checker.schedule()  # a notice may change what may be sent
        self.changed.emit()
        if report.added:
            self.open_list()

    # --- the list and its actions -------------------------------------------------------------
    def open_list(self) -> None:
        from composer.ui.inboxview import BuyerMessagesDialog

        if self.dialog is None:
            self.dialog = BuyerMessagesDialog(self.window)
            self.dialog.replyRequested.connect(self.reply)
            self.dialog.noResponseRequested.connect(self.mark)
            self.dialog.importRequested.connect(self.choose_files)
            self.dialog.clearRestrictionRequested.connect(self._clear)
            self.dialog.openRefusedRequested.connect(self.open_refused)
            self.dialog.checkRequested.connect(self.check_mailbox)
        again = not self.dialog.isVisible()
        self.dialog.show()
        self.refresh()
        if again:
            self.dialog.start_fresh()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.table.setFocus()

    def reply(self, item_id: int) -> None:
        """Open the reply to buyer message ``item_id``: the one started, or a new one."""
        from composer.inbox.replying import (
            DRAFT_KEY,
            reply_header,
            reply_thread,
            thread_to_extra,
        )

        session = self.window.session
        existing = self.store.reply_draft_for(item_id)
        if existing is not None:
            session.open(existing)
        else:
            item = self.store.inbox_item(item_id)
            if not item.mail.relay:
                return
            thread = reply_thread(item.mail, item.id)
            from composer.message.header import (
                product_filled_extra,
                to_filled_extra,
                wrote_at,
            )

            now = self.window.header.clock_now()
            session.new(reply_header(item.mail, now), "",
                        extra={DRAFT_KEY: thread_to_extra(thread),
                               **product_filled_extra(item.mail.order_id,
                                                      item.mail.product_title),
                               **to_filled_extra(item.mail.order_id, item.mail.relay)})
            if wrote_at(item.mail.received_at, now)[1]:
                self.window.status.showMessage(self.tr(
                    "The buyer's e-mail is dated later than this computer's clock, so "
                    "“Buyer wrote at” shows the time now."), 10000)
        if self.dialog is not None:
            self.dialog.hide()
        self.window.raise_()
        self.window.editor.setFocus()

    def mark(self, item_id: int, no_response: bool) -> None:
        self.store.mark_no_response(item_id, needed=not no_response)
        if no_response:
            self.window.status.showMessage(self.tr(
                "Marked “No response needed”. Mark it in Seller Central too, or Amazon counts "
                "it as unanswered."), 10000)
        self.changed.emit()

    def _clear(self, item_id: int) -> None:
        self.store.clear_restriction(item_id)
        self.window.compose.checker.schedule()
        self.changed.emit()

    def clear_restriction(self) -> None:
        if self._restriction_id is not None:
            self._clear(self._restriction_id)

    def open_refused(self, sent_id: int) -> None:
        record = next((r for r in self.store.sent_log() if r.id == sent_id), None)
        if record is None or record.draft_id is None or not self.store.has_draft(
                record.draft_id):
            QMessageBox.information(
                self.window, self.tr("No draft to open"),
                self.tr("This message was not written in Seller Composer (or its draft was "
                        "deleted for good), so only its subject and fingerprint are in the sent "
                        "log."))
            return
        if self.store.get_draft(record.draft_id).in_trash:
            self.window.session.restore(record.draft_id)
        self.window.session.open(record.draft_id)
        if self.dialog is not None:
            self.dialog.hide()

    def used_button(self) -> None:
        """Record Amazon's Request a Review for the open draft's order."""
        from composer.export.requestbutton import record_button
        from composer.message.header import is_order_id

        order_id = self.window.header.value().order_id.strip()
        if not is_order_id(order_id):
            QMessageBox.information(self.window, self.tr("Which order?"),
                                    self.tr("Fill in the order ID in the header first; the "
                                            "record is kept for that order."))
            return
        answer = QMessageBox.question(
            self.window, self.tr("Request a Review"),
            self.tr("Record that you used Amazon's Request a Review button for order %1? "
                    "Amazon allows one review request per order, so Seller Composer will then "
                    "block a review or feedback request in a message for it.").replace(
                        "%1", order_id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        earlier = record_button(self.store, order_id)
        self.window.refresh_quota()
        self.window.compose.checker.schedule()
        said = self.tr("Recorded Request a Review for %1.").replace("%1", order_id)
        if earlier:
            said += " " + self.tr("This order already had a request on %1.").replace(
                "%1", say(str(earlier)))
        self.window.status.showMessage(said, 10000)

    def check_mailbox(self) -> None:
        """Check mailbox, or cancel the check that is running."""
        if self.mailbox.running:
            self.mailbox.cancel()
        else:
            self.mailbox.start()
        if self.dialog is not None:
            self.dialog.show_checking(self.mailbox.running)

    def _mail_stored(self) -> None:
        self.window.compose.checker.schedule()  # a notice may change what may be sent
        self.changed.emit()

    def _check_finished(self, line: str) -> None:
        if self.dialog is not None:
            self.dialog.show_checking(False, line)

    def show_changes(self) -> None:
        from composer.ui.ruleschanges import RulesChangesDialog

        RulesChangesDialog(self.window).exec()

    def quote(self, text: str) -> None:
        """Put the selected words of the buyer into the reply, as a quote, at the cursor."""
        cursor = self.window.editor.textCursor()
        quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in text.splitlines())
        cursor.insertText(f"{quoted}\n")
        self.window.editor.setFocus()

    # --- drops on the window ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.pane.fit_window(self.window.height())
            self.split.follow_window(self.window.height())
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()  # the window may still refuse to close: the timer restarts below
        if watched is self.window and event.type() == QEvent.Type.DragEnter:
            drag: QDragEnterEvent = event  # type: ignore[assignment]
            if drag.mimeData().hasUrls():
                drag.acceptProposedAction()
                return True
        if watched is self.window and event.type() == QEvent.Type.Drop:
            drop: QDropEvent = event  # type: ignore[assignment]
            paths = [u.toLocalFile() for u in drop.mimeData().urls() if u.isLocalFile()]
            if paths and not self.window.store.read_only:
                self.files_dropped(paths)
                drop.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        self.timer.stop()
        self.worker.shutdown()
        self.mailbox.shutdown()
        QTimer.singleShot(0, self._restart_if_open)

    def _restart_if_open(self) -> None:
        """The window refused to close (a draft could not be saved): keep the clocks going."""
        if self.window.isVisible():
            self.timer.start()
