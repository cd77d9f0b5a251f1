"""The sent log and the Outbox: what left the app, and what is still waiting to be sent."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.ui.localwords import moment
from composer.ui.sentmessage import (
    FILES_LABELS,
    SentMessageDialog,
    draft_of,
    files_label,
    recipient_words,
    route_words,
    subject_words,
    type_label,
)
from composer.ui.tablefit import content_columns
from composer.ui.translations import number, plural_s, say

if TYPE_CHECKING:
    from composer.store import SentRecord, Store

LOG_COLUMNS = (QT_TRANSLATE_NOOP("SentLogDialog", "When"),
               QT_TRANSLATE_NOOP("SentLogDialog", "How"),
               QT_TRANSLATE_NOOP("SentLogDialog", "Order"),
               QT_TRANSLATE_NOOP("SentLogDialog", "Subject"),
               QT_TRANSLATE_NOOP("SentLogDialog", "To"),
               QT_TRANSLATE_NOOP("SentLogDialog", "Attachments"),
               QT_TRANSLATE_NOOP("SentLogDialog", "Type"))
OUTBOX_COLUMNS = (QT_TRANSLATE_NOOP("SentLogDialog", "Queued"),
                  QT_TRANSLATE_NOOP("SentLogDialog", "Subject"),
                  QT_TRANSLATE_NOOP("SentLogDialog", "To"),
                  QT_TRANSLATE_NOOP("SentLogDialog", "Tries"),
                  QT_TRANSLATE_NOOP("SentLogDialog", "Last problem"),
                  QT_TRANSLATE_NOOP("SentLogDialog", "Next try"))
TO_COLUMN = LOG_COLUMNS.index("To")
OUTBOX_SUBJECT, OUTBOX_TO, OUTBOX_PROBLEM = 1, 2, 4
OUTBOX_TAB = 1


SUBJECT_COLUMN = LOG_COLUMNS.index("Subject")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SentLogDialog", text)


def _when(when: datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("SentLogDialog", "When you press Send now")
    return moment(when)


def _table(parent: QWidget, columns: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels([_tr(column) for column in columns])
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def attachments_words(record: SentRecord) -> str:
    """The files of a log row; a copy carries none, so it says where they are to be attached."""
    names = ", ".join(record.attachment_names)
    if names and record.route in FILES_LABELS:
        return f"{files_label(record.route)} {names}"
    return names


class SentLogDialog(QDialog):
    """Two tabs: the sent log (with CSV export) and the Outbox (Send now, Delete)."""

    sendNowRequested = Signal(object)  # an outbox item id, or None for all
    useAsDraftRequested = Signal(object, str)  # a Header and the HTML body
    outboxChanged = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Sent log and Outbox"))
        # Room for the columns, wider when the screen allows (up to 1200 px): the subject,
        # what a seller looks for, takes what is left.
        screen = (parent.screen() if parent is not None else None) or self.screen()
        free = screen.availableGeometry().width() - 80 if screen is not None else 1000
        self.resize(min(1200, max(1000, free)), 480)
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs)

        log_page = QWidget(self)
        log_layout = QVBoxLayout(log_page)
        note = QLabel(self.tr("Every message you copied, saved or sent from Seller Composer, "
                              "newest first. Kept for two years (see Settings › Sending)."),
                      log_page)
        note.setWordWrap(True)
        log_layout.addWidget(note)
        self.log_table = _table(log_page, LOG_COLUMNS, self.tr("Sent log"))
        # Each column as wide as its text; the subject takes the rest, shortened in the middle
        # (the whole text on hover). On a small screen a long address gives way to it.
        content_columns(self.log_table, SUBJECT_COLUMN,
                        squeeze=(TO_COLUMN, LOG_COLUMNS.index("Attachments")))
        self.log_table.setToolTip(self.tr("Double-click a message (or press Enter) to read it "
                                          "and use it as a new draft"))
        self.log_table.activated.connect(lambda index: self.show_record(index.row()))
        log_layout.addWidget(self.log_table, 1)
        row = QHBoxLayout()
        self.log_count = QLabel(log_page)
        row.addWidget(self.log_count)
        row.addStretch(1)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), log_page)
        self.csv_button.setToolTip(self.tr("Save the sent log as a spreadsheet file"))
        self.csv_button.clicked.connect(self.export_csv)
        row.addWidget(self.csv_button)
        log_layout.addLayout(row)
        self.tabs.addTab(log_page, self.tr("&Sent log"))

        outbox_page = QWidget(self)
        outbox_layout = QVBoxLayout(outbox_page)
        self.outbox_note = QLabel(outbox_page)
        self.outbox_note.setWordWrap(True)
        outbox_layout.addWidget(self.outbox_note)
        self.outbox_table = _table(outbox_page, OUTBOX_COLUMNS, self.tr("Outbox"))
        # The subject, the address and the problem share what the short columns leave,
        # shortened in the middle; each whole in its tooltip.
        content_columns(self.outbox_table, OUTBOX_SUBJECT, squeeze=(OUTBOX_TO, OUTBOX_PROBLEM))
        outbox_layout.addWidget(self.outbox_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.send_now_button = QPushButton(self.tr("Send &now"), outbox_page)
        self.send_now_button.setToolTip(self.tr("Try to send every waiting message now"))
        self.send_now_button.clicked.connect(lambda: self.sendNowRequested.emit(None))
        self.delete_button = QPushButton(self.tr("&Delete…"), outbox_page)
        self.delete_button.setToolTip(self.tr("Remove the selected message from the Outbox; it "
                                              "is not sent"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.send_now_button)
        buttons.addWidget(self.delete_button)
        outbox_layout.addLayout(buttons)
        self.tabs.addTab(outbox_page, self.tr("&Outbox"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        outer.addLayout(bottom)
        self.outbox_table.itemSelectionChanged.connect(self._selection_changed)
        self.ask_csv_path = self._ask_csv_path
        self.records: list[SentRecord] = []
        self.shown_message: SentMessageDialog | None = None
        self.confirm_delete = self._confirm_delete

    def refresh(self) -> None:
        records = self.store.sent_log()
        self.records = list(records)
        self.log_table.setRowCount(len(records))
        for row, rec in enumerate(records):
            copied = rec.route == "seller-central" and not rec.recipient
            to, to_tip = recipient_words(rec, draft_of(rec, self.store) if copied else None)
            values = (_when(rec.sent_at), route_words(rec.route), rec.order_id,
                      subject_words(rec), to, attachments_words(rec),
                      type_label(rec.message_type))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(to_tip if column == TO_COLUMN else value)
                self.log_table.setItem(row, column, cell)
            if rec.ignored:  # what the seller chose to send anyway stays visible
                how = self.log_table.item(row, 1)
                n = len(rec.ignored)
                how.setText(plural_s(self.tr("%1, with %n ignored problem(s)", "", n),
                                    n).replace("%1", how.text()))
                how.setToolTip(self.tr("You chose to ignore: %1").replace(
                    "%1", "; ".join(say(ignored) for ignored in rec.ignored)))
        n = len(records)
        self.log_count.setText(plural_s(self.tr("%Ln message(s)", "", n), n))
        self.csv_button.setEnabled(bool(records))
        items = self.store.outbox()
        self.outbox_table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = (_when(item.created_at), item.record.subject, item.record.recipient,
                      str(item.attempts),
                      say(item.last_error) if item.last_error else self.tr("Not tried yet"),
                      _when(item.next_try_at) if item.attempts
                      else self.tr("As soon as possible"))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if column in (OUTBOX_SUBJECT, OUTBOX_TO, OUTBOX_PROBLEM):
                    cell.setToolTip(value)
                self.outbox_table.setItem(row, column, cell)
        waiting = len(items)
        self.outbox_note.setText(
            self.tr("Nothing is waiting.") if not items else plural_s(self.tr(
                "%Ln message(s) waiting to be sent. They go out by themselves when the "
                "connection returns, within your daily limit.", "", waiting), waiting))
        self.tabs.setTabText(OUTBOX_TAB, self.tr("&Outbox (%1)").replace("%1", number(waiting))
                             if items else self.tr("&Outbox"))
        self.send_now_button.setEnabled(bool(items))
        self._selection_changed()

    def show_record(self, row: int) -> None:
        """The message of a log row, as it was sent, with "Use as a new draft"."""
        if not 0 <= row < len(self.records):
            return
        self.shown_message = SentMessageDialog(self.records[row], self.store, self)
        self.shown_message.useRequested.connect(self.useAsDraftRequested)
        self.shown_message.show()

    def show_outbox(self, item_id: int | None = None) -> None:
        """The Outbox tab, with message ``item_id`` (else the first waiting one) selected."""
        self.tabs.setCurrentIndex(OUTBOX_TAB)
        table = self.outbox_table
        rows = [r for r in range(table.rowCount())
                if item_id is None or table.item(r, 0).data(Qt.ItemDataRole.UserRole) == item_id]
        if rows:
            # Through the selection model: selectRow() would follow keys held at this moment
            # (Ctrl toggles the row off instead of selecting it).
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            table.selectionModel().setCurrentIndex(table.model().index(rows[0], 0), flags)
            table.setFocus()

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(self.selected_item_id() is not None)

    def selected_item_id(self) -> int | None:
        rows = self.outbox_table.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.outbox_table.item(rows[0].row(), 0)
        return cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None

    def delete_selected(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None:
            return
        subject = self.outbox_table.item(self.outbox_table.currentRow(), 1)
        if not self.confirm_delete(subject.text() if subject else ""):
            return
        self.store.outbox_discard(item_id)
        self.refresh()
        self.outboxChanged.emit()

    def _confirm_delete(self, subject: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete from the Outbox?"),
            (self.tr("“%1” will not be sent and is removed from the Outbox. Your draft is not "
                     "affected.").replace("%1", subject) if subject else
             self.tr("This message will not be sent and is removed from the Outbox. Your draft "
                     "is not affected.")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def export_csv(self) -> None:
        from composer.export.sentlog import write_csv

        path = self.ask_csv_path()
        if not path:
            return
        try:
            write_csv(path, self.store.sent_log())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The file could not be written: %1").replace("%1", str(exc)))

    def _ask_csv_path(self) -> str:
        from pathlib import Path

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the sent log"),
                                              str(Path.home() / "sent-log.csv"),
                                              self.tr("CSV files (*.csv)"))
        return path
