"""Start the Qt application: the interactive window, or an offscreen screenshot."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import composer.ui  # noqa: F401  (first: it makes PySide6's import hook cheaper)
from composer import __version__
from composer.appdata.paths import data_dir as resolve_data_dir
from composer.appdata.paths import ensure_data_dir
from composer.appdata.resources import load_json
from composer.appdata.settings import Settings, SettingsError
from composer.message.header import header_from_json as sample_header
from composer.store import InstanceLock
from composer.store.problems import StoreProblem, StoreProblemError, folder_problem
from composer.ui import icons
from composer.ui.mainwindow import MainWindow
from composer.ui.storeproblem import StoreOpener

if TYPE_CHECKING:
    from composer.store import Store

SCREENSHOT_SIZE = (1280, 800)
PROBE_ENV = "SELLER_COMPOSER_STARTUP_PROBE"


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Seller Composer")
    app.setApplicationDisplayName("Seller Composer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SellerComposer")
    app.setDesktopFileName("seller-composer")
    # Its icon comes with the others, after the first frame (icons.load_icons).
    return app  # type: ignore[return-value]


class _FirstPaintProbe(QObject):
    """For benchmarks/startup.py: print the time of the first paint, then of "ready".

    Ready is when the editor first accepts a key with the open draft in it (the window
    is built and the editor writable); then the app quits.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.done = False
        self.poll = QTimer(self)
        self.poll.setInterval(0)
        self.poll.timeout.connect(self._ready)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            self.poll.start()
        return False

    def _ready(self) -> None:
        editor = self.window.editor
        if self.window.is_ready() and editor.isEnabled() and not editor.isReadOnly():
            self.poll.stop()
            print(f"ready {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def build_window(data_dir: Path, settings: Settings, store: Store | None = None, *,
                 lock: InstanceLock | None = None,
                 lock_problem: StoreProblem | None = None) -> MainWindow:
    icons.defer_until_loaded()
    if store is not None:
        return MainWindow(settings, data_dir, store)
    # The store opens right after the first paint; what is wrong with it is asked then,
    # in a dialog over the window (composer.ui.storeproblem).
    opener = StoreOpener(data_dir, lock, lock_problem, parent=lambda: window)
    window = MainWindow(settings, data_dir, opener)
    return window


def run_app(data_dir: str | None = None) -> int:
    app = make_app()
    folder = resolve_data_dir(data_dir)
    try:
        ensure_data_dir(folder)
    except OSError as exc:
        return _fail(folder_problem(folder, exc).explanation)
    lock = InstanceLock(folder)
    lock_problem = None
    try:
        if not lock.acquire():
            return _fail(already_open_message(folder))
    except StoreProblemError as exc:  # no lock, so nothing opens for writing until there is
        lock_problem = exc.problem
    settings = Settings(folder)
    from composer.ui.translations import app_language, install_translators

    install_translators(app, app_language(settings.get("ui_language")))  # parented to app
    window = build_window(folder, settings, lock=lock, lock_problem=lock_problem)
    app.aboutToQuit.connect(window.save_now)
    if os.environ.get(PROBE_ENV):
        _FirstPaintProbe(window)
    window.show()
    if settings.load_error:
        QTimer.singleShot(0, lambda: window.status.showMessage(settings.load_error or "", 15000))
    elif not settings.get("first_run_done") and not os.environ.get(PROBE_ENV):
        QTimer.singleShot(200, lambda: _welcome_when_ready(window, settings))
    code = app.exec()
    if not callable(window.store):
        window.store.close()
    lock.release()
    if window.restart_asked:  # Settings › Language › Restart now, once the folder is free
        from PySide6.QtCore import QProcess

        program, arguments = restart_command()
        QProcess.startDetached(program, arguments)
    return code


def restart_command() -> tuple[str, list[str]]:
    """The command that started this app (the bundle's program, or python -m composer)."""
    argv = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    if getattr(sys, "frozen", False):
        return sys.executable, argv[1:]
    return argv[0], argv[1:]


def _welcome_when_ready(window: MainWindow, settings: Settings) -> None:
    """Ask the first-run question once the drafts are open (not over a store-problem dialog)."""
    if not window.isVisible():
        return
    if callable(window.store):
        QTimer.singleShot(200, lambda: _welcome_when_ready(window, settings))
    elif not window.store.read_only:
        ask_business_name(window, settings)


def already_open_message(folder: Path) -> str:
    """"Already open", in the language the seller chose (read before any window exists)."""
    from composer.store.lock import already_open_words
    from composer.ui.translations import app_language

    try:
        chosen = Settings(folder).get("ui_language")
    except (OSError, SettingsError):
        chosen = None
    return already_open_words(app_language(chosen))


def _fail(message: str) -> int:
    """Say what is wrong in a window (and on the terminal) and stop, without a traceback."""
    print(f"seller-composer: {message}", file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Seller Composer", message)
    return 1


def ask_business_name(parent: QWidget, settings: Settings) -> None:
    """First run: ask once for the business name that messages are signed with, checked
    with the rule Settings uses (composer.ui.businessname)."""
    from composer.ui.businessname import BusinessNameDialog

    dialog = BusinessNameDialog(str(settings.get("business_name") or ""), parent)
    try:
        if dialog.exec() and dialog.name():
            settings.set("business_name", dialog.name())
        settings.set("first_run_done", True)
    except (SettingsError, OSError) as exc:
        parent.statusBar().showMessage(QCoreApplication.translate(  # type: ignore[attr-defined]
            "BusinessNameDialog", "Your settings could not be saved: {error}").format(error=exc),
            15000)


def take_screenshot(path: str) -> int:
    """Render the main window with the sample message at 1280×800 and save it as PNG."""
    target = Path(path)
    if target.suffix.lower() != ".png":
        target = target.with_suffix(target.suffix + ".png") if target.suffix else \
            target.with_suffix(".png")
    app = make_app()
    with tempfile.TemporaryDirectory(prefix="seller-composer-shot-") as scratch:
        # A screenshot never reads or changes the seller's real drafts or settings.
        folder = Path(scratch)
        settings = Settings(folder)
        settings.set("business_name", "Oakfield Furniture")
        from composer.store import open_store

        store = open_store(folder)
        sample = load_json("samples", "sample.json")
        for other in sample.get("other_drafts", []):
            draft = store.create_draft(sample_header(other["header"]), other["html"],
                                       other["text"])
            store.set_verdict(draft.id, other.get("verdict"))
        window = build_window(folder, settings, store)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.after_first_paint()
        window.resize(*SCREENSHOT_SIZE)  # a picture, not a window on this screen: never fitted
        window.load_sample(sample_header(sample["header"]), sample["html"])
        window.prepare_for_screenshot()
        for _ in range(3):  # layouts posted by layouts (the status bar's meter) settle too
            app.processEvents()
        image = window.grab()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            saved = image.save(str(target), "PNG")
        except OSError:
            saved = False
        window.close()
        store.close()
    if not saved:
        print(f"seller-composer: could not save the screenshot to '{target}'", file=sys.stderr)
        return 2
    print(str(target))
    return 0
