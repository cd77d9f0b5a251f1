"""Messages › Buyer messages: who is waiting for an answer, and what Amazon mailed back.

The first tab lists buyer messages: waiting ones first with their reply clock (the one
due soonest first), then answered ones, then those marked "No response needed" (with a
reminder to mark them in Seller Central too, where Amazon counts the clock). The second
tab lists Amazon's notices: opt-outs, messages it did not deliver, restrictions.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.clock.replyclock import ICONS, ReplyClock, duration, reply_clock
from composer.inbox.buyermessage import NOTICE_LABELS
from composer.inbox.formats import topic_label
from composer.inbox.listorder import sort_for_list
from composer.ui.buyerpane import when
from composer.ui.localwords import day, fill, zone_tip
from composer.ui.tablefit import content_columns, fit_columns
from composer.ui.translations import current_language

if TYPE_CHECKING:
    from composer.store import InboxSummary

COLUMNS = (QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Reply clock"),
           QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Buyer"),
           QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Order"),
           QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Topic"),
           QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Received"),
           QT_TRANSLATE_NOOP("BuyerMessagesDialog", "State"))
NOTICE_COLUMNS = (QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Received"),
                  QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Notice"),
                  QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Order"),
                  QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Until"),
                  QT_TRANSLATE_NOOP("BuyerMessagesDialog", "What it did"),
                  QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Buyer"))
NOTICE_SHRINKS = (1, 4)  # "Notice" and "What it did"
COPIED_WORDS = {"seller-central": QT_TRANSLATE_NOOP("BuyerMessagesDialog",
                                                    "copied for Seller Central"),
                "rich-text": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "copied formatted")}
STATE_WORDS = {"waiting": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Waiting"),
               "answered": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Answered"),
               "no-response": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "No response needed")}
# Amazon's notices (composer.inbox.buyermessage.NOTICE_LABELS) and the topics of buyer
# messages (resources/inbox/notifications.json), in the app's language.
NOTICE_WORDS = {
    "opt-out": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "The buyer opted out of messages"),
    "refused": QT_TRANSLATE_NOOP("BuyerMessagesDialog",
                                 "Amazon did not deliver a message (guidelines)"),
    "restricted": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Proactive messages restricted"),
}
TOPIC_WORDS = {
    "product-details": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Product details inquiry"),
    "order-delivery": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Order delivery inquiry"),
    "shipping": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Shipping inquiry"),
    "return": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Return request"),
    "customisation": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Customisation inquiry"),
    "cancellation": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Cancellation request"),
    "other": QT_TRANSLATE_NOOP("BuyerMessagesDialog", "Other question"),
}
REMINDER = QT_TRANSLATE_NOOP(
    "BuyerMessagesDialog", "“No response needed” here is your own note. Mark the message in "
    "Seller Central too (Buyer Messages › No response needed), or Amazon counts it as "
    "unanswered.")
EMPTY = QT_TRANSLATE_NOOP(
    "BuyerMessagesDialog", "No buyer messages yet. Drop Amazon's e-mails (.eml, .msg or an "
    "mbox file) on the window, or use Import E-mail Files.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BuyerMessagesDialog", text)


def notice_words(kind: str) -> str:
    """An Amazon notice's name in the app's language (its id if it is a new kind)."""
    if kind in NOTICE_WORDS:
        return _tr(NOTICE_WORDS[kind])
    return NOTICE_LABELS.get(kind, kind)


def topic_words(topic: str) -> str:
    """What a buyer's message is about ("Return request"), in the app's language."""
    if topic in TOPIC_WORDS:
        return _tr(TOPIC_WORDS[topic])
    return topic_label(topic) or _tr(TOPIC_WORDS["other"])


class InboxWords(QObject):
    """Words the list makes in code: a QObject for Qt's tr and its plural forms."""

    def clock(self, clock: ReplyClock) -> str:
        """The reply clock's words (``ReplyClock.text``): "◷ 5 h 20 min left to reply"."""
        span = duration_words(int(abs(clock.left.total_seconds()) // 60))
        if clock.state == "late":
            return f"{ICONS['late']} " + self.tr("Late by %1").replace("%1", span)
        return f"{ICONS[clock.state]} " + self.tr("%1 left to reply").replace("%1", span)

    def answered(self, copied: str | None, answered: str) -> str:
        """"Answered 3 Nov 2026, 15:22", or how it was copied when it was a copy."""
        if copied:
            return fill(self.tr("Answered (%1, %2)"), _tr(copied), answered)
        return self.tr("Answered %1").replace("%1", answered)


def duration_words(minutes: int) -> str:
    """A time span as a person says it ("45 min", "2 days 4 h"), the core's words."""
    return duration(timedelta(minutes=minutes), current_language())


def clock_words(clock: ReplyClock) -> str:
    return InboxWords().clock(clock)


def clock_text(summary: InboxSummary, now: datetime) -> str:
    if summary.state != "waiting":
        return ""
    return clock_words(reply_clock(summary.received_at, now))


class BuyerMessagesDialog(QDialog):
    """The list of buyer messages and Amazon's notices, with Reply and the seller's marks."""

    replyRequested = Signal(int)
    noResponseRequested = Signal(int, bool)  # id, True: no response needed
    importRequested = Signal()
    checkRequested = Signal()
    clearRestrictionRequested = Signal(int)
    openRefusedRequested = Signal(int)  # a sent-log entry Amazon did not deliver

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buyer messages"))
        self.setObjectName("buyer-messages")
        self.resize(900, 520)
        column = QVBoxLayout(self)
        self.banner = QFrame(self)
        self.banner.setObjectName("restriction-banner")
        self.banner.setStyleSheet("QFrame#restriction-banner { background: #fde8e8; "
                                  "border: 1px solid #d9534f; } QLabel { color: #611a15; }")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        banner_row.addWidget(self.banner_text, 1)
        self.clear_button = QPushButton(self.tr("&It was lifted: clear it"), self.banner)
        banner_row.addWidget(self.clear_button)
        self.clear_button.clicked.connect(self._clear)
        self.banner.hide()
        self._restriction_id: int | None = None
        column.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        column.addWidget(self.tabs, 1)
        messages = QWidget(self)
        page = QVBoxLayout(messages)
        self.model = MessagesModel(self)
        self.table = _view(messages, self.model, self.tr("Buyer messages"))
        # The buyer and the state share what the short columns leave, shortened in the
        # middle (whole on hover): the table never scrolls sideways.
        content_columns(self.table, 1, squeeze=(len(COLUMNS) - 1,))
        self.table.activated.connect(lambda _index: self._reply())
        self.table.selectionModel().selectionChanged.connect(self._selection)
        page.addWidget(self.table, 1)
        self.empty = QLabel(_tr(EMPTY), messages)
        self.empty.setWordWrap(True)
        page.addWidget(self.empty)
        self.check_line = QLabel(messages)  # what the last mailbox check found
        self.check_line.setWordWrap(True)
        self.check_line.hide()
        page.addWidget(self.check_line)
        self.reminder = QLabel(_tr(REMINDER), messages)
        self.reminder.setWordWrap(True)
        self.reminder.setObjectName("no-response-reminder")
        page.addWidget(self.reminder)
        buttons = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("&Reply"), messages)
        self.reply_button.setToolTip(self.tr("Open a reply to this message (Enter)"))
        self.reply_button.clicked.connect(self._reply)
        self.no_response_button = QPushButton(self.tr("&No response needed"), messages)
        self.no_response_button.setToolTip(self.tr("Mark it as needing no answer (for example "
                                                   "a buyer's thank-you); press again to undo"))
        self.no_response_button.clicked.connect(self._no_response)
        self.import_button = QPushButton(self.tr("&Import e-mail files…"), messages)
        self.import_button.clicked.connect(self.importRequested)
        self.check_button = QPushButton(self.tr("&Check mailbox"), messages)
        self.check_button.setToolTip(self.tr("Fetch new buyer messages from your mailbox "
                                             "(Settings › Receiving) (F5)"))
        self.check_button.clicked.connect(self.checkRequested)
        for button in (self.reply_button, self.no_response_button, self.import_button,
                       self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page.addLayout(buttons)
        self.tabs.addTab(messages, self.tr("&Messages"))
        notices = QWidget(self)
        notice_page = QVBoxLayout(notices)
        self.notices = _table(notices, NOTICE_COLUMNS, self.tr("Notices from Amazon"))
        notice_page.addWidget(self.notices, 1)
        notice_buttons = QHBoxLayout()
        self.open_refused = QPushButton(self.tr("&Open the message Amazon did not deliver"),
                                        notices)
        self.open_refused.setToolTip(self.tr("Open its draft and see what the checker says "
                                             "about it now: a refused message is the best test "
                                             "case you have"))
        self.open_refused.clicked.connect(self._open_refused)
        notice_buttons.addWidget(self.open_refused)
        notice_buttons.addStretch(1)
        notice_page.addLayout(notice_buttons)
        self.notices.itemSelectionChanged.connect(self._notice_selection)
        self.notices.viewport().installEventFilter(self)
        self.tabs.addTab(notices, self.tr("Notices from &Amazon"))
        closing = QHBoxLayout()  # one Close for the window, whichever tab is shown
        closing.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)  # Enter answers the selected buyer
        self.close_button.clicked.connect(self.close)
        closing.addWidget(self.close_button)
        column.addLayout(closing)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self._reply)
        QShortcut(QKeySequence("F5"), self, activated=self.checkRequested)
        self.rows: list[InboxSummary] = []
        self.notice_rows: list[tuple[InboxSummary, int | None]] = []
        self._selection()
        self._notice_selection()

    # --- filling ------------------------------------------------------------------------------
    def show_messages(self, summaries: list[InboxSummary], now: datetime | None = None) -> None:
        """Fill the list, most urgent first (the view asks only for the rows it shows)."""
        now = now or datetime.now(timezone.utc)
        selected = self.current_id()
        self.rows = sort_for_list(summaries, now)
        self.model.fill(self.rows, now)
        row = next((n for n, s in enumerate(self.rows) if s.id == selected), None)
        if row is None and selected is None and self.rows:
            row = 0
        if row is not None:
            self._make_current(row)
        self.empty.setVisible(not self.rows)
        self.reminder.setVisible(any(s.state == "no-response" for s in self.rows))
        self._selection()

    def show_notices(self, notices: list[tuple[InboxSummary, int | None]]) -> None:
        """Notices, newest first, each with the sent-log entry it refused (if any)."""
        self.notice_rows = notices
        self.notices.setRowCount(len(notices))
        for row, (notice, refused) in enumerate(notices):
            did = {"opt-out": self.tr("Messages you start to this buyer are blocked"),
                   "refused": (self.tr("Marked in the sent log") if refused is not None
                               else self.tr("No matching message in the sent log")),
                   "restricted": self.tr("Proactive messages paused")}.get(notice.notice, "")
            if notice.notice == "restricted" and notice.state == "cleared":
                did = self.tr("Cleared by you")
            values = (when(notice.received_at), notice_words(notice.notice),
                      notice.order_id, day(notice.notice_until) if notice.notice_until else "",
                      did, notice.relay)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # the relay address is long: shortened in the column
                self.notices.setItem(row, col, item)
        self._notice_selection()
        self._fit_notices()

    def _fit_notices(self) -> None:
        """The notice and what it did end in "…" (whole on hover) when the list is narrow."""
        wanted = {column: max(self.notices.sizeHintForColumn(column),
                              self.notices.horizontalHeader().sectionSizeHint(column))
                  for column in NOTICE_SHRINKS}
        fit_columns(self.notices, wanted, reserve=160, least=90)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list of a hidden tab is resized only when its tab is shown: fit it then.
        if watched is self.notices.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_notices()
        return super().eventFilter(watched, event)

    def show_restriction(self, restriction: InboxSummary | None) -> None:
        self._restriction_id = restriction.id if restriction else None
        if restriction is None or restriction.notice_until is None:
            self.banner.hide()
            return
        until = restriction.notice_until
        self.banner_text.setText(self.tr(
            "⛔ Amazon restricted your proactive messages until the end of %1. Messages you "
            "start cannot be exported or sent until then; replies to buyers still go.").replace(
                "%1", day(until)))
        self.banner.show()

    def show_checking(self, running: bool, line: str = "") -> None:
        """The Check mailbox button turns into Cancel while a check runs; then its result."""
        self.check_button.setText(self.tr("&Cancel check") if running
                                  else self.tr("&Check mailbox"))
        if line:
            self.check_line.setText(line)
        self.check_line.setVisible(bool(self.check_line.text()))

    def start_fresh(self) -> None:
        """Opened again: the most urgent message is current, the list has the keyboard.

        The row chosen last time belongs to a buyer already answered; Enter answers the
        row that is shown selected, so selection and current row move together."""
        self.table.clearSelection()
        self.tabs.setCurrentIndex(0)
        if self.rows:
            self._make_current(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _make_current(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    # --- the seller's choices -------------------------------------------------------------------
    def current_id(self) -> int | None:
        chosen = self.table.selectionModel().selectedRows()
        row = chosen[0].row() if chosen else -1
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def _selection(self) -> None:
        current = self.current_id()
        summary = next((s for s in self.rows if s.id == current), None)
        self.reply_button.setEnabled(summary is not None)
        self.no_response_button.setEnabled(summary is not None)
        self.no_response_button.setText(self.tr("&Needs a response after all")
                                        if summary is not None and summary.state == "no-response"
                                        else self.tr("&No response needed"))

    def _reply(self) -> None:
        current = self.current_id()
        if current is not None:
            self.replyRequested.emit(current)

    def _no_response(self) -> None:
        current = self.current_id()
        summary = next((s for s in self.rows if s.id == current), None)
        if summary is not None:
            self.noResponseRequested.emit(summary.id, summary.state != "no-response")

    def _clear(self) -> None:
        if self._restriction_id is not None:
            self.clearRestrictionRequested.emit(self._restriction_id)

    def _notice_selection(self) -> None:
        row = self.notices.currentRow()
        refused = (self.notice_rows[row][1] if 0 <= row < len(self.notice_rows)
                   and self.notices.selectedItems() else None)
        self.open_refused.setEnabled(refused is not None)

    def _open_refused(self) -> None:
        row = self.notices.currentRow()
        if 0 <= row < len(self.notice_rows) and self.notice_rows[row][1] is not None:
            self.openRefusedRequested.emit(self.notice_rows[row][1])


_ROOT = QModelIndex()


class MessagesModel(QAbstractTableModel):
    """The buyer messages as the view asks for them: a row's words are made when shown, so
    thousands of messages open as fast as a screenful."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[InboxSummary] = []
        self.now = datetime.now(timezone.utc)
        self._cache: dict[int, tuple[tuple[str, ...], str]] = {}

    def fill(self, rows: list[InboxSummary], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now, self._cache = rows, now, {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        values, clock_state = self._row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].id
        if role == Qt.ItemDataRole.ToolTipRole:  # which zone "Received" is in; else all of it
            return zone_tip() if index.column() == 4 else values[index.column()] or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and clock_state:
            return QBrush(Qt.GlobalColor.darkRed if clock_state == "late"
                          else Qt.GlobalColor.darkYellow)
        return None

    def _row(self, row: int) -> tuple[tuple[str, ...], str]:
        if row not in self._cache:
            summary = self.rows[row]
            clock = reply_clock(summary.received_at, self.now) \
                if summary.state == "waiting" else None
            state = _tr(STATE_WORDS[summary.state]) if summary.state in STATE_WORDS \
                else summary.state
            if summary.state == "answered" and summary.answered_at is not None:
                copied = COPIED_WORDS.get(summary.answered_route or "")
                # A copy counts: pasting it into Seller Central is how most sellers answer,
                # but the list says it was a copy, as the app cannot see the paste.
                state = InboxWords().answered(copied, when(summary.answered_at))
            values = (clock_words(clock) if clock else "", summary.buyer_name or summary.relay,
                      summary.order_id, topic_words(summary.topic),
                      when(summary.received_at), state)
            self._cache[row] = (values, clock.state if clock and clock.state != "ok" else "")
        return self._cache[row]


class RowsView(QTableView):
    """A list of whole rows: Home and End go to the first and the last row (a table's own
    Home goes to the first column of the row, which in a row list moves nothing)."""

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveHome,
                      QAbstractItemView.CursorAction.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)


def _view(parent: QWidget, model: QAbstractTableModel, name: str) -> QTableView:
    view = RowsView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)
    header.setStretchLastSection(True)
    return view


def _table(parent: QWidget, columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels([_tr(column) for column in columns])
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long relay address, shortened
    return table
