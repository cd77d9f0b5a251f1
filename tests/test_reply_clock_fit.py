"""The reply clock is read whole at a laptop's size, in every language.

At 1024×700 in German the clock beside "Käufer schrieb am" was cut at the bottom
("fällig Mo. 07:40" half shown): three lines in the room of two and a half, with the
field's own error line ("the time is in the future") under it. The clock keeps to two
lines (the time left alone, the due time on hover) and its row is as tall as its text.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from composer.ui.wholelabel import TEXT_WORD_WRAP
from tests.test_window_states_fit import SIZES, build
from tests.uihelpers import app_language, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


@pytest.fixture(params=["en", "de", "fr"])
def language(request, qapp):
    with app_language(qapp, request.param) as chosen:
        yield chosen


def text_height(label) -> int:
    margins = label.contentsMargins()
    inner = label.width() - margins.left() - margins.right() - 2 * label.margin()
    box = label.fontMetrics().boundingRect(QRect(0, 0, max(1, inner), 100_000),
                                           TEXT_WORD_WRAP, label.text())
    return box.height() + margins.top() + margins.bottom() + 2 * label.margin()


# In the future (an error line under the field), a day left, less than an hour, late.
@pytest.mark.parametrize("hours", [2, -1, -23.5, -30])
def test_the_reply_clock_is_never_cut(language, hours, qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    build("reply", qtbot, window, tmp_path)
    window.header._set_received_at(datetime.now(timezone.utc) + timedelta(hours=hours))
    clock = window.header.reply_clock
    for size in SIZES:
        window.resize(size[0], window.height())
        for _ in range(3):
            QApplication.processEvents()
        window.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
        qtbot.wait(30)
        where = (language, hours, size, clock.text(), clock.width(), clock.height())
        assert (window.width(), window.height()) == size, where
        lines = text_height(clock) / clock.fontMetrics().lineSpacing()
        assert 0 < lines <= 2.5, where  # two lines at most
        assert clock.height() >= text_height(clock), where
        row = window.header.reply_row
        assert row.rect().contains(QRect(clock.mapTo(row, clock.rect().topLeft()),
                                         clock.size())), where
        assert clock.toolTip(), where  # the due time and Amazon's rule on hover
