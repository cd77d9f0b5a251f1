"""Shared set-up for the Qt tests: a main window on a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from composer.appdata.settings import Settings
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
    qtbot.waitUntil(lambda: window.export is not None)  # the export bar follows at once
    icons.load_icons()
    return window


def active_window(qtbot, data_dir: Path) -> MainWindow:
    """A main window that is the active one, so keys and focus go where a seller's would."""
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, data_dir)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def check_now(qtbot, window: MainWindow) -> None:
    """Run the live check on the text as it is now and wait for its result."""
    with qtbot.waitSignal(window.compose.checker.checked, timeout=10_000):
        window.compose.checker.schedule()


@contextmanager
def app_language(qapp, language: str) -> Iterator[str]:
    """The interface in ``language`` as at start-up; then English and the old locale again."""
    from PySide6.QtCore import QLocale

    from composer.ui.translations import SETTING, install_translators

    before = QLocale()
    loaded = install_translators(qapp, language)
    try:
        yield language
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        qapp.setProperty(SETTING, "en")
        QLocale.setDefault(before)


def type_text(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)


def spelling_marks(window) -> list[str]:
    """The misspelt words underlined in the editor, in order."""
    return [m.finding.excerpt for m in window.compose.underlines.marks
            if m.finding.rule == "spelling"]


def menu_on(window, qtbot, word: str):
    """Right-click in the middle of ``word`` and wait for the full list of suggestions."""
    from PySide6.QtGui import QTextCursor

    from composer.ui.spellmenu import LOOKING, SpellingActions

    editor = window.editor
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    menu = editor.context_menu_at(editor.cursorRect(cursor).center())
    actions = editor.last_spelling
    assert isinstance(actions, SpellingActions) and actions.menu is menu
    qtbot.waitUntil(lambda: actions.placeholder.text() != LOOKING, timeout=10_000)
    return actions
