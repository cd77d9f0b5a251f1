"""The right-click menu on a misspelt word: suggestions, Add to dictionary, Ignore here.

The items go on top of the editor's own edit menu. The check's finding already
carries the best suggestion (its fix), so the menu opens at once with it; the
full list (words two edits away take 0.1–0.5 s to find) is computed on a worker
thread and put into the open menu when it arrives. Nothing here changes the
text: the items ask the editor's ``fixRequested``, ``ignoreRequested`` and
``addWordRequested`` signals, and the main window acts, through the same paths
as the findings panel's Fix and Ignore here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from composer.policy.model import Finding, Fix
from composer.ui.background import Background

if TYPE_CHECKING:
    from composer.ui.editor import ComposerEdit

MAX_SUGGESTIONS = 6
CONTEXT = "SpellingMenu"
LOOKING = QT_TRANSLATE_NOOP("SpellingMenu", "Looking for suggestions…")
NONE_FOUND = QT_TRANSLATE_NOOP("SpellingMenu", "No suggestions")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)

_cache: dict[str, list[str]] = {}  # word -> suggestions, for this run of the app


def _worker(editor: ComposerEdit) -> Background:
    worker = getattr(editor, "_suggestion_worker", None)
    if worker is None:
        worker = Background(editor, "spelling-suggestions")
        editor._suggestion_worker = worker  # type: ignore[attr-defined]
    return worker


class SpellingActions:
    """Puts the spelling items for ``finding`` at the top of ``menu`` and keeps them current."""

    def __init__(self, editor: ComposerEdit, menu: QMenu, finding: Finding,
                 suggest: Callable[[str], list[str]] | None) -> None:
        self.editor = editor
        self.menu = menu
        self.finding = finding
        self.word = finding.excerpt
        self.suggestion_actions: list[QAction] = []
        self.on_change: Callable[[], None] | None = None  # keeps the open menu on screen
        first = menu.actions()[0] if menu.actions() else None
        self._separator = menu.insertSeparator(first) if first else menu.addSeparator()
        self.placeholder = QAction(_tr(LOOKING), menu)
        self.placeholder.setEnabled(False)
        menu.insertAction(self._separator, self.placeholder)
        self.add_word = QAction(QCoreApplication.translate(
            "SpellingMenu", "Add “{word}” to dictionary").format(word=self.word), menu)
        self.add_word.setStatusTip(QCoreApplication.translate(
            "SpellingMenu", "Never flag this word again (kept in your data folder)"))
        self.add_word.triggered.connect(lambda: editor.addWordRequested.emit(self.word))
        self.ignore = QAction(QCoreApplication.translate("SpellingMenu", "Ignore here"), menu)
        self.ignore.setStatusTip(QCoreApplication.translate(
            "SpellingMenu", "Hide this one mistake; the word is still checked elsewhere"))
        self.ignore.triggered.connect(lambda: editor.ignoreRequested.emit(finding))
        menu.insertActions(self._separator, [self.add_word, self.ignore])
        menu.insertSeparator(self.add_word)
        menu.setProperty("spelling", True)
        quick = [finding.fix.replacement] if finding.fix and finding.fix.replacement else []
        self._quick = quick  # the check's pick (it read the words around): always first
        cached = _cache.get(self.word)
        if cached is not None:
            self.show_suggestions(cached)
        elif suggest is None:
            self.show_suggestions(quick)
        else:
            self.show_suggestions(quick, final=False)
            _worker(editor).submit(suggest, self.word, on_success=self._arrived,
                                   on_failure=lambda _error: self.show_suggestions(quick))

    def _arrived(self, words: list[str]) -> None:
        _cache[self.word] = list(words)
        self.show_suggestions(words)

    def show_suggestions(self, words: list[str], final: bool = True) -> None:
        """Replace the suggestion items (the menu may be open: Qt redraws it)."""
        words = [*self._quick, *(w for w in words if w not in self._quick)]
        try:
            self.menu.isVisible()
        except RuntimeError:  # the menu was closed and deleted before the list arrived
            return
        for action in self.suggestion_actions:
            self.menu.removeAction(action)
        self.suggestion_actions = []
        for word in words[:MAX_SUGGESTIONS]:
            action = QAction(word, self.menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.setStatusTip(QCoreApplication.translate(
                "SpellingMenu", "Replace “{word}” with “{suggestion}”").format(
                    word=self.word, suggestion=word))
            action.triggered.connect(lambda _checked=False, w=word: self._replace(w))
            self.menu.insertAction(self.placeholder, action)
            self.suggestion_actions.append(action)
        if final:
            self.placeholder.setText(_tr(NONE_FOUND))
            self.placeholder.setVisible(not words)
        else:
            self.placeholder.setText(_tr(LOOKING))
            self.placeholder.setVisible(True)
        if self.on_change is not None:
            self.on_change()

    def rows_to_come(self) -> int:
        """How many more items the menu may get while it is open (0 once the list is in)."""
        if not self.placeholder.isVisible() or self.placeholder.text() != LOOKING:
            return 0
        return max(0, MAX_SUGGESTIONS - len(self.suggestion_actions) - 1)

    def _replace(self, word: str) -> None:
        finding = self.finding
        fix = Fix(QCoreApplication.translate("SpellingMenu", "Change to “{word}”").format(
            word=word), finding.start, finding.end, word)
        self.editor.fixRequested.emit(replace(finding, fix=fix))

    @property
    def suggestions(self) -> list[str]:
        return [action.text() for action in self.suggestion_actions]
