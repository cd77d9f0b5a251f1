"""Sending by SMTP from the window: progress with Cancel, plain-word errors, the Outbox.

Threading: the store is touched only on the UI thread (enqueue, settle); the
network conversation runs on a worker through :class:`composer.ui.background.Background`.
The worker reports its current step by writing a string that a UI timer reads;
no signal crosses threads.

A message that cannot go out now (offline, a timeout, a busy server, the daily
limit) stays in the Outbox and a timer tries the due ones again in the
background; "Send now" tries them all at once. A new message whose server name does
not exist (a typo in Settings) is not queued: the seller is told and Settings open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from composer.export.outbox import Outbox
from composer.export.smtp import SERVER_NAME, Cancel, SendError, SmtpConfig, send_eml
from composer.ui.background import Background
from composer.ui.translations import plural_s, quoted, say

if TYPE_CHECKING:
    from composer.appdata.settings import Settings
    from composer.export.keychain import Passwords
    from composer.store import OutboxItem, SentRecord, Store

RETRY_MS = 60_000
NOT_QUEUED = ("cancelled", SERVER_NAME)  # a fresh send that failed so leaves the Outbox
OFFLINE_TEXT = QT_TRANSLATE_NOOP(
    "SendFlow", "Saved in the Outbox; it will go out when the connection returns.")


def config_from_settings(settings: Settings, password: str = "") -> SmtpConfig:
    return SmtpConfig(host=str(settings.get("smtp_host")).strip(),
                      port=int(settings.get("smtp_port")),
                      security=str(settings.get("smtp_security")),
                      user=str(settings.get("smtp_user")).strip(), password=password)


def _send_step(config: SmtpConfig, eml: bytes, cancel: Cancel,
               steps: list[str]) -> SendError | None:
    """Runs on the worker: pure core only. A failure is returned, not raised."""
    try:
        send_eml(config, eml, cancel, steps.append)
    except SendError as error:
        return error
    return None


class SendFlow(QObject):
    """Sends, queues and retries; tells the window through signals on the UI thread."""

    outboxChanged = Signal(int)  # how many messages wait
    delivered = Signal(int)  # how many went out in the round that just ended
    statusMessage = Signal(str, int)
    settingsRequested = Signal(str)

    def __init__(self, parent: QWidget, store: Store, settings: Settings, passwords: Passwords,
                 quota_left: Callable[[], int | None] | None = None,
                 retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.store = store
        self.settings = settings
        self.passwords = passwords
        self.outbox = Outbox(store, self._unused_send, quota_left)
        self.worker = Background(self, "smtp")
        self.busy = False
        self.cancel: Cancel | None = None
        self.progress: QProgressDialog | None = None
        self._steps: list[str] = []
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(100)
        self._step_timer.timeout.connect(self._show_step)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(retry_ms)
        self.retry_timer.timeout.connect(self.retry_due)
        if self.outbox.pending_count():
            self.retry_timer.start()
        self.ask_password: Callable[[SmtpConfig], str | None] = self._ask_password
        self.inform: Callable[[str, str, str], None] = self._inform  # kind, title, text

    @staticmethod
    def _unused_send(_eml: bytes) -> None:  # the UI sends on its worker, never through this
        raise SendError("other", "Not used.")

    # --- settings and password ---------------------------------------------------------------
    def config(self, interactive: bool = True) -> SmtpConfig | None:
        """The SMTP settings with the password; None if something is missing (and said)."""
        config = config_from_settings(self.settings)
        problem = say(config.problem() or "") or (
            None if str(self.settings.get("from_address")).strip()
            else self.tr("Add your From address (the email registered with Amazon) in "
                         "Settings › Sending."))
        if problem:
            if interactive:
                self.inform("setup", self.tr("Set up sending first"), problem)
                self.settingsRequested.emit("sending")
            return None
        if not config.user:
            return config
        password = self.passwords.get(config.host, config.user)
        if password is None:
            if not interactive:
                return None
            password = self.ask_password(config)
            if password is None:
                return None
            self.passwords.set(config.host, config.user, password)
        return SmtpConfig(config.host, config.port, config.security, config.user, password)

    def _ask_password(self, config: SmtpConfig) -> str | None:
        from composer.ui.passworddialog import ask_password
        from composer.ui.translations import current_language

        where = self.passwords.where_text(current_language())
        return ask_password(self.parent_widget, self.tr("Email password"),
                            self.tr("Password for {user} on {server}.").format(
                                user=config.user, server=config.host), say(where))

    # --- sending -------------------------------------------------------------------------------
    def send(self, eml: bytes, record: SentRecord) -> bool:
        """Queue the message and send it now with a progress dialog. False: not even queued."""
        if self.busy:
            self.inform("busy", self.tr("Already sending"),
                        self.tr("Wait until the message being sent is done."))
            return False
        config = self.config()
        if config is None:
            return False
        item = self.store.enqueue(eml, record)
        self._changed()
        if self.outbox.quota_full():
            self.inform("quota", self.tr("Daily limit reached"), self._quota_text())
            return True
        self._start([item], config, fresh=True)
        return True

    def send_now(self, item_id: int | None = None) -> None:
        """Try every waiting message (or one) now, whatever its retry time."""
        if self.busy:
            return
        items = [i for i in self.store.outbox() if item_id is None or i.id == item_id]
        if not items:
            return
        if self.outbox.quota_full():
            self.inform("quota", self.tr("Daily limit reached"), self._quota_text())
            return
        config = self.config()
        if config is not None:
            self._start(items, config, fresh=False)

    def retry_due(self) -> None:
        """The background retry: due items only, no questions, no dialogs."""
        if self.busy:
            return
        items = self.outbox.due()
        if not items:
            if not self.outbox.pending_count():
                self.retry_timer.stop()
            return
        if self.outbox.quota_full():
            return
        config = self.config(interactive=False)
        if config is not None:
            self._start(items, config, fresh=False, quiet=True)

    def _start(self, items: list[OutboxItem], config: SmtpConfig, fresh: bool,
               quiet: bool = False) -> None:
        self.busy = True
        self.cancel = Cancel()
        self._queue = list(items)
        self._config = config
        self._fresh = fresh
        self._quiet = quiet
        self._delivered: list[SentRecord] = []
        if not quiet:
            subject = items[0].record.subject or self.tr("Your message")
            self.progress = QProgressDialog(quoted(subject) + "\n" + self.tr("Connecting…"),
                                            self.tr("Cancel"), 0, 0, self.parent_widget)
            self.progress.setWindowTitle(self.tr("Sending to the buyer"))
            self.progress.setMinimumWidth(420)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(0)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(self.cancel.cancel)
            self.progress.show()
            self._step_timer.start()
        self._next()

    def _next(self) -> None:
        item = self._queue[0]
        self._steps = []
        assert self.cancel is not None
        self.worker.submit(_send_step, self._config, item.eml, self.cancel, self._steps,
                           on_success=self._done)

    def _show_step(self) -> None:
        if self.progress is not None and self._steps and self._queue:
            total = len(self._queue) + len(self._delivered)
            count = " " + self.tr("({number} of {total})").format(
                number=len(self._delivered) + 1, total=total) if total > 1 else ""
            subject = self._queue[0].record.subject or self.tr("Your message")
            self.progress.setLabelText(f"{quoted(subject)}{count}\n{say(self._steps[-1])}")

    def _done(self, error: SendError | None) -> None:
        item = self._queue.pop(0)
        if error is not None and error.kind in NOT_QUEUED and self._fresh:
            assert item.id is not None
            # The seller cancelled this very send, or its server's name does not exist:
            # waiting would not help, so it does not wait (the draft still has it).
            self.store.outbox_discard(item.id)
        else:
            sent = self.outbox.settle(item, error)
            if sent is not None:
                self._delivered.append(sent)
        if error is None and self._queue and not self.outbox.quota_full():
            self._next()
            return
        self._finish(error)

    def _finish(self, error: SendError | None) -> None:
        self.busy = False
        self._step_timer.stop()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        waiting = self._changed()
        if waiting:
            self.retry_timer.start()
        if self._delivered:
            n = len(self._delivered)
            self.delivered.emit(n)
            self.statusMessage.emit(
                self.tr("Sent to the buyer's Amazon address and added to the sent log.")
                if n == 1 else plural_s(self.tr("%n message(s) sent and added to the sent log.",
                                                "", n), n),
                8000)
        if error is None:
            if self._queue or (waiting and self.outbox.quota_full()):
                if self._quiet:  # a background retry never opens a dialog
                    self.statusMessage.emit(self._quota_text(), 15000)
                else:
                    self.inform("quota", self.tr("Daily limit reached"), self._quota_text())
            return
        if self._quiet:
            if not error.retryable and error.kind != "cancelled":
                self.statusMessage.emit(self.tr("A message in the Outbox could not be sent: "
                                                "{error}").format(error=say(str(error))), 15000)
            return
        if error.kind == "cancelled":
            self.statusMessage.emit(self.tr("Not sent: you cancelled. Your draft is unchanged.")
                                    if self._fresh
                                    else self.tr("Stopped. The rest waits in the Outbox."), 8000)
        elif error.retryable:
            self.inform("offline", self.tr("Not sent yet"),
                        f"{self.tr(OFFLINE_TEXT)}\n\n{say(str(error))}")
        elif error.kind == SERVER_NAME and self._fresh:
            self.inform("failed", self.tr("The message was not sent"), say(str(error)))
            self.settingsRequested.emit("sending")  # where the name is put right
        else:
            if error.kind == "auth":
                self.passwords.forget_session(self._config.host, self._config.user)
            self.inform("failed", self.tr("The message was not sent"),
                        f"{say(str(error))}\n\n" + self.tr(
                            "It waits in the Outbox: fix this, then press “Send now” in the "
                            "sent log, or delete it there."))

    def _quota_text(self) -> str:
        return self.tr("Today's message limit is reached. The message waits in the Outbox and "
                       "goes out tomorrow, when the limit frees up.")

    def _changed(self) -> int:
        waiting = self.outbox.pending_count()
        self.outboxChanged.emit(waiting)
        return waiting

    def _inform(self, kind: str, title: str, text: str) -> None:
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle(title)
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Information if kind in ("offline", "quota", "busy")
                    else QMessageBox.Icon.Warning)
        send_now = None
        if kind == "offline":
            send_now = box.addButton(self.tr("Send now"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if send_now is not None and box.clickedButton() is send_now:
            QTimer.singleShot(0, self.send_now)

    def shutdown(self) -> None:
        if self.cancel is not None:
            self.cancel.cancel()
        self.retry_timer.stop()
        self._step_timer.stop()
        self.worker.shutdown()
