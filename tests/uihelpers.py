"""Shared set-up for the Qt tests: a main window on a temporary data folder."""

from __future__ import annotations

from pathlib import Path

from composer.settings import Settings
from composer.store import open_store
from composer.ui import icons
from composer.ui.mainwindow import MainWindow


def make_window(qtbot, data_dir: Path) -> MainWindow:
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir)
    store = open_store(data_dir)
    window = MainWindow(settings, data_dir, store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.after_first_paint()  # builds the panels and reopens the draft, as after a paint
    icons.load_icons()
    return window


def type_text(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
