"""The export controller: from a click on the export bar to the clipboard, a file or a send.

The main window gives it a callable returning an :class:`ExportSource` (immutable
data captured on the UI thread). On a click the controller runs the one export
sequence (:mod:`composer.export.sequence`, shared with ``seller-composer export``)
on a worker, so the check is of exactly what leaves; then, on the UI thread, it
asks for confirmation when warnings remain, performs the route and adds the export
to the sent log.

Wiring: :func:`build_export` (the window calls it once the editor takes keys) and, after
each check, ``window.export.show_verdict(summary, header, shown)``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from composer.compose.summary import Summary, confirm_heading
from composer.export import ROUTE_WORDS
from composer.export.guard import MISSING_ADDRESS, Decision
from composer.export.sequence import ExportSource, Prepared, prepare_export, quota_gate
from composer.ui.background import Background
from composer.ui.exportbar import ExportBar
from composer.ui.translations import current_language, quoted, say

if TYPE_CHECKING:
    from composer.appdata.settings import Settings
    from composer.compose.shown import Shown
    from composer.message.header import Header
    from composer.policy.model import Finding
    from composer.store import Store
    from composer.ui.mainwindow import MainWindow

CONTEXT = "ExportController"
EML_FOLDER_KEY = "last_eml_folder"  # where Save as .eml… opens next (composer.ui.folders)
VERBS = {"seller-central": QT_TRANSLATE_NOOP("ExportController", "Copy anyway"),
         "rich-text": QT_TRANSLATE_NOOP("ExportController", "Copy anyway"),
         "email-app": QT_TRANSLATE_NOOP("ExportController", "Open anyway"),
         "eml-file": QT_TRANSLATE_NOOP("ExportController", "Save anyway"),
         "smtp": QT_TRANSLATE_NOOP("ExportController", "Send anyway")}
DONE = {
    "seller-central": QT_TRANSLATE_NOOP(
        "ExportController", "Copied. In Seller Central, open the order, choose Contact Buyer "
        "and paste (Ctrl+V)."),
    "rich-text": QT_TRANSLATE_NOOP(
        "ExportController", "Copied with its formatting. Paste it into an email to the "
        "buyer's Amazon address."),
    "email-app": QT_TRANSLATE_NOOP(
        "ExportController", "Opened in your email app as a draft. Check it there and send it."),
    "eml-file": QT_TRANSLATE_NOOP(
        "ExportController", "Saved. Open the file with your email app to send it."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)



def files_reminder(route: str, names: list[str] | tuple[str, ...]) -> str:
    """For a copy, the files the seller must still add by hand, named; else ""."""
    if not names or route not in ("seller-central", "rich-text"):
        return ""
    listed = ", ".join(quoted(name) for name in names)
    if route == "seller-central":
        return QCoreApplication.translate(
            "ExportController", "The clipboard holds only the text: add {files} yourself in "
            "Seller Central (Contact Buyer › Add attachment).").format(files=listed)
    return QCoreApplication.translate(
        "ExportController", "The clipboard holds only the text: attach {files} yourself in "
        "your email app.").format(files=listed)


PLACE_MAX = 60  # characters of a sentence named in the "Check first" box


def confirm_lines(decision: Decision, route: str,
                  to_read: Sequence[Finding] = ()) -> list[str]:
    """What the seller confirms before it leaves (``Decision.to_confirm``), in the app's
    language: ignored blocking problems first, then warnings, then the sentences a fix
    left to read again (``to_read``: the editor's, already in the app's language)."""
    lines = [QCoreApplication.translate(
        "ExportController", "You chose to ignore: {title}. Amazon may still block it.").format(
            title=say(f.title or f.rule)) for f in decision.ignored_blocks]
    # One line per warning, however often it was found, naming each place it is about:
    # two identical lines with no excerpt left the seller guessing which sentence was meant.
    # The same words found twice (a pasted line repeated) say so: "×2".
    places: dict[str, dict[str, int]] = {}
    text = decision.message.text if decision.message is not None else ""
    for f in (*decision.warnings, *decision.route_warnings(route)):
        where = places.setdefault(f"{say(f.title or f.rule)}: {say(f.message)}", {})
        place = _place(f, text)
        if place:
            where[place] = where.get(place, 0) + 1
    lines += [f"{line} ({'; '.join(_times(p, n) for p, n in where.items())})" if where else line
              for line, where in places.items()]
    lines += [f"{f.title or f.rule}: {f.message}" for f in to_read]  # it names its sentence
    return lines


def _times(place: str, count: int) -> str:
    return f"{place} ×{count}" if count > 1 else place


def _place(finding: Finding, text: str) -> str:
    """What a warning is about, short: the file's name, or its sentence in quotes."""
    from composer.policy.channels import sentence_at
    from composer.store.records import shorten

    if finding.attachment:
        return finding.attachment
    words = finding.excerpt
    if not finding.field and text and 0 <= finding.start < finding.end <= len(text):
        start, end = sentence_at(text, finding.start, finding.end)
        words = text[start:end]
    words = " ".join(words.split())
    return quoted(shorten(words, PLACE_MAX)) if words else ""


