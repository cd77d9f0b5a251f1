"""A buyer's e-mail dated later than this computer's clock (the clocks differ) fills "Buyer
wrote at" with the time now and says so; it never blocks. A typed future time still does."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from composer.inbox.importing import import_files
from composer.message.header import Header, problems, wrote_at

CORPUS = Path(__file__).parent / "data" / "inbox"
SENT = datetime(2026, 11, 3, 14, 22, 5, tzinfo=timezone.utc)  # en-com-text.eml's Date
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


def test_an_emails_time_ahead_of_the_clock_is_now() -> None:
    now = SENT - timedelta(minutes=7)
    assert wrote_at(SENT, now) == (now, True)
    assert wrote_at(SENT, SENT + timedelta(hours=1)) == (SENT, False)
    assert wrote_at(None, now) == (None, False)
    # A typed time later than now is still a mistake to correct.
    typed = Header(message_type="reply", buyer_message_at=SENT)
    assert problems(typed, now.date(), now)["buyer_message_at"].blocking


def test_import_then_reply_with_the_clock_behind(qtbot, tmp_path) -> None:
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    now = SENT - timedelta(minutes=7)
    window.header.clock_now = lambda: now
    import_files(window.store, [CORPUS / "en-com-text.eml"], window.data_dir)
    window.inbox.reply(1)
    assert window.header.value().buyer_message_at == now.replace(second=0)
    assert "buyer_message_at" not in window.header.problems()
    assert window.header.messages["buyer_message_at"].full_text == ""
    assert "later than this computer's clock" in window.status.currentMessage()
