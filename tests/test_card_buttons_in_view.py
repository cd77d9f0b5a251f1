"""A card's fix buttons come right after its reasons; its list of sources follows them.

At 1024×700 a card with three reasons and five sources pushed its fix buttons below the
panel's fold, so they had to be scrolled to.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from composer.message.header import Header
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
BODY = ("<p>Hi Maria,</p><p>For care tips visit our site at kerzenwerk.com or write to "
        "help@kerzenwerk.com and we reply within a day. The new candle is on its way.</p>"
        "<p>Best wishes<br>Kerzenwerk Berlin</p>")


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_fix_buttons_show_before_the_sources(size, qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(to="m4r1a5x6y7@marketplace.amazon.co.uk",
                              order_id="026-5556667-7778889", message_type="reply",
                              subject="Care tips for your candles"), BODY)
    window.resize(*size)
    window.check_now()
    qtbot.waitUntil(lambda: bool(window.findings_panel.cards), timeout=10_000)
    for _ in range(5):
        QApplication.processEvents()
    panel = window.findings_panel
    card = max(panel.cards, key=lambda c: len(c.source_label.text()))
    assert card.source_label.text().count(";") >= 2, card.source_label.text()
    assert card.fix_button is not None
    view = panel.scroll.viewport()
    top = panel.scroll.widget().mapTo(view, QPoint(0, 0)).y()
    button = card.fix_button.mapTo(view, QPoint(0, card.fix_button.height())).y() - top
    source = card.source_label.mapTo(view, QPoint(0, 0)).y() - top
    assert button <= source  # the buttons first, then where the rules come from
    assert button <= view.height(), (button, view.height())  # in view without scrolling