def email_note(shown: Shown) -> tuple[str, str]:
    """The export bar's note about how an e-mail would be sent, and its tooltip ("" when
    nothing concerns the e-mail routes). The findings are already in the app's language."""
    from composer.policy.inboxrules import DELIVERED_TO_KEY, FROM_KEY

    notes = shown.email_notes
    if not notes:
        return "", ""
    tip = "\n\n".join(f.message for f in notes)
    extra = shown.review.message.extra
    sender, delivered = str(extra.get(FROM_KEY) or ""), str(extra.get(DELIVERED_TO_KEY) or "")
    if sender and delivered:
        text = QCoreApplication.translate(
            "ExportController", "⚠ By e-mail this goes out from {sender}, but Amazon wrote to "
            "{delivered} (Settings › Sending). Copy for Seller Central is not affected.").format(
                sender=sender, delivered=delivered)
    else:
        text = QCoreApplication.translate(
            "ExportController", "⚠ Open in email app, Save as .eml and Send: {title}").format(
                title=notes[0].title)
    return text, tip


def copied_note(route: str, names: list[str] | tuple[str, ...]) -> str:
    """What the status bar says after an export: for a copy with files, a first line short
    enough for a small window, then the whole instructions with every file's name (the
    status bar shows them as its tooltip)."""
    reminder = files_reminder(route, names)
    if not reminder:
        return _tr(DONE[route])
    count = len(names)
    if route == "seller-central":
        short = (QCoreApplication.translate("ExportController", "Copied the text. In Seller "
                                            "Central, paste it and attach “{name}” yourself.")
                 if count == 1 else
                 QCoreApplication.translate("ExportController", "Copied the text. In Seller "
                                            "Central, paste it and attach the %n files "
                                            "yourself.", "", count))
    else:
        short = (QCoreApplication.translate("ExportController", "Copied with its formatting. "
                                            "Paste it into an email and attach “{name}” "
                                            "yourself.")
                 if count == 1 else
                 QCoreApplication.translate("ExportController", "Copied with its formatting. "
                                            "Paste it into an email and attach the %n files "
                                            "yourself.", "", count))
    return short.format(name=names[0]) + f"\n{_tr(DONE[route])} {reminder}"


def default_quota_left(store: Store, settings: Settings) -> Callable[[], int | None]:
    """Today's messages left (the Outbox holds the rest until tomorrow)."""

    def left() -> int | None:
        from composer.clock.quota import quota_left

        return int(quota_left(store, settings).left)

    return left


def default_quota_check(store: Store, settings: Settings) -> Callable[[], Any]:
    """``composer.clock.quota.before_sending`` on today's figures."""

    def check() -> Any:
        from composer.clock.quota import before_sending, quota_left
        from composer.ui.translations import current_language

        return before_sending(quota_left(store, settings), language=current_language())

    return check


