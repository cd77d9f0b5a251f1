"""The export bar and its routes in the real window: clipboard, .eml, SMTP, sent log, Outbox."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from composer.export.keychain import session_passwords
from composer.message.header import Header
from tests.attachment_factory import write_pdf
from tests.smtpserver import HOST, PASSWORD, USER, free_port, smtp_server
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abc@marketplace.amazon.com"
GOOD = ("<p>Hello,</p><p>Your parcel left our warehouse <b>this morning</b>.</p>"
        "<ul><li>Tracking is on the order page.</li></ul>")
BAD = "<p>Please leave us a 5-star review at www.myshop.com!</p>"
ROUTES = ("seller-central", "rich-text", "email-app", "eml-file", "smtp")


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    # Send always asks (a clean message with no other line); nothing else may.
    win.export.confirm = lambda route, lines: (route == "smtp" and not lines) or pytest.fail(
        f"unexpected confirmation {lines}")
    win.export.sending.inform = lambda kind, title, text: win.informed.append((kind, text))
    win.informed = []
    return win


def load(window, html: str, **header) -> None:
    values = {"to": ALIAS, "order_id": "113-4567890-1234567", "subject": "Your parcel",
              **header}
    window.load_sample(Header(**values), html)
    window.check_now()


def export(qtbot, window, route: str) -> None:
    window.export.export(route)
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)


def enabled(window) -> dict[str, bool]:
    return {r: a.isEnabled() for r, a in window.export.bar.actions_by_route.items()}


def test_bar_is_disabled_with_the_reason_while_a_block_remains(window):
    load(window, BAD)
    assert enabled(window) == dict.fromkeys(ROUTES, False)
    reason = window.export.bar.reason
    assert not reason.isHidden() and "Amazon would block" in reason.text()
    assert reason.text().startswith("✖")
    load(window, GOOD)
    assert enabled(window) == dict.fromkeys(ROUTES, True)
    assert window.export.bar.reason.isHidden()


def test_no_address_disables_only_sending(window):
    load(window, GOOD, to="")
    assert enabled(window) == {**dict.fromkeys(ROUTES, True), "smtp": False}
    assert "buyer's Amazon address" in window.export.bar.reason.text()


def test_copy_for_seller_central_puts_plain_text_and_logs_it(window, qtbot):
    load(window, GOOD)
    export(qtbot, window, "seller-central")
    text = QGuiApplication.clipboard().text()
    assert "Your parcel left our warehouse this morning." in text
    assert "- Tracking is on the order page." in text and "<b>" not in text
    [record] = window.store.sent_log()
    assert record.route == "seller-central" and record.order_id == "113-4567890-1234567"


def test_copy_formatted_carries_html_and_plain_text(window, qtbot):
    load(window, GOOD)
    export(qtbot, window, "rich-text")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert "<strong>this morning</strong>" in mime.html() and "<li>" in mime.html()
    assert "this morning" in mime.text() and "<" not in mime.text()


def test_the_guard_checks_again_at_export_time(window, qtbot, monkeypatch):
    import composer.ui.exportflow as flow

    load(window, GOOD)
    QGuiApplication.clipboard().setText("untouched")
    window.editor.setHtml(BAD)  # changed after the last check; the bar has not caught up
    warned: list[str] = []
    monkeypatch.setattr(flow.QMessageBox, "warning",
                        staticmethod(lambda *args: warned.append(args[2])))
    export(qtbot, window, "seller-central")
    assert warned and "Amazon would block" in warned[0]
    assert QGuiApplication.clipboard().text() == "untouched"
    assert window.store.sent_log() == []


def test_warnings_are_confirmed_and_going_back_exports_nothing(window, qtbot):
    load(window, GOOD, subject="[Important] your parcel")
    asked = []
    window.export.confirm = lambda route, lines: asked.append(lines) or False
    QGuiApplication.clipboard().setText("untouched")
    export(qtbot, window, "seller-central")
    assert asked and any("Important" in line for line in asked[0])
    assert QGuiApplication.clipboard().text() == "untouched"
    window.export.confirm = lambda route, lines: True
    export(qtbot, window, "seller-central")
    assert QGuiApplication.clipboard().text() != "untouched"


def test_open_in_email_app_writes_an_eml_and_opens_it(window, qtbot, tmp_path):
    pdf = write_pdf(tmp_path / "invoice.pdf")
    load(window, GOOD)
    window.compose.files.add([str(pdf)])
    window.check_now()
    opened = []
    window.export.open_url = lambda url: opened.append(url.toLocalFile()) or True
    export(qtbot, window, "email-app")
    assert len(opened) == 1 and opened[0].endswith(".eml")
    message = email.message_from_bytes(Path(opened[0]).read_bytes(), policy=policy.default)
    assert message["To"] == ALIAS and message["X-Unsent"] == "1"
    assert [p.get_content_type() for p in message.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html",
        "application/pdf"]
    assert window.store.sent_log()[0].attachment_names == ("invoice.pdf",)


def test_save_as_eml_writes_where_the_seller_chose(window, qtbot, tmp_path):
    load(window, GOOD)
    target = tmp_path / "chosen.eml"
    window.export.ask_save_path = lambda name: str(target)
    export(qtbot, window, "eml-file")
    assert email.message_from_bytes(target.read_bytes(), policy=policy.default)["To"] == ALIAS
    window.export.ask_save_path = lambda name: ""  # cancelled: nothing logged
    export(qtbot, window, "eml-file")
    assert [r.route for r in window.store.sent_log()] == ["eml-file"]


def configure(window, port: int) -> None:
    settings = window.settings
    settings.set("smtp_host", HOST)
    settings.set("smtp_port", port)
    settings.set("smtp_security", "none")  # plain: the test server is on loopback
    settings.set("smtp_user", USER)
    settings.set("from_address", "shop@example.com")
    session_passwords().set(HOST, USER, PASSWORD, remember=False)


def test_send_goes_out_through_the_server_and_is_logged(window, qtbot):
    load(window, GOOD)
    with smtp_server(auth=True) as (inbox, port):
        configure(window, port)
        export(qtbot, window, "smtp")
        qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)
    [(_sender, recipients, raw)] = inbox.messages
    assert recipients == [ALIAS]
    assert email.message_from_bytes(raw, policy=policy.default)["X-Unsent"] is None
    assert [r.route for r in window.store.sent_log()] == ["smtp"]
    assert window.store.outbox() == [] and window.informed == []


def test_offline_send_waits_in_the_outbox_until_send_now(window, qtbot):
    load(window, GOOD)
    port = free_port()
    configure(window, port)
    export(qtbot, window, "smtp")
    qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)
    assert window.informed[0][0] == "offline"
    assert "Saved in the Outbox" in window.informed[0][1]
    assert len(window.store.outbox()) == 1
    assert window.export.bar.outbox_action.text() == "Outbox: 1"
    assert window.export.sending.retry_timer.isActive()
    with smtp_server(port=port, auth=True) as (inbox, _port):
        window.export.sending.send_now()
        qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)
    assert len(inbox.messages) == 1 and window.store.outbox() == []
    assert window.export.bar.log_action.text() == "Sent log"


def test_sent_log_dialog_lists_exports_and_deletes_from_the_outbox(window, qtbot, tmp_path):
    load(window, GOOD)
    export(qtbot, window, "seller-central")
    configure(window, free_port())
    export(qtbot, window, "smtp")
    qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    assert dialog.log_table.rowCount() == 1
    assert dialog.log_table.item(0, 1).text() == "Copied for Seller Central"
    assert dialog.outbox_table.rowCount() == 1
    csv_path = tmp_path / "log.csv"
    dialog.ask_csv_path = lambda: str(csv_path)
    dialog.export_csv()
    assert "seller-central" in csv_path.read_text(encoding="utf-8-sig")
    dialog.outbox_table.selectRow(0)
    dialog.confirm_delete = lambda subject: False
    dialog.delete_selected()
    assert len(window.store.outbox()) == 1  # kept: the seller said no
    dialog.confirm_delete = lambda subject: True
    dialog.delete_selected()
    assert window.store.outbox() == [] and dialog.outbox_table.rowCount() == 0
    assert window.export.bar.log_action.text() == "Sent log"


def test_cancel_stops_a_stuck_send_and_nothing_is_queued(window, qtbot):
    import socket

    from PySide6.QtWidgets import QPushButton

    load(window, GOOD)
    listener = socket.socket()  # accepts the connection, never greets
    listener.bind((HOST, 0))
    listener.listen()
    try:
        configure(window, listener.getsockname()[1])
        export(qtbot, window, "smtp")
        progress = window.export.sending.progress
        assert progress is not None and progress.isVisible()
        qtbot.waitUntil(lambda: "Connecting" in progress.labelText(), timeout=5_000)
        assert "Your parcel" in progress.labelText()
        [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
        cancel.click()
        qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=5_000)
    finally:
        listener.close()
    assert window.store.outbox() == [] and window.store.sent_log() == []
    assert window.informed == []


def test_the_shortcut_works_from_the_editor(window, qtbot):
    from PySide6.QtCore import Qt

    load(window, GOOD)
    QGuiApplication.clipboard().setText("untouched")
    window.activateWindow()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "this morning" in QGuiApplication.clipboard().text(),
                    timeout=10_000)


def test_a_full_quota_keeps_the_message_in_the_outbox(window, qtbot):
    load(window, GOOD)
    with smtp_server(auth=True) as (inbox, port):
        configure(window, port)
        window.export.sending.outbox.quota_left = lambda: 0
        export(qtbot, window, "smtp")
        window.export.sending.retry_due()
        assert not window.export.sending.busy
    assert inbox.messages == [] and len(window.store.outbox()) == 1
    assert window.informed[0][0] == "quota" and "tomorrow" in window.informed[0][1]
    assert window.store.sent_log() == []


def test_the_daily_limit_refuses_copies_and_warns_near_it(window, qtbot, monkeypatch):
    import composer.ui.exportflow as flow
    from composer.clock.quota import QuotaCheck, quota_left

    load(window, GOOD)
    status = quota_left(window.store, window.settings)
    refused: list[str] = []
    monkeypatch.setattr(flow.QMessageBox, "warning",
                        staticmethod(lambda *args: refused.append(args[2])))
    window.export.quota_check = lambda: QuotaCheck("refuse", "Limit reached.", status)
    QGuiApplication.clipboard().setText("untouched")
    export(qtbot, window, "seller-central")
    assert refused == ["Limit reached."] and QGuiApplication.clipboard().text() == "untouched"
    asked: list[list[str]] = []
    window.export.quota_check = lambda: QuotaCheck("warn", "Last one today.", status)
    window.export.confirm = lambda route, lines: asked.append(lines) or True
    export(qtbot, window, "seller-central")
    assert asked == [["Last one today."]] and window.store.sent_log()


def test_the_sent_log_stays_reachable_while_a_message_waits(window, qtbot):
    """ "Outbox: 1" took the Sent log button's place: the log was a tab away, unnamed."""
    load(window, GOOD)
    export(qtbot, window, "seller-central")
    configure(window, free_port())
    export(qtbot, window, "smtp")
    qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)
    bar = window.export.bar
    window.resize(1024, 700)
    qtbot.wait(30)
    assert bar.log_button.isVisible() and bar.outbox_button.isVisible()
    assert bar.log_button.text() == "Sent log" and bar.outbox_button.text() == "Outbox: 1"
    assert bar.log_button.geometry().intersected(bar.outbox_button.geometry()).isEmpty()
    for button in (bar.log_button, bar.outbox_button):  # both whole inside the window
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), button.text()
    qtbot.mouseClick(bar.log_button, Qt.MouseButton.LeftButton)
    dialog = window.export.log_dialog
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0  # the sent log itself
    assert dialog.log_table.rowCount() == 1
    dialog.close()
    qtbot.mouseClick(bar.outbox_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    dialog.close()
    assert bar.outbox_action in window.send_menu.actions()  # and from the Send menu
    window.export._outbox_changed(0)
    assert not bar.outbox_button.isVisible() and bar.log_button.isVisible()


def test_outbox_button_opens_the_outbox_with_the_waiting_message_selected(window, qtbot):
    load(window, GOOD)
    export(qtbot, window, "seller-central")  # the sent log has a row too
    configure(window, free_port())
    export(qtbot, window, "smtp")
    qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)
    [waiting] = window.store.outbox()
    action = window.export.bar.outbox_action
    assert action.text() == "Outbox: 1"
    action.trigger()
    dialog = window.export.log_dialog
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1  # the Outbox tab, not the Sent tab
    assert dialog.selected_item_id() == waiting.id
    assert dialog.delete_button.isEnabled()
    dialog.close()
    window.store.outbox_discard(waiting.id)
    window.export._outbox_changed(0)
    assert not action.isVisible()
    window.export.bar.log_action.trigger()  # the sent log itself
    assert window.export.log_dialog.tabs.currentIndex() == 0


def test_save_as_eml_opens_in_documents_then_the_last_eml_folder(window, qtbot, tmp_path,
                                                                  monkeypatch):
    import os

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # a seller's home, with Documents
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True)
    chosen = tmp_path / "Mail out" / "reply.eml"
    chosen.parent.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filter: (asked.append(start)
                                                                 or (str(chosen), "")))
    load(window, GOOD)
    export(qtbot, window, "eml-file")
    assert chosen.exists()
    assert Path(asked[0]).parent == documents  # not the home folder
    assert Path(asked[0]).name.endswith(".eml") and asked[0] != os.getcwd()
    export(qtbot, window, "eml-file")
    assert Path(asked[1]).parent == chosen.parent  # where the last .eml went
    assert window.settings.get("last_eml_folder") == str(chosen.parent)  # kept for next time
