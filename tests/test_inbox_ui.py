"""Buyer messages in a real window: drop an e-mail, Reply, type, export, and it is answered."""

from __future__ import annotations

import email
import shutil
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from composer.export.keychain import session_passwords
from composer.inbox.importing import import_files
from composer.message.header import Header
from tests.smtpserver import HOST, PASSWORD, USER, smtp_server
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"
SAM = "ph0t0s1k2j3h4g5@marketplace.amazon.com"
SAM_ID = "<en-com-photos-eml.0100019a@email.amazonses.com>"
REPLY = "Hello Sam,\n\nI am sorry the vase arrived broken. A replacement leaves today.\n\nAnna"


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    # Send always asks (a clean message with no other line); nothing else may.
    win.export.confirm = lambda route, lines: (route == "smtp" and not lines) or pytest.fail(
        f"unexpected confirmation {lines}")
    return win


def drop_on_window(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only during a real drag, which an offscreen test cannot start: the
    # event goes to the window's drop handler as Qt would hand it over.
    assert window.inbox.eventFilter(window, event)


def imported(qtbot, window, count: int) -> None:
    qtbot.waitUntil(lambda: window.store.inbox_count() >= count, timeout=10_000)


def test_drop_reply_type_export_and_the_message_is_answered(window, qtbot, tmp_path):
    drop_on_window(window, [CORPUS / "en-com-photos.eml", CORPUS / "de-html-qp.eml"])
    imported(qtbot, window, 2)
    dialog = window.inbox.dialog
    assert dialog is not None and dialog.isVisible()  # the list opens after an import
    assert window.inbox.waiting.text() == "✉ 2 waiting"
    sam = next(row for row in dialog.rows if row.relay == SAM)
    dialog.table.selectRow(dialog.rows.index(sam))
    dialog.reply_button.click()
    header = window.header.value()
    assert header.to == SAM and header.message_type == "reply"
    assert header.subject == ("Re: Return request from Amazon customer Sam "
                              "(Order: 113-2222222-3333333)")
    assert (header.order_id, header.buyer_language, header.product_name) == (
        "113-2222222-3333333", "en", "Ceramic Vase")
    assert header.buyer_message_at == sam.received_at.replace(second=0)  # the field's minute
    assert window.inbox.pane.isVisible()
    assert window.inbox.pane.words.toPlainText() == "It arrived broken, photos attached."
    assert window.inbox.pane.words.isReadOnly()
    window.editor.setFocus()
    for number, line in enumerate(REPLY.split("\n")):
        if number:
            qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(window.editor, line)
    window.check_now()
    target = tmp_path / "reply.eml"
    window.export.ask_save_path = lambda name: str(target)
    window.export.export("eml-file")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    sent = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert sent["In-Reply-To"] == SAM_ID and str(sent["References"]) == SAM_ID
    assert sent["To"] == SAM
    body = sent.get_body(("plain",)).get_content()
    assert "photos attached" not in body  # the buyer's words are never sent back
    window.inbox.open_list()
    states = {row.relay: row.state for row in window.inbox.dialog.rows}
    assert states[SAM] == "answered"
    assert window.inbox.waiting.text() == "✉ 1 waiting"


def test_reply_again_opens_the_same_draft(window, qtbot):
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.reply(1)
    first = window.session.current.id
    window.session.new(Header())
    window.inbox.reply(1)
    assert window.session.current.id == first


def test_the_reply_is_sent_by_smtp_with_its_thread(window, qtbot):
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.reply(1)
    qtbot.keyClicks(window.editor, "Yes, it works with 230 V. Best regards, Anna")
    window.check_now()
    with smtp_server(auth=True) as (inbox, port):
        settings = window.settings
        settings.set("smtp_host", HOST)
        settings.set("smtp_port", port)
        settings.set("smtp_security", "none")
        settings.set("smtp_user", USER)
        settings.set("from_address", "orders@brightlamp.example")
        session_passwords().set(HOST, USER, PASSWORD, remember=False)
        window.export.export("smtp")
        qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
        qtbot.waitUntil(lambda: not window.export.sending.busy, timeout=15_000)
    [(_sender, recipients, raw)] = inbox.messages
    received = email.message_from_bytes(raw, policy=policy.default)
    assert recipients == ["k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com"]
    assert received["In-Reply-To"] == "<en-com-text-eml.0100019a@email.amazonses.com>"
    assert str(received["References"]) == "<en-com-text-eml.0100019a@email.amazonses.com>"
    assert window.store.inbox_list()[0].state == "answered"


def test_another_from_address_is_a_warning_on_the_reply(window, qtbot):
    window.settings.set("from_address", "someone@else.example")
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.reply(1)
    qtbot.keyClicks(window.editor, "Yes, it works with 230 V.")
    window.check_now()
    rules = {f.rule: f.severity for f in window.compose.last.findings}
    assert rules.get("other-sender-address") == "warn"


def test_an_opted_out_buyer_blocks_a_proactive_draft_in_the_app(window, qtbot):
    import_files(window.store, [CORPUS / "notice-optout-en.eml"], window.data_dir)
    window.load_sample(Header(to="k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com",
                              order_id="114-3941689-8772232", message_type="confirmOrderDetails",
                              subject="Your order"),
                       "<p>Your order 114-3941689-8772232: which colour would you like?</p>")
    window.check_now()
    assert "buyer-opted-out" in {f.rule for f in window.compose.last.findings}
    assert not window.export.bar.actions_by_route["eml-file"].isEnabled()


def test_a_restriction_shows_a_banner_until_cleared(window, qtbot, tmp_path):
    from datetime import date, timedelta
    from email.message import EmailMessage

    until = date.today() + timedelta(days=5)
    notice = EmailMessage()
    notice["From"] = "Amazon <seller-notification@marketplace.amazon.com>"
    notice["Subject"] = "Proactive messaging restricted"
    notice["Date"] = "Tue, 03 Nov 2026 14:22:05 +0000"
    notice.set_content("Your account was restricted from sending proactive messages until "
                       f"{until.isoformat()}.")
    path = tmp_path / "restricted.eml"
    path.write_bytes(notice.as_bytes())
    import_files(window.store, [path], window.data_dir)
    window.inbox.changed.emit()
    assert window.inbox.restriction_bar.isVisibleTo(window)
    assert f"{until.day} {until:%b %Y}" in window.inbox.restriction_text.text()
    window.inbox.clear_restriction()
    assert not window.inbox.restriction_bar.isVisibleTo(window)


def test_no_response_needed_moves_it_last_with_a_reminder(window, qtbot):
    import_files(window.store, [CORPUS / "en-com-text.eml", CORPUS / "it-text.eml"],
                 window.data_dir)
    window.inbox.open_list()
    dialog = window.inbox.dialog
    dialog.table.selectRow(0)
    first = dialog.current_id()
    dialog.no_response_button.click()
    assert dialog.rows[-1].id == first and dialog.rows[-1].state == "no-response"
    assert dialog.reminder.isVisibleTo(dialog) and "Seller Central" in dialog.reminder.text()


def test_a_refused_message_can_be_opened_and_says_so(window, qtbot):
    window.load_sample(Header(to=SAM, order_id="113-2222222-3333333",
                              subject="Thanks for your order - 10% off next time"),
                       "<p>Thanks!</p>")
    draft_id = window.session.current.id
    from datetime import datetime, timezone

    from composer.store.records import SentRecord

    window.store.record_sent(SentRecord(
        sent_at=datetime(2026, 11, 2, tzinfo=timezone.utc), route="eml-file",
        order_id="113-2222222-3333333", subject="Thanks for your order - 10% off next time",
        draft_id=draft_id))
    window.session.new(Header())
    import_files(window.store, [CORPUS / "notice-refused-en.eml"], window.data_dir)
    window.inbox.open_list()
    dialog = window.inbox.dialog
    dialog.notices.selectRow(0)
    assert dialog.open_refused.isEnabled()
    dialog.open_refused.click()
    assert window.session.current.id == draft_id
    assert window.inbox.note.isVisibleTo(window)
    assert "did not deliver" in window.inbox.note.text.text()


def test_an_old_draft_with_a_dropped_type_opens_with_a_note(window, qtbot):
    draft = window.store.create_draft(Header(message_type="negativeFeedbackRemoval"))
    window.session.open(draft.id)
    assert window.inbox.note.isVisibleTo(window)
    assert "no longer offers" in window.inbox.note.text.text()
    types = [window.header.message_type.itemData(i)
             for i in range(window.header.message_type.count())]
    assert "negativeFeedbackRemoval" not in types


def test_a_dropped_picture_is_still_an_attachment(window, qtbot, tmp_path):
    from tests.attachment_factory import write_image

    picture = write_image(tmp_path / "photo.png")
    mail = tmp_path / "dana.eml"
    shutil.copy(CORPUS / "en-com-text.eml", mail)
    window.editor.filesDropped.emit([str(picture), str(mail)])
    imported(qtbot, window, 1)
    assert [Path(r.path).name for r in window.compose.files.refs] == ["photo.png"]


def test_quote_selection_puts_only_the_chosen_words_in_the_reply(window, qtbot):
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.reply(1)
    words = window.inbox.pane.words
    cursor = words.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Hello, does this lamp work with 230 V?"),
                       cursor.MoveMode.KeepAnchor)
    words.setTextCursor(cursor)
    window.inbox.pane.quote.click()
    assert window.editor.toPlainText().startswith("> Hello, does this lamp work with 230 V?")
    assert "Thanks, Dana" not in window.editor.toPlainText()


