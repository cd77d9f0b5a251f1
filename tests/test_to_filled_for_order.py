"""To filled in for one order (a reply's buyer) must not quietly carry a message about another.

Found in a walkthrough: a template draft started while a reply was open kept that buyer's
relay address after the seller typed another order ID, with no warning anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from composer.inbox.importing import import_files
from composer.message.header import Header, problems, to_filled_extra, to_filled_from

CORPUS = Path(__file__).parent / "data" / "inbox"
RELAY = "k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com"
REPLY_ORDER = "114-3941689-8772232"  # en-com-text.eml's order
OTHER = "405-7812345-6789012"
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


def test_a_to_filled_for_another_order_is_a_core_header_warning() -> None:
    from datetime import date, datetime, timezone

    filled = to_filled_from(to_filled_extra(REPLY_ORDER, RELAY))
    assert filled == (REPLY_ORDER, RELAY)
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)

    def to_problem(to: str, order: str, language: str = "en"):
        header = Header(to=to, order_id=order, message_type="otherProactive")
        return problems(header, date(2026, 12, 1), now, language, to_filled_for=filled).get("to")

    assert to_problem(RELAY, REPLY_ORDER) is None
    problem = to_problem(RELAY, OTHER)
    assert problem is not None and not problem.blocking
    assert REPLY_ORDER in problem.text and "paste the address" in problem.detail
    assert to_problem("other1234@marketplace.amazon.com", OTHER) is None  # the seller changed it
    assert to_problem(RELAY, "405-78") is None  # still typing the order ID
    assert "Bestellung" in to_problem(RELAY, OTHER, "de").text
    assert to_filled_extra("", RELAY) == {}


@pytest.fixture
def window(qtbot, tmp_path):
    from tests.uihelpers import make_window

    win = make_window(qtbot, tmp_path / "data")
    import_files(win.store, [CORPUS / "en-com-text.eml"], win.data_dir)
    win.inbox.reply(1)
    assert win.header.to.text() == RELAY
    return win


def test_a_template_from_an_open_reply_leaves_to_empty(window) -> None:
    from composer.message.templates import get_template

    window.draft_actions.use_template(get_template("invoice.en"))
    assert window.header.to.text() == ""
    assert window.header.order_id.text() == REPLY_ORDER  # the order still carries over
    assert "Ctrl+Z in To" in window.status.currentMessage()


def test_asked_back_the_replys_buyer_warns_when_the_order_changes(window, qtbot) -> None:
    from composer.message.templates import get_template

    window.draft_actions.use_template(get_template("invoice.en"))
    window.header.to.setFocus()
    qtbot.keyClick(window.header.to, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.header.to.text() == RELAY  # the seller asked for the reply's buyer
    message = window.header.messages["to"]
    window.editor.setFocus()
    assert message.full_text == ""
    window.header.order_id.setText(OTHER)
    assert f"Filled in for order {REPLY_ORDER}" in message.full_text
    window.resize(1280, 800)
    assert message.text() == f"⚠ Filled in for order {REPLY_ORDER}: clear it, or paste this " \
        "order's buyer."  # whole; the tooltip says why
    assert "that buyer would get this message" in message.toolTip()
    window.session.save_now()
    window.compose.load(window.store.get_draft(window.session.current.id))
    assert f"Filled in for order {REPLY_ORDER}" in window.header.messages["to"].full_text
    window.header.to.setText("")
    assert window.header.messages["to"].full_text == ""
