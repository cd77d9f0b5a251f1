"""The export bar fits a laptop screen: full names when there is room, shorter ones when not."""

from __future__ import annotations

from PySide6.QtCore import Qt

from composer.ui import icons
from composer.ui.exportbar import ExportBar
from tests.uihelpers import make_window


def test_labels_shorten_then_become_icons_as_the_bar_narrows(qtbot) -> None:
    icons.load_icons()
    bar = ExportBar()
    qtbot.addWidget(bar)
    assert bar.fit_labels(1000) == "full"
    assert bar.buttons["seller-central"].text() == "Copy for Seller Central"
    assert bar.fit_labels(520) == "short"
    assert bar.buttons["seller-central"].text() == "Copy text"
    assert bar.fit_labels(200) == "icons"
    button = bar.buttons["smtp"]
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert "Send it now" in bar.actions_by_route["smtp"].toolTip()  # the words stay in reach
    assert bar.fit_labels(1000) == "full"


def test_the_window_fits_a_1024_pixel_screen(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() <= 1024)
