"""The lists show short columns whole; free text is shortened in the middle (issue 15).

At 1024 px the Buyer Messages list cut its State ("Answered (copied for Sell…"), the sent
log cut To, Attachments and Type while Subject took the whole width, and the drafts list
lost a draft's state behind a long type label. Each column is now as wide as its text; the
one free-text column (the buyer, the subject, the type of a draft) takes the rest and is
shortened in the middle, with the whole text in its tooltip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from composer.inbox.importing import import_files
from composer.message.header import Header
from tests.attachment_factory import write_pdf
from tests.uihelpers import app_language, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"
SIZES = [(1024, 700), (1280, 800)]
ALIAS = "k2x9q7abcdefghij@marketplace.amazon.co.uk"
SUBJECT_LEAST = 160


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def clipped(table, *stretch: int) -> list[str]:
    """Cells and headers of the other columns that are wider than their column."""
    header = table.horizontalHeader()
    model = table.model()
    found = []
    for column in range(model.columnCount()):
        if column in stretch:
            continue
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        texts = [(header.fontMetrics(), title)] + [
            (table.fontMetrics(), str(model.index(row, column).data() or ""))
            for row in range(model.rowCount())]
        for metrics, text in texts:
            if metrics.horizontalAdvance(text) > width:
                found.append(f"{column}: {text!r} in {width} px")
    return found


def answered_by_copy(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.export.confirm = lambda route, lines: True
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.reply(1)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Yes, it works with 230 V. Best regards, Anna")
    window.check_now()
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    return window


@pytest.mark.parametrize("size", SIZES)
def test_the_buyer_messages_list_shows_the_whole_state(size, qtbot, tmp_path) -> None:
    window = answered_by_copy(qtbot, tmp_path)
    window.resize(*size)
    window.inbox.open_list()
    dialog = window.inbox.dialog
    dialog.resize(min(dialog.width(), size[0] - 80), dialog.height())
    settle()
    state = dialog.model.index(0, dialog.model.columnCount() - 1).data()
    assert state.startswith("Answered (copied for Seller Central, "), state
    assert not clipped(dialog.table, 1), (size, clipped(dialog.table, 1))
    assert not dialog.table.horizontalScrollBar().isVisible()
    buyer = dialog.model.index(0, 1)
    assert buyer.data(Qt.ItemDataRole.ToolTipRole) == buyer.data()  # the whole name on hover
    dialog.close()


@pytest.mark.parametrize("language", ["de", "fr"])
@pytest.mark.parametrize("size", SIZES)
def test_the_state_is_whole_in_german_and_french(language, size, qapp, qtbot,
                                                 tmp_path) -> None:
    """In German the State read "Beantwortet (für Se…" (walkthrough C5)."""
    with app_language(qapp, language):
        window = answered_by_copy(qtbot, tmp_path)
        window.resize(*size)
        window.inbox.open_list()
        dialog = window.inbox.dialog
        dialog.resize(min(dialog.width(), size[0] - 80), dialog.height())
        settle()
        state = dialog.model.index(0, dialog.model.columnCount() - 1)
        assert "Seller Central" in state.data(), state.data()
        # The buyer and the state share the width left; a long state is shortened in the
        # middle, never to less than a readable start and end, and nothing scrolls sideways.
        last = dialog.model.columnCount() - 1
        assert not clipped(dialog.table, 1, last), (language, size, clipped(dialog.table, 1))
        assert not unreadable(dialog.table, 1, last), unreadable(dialog.table, 1, last)
        assert not dialog.table.horizontalScrollBar().isVisible()
        assert state.data(Qt.ItemDataRole.ToolTipRole) == state.data()  # whole on hover too
        dialog.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_sent_log_shows_to_files_and_type_whole(size, qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.export.confirm = lambda route, lines: True
    window.export.open_url = lambda url: True
    window.load_sample(Header(to=ALIAS, order_id="113-4567890-1234567",
                              subject="Your parcel left our warehouse this morning and "
                                      "should reach you on Friday"),
                       "<p>Hello,</p><p>Your parcel left our warehouse.</p>")
    window.compose.files.add([str(write_pdf(tmp_path / "Rechnung_2026-11-20.pdf"))])
    window.check_now()
    window.export.export("email-app")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    window.resize(*size)
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    dialog.resize(min(1200, size[0] - 80 if size[0] - 80 >= 1000 else 1000), 480)
    settle()
    table = dialog.log_table
    # The subject, the address and the files share what the short columns leave.
    assert not clipped(table, 3, 4, 5), (size, clipped(table, 3, 4, 5))
    assert not unreadable(table, 3, 4, 5), (size, unreadable(table, 3, 4, 5))
    assert not table.horizontalScrollBar().isVisible()
    subject, to = table.item(0, 3), table.item(0, 4)
    assert subject.toolTip() == subject.text()
    assert to.toolTip().startswith(to.text()) or to.text() in to.toolTip()
    if size[0] == 1280:  # with room, the address is whole and the subject wider than it
        assert not clipped(table, 3, 5)
        assert table.horizontalHeader().sectionSize(3) >= SUBJECT_LEAST
    dialog.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_drafts_list_shows_the_state_of_an_answered_reply(size, qtbot, tmp_path) -> None:
    from composer.ui.draftspanel import KIND_ROLE, META_ROLE, fit_meta

    window = answered_by_copy(qtbot, tmp_path)
    window.resize(*size)
    settle()
    drafts = window.drafts_panel.list
    row = drafts.item(0)
    assert row.data(META_ROLE).startswith("Answered · "), row.data(META_ROLE)
    # what the row paints: its width less the margins and the badge (as the delegate does)
    width = drafts.viewport().width() - 10 - 8 - 24
    shown = fit_meta(drafts.fontMetrics(), row.data(META_ROLE), row.data(KIND_ROLE), width)
    assert shown.startswith("Answered"), (size, shown)
    roomy = fit_meta(drafts.fontMetrics(), "Answered · 1 · Other message you start · now",
                     "Other message you start", 10_000)
    assert roomy == "Answered · 1 · Other message you start · now"  # no "…" with room
    squeezed = fit_meta(drafts.fontMetrics(), "A · Other message you start · now",
                        "Other message you start",
                        drafts.fontMetrics().horizontalAdvance("A · Other me…start · now"))
    assert squeezed.startswith("A · Other") and squeezed.endswith(" · now"), squeezed


LONG_SUBJECT = "Re: Customer inquiry from Amazon customer Maria (Order: 026-5556667-7778889)"
FILES = ("candle_photo.jpg", "Rechnung_302-1234567.pdf", "big_photo (2).jpg")
LEAST_CHARACTERS = 12  # a shortened cell still shows this much of its text


def unreadable(table, *columns: int) -> list[str]:
    """Cells of ``columns`` that show fewer than LEAST_CHARACTERS of their text."""
    header, model, found = table.horizontalHeader(), table.model(), []
    metrics = table.fontMetrics()
    for column in columns:
        width = header.sectionSize(column)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            if metrics.horizontalAdvance(text) <= width:
                continue  # whole, as ``clipped`` counts it
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width - 8)
            if len(shown.replace("…", "")) < LEAST_CHARACTERS:
                found.append(f"{column}: {shown!r} of {text!r} in {width} px")
    return found


def filled_log_dialog(qtbot, tmp_path, size):
    from datetime import UTC, datetime

    from composer.store import SentRecord, open_store
    from composer.ui.sentlogview import SentLogDialog

    store = open_store(tmp_path / "data")
    when = datetime(2026, 12, 6, 5, 57, tzinfo=UTC)
    for route in ("seller-central", "eml-file", "smtp"):
        store.record_sent(SentRecord(sent_at=when, route=route, order_id="205-1112223-3334445",
                                     message_type="reply", subject=LONG_SUBJECT,
                                     attachment_names=FILES, recipient=ALIAS))
    record = SentRecord(sent_at=when, route="smtp", order_id="171-7654321-7654321",
                        message_type="reply", subject="Re: Demande de renseignements de la "
                        "part du client Amazon Pierre (Commande : 171-7654321-7654321)",
                        recipient="qwe987zxc@marketplace.amazon.fr")
    item = store.enqueue(b"Subject: x\r\n\r\nx\r\n", record)
    store.outbox_failed(item.id, "There is no connection to smtp.example.com: the name could "
                        "not be looked up. Check the server name in Settings › Sending.", when)
    dialog = SentLogDialog(store)
    qtbot.addWidget(dialog)
    dialog.refresh()
    dialog.resize(size[0] - 80, 480)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("size", SIZES)
def test_real_length_sent_log_rows_are_readable_without_scrolling(size, qtbot,
                                                                  tmp_path) -> None:
    """The walkthrough's log showed Subject as "A……" and To as "k…k" beside the files."""
    dialog = filled_log_dialog(qtbot, tmp_path, size)
    table = dialog.log_table
    settle()
    assert not table.horizontalScrollBar().isVisible()
    assert not clipped(table, 3, 4, 5), (size, clipped(table, 3, 4, 5))
    assert not unreadable(table, 3, 4, 5), (size, unreadable(table, 3, 4, 5))
    files = table.item(0, 5)
    assert files.toolTip() == files.text()
    assert not table.wordWrap()  # wrapped, a cell showed its first words and "...", no end