class ExportController(QObject):
    """Owns the export bar, the send flow and the sent-log dialog for one window."""

    statusMessage = Signal(str, int)
    settingsRequested = Signal(str)
    exported = Signal(str)  # the route, once an export is done or a send delivered
    newDraftRequested = Signal(object, str)  # a Header and HTML, from the sent log

    def __init__(self, parent: QWidget, source: Callable[[], ExportSource], store: Store,
                 settings: Settings, data_dir: Path | None,
                 quota_left: Callable[[], int | None] | None = None) -> None:
        super().__init__(parent)
        from composer.export.keychain import session_passwords
        from composer.export.sentlog import prune
        from composer.ui.sendflow import SendFlow

        self.parent_widget = parent
        self.source = source
        self.store = store
        self.settings = settings
        self.data_dir = data_dir
        self.bar = ExportBar(parent)
        self.worker = Background(self, "export")
        self.sending = SendFlow(parent, store, settings, session_passwords(),
                                quota_left or default_quota_left(store, settings))
        self.sending.statusMessage.connect(self.statusMessage)
        self.sending.settingsRequested.connect(self.settingsRequested)
        self.sending.outboxChanged.connect(self._outbox_changed)
        self.sending.delivered.connect(lambda _count: self.exported.emit("smtp"))
        self.bar.exportRequested.connect(self.export)
        self.bar.sentLogRequested.connect(self.open_sent_log)
        self.bar.outboxRequested.connect(lambda: self.open_sent_log(outbox=True))
        self.bar.show_outbox(self.sending.outbox.pending_count())
        self.log_dialog: Any = None
        self._running = False
        self._reminder = ""  # the files reminder of the export being confirmed
        self._header: Header | None = None  # the header of the export being confirmed
        self._summary: Summary | None = None  # the live check's verdict (the badge's counts)
        # Seams for tests: the system's URL opener and the save-file question.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.confirm: Callable[[str, list[str]], bool] = self._confirm
        # The empty Subject's fix ("Re: <the buyer's subject>", or the field to write in).
        self.fix_subject: Callable[[], None] | None = None
        self._subject_empty = False  # the export being confirmed has no subject
        self.quota_check: Callable[[], Any] = default_quota_check(store, settings)
        self.to_read: Callable[[], Sequence[Finding]] = tuple  # the editor's sentences to reread
        try:
            prune(store, float(settings.get("sent_log_keep_days")))
        except Exception as exc:  # an old log is no reason to stop the app
            self.statusMessage.emit(self.tr("The sent log could not be tidied: {error}").format(
                error=exc), 8000)

    # --- the bar's state, from the live check ------------------------------------------------
    def show_verdict(self, summary: Summary, header: Header, shown: Shown | None = None) -> None:
        """Disable the routes while the live check sees a blocking problem, and say why;
        note what concerns the e-mail routes alone (another sender address)."""
        self._summary = summary
        if summary.empty:
            self.bar.show_state(None, dict.fromkeys(self.bar.actions_by_route, summary.reason))
            return
        routes = {} if header.to.strip() else {"smtp": say(MISSING_ADDRESS)}
        note, tip = email_note(shown) if shown is not None else ("", "")
        self.bar.show_state(summary.reason, routes, note, tip)

    # --- a click ----------------------------------------------------------------------------
    def export(self, route: str) -> None:
        """Check what would leave (on the worker), then export it on the UI thread."""
        if self._running:
            return
        self._running = True
        self.statusMessage.emit(self.tr("Checking the message once more before it leaves…"), 3000)
        self.worker.submit(prepare_export, self.source(), route,
                           str(self.settings.get("from_address")),
                           on_success=self._prepared, on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        QMessageBox.warning(self.parent_widget, self.tr("Nothing was exported"),
                            self.tr("The message could not be prepared: {error}").format(
                                error=error))

    def _prepared(self, prepared: Prepared) -> None:
        self._running = False
        decision, route = prepared.decision, prepared.route
        if not decision.allows(route):
            QMessageBox.warning(self.parent_widget, self.tr("Not exported"),
                                say(decision.reason(route)) + self._block_list(decision))
            return
        if prepared.error:
            where = self.tr(" (Settings › Sending)") if prepared.error_in_settings else ""
            QMessageBox.warning(self.parent_widget, self.tr("Not exported"),
                                say(prepared.error) + where)
            return
        lines = confirm_lines(decision, route, self.to_read())
        gate = quota_gate(self._quota(), route)  # by SMTP it waits in the Outbox instead
        if gate.refuse:
            QMessageBox.warning(self.parent_widget, self.tr("Daily limit reached"),
                                say(gate.refuse))
            return
        if gate.warn:
            lines.append(say(gate.warn))
        reminder = files_reminder(route, [info.name for info in decision.attachments])
        if reminder:
            lines.append(reminder)
        self._reminder = reminder
        from composer.export.guard import EMAIL_SUBJECT_RULE

        self._subject_empty = any(f.rule == EMAIL_SUBJECT_RULE
                                  for f in decision.route_warnings(route))
        self._header = prepared.content.header
        if (lines or route == "smtp") and not self.confirm(route, lines):
            return
        self.perform(prepared)

    def _quota(self) -> Any:
        try:
            return self.quota_check()
        except Exception as exc:  # a damaged log must not stop an export; say so
            self.statusMessage.emit(
                self.tr("Today's message count could not be read: {error}").format(error=exc),
                8000)
            return None

    @staticmethod
    def _block_list(decision: Decision) -> str:
        if not decision.blocks:
            return ""
        items = "\n".join(f"• {say(f.title or f.rule)}" for f in decision.blocks[:6])
        return f"\n\n{items}"

    def _confirm(self, route: str, lines: list[str]) -> bool:
        from composer.ui.confirmbox import Question, ask, send_question

        reminder_only = len(lines) == 1 and lines[0] == self._reminder
        # The count is the badge's (one verdict), not the number of lines below it.
        heading = (self.tr("Only the text is copied:") if reminder_only else
                   confirm_heading(self._summary, current_language()))
        go, back = (self.tr("Copy the text") if reminder_only else _tr(VERBS[route]),
                    self.tr("Go back and edit"))
        title, clean = self.tr("Check first"), False
        if route == "smtp":  # Send always asks: it cannot be taken back
            header = self._header
            asked, about = send_question(header.to if header else "",
                                         header.order_id if header else "",
                                         header.subject if header else "")
            clean = not lines
            heading = asked if clean else f"{asked}\n\n{heading}"
            lines = [about, *lines]
            title = self.tr("Send to the buyer")
            if clean:
                go, back = self.tr("Send"), self.tr("Cancel")
        fix = (self.tr("Fill in the subject")
               if self._subject_empty and self.fix_subject is not None else None)
        answer = ask(self.parent_widget, Question(title, heading, tuple(lines), go, back, clean,
                                                  fix))
        if answer == "fix" and self.fix_subject is not None:
            self.fix_subject()
        return answer == "go"

    def perform(self, prepared: Prepared) -> None:
        """Do the route (the guard has passed and warnings were confirmed)."""
        from composer.export.package import record_for

        route, content = prepared.route, prepared.content
        record = record_for(route, content, prepared.decision)
        if route == "smtp":
            assert prepared.eml is not None
            self.sending.send(prepared.eml, record)
            return
        if route == "seller-central":
            QGuiApplication.clipboard().setText(content.plain)
        elif route == "rich-text":
            mime = QMimeData()
            mime.setHtml(content.html)
            mime.setText(content.plain)
            QGuiApplication.clipboard().setMimeData(mime)
        else:
            done = self._write_eml(route, prepared)
            if done is None:
                return
            if done != route:  # no email app opened it: the log says what really happened
                record = replace(record, route=done)
            route = done
        self._log(record)
        reminder = files_reminder(route, record.attachment_names)
        self.statusMessage.emit(copied_note(route, record.attachment_names),
                                0 if reminder else 10000)
        self.exported.emit(route)

    def _write_eml(self, route: str, prepared: Prepared) -> str | None:
        """Write the file; the route done ("eml-file" when no email app opened it), or None."""
        from composer.export.eml import eml_file_name, out_path_problem, write_eml

        assert prepared.eml is not None
        header = prepared.content.header
        name = eml_file_name(header.subject, header.order_id)
        if route == "eml-file":
            chosen = self.ask_save_path(name)
            if not chosen:
                return None
            path = Path(chosen)
            # Not over an attached file, the drafts database or a device.
            problem = out_path_problem(path, [r.path for r in prepared.content.attachment_refs],
                                       self.data_dir)
            if problem:
                QMessageBox.warning(self.parent_widget, self.tr("Not saved"),
                                    self.tr("The file was not saved: {problem}.").format(
                                        problem=say(problem)))
                return None
        else:
            folder = (self.data_dir / "outgoing" if self.data_dir is not None
                      else Path(tempfile.gettempdir()) / "seller-composer-outgoing")
            path = folder / name
        try:
            write_eml(path, prepared.eml, create_folders=route == "email-app")
        except OSError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Not saved"),
                                self.tr("The file could not be written: {error}").format(
                                    error=exc.strerror or exc))
            return None
        self.last_eml_path = path
        if route == "email-app" and not self.open_url(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self.parent_widget, self.tr("No email app opened it"),
                self.tr("The message is saved as\n{path}\n\nOpen that file from your email "
                        "app, or use “Copy formatted” and paste it into a new email.").format(
                            path=path))
            return "eml-file"
        return route

    def _ask_save_path(self, name: str) -> str:
        """Ask where to save, in Documents the first time, then where the last .eml went
        (also after a restart), as Attach file… does."""
        from composer.ui.folders import remember_folder, remembered_folder

        start = str(Path(remembered_folder(self.settings, EML_FOLDER_KEY)) / name)
        path, _ = QFileDialog.getSaveFileName(self.parent_widget,
                                              self.tr("Save as an email file"), start,
                                              self.tr("Email files (*.eml)"))
        if path and not path.lower().endswith(".eml"):
            path += ".eml"
        if path:
            remember_folder(self.settings, EML_FOLDER_KEY, path)
        return path

    def _log(self, record: Any) -> None:
        try:
            self.store.record_sent(record)
        except Exception as exc:  # the export happened; say the log missed it
            how = say(ROUTE_WORDS.get(record.route, "")) or self.tr("Exported")
            self.statusMessage.emit(self.tr("{how}, but the sent log could not be updated: "
                                            "{error}").format(how=how, error=exc), 15000)
        if self.log_dialog is not None:
            self.log_dialog.refresh()

    # --- sent log and outbox ------------------------------------------------------------------
    def _outbox_changed(self, waiting: int) -> None:
        self.bar.show_outbox(waiting)
        if self.log_dialog is not None:
            self.log_dialog.refresh()

    def open_sent_log(self, outbox: bool = False) -> None:
        """The sent log; with ``outbox`` while messages wait (the "Outbox: n" button), its
        Outbox tab with the first waiting message selected."""
        from composer.ui.sentlogview import SentLogDialog

        if self.log_dialog is None:
            self.log_dialog = SentLogDialog(self.store, self.parent_widget)
            self.log_dialog.sendNowRequested.connect(self.sending.send_now)
            self.log_dialog.useAsDraftRequested.connect(self.newDraftRequested)
            self.log_dialog.outboxChanged.connect(lambda: self._outbox_changed(
                self.sending.outbox.pending_count()))
        self.log_dialog.refresh()
        self.log_dialog.show()
        self.log_dialog.raise_()
        if outbox and self.sending.outbox.pending_count():
            self.log_dialog.show_outbox()
        else:
            self.log_dialog.tabs.setCurrentIndex(0)

    def shutdown(self) -> None:
        self.worker.shutdown()
        self.sending.shutdown()


