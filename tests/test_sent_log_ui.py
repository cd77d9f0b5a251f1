"""The sent log tells the truth and opens a message (issue 15, items 19 and 20).

An email app that did not open is logged as a saved file; a copy lists its files as still
to be attached in Seller Central, not as if they went along; the dialog shows its columns;
a double-click shows the message with "Use as a new draft"; a copy with files says, naming
them, that they are added by hand.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from composer.message.header import Header
from composer.ui import exportflow
from composer.ui.sentlogview import LOG_COLUMNS
from composer.ui.sentmessage import AS_SENT, CHANGED, FILES_CHANGED, type_label
from tests.attachment_factory import write_pdf
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abcdefghij@marketplace.amazon.co.uk"
GOOD = "<p>Hello,</p><p>Your parcel left our warehouse <b>this morning</b>.</p>"


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.confirmed = []
    win.export.confirm = lambda route, lines: win.confirmed.append(lines) or True
    win.load_sample(Header(to=ALIAS, order_id="113-4567890-1234567",
                           subject="Your parcel left our warehouse this morning"), GOOD)
    win.check_now()
    return win


def export(qtbot, window, route: str) -> None:
    window.export.export(route)
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)


def test_an_email_app_that_did_not_open_is_logged_as_a_saved_file(window, qtbot,
                                                                  monkeypatch) -> None:
    told = []
    monkeypatch.setattr(exportflow.QMessageBox, "information",
                        lambda *args: told.append(args[1]))
    window.export.open_url = lambda url: False
    export(qtbot, window, "email-app")
    assert told == ["No email app opened it"]
    assert window.store.sent_log()[0].route == "eml-file"
    assert window.status.currentMessage().startswith("Saved.")


def test_a_copy_names_the_files_to_add_by_hand(window, qtbot, tmp_path) -> None:
    pdf = write_pdf(tmp_path / "invoice.pdf")
    window.compose.files.add([str(pdf)])
    window.check_now()
    export(qtbot, window, "seller-central")
    assert any("“invoice.pdf”" in line and "Seller Central" in line
               for line in window.confirmed[-1])  # in the confirmation
    message = window.status.currentMessage()
    assert "“invoice.pdf”" in message and "Add attachment" in message  # and the status bar
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    cell = dialog.log_table.item(0, 5).text()
    assert cell == "To attach in Seller Central: invoice.pdf"  # not as if it went along
    dialog.close()


def test_no_reminder_without_files(window, qtbot) -> None:
    export(qtbot, window, "seller-central")
    assert window.confirmed == []
    assert "Add attachment" not in window.status.currentMessage()


def test_the_dialog_shows_every_column_without_scrolling_sideways(window, qtbot,
                                                                  tmp_path) -> None:
    window.export.open_url = lambda url: True
    window.compose.files.add([str(write_pdf(tmp_path / "Rechnung_2026-11-20.pdf"))])
    window.check_now()
    export(qtbot, window, "email-app")
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    for _ in range(3):
        QApplication.processEvents()
    table = dialog.log_table
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column) * 0.9 \
            or column in (3, 4, 5, 6), column  # subject, address, files, type may end in "…"
        assert header.sectionViewportPosition(column) + header.sectionSize(column) \
            <= table.viewport().width() + 1
    assert table.item(0, 3).toolTip() == table.item(0, 3).text()  # the whole text on hover
    assert LOG_COLUMNS[6] == "Type"
    assert table.item(0, 6).toolTip() == type_label(window.store.sent_log()[0].message_type)
    assert table.item(0, 6).toolTip()
    dialog.close()


def test_double_click_shows_the_message_and_uses_it_as_a_new_draft(window, qtbot) -> None:
    export(qtbot, window, "seller-central")
    first = window.session.current.id
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    index = dialog.log_table.model().index(0, 3)
    dialog.log_table.activated.emit(index)  # what a double-click or Enter does
    shown = dialog.shown_message
    assert shown is not None and shown.isVisible()
    assert shown.note.text() == AS_SENT["copied"]
    assert "left our warehouse" in shown.browser.toPlainText()
    shown.use_button.click()
    assert window.session.current.id != first
    assert window.header.value().subject == "Your parcel left our warehouse this morning"
    assert "left our warehouse" in window.editor.toPlainText()
    window.editor.setPlainText("Something else entirely.")
    window.session.open(first)
    window.editor.setPlainText("Changed after sending.")
    window.session.save_now()
    dialog.log_table.activated.emit(index)
    assert dialog.shown_message.note.text() == CHANGED["copied"]
    dialog.shown_message.close()
    dialog.close()


def test_a_file_attached_after_sending_is_not_shown_as_sent(window, qtbot, tmp_path) -> None:
    export(qtbot, window, "seller-central")
    window.compose.files.add([str(write_pdf(tmp_path / "invoice.pdf"))])
    window.session.save_now()
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    dialog.log_table.activated.emit(dialog.log_table.model().index(0, 3))
    assert dialog.shown_message.note.text() == FILES_CHANGED["copied"]
    shown = [label.text() for label in dialog.shown_message.findChildren(QLabel)]
    logged_type = window.store.sent_log()[0].message_type
    assert logged_type and type_label(logged_type) in shown
    assert type_label("reply") and type_label("reply") != "reply"
    assert dialog.shown_message.note.text() != AS_SENT["copied"]
    dialog.shown_message.close()
    dialog.close()


def _blocks(document) -> list[tuple[str, float, float, int]]:
    """Each paragraph's words, margins and number of lines, as drawn."""
    found = []
    block = document.begin()
    while block.isValid():
        spacing = block.blockFormat()
        found.append((block.text().strip("\u2028"), spacing.topMargin(), spacing.bottomMargin(),
                      block.layout().lineCount()))
        block = block.next()
    return found