@pytest.mark.parametrize("size", SIZES)
def test_the_outbox_shows_each_column_readable(size, qtbot, tmp_path) -> None:
    """The Outbox's last problem read "t prob" / "The…" while Subject took half the width."""
    dialog = filled_log_dialog(qtbot, tmp_path, size)
    dialog.tabs.setCurrentIndex(1)
    table = dialog.outbox_table
    settle()
    assert not table.horizontalScrollBar().isVisible()
    assert not clipped(table, 1, 2, 4), (size, clipped(table, 1, 2, 4))
    assert not unreadable(table, 1, 2, 4), (size, unreadable(table, 1, 2, 4))
    header = table.horizontalHeader()
    title = str(table.model().headerData(4, Qt.Orientation.Horizontal))
    assert header.sectionSize(4) >= header.fontMetrics().horizontalAdvance(title) + 12
    for column in (1, 2, 4):
        cell = table.item(0, column)
        assert cell.toolTip() == cell.text()


@pytest.mark.parametrize("size", SIZES)
def test_buyer_messages_imported_while_the_list_is_open_need_no_sideways_scrolling(
        size, qtbot, tmp_path) -> None:
    """At 1024 px the buyer took most of the width; Order was cut, and Topic, Received and
    State were only reachable by scrolling sideways."""
    window = make_window(qtbot, tmp_path / "data")
    window.resize(*size)
    window.inbox.open_list()  # empty: the first share is made with the headers' widths
    dialog = window.inbox.dialog
    dialog.resize(min(dialog.width(), size[0] - 80), dialog.height())
    settle()
    import_files(window.store, [CORPUS / name for name in (
        "en-com-text.eml", "de-text-base64.eml", "en-com-long.eml", "en-com-photos.eml")],
        window.data_dir)
    window.inbox.refresh()
    settle()
    table, last = dialog.table, dialog.model.columnCount() - 1
    assert not table.horizontalScrollBar().isVisible()
    assert not clipped(table, 1, last), (size, clipped(table, 1, last))
    assert not unreadable(table, 1, last), (size, unreadable(table, 1, last))
    dialog.close()
