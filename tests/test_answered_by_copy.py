"""Copy for Seller Central answers a buyer's message, and the lists say it was a copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from composer.inbox.importing import import_files
from composer.ui.draftspanel import CLOCK_ROLE, ID_ROLE, META_ROLE
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.export.confirm = lambda route, lines: True
    import_files(win.store, [CORPUS / "en-com-text.eml"], win.data_dir)
    win.inbox.reply(1)
    win.editor.setFocus()
    qtbot.keyClicks(win.editor, "Yes, it works with 230 V. Best regards, Anna")
    win.check_now()
    return win


def draft_row(window):
    panel = window.drafts_panel.list
    current = window.session.current.id
    return next(panel.item(n) for n in range(panel.count())
                if panel.item(n).data(ID_ROLE) == current)


def state_of_the_message(window) -> str:
    window.inbox.open_list()
    model = window.inbox.dialog.model
    return model.index(0, model.columnCount() - 1).data(Qt.ItemDataRole.DisplayRole)


def export(qtbot, window, route: str) -> None:
    window.export.export(route)
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)


def test_a_copy_answers_and_says_it_was_a_copy(window, qtbot):
    assert draft_row(window).data(CLOCK_ROLE) is not None  # the reply clock runs
    assert state_of_the_message(window) == "Waiting"
    export(qtbot, window, "seller-central")
    state = state_of_the_message(window)
    assert state.startswith("Answered (copied for Seller Central, "), state
    row = draft_row(window)
    assert row.data(CLOCK_ROLE) is None  # answered: no clock in the drafts list any more
    assert "Answered" in row.data(META_ROLE)


def test_an_exported_reply_says_answered_without_copy(window, qtbot, tmp_path):
    window.export.ask_save_path = lambda name: str(tmp_path / "reply.eml")
    export(qtbot, window, "eml-file")
    state = state_of_the_message(window)
    assert state.startswith("Answered ") and "copied" not in state
    assert draft_row(window).data(CLOCK_ROLE) is None


def test_the_open_reply_header_says_answered_instead_of_the_clock(window, qtbot):
    clock = window.header.reply_clock
    assert "left to reply" in clock.text() or "Late" in clock.text()
    export(qtbot, window, "seller-central")
    assert clock.text().startswith("Answered "), clock.text()
    assert "left" not in clock.text() and "due" not in clock.text()
    assert not window.header.clock_timer.isActive()
    # Opening it again (another draft first) still says so.
    first = window.session.current.id
    window.draft_actions.new_draft()
    window.session.open(first)
    assert window.header.reply_clock.text().startswith("Answered ")


@pytest.mark.parametrize("route", ["seller-central", "eml-file"])
def test_the_waiting_count_follows_an_answer_at_once(window, qtbot, tmp_path, route):
    window.export.ask_save_path = lambda name: str(tmp_path / "reply.eml")
    window.inbox.refresh()  # the import above went straight to the store
    assert window.inbox.waiting.text() == "✉ 1 waiting"
    export(qtbot, window, route)
    # Without opening Buyer messages: the status bar counts the answer.
    assert window.inbox.dialog is None or not window.inbox.dialog.isVisible()
    assert window.inbox.waiting.text() == "✉ Buyer messages"