def test_the_message_as_sent_is_spaced_as_the_buyer_s_view(window, qtbot) -> None:
    """A typed blank line is sent as <p><br></p>: one line tall in the buyer's view and in
    the sent log's message alike (the log's view had drawn it two lines tall)."""
    window.load_sample(Header(to=ALIAS, order_id="113-4567890-1234567", subject="Parcel"),
                       "<p>Hello,</p><p><br></p><p>Your parcel left <b>today</b>.</p>"
                       "<ul><li>one</li><li>two</li></ul><p>Anna</p>")
    window.check_now()
    window.toggle_buyer_view()
    qtbot.waitUntil(lambda: "today" in window.buyer_view.browser.toPlainText())
    export(qtbot, window, "seller-central")
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    dialog.log_table.activated.emit(dialog.log_table.model().index(0, 3))
    shown = dialog.shown_message
    assert shown.note.text() == AS_SENT["copied"]
    assert _blocks(shown.browser.document()) == _blocks(window.buyer_view.browser.document())
    shown.close()
    dialog.close()


def test_a_copy_shows_the_buyer_s_alias_in_to_or_a_dash_that_says_why(window, qtbot) -> None:
    export(qtbot, window, "seller-central")  # the draft has the buyer's alias
    window.load_sample(Header(order_id="113-4567890-1234568", subject="No alias"), GOOD)
    window.check_now()
    export(qtbot, window, "seller-central")
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    to_column = LOG_COLUMNS.index("To")
    rows = {dialog.log_table.item(row, 3).text(): dialog.log_table.item(row, to_column)
            for row in range(dialog.log_table.rowCount())}
    with_alias, without = rows["Your parcel left our warehouse this morning"], rows["No alias"]
    assert with_alias.text() == ALIAS and "no address" in with_alias.toolTip()
    assert without.text() == "—" and "no address" in without.toolTip()
    row = next(r for r in range(dialog.log_table.rowCount())
               if dialog.log_table.item(r, 3).text() == "No alias")
    dialog.log_table.activated.emit(dialog.log_table.model().index(row, 3))
    to = dialog.shown_message.findChild(QLabel, "sent-to")
    assert to.text() == "—" and "no address" in to.toolTip()
    dialog.shown_message.close()
    dialog.close()
