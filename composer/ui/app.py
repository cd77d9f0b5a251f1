"""Start the Qt application: the interactive window, or an offscreen screenshot."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from composer import __version__
from composer.paths import data_dir as resolve_data_dir
from composer.paths import ensure_data_dir
from composer.resources import load_json
from composer.settings import Settings, SettingsError
from composer.ui import icons
from composer.ui.mainwindow import MainWindow, sample_header

SCREENSHOT_SIZE = (1280, 800)
PROBE_ENV = "SELLER_COMPOSER_STARTUP_PROBE"


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Seller Composer")
    app.setApplicationDisplayName("Seller Composer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SellerComposer")
    app.setDesktopFileName("seller-composer")
    return app  # type: ignore[return-value]


class _FirstPaintProbe(QObject):
    """For benchmarks/startup.py: print the time of the window's first paint, then quit."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def build_window(data_dir: Path | None, settings: Settings) -> MainWindow:
    icons.defer_until_loaded()
    window = MainWindow(settings, data_dir)
    return window


def run_app(data_dir: str | None = None) -> int:
    folder = ensure_data_dir(resolve_data_dir(data_dir))
    app = make_app()
    settings = Settings(folder)
    window = build_window(folder, settings)
    if os.environ.get(PROBE_ENV):
        _FirstPaintProbe(window)
    window.show()
    if settings.load_error:
        QTimer.singleShot(0, lambda: window.status.showMessage(settings.load_error or "", 15000))
    elif not settings.get("first_run_done") and not os.environ.get(PROBE_ENV):
        QTimer.singleShot(200, lambda: ask_business_name(window, settings))
    return app.exec()


def ask_business_name(parent: QWidget, settings: Settings) -> None:
    """First run: ask once for the business name that messages are signed with."""
    name, ok = QInputDialog.getText(
        parent,
        "Welcome to Seller Composer",
        "What is your business name, as buyers see it on Amazon?\n"
        "(You can change it later in File › Settings.)",
        text=settings.get("business_name"),
    )
    try:
        if ok and name.strip():
            settings.set("business_name", name.strip())
        settings.set("first_run_done", True)
    except (SettingsError, OSError) as exc:
        parent.statusBar().showMessage(f"Your settings could not be saved: {exc}", 15000)  # type: ignore[attr-defined]


def take_screenshot(path: str, data_dir: str | None = None) -> int:
    """Render the main window with the sample message at 1280×800 and save it as PNG."""
    target = Path(path)
    if target.suffix.lower() != ".png":
        target = target.with_suffix(target.suffix + ".png") if target.suffix else \
            target.with_suffix(".png")
    app = make_app()
    with tempfile.TemporaryDirectory(prefix="seller-composer-shot-") as scratch:
        # A screenshot must never change the seller's real drafts or settings.
        folder = Path(data_dir) if data_dir else Path(scratch)
        settings = Settings(folder)
        if not data_dir:
            settings.set("business_name", "Oakfield Furniture")
        window = build_window(None, settings)
        sample = load_json("samples", "sample.json")
        window.load_sample(sample_header(sample["header"]), sample["html"])
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.after_first_paint()
        window.prepare_for_screenshot()
        app.processEvents()
        image = window.grab()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            saved = image.save(str(target), "PNG")
        except OSError:
            saved = False
        window.close()
    if not saved:
        print(f"seller-composer: could not save the screenshot to '{target}'", file=sys.stderr)
        return 2
    print(str(target))
    return 0