def build_export(window: MainWindow) -> ExportController:
    """The export bar under the text and the Send menu's items, wired to the window."""
    from composer.ui.windowparts import fill

    export = ExportController(window, window.compose.export_source, window.store,
                              window.settings, window.data_dir)
    fill(window.export_host, export.bar, True)
    window.send_menu.addActions(list(export.bar.actions_by_route.values()))
    window.send_menu.addSeparator()
    window.send_menu.addAction(export.bar.log_action)
    window.send_menu.addAction(export.bar.outbox_action)
    export.statusMessage.connect(window.status.showMessage)
    export.settingsRequested.connect(window.open_settings)
    export.exported.connect(lambda _route: window.refresh_quota())
    export.exported.connect(lambda _route: window.refresh_drafts())  # an answered reply's clock
    export.exported.connect(lambda _route: window.inbox.changed.emit())  # "✉ n waiting"
    export.newDraftRequested.connect(window.load_sample)
    export.to_read = window.compose.to_read
    export.fix_subject = lambda: fill_subject(window)
    return export


def fill_subject(window: MainWindow) -> None:
    """The empty Subject's fix: a reply gets "Re: <the buyer's subject>" (one step of the
    field's own undo); any other message, or a reply whose buyer's message is not
    stored, gets the keyboard in Subject to write one."""
    from composer.mail.thread import reply_subject
    from composer.message.messagetypes import REPLY
    from composer.store.inboxstore import InboxItemNotFoundError

    header, thread = window.header, window.compose.thread
    subject = ""
    if header.value().message_type == REPLY and thread is not None \
            and thread.buyer_message_id is not None:
        try:
            subject = window.store.inbox_item(thread.buyer_message_id).mail.subject
        except InboxItemNotFoundError:  # deleted since: the seller writes one
            subject = ""
    header.focus_field("subject")
    if subject.strip():
        header.subject.insert(reply_subject(subject))  # Ctrl+Z in Subject takes it back
