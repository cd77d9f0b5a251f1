"""The windows around the message (walkthrough 3, issue 15): the keyboard, the titles,
the frames and the times a seller reads in them."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLayout, QLineEdit

from composer.export.keychain import Passwords
from composer.inbox.importing import import_files
from composer.message.header import Header
from composer.ui import askwords, languagechoice
from composer.ui.businessname import BusinessNameDialog
from composer.ui.sendingsettings import SendingSettingsPage
from composer.ui.sentlogview import SentLogDialog
from composer.ui.sentmessage import SentMessageDialog
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"
MAILS = ("en-com-photos.eml", "de-html-qp.eml", "en-com-text.eml")
LONG_SUBJECT = "Re: Nachricht von Kunde Sabine K. (Bestellung: 302-4417289-6651923)"
APP_NAME = " — Seller Composer"  # what a window manager puts after a dialog's title


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path / "data")


def with_messages(window, qtbot):
    import_files(window.store, [CORPUS / name for name in MAILS], window.data_dir)
    window.inbox.changed.emit()
    window.inbox.open_list()
    dialog = window.inbox.dialog
    qtbot.waitExposed(dialog)
    return dialog


def title_fits(dialog) -> bool:
    """The title, with the app name a window manager adds, fits the title bar (the
    buttons and the icon take about 110 px)."""
    font = QApplication.font()
    font.setBold(True)
    words = QFontMetrics(font).horizontalAdvance(dialog.windowTitle() + APP_NAME)
    return words + 110 <= dialog.width()


# --- 1. Buyer messages opened again: the most urgent is current, the keys reach the list ------
def test_buyer_messages_opened_again_starts_at_the_most_urgent_with_the_keyboard(
        window, qtbot) -> None:
    dialog = with_messages(window, qtbot)
    assert dialog.table.hasFocus() or dialog.focusWidget() is dialog.table
    dialog.table.selectRow(2)
    answered: list[int] = []
    dialog.replyRequested.connect(answered.append)
    dialog.reply_button.click()  # answers the third and hides the list
    assert not dialog.isVisible()
    window.inbox.open_list()
    qtbot.waitExposed(dialog)
    assert dialog.current_id() == dialog.rows[0].id  # the most urgent, not the old row
    assert dialog.table.currentIndex().row() == 0  # current and selected agree
    assert dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert answered[-1] == dialog.rows[0].id


def test_enter_answers_the_row_the_seller_chose(window, qtbot) -> None:
    dialog = with_messages(window, qtbot)
    answered: list[int] = []
    dialog.replyRequested.connect(answered.append)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    chosen = dialog.current_id()
    assert chosen == dialog.rows[1].id
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert answered == [chosen]


# --- 2. After a dialog, the keyboard is back in the window -----------------------------------
def test_after_a_dialog_closes_the_editor_has_the_keyboard(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    field.setFocus()
    window.editor.clearFocus()  # as a window manager leaves it: nothing in the window has it
    window.setFocus()
    dialog.activateWindow()
    dialog.accept()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=2000)


def test_changing_the_language_offers_restart_now(window, qtbot, monkeypatch) -> None:
    from composer.ui.settingsdialog import SettingsDialog

    window.editor.setPlainText("Hello Sam,\nthe parcel left today.")
    cursor = window.editor.textCursor()
    cursor.setPosition(9)
    window.editor.setTextCursor(cursor)
    asked: list[str] = []

    def restart_now(parent, name):  # the seller presses "Restart now"
        asked.append(name)
        return True

    monkeypatch.setattr(languagechoice, "ask_restart", restart_now)
    dialog = SettingsDialog(window.settings, window)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert asked == ["Deutsch"]
    assert window.restart_asked
    qtbot.waitUntil(lambda: not window.isVisible())
    draft = window.store.get_draft(window.session.current.id)
    assert "parcel left today" in draft.body_html and draft.cursor_position == 9


def test_the_restart_starts_the_same_program_again(monkeypatch) -> None:
    from composer.ui.app import restart_command

    monkeypatch.setattr(sys, "orig_argv", ["/usr/bin/python3", "-m", "composer", "--data", "x"])
    assert restart_command() == ("/usr/bin/python3", ["-m", "composer", "--data", "x"])


def test_the_restart_question_has_restart_now_and_later(qtbot, monkeypatch) -> None:
    shown = {}

    def look(box):
        shown["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(languagechoice.QMessageBox, "exec", look)
    languagechoice.ask_restart(None, "Deutsch")
    assert shown["buttons"] == ["&Restart now", "&Later"] or \
        sorted(shown["buttons"]) == sorted(["&Restart now", "&Later"])


# --- 3. Frames, placeholders, Close, the Subject column --------------------------------------
def test_the_first_run_question_is_a_fixed_size_box(qtbot) -> None:
    """A window manager draws resize grips under a resizable dialog (the stray lines
    under OK/Later); a question box has nothing to resize."""
    dialog = BusinessNameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.layout().sizeConstraint() == QLayout.SizeConstraint.SetFixedSize
    assert dialog.minimumSize() == dialog.maximumSize()
    dialog.field.setText("Amazon Official Store")  # the warning grows it, still fixed
    assert dialog.minimumSize() == dialog.maximumSize() == dialog.size()


@pytest.mark.parametrize("saved", [False, True])
def test_the_password_placeholder_fits_whether_one_is_saved(qtbot, tmp_path, saved) -> None:
    from composer.appdata.settings import Settings

    settings = Settings(tmp_path / "data")
    settings.set("smtp_host", "smtp.example.com")
    settings.set("smtp_user", "me")
    passwords = Passwords(use_keychain=False)
    if saved:
        passwords.set("smtp.example.com", "me", "secret", remember=False)
    page = SendingSettingsPage(settings, passwords)
    qtbot.addWidget(page)
    placeholder = page.password.placeholderText()
    assert ("keep the saved one" in placeholder) == saved
    assert "current one" not in placeholder
    page.user.setText("someone-else")  # no password saved for this user
    assert "keep" not in page.password.placeholderText()


def test_one_close_button_for_buyer_messages_whatever_the_tab(window, qtbot) -> None:
    dialog = with_messages(window, qtbot)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert dialog.close_button.isVisible()
    dialog.close_button.click()
    assert not dialog.isVisible()


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_sent_log_gives_its_room_to_the_subject(window, qtbot, size) -> None:
    window.resize(*size)
    window.load_sample(Header(to="k2x9q7abcdefghij@marketplace.amazon.de",
                              order_id="302-4417289-6651923", subject=LONG_SUBJECT),
                       "<p>Guten Tag,</p><p>Ihre Garantie liegt bei.</p>")
    window.check_now()
    window.export.confirm = lambda route, lines: True
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    dialog = SentLogDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.log_table
    header = table.horizontalHeader()
    wanted = table.sizeHintForColumn(3)
    assert header.sectionSize(3) >= min(wanted, 320), (header.sectionSize(3), wanted)
    assert header.length() <= table.viewport().width() + 1  # and no sideways scrolling


# --- 4. Titles that fit their dialog ---------------------------------------------------------
def test_the_sent_message_title_is_short_and_the_subject_is_inside(window, qtbot) -> None:
    window.load_sample(Header(to="k2x9q7abcdefghij@marketplace.amazon.de",
                              subject=LONG_SUBJECT), "<p>Guten Tag,</p>")
    window.check_now()
    window.export.confirm = lambda route, lines: True
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    shown = SentMessageDialog(window.store.sent_log()[0], window.store, window)
    qtbot.addWidget(shown)
    shown.show()
    assert LONG_SUBJECT not in shown.windowTitle()
    assert title_fits(shown)
    assert any(LONG_SUBJECT in label.text() for label in shown.findChildren(QLabel))


@pytest.mark.parametrize("what", sorted(askwords.QUESTIONS))
def test_the_words_questions_have_titles_that_fit(qtbot, what) -> None:
    dialog = askwords.words_dialog(None, what)
    qtbot.addWidget(dialog)
    dialog.show()
    assert title_fits(dialog), (dialog.windowTitle(), dialog.width())


def test_check_before_it_leaves_has_a_title_that_fits(window, qtbot, monkeypatch) -> None:
    from composer.ui import exportflow

    seen = {}

    def look(box):
        box.show()
        seen["fits"] = title_fits(box)
        seen["title"] = box.windowTitle()
        return 0

    monkeypatch.setattr(exportflow.QMessageBox, "exec", look)
    window.export._confirm("seller-central",
                           ["The clipboard holds only the text: add “a.pdf” by hand."])
    assert seen["fits"], seen


# --- 5. Times in the seller's time zone -------------------------------------------------------
@pytest.fixture
def utc_computer(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_buyer_messages_show_times_in_the_settings_time_zone(window, qtbot,
                                                            utc_computer) -> None:
    window.settings.set("time_zone", "Europe/Berlin")
    window.compose.settings_changed()
    dialog = with_messages(window, qtbot)
    received = dialog.model.index(0, 4)
    assert "15:22" in received.data()  # 14:22 UTC is 15:22 in Berlin in November
    assert "Berlin" in (received.data() + str(received.data(Qt.ItemDataRole.ToolTipRole)))
    dialog.table.selectRow(0)
    dialog.reply_button.click()
    field = window.header.buyer_message_at
    assert field.date().hour == 15 and field.date().minute == 22
    assert "Berlin" in field.toolTip()
    assert window.header.value().buyer_message_at == datetime(2026, 11, 3, 14, 22,
                                                              tzinfo=timezone.utc)
