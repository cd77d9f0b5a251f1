"""Messages › Check Mailbox in the window: in the background, with Cancel, never blocking.

Threading rule: the reader (network and parsing, :func:`composer.inbox.mailbox.read_mailbox`)
runs on a worker and puts each batch in a queue; the UI thread takes batches off the queue
on a timer and stores them (the store belongs to the UI thread). A problem is one line in
the status bar; the seller keeps working.
"""

from __future__ import annotations

import queue
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from composer.inbox.mailbox import Batch, CheckResult, MailboxProblem, ReadSummary
from composer.ui.background import Background
from composer.ui.localwords import fill
from composer.ui.translations import say

if TYPE_CHECKING:
    from composer.inbox.mailbox import MailboxAccount, MailboxReader
    from composer.ui.mainwindow import MainWindow

DRAIN_MS = 50
SHOW_MS = 15_000


class MailboxCheck(QObject):
    """One check at a time; ``finished`` carries the line shown in the status bar."""

    finished = Signal(str)
    stored = Signal()  # new e-mails are in the store

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker = Background(self, "mailbox")
        self.batches: queue.Queue[Batch] = queue.Queue()
        self.cancel_event = threading.Event()
        self.account: MailboxAccount | None = None
        self.result = CheckResult()
        self.progress_text = ""
        self.timer = QTimer(self)
        self.timer.setInterval(DRAIN_MS)
        self.timer.timeout.connect(self.drain)
        self.bar = QWidget(window.status)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.bar)
        row.addWidget(self.label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.bar)
        self.cancel_button.setToolTip(self.tr("Stop checking the mailbox; what was read is kept"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the mailbox check"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        window.status.addWidget(self.bar)
        self.bar.hide()

    @property
    def running(self) -> bool:
        return self.account is not None

    def start(self) -> None:
        """Check now: ask for a missing password, then read in the background."""
        from composer.export.keychain import session_passwords
        from composer.ui.receivingsettings import mailbox_account

        if self.running:
            return
        account = mailbox_account(self.window.settings)
        problem = account.problem()
        if problem:
            self.window.status.showMessage(say(problem), SHOW_MS)
            self.window.open_settings("receiving")
            return
        passwords = session_passwords()
        password = passwords.get(account.host, account.user)
        if password is None:
            password, ok = QInputDialog.getText(
                self.window, self.tr("Check mailbox"),
                fill(self.tr("Password for %1 on %2:"), account.user, account.host),
                QLineEdit.EchoMode.Password)
            if not ok or not password:
                return
            passwords.set(account.host, account.user, password, remember=False)
        self.account = account
        self.result = CheckResult()
        self.cancel_event = threading.Event()
        self.batches = queue.Queue()
        position = self.window.store.mailbox_position(account.key, account.folder)
        self._show(self.tr("Checking your mailbox (%1)…").replace("%1", account.host))
        self.readers: list[MailboxReader] = []
        self.worker.submit(_read, account, password, position, self.cancel_event,
                           self.batches, self.readers,
                           on_success=self._done, on_failure=self._failed)
        self.timer.start()

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping the mailbox check…"))

    def drain(self) -> None:
        """Store what the reader has read so far (on the UI thread)."""
        from composer.inbox.mailbox import store_batch

        if self.account is None:
            return
        stored = False
        while True:
            try:
                batch = self.batches.get_nowait()
            except queue.Empty:
                break
            data_dir = self.window.data_dir
            if data_dir is None:
                continue
            report = store_batch(self.window.store, data_dir, self.account, batch)
            self.result.merge(report)
            stored = stored or bool(report.added)
        if stored:
            added = len(self.result.report.added)
            self.label.setText(self.tr("Checking your mailbox… %Ln new so far", "", added))
            self.stored.emit()

    def _done(self, summary: ReadSummary) -> None:
        try:
            self.drain()
        except Exception as exc:  # the store refused: say so in one line
            summary.problem = self.tr("The new e-mails could not be stored: %1").replace(
                "%1", str(exc))
        result = self.result
        result.found, result.renumbered = summary.found, summary.renumbered
        result.gone, result.too_large = summary.gone, summary.too_large
        result.cancelled, result.problem = summary.cancelled, summary.problem
        self._end(say(result.line()))

    def _failed(self, error: BaseException) -> None:
        from composer.export.keychain import session_passwords

        self.drain()
        if isinstance(error, MailboxProblem):
            if error.kind == "login" and self.account is not None:
                session_passwords().forget_session(self.account.host, self.account.user)
            line = say(str(error))
        else:
            line = self.tr("The mailbox could not be checked (%1); you can keep working."
                           ).replace("%1", str(error))
        self._end(line)

    def _end(self, line: str) -> None:
        from composer.ui.translations import say

        line = say(line)  # the core's English (a check's result, a problem) in the app's language
        self.timer.stop()
        self.account = None
        self.bar.hide()
        self.window.status.showMessage(line, SHOW_MS)
        self.stored.emit()
        self.finished.emit(line)

    def _show(self, text: str) -> None:
        self.label.setText(text)
        self.cancel_button.setEnabled(True)
        self.bar.show()

    def shutdown(self) -> None:
        """The window closes: stop reading, and cut a connection that may be waiting."""
        self.cancel_event.set()
        self.timer.stop()
        for reader in getattr(self, "readers", []):
            reader.abort()
        self.worker.shutdown()


def _read(account: MailboxAccount, password: str, position: tuple[int, int] | None,
          cancel: threading.Event, out: queue.Queue[Batch],
          readers: list[MailboxReader]) -> ReadSummary:
    """On the worker: no Qt, no store (see the module docstring)."""
    from composer.inbox.mailbox import read_mailbox

    return read_mailbox(account, password, position, cancel, out.put, opened=readers.append)
