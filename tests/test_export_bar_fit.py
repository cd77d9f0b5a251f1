"""The export bar fits a laptop screen: full names when there is room, shorter ones when not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from composer.ui import icons
from composer.ui.exportbar import ExportBar
from tests.uihelpers import make_window


def test_names_give_way_to_icons_never_to_other_words(qtbot) -> None:
    icons.load_icons()
    bar = ExportBar()
    qtbot.addWidget(bar)
    names = {route: action.text() for route, action in bar.actions_by_route.items()}
    assert bar.fit_labels(1000) == "full"
    assert bar.buttons["seller-central"].text() == "Copy for Seller Central"
    assert bar.fit_labels(520) == "mixed"
    icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
    kept = [r for r, b in bar.buttons.items() if b.toolButtonStyle() != icon_only]
    assert "seller-central" in kept and "eml-file" not in kept  # the least used go first
    assert bar.fit_labels(200) == "icons"
    for route, button in bar.buttons.items():
        assert button.text() == names[route]  # one set of names: the menu's
        assert bar.actions_by_route[route].toolTip().startswith(names[route])
        assert button.accessibleName() == names[route].rstrip("…")
    assert "Send it now" in bar.actions_by_route["smtp"].toolTip()  # the words stay in reach
    assert bar.fit_labels(1000) == "full"


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_bar_shows_the_menu_names_at_laptop_sizes(qtbot, tmp_path, size) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    bar = window.export.bar
    menu = {action.text() for action in window.send_menu.actions()}
    shown = [b for b in bar.buttons.values()
             if b.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly]
    assert bar.buttons["seller-central"] in shown  # the main route always keeps its name
    for button in bar.buttons.values():
        assert button.text() in menu
        assert button.geometry().right() <= bar.width()  # nothing cut at the right
    if size[0] >= 1280:
        assert len(shown) == len(bar.buttons)


def test_the_window_fits_a_1024_pixel_screen(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() <= 1024)
