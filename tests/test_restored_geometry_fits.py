"""A window brought back after a crash fits the screen it opens on.

At 1024×700 a seller killed the app and started it again: the window came back 1022×746,
taller than the screen, with the export buttons half off it and no status bar. The state
of a killed app is whatever an earlier run left, perhaps from a larger screen, or none.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from composer.ui.mainwindow import WINDOW_STATE_FILE
from composer.ui.windowparts import fit_on_screen, restore_geometry
from tests.uihelpers import make_window


def room() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def saved_state(tmp_path, width: int, height: int, x: int, y: int):
    """A window.json as a run on a far larger screen leaves it."""
    big = QWidget()
    big.resize(width, height)
    big.move(x, y)
    geometry = bytes(big.saveGeometry().toBase64().data()).decode("ascii")
    path = tmp_path / "window.json"
    path.write_text(json.dumps({"geometry": geometry}), encoding="utf-8")
    return path


def test_a_saved_state_larger_than_the_screen_is_clamped_to_it(qtbot, tmp_path) -> None:
    screen = room()
    data = tmp_path / "data"
    data.mkdir()
    path = saved_state(data, screen.width() + 600, screen.height() + 400,
                       screen.x() + 300, screen.y() + 200)
    window = QWidget()
    qtbot.addWidget(window)
    restore_geometry(window, path)
    assert screen.contains(window.geometry()), (screen, window.geometry())
    shown = make_window(qtbot, data)  # the main window, once shown with its frame
    assert path.name == WINDOW_STATE_FILE
    frame = shown.frameGeometry()
    # The test screen is narrower than the window's least width; its height is the defect.
    assert frame.top() >= screen.top() and frame.bottom() <= screen.bottom(), (screen, frame)


def test_a_default_size_larger_than_the_screen_is_clamped_too(qtbot, tmp_path) -> None:
    screen = room()
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(screen.width() + 150, screen.height() + 60)  # no state: the default size
    restore_geometry(window, tmp_path / "window.json")
    assert screen.contains(window.geometry()), (screen, window.geometry())


def test_a_window_that_fits_keeps_its_size_and_place(qtbot, tmp_path) -> None:
    screen = room()
    path = saved_state(tmp_path, screen.width() // 2, screen.height() // 2,
                       screen.x() + 10, screen.y() + 10)
    window = QWidget()
    qtbot.addWidget(window)
    restore_geometry(window, path)
    assert (window.width(), window.height()) == (screen.width() // 2, screen.height() // 2)
    fit_on_screen(window)
    assert (window.width(), window.height()) == (screen.width() // 2, screen.height() // 2)


def test_a_damaged_state_costs_only_the_old_size(qtbot, tmp_path) -> None:
    path = tmp_path / "window.json"
    path.write_text(json.dumps({"geometry": "bm90IGEgZ2VvbWV0cnk="}), encoding="utf-8")
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    restore_geometry(window, path)
    assert (window.width(), window.height()) == (300, 200)