def test_what_changed_lists_the_changes_with_dates(window, qtbot):
    from composer.ui.ruleschanges import changes_html

    text = changes_html()
    for needed in ("negativeFeedbackRemoval", "amazonMotors", "25 April 2025",
                   "August 2025", "January 2026", "Request a Review"):
        assert needed in text
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert any("What Changed" in a.text() for a in help_menu.actions())


def test_used_request_a_review_blocks_a_review_request(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.load_sample(Header(to=SAM, order_id="113-2222222-3333333", message_type="reply",
                              subject="Your vase"),
                       "<p>If you have a moment, please leave a review of the vase.</p>")
    window.inbox.used_button()
    window.check_now()
    assert "repeat-request" in {f.rule for f in window.compose.last.findings}
    assert [r.route for r in window.store.sent_log()] == ["request-a-review"]


def test_the_list_takes_the_keyboard(window, qtbot):
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.open_list()
    dialog = window.inbox.dialog
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert window.header.value().to.startswith("k7x2m9q4r8tw3vz+")


def test_a_replys_product_warns_when_the_order_is_changed(window, qtbot):
    """The reply's Product comes from the buyer's message, for its order: another order ID
    typed in the header makes Product say so (fourth walkthrough)."""
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.reply(1)
    header = window.header
    assert header.product_name.text() and header.order_id.text()
    earlier = header.order_id.text()
    assert header.messages["product_name"].full_text == ""
    header.order_id.setText("028-5512093-7731145")
    assert f"Filled in for order {earlier}" in header.messages["product_name"].full_text
