"""The window's side of spelling: the personal dictionary, the word being typed, suggestions.

Kept out of the main window so that it only connects signals: this object owns the
state (the cached dictionary words, the held-back word) and answers the editor's
questions (which finding is at this position, what are the suggestions).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from composer.policy.model import Finding, Message
    from composer.store import Store
    from composer.ui.underlines import FindingsUnderlines


class SpellingSupport:
    """Spelling state for one window; every method runs on the UI thread except ``suggest``."""

    def __init__(self, store: Store, underlines: FindingsUnderlines,
                 buyer_language: Callable[[], str],
                 last_message: Callable[[], Message | None]) -> None:
        self._store = store
        self._underlines = underlines
        self._buyer_language = buyer_language
        self._last_message = last_message
        self._words: frozenset[str] | None = None
        self.typing_span: tuple[int, int] | None = None  # UTF-16 span of the held-back word

    def personal_words(self) -> frozenset[str]:
        """The seller's dictionary (every language's words), read once and after each add."""
        if self._words is None:
            from composer.message.languages import LANGUAGES

            try:
                self._words = frozenset(
                    word for code in LANGUAGES for word in self._store.words(code))
            except Exception:  # a damaged store must not stop the check
                self._words = frozenset()
        return self._words

    def add_word(self, word: str) -> str:
        """Keep ``word`` in the buyer language's dictionary; return what to tell the seller."""
        from composer.message.languages import base_language

        language = base_language(self._buyer_language()) or "en"
        try:
            self._store.add_word(language, word)
        except Exception as exc:  # a locked or damaged store: say so, keep the draft
            return QCoreApplication.translate(
                "SpellingSupport", "“{word}” could not be added to your dictionary ({error})."
            ).format(word=word, error=exc)
        self._words = None
        return QCoreApplication.translate(
            "SpellingSupport", "Added “{word}” to your dictionary.").format(word=word)

    def hold_back(self, findings: list[Finding], text: str, cursor: int) -> list[Finding]:
        """Leave out the spelling finding of the word the cursor is in or at the end of.

        A word half typed is not a mistake yet; flagging it on every pause would also
        rebuild the findings panel twice per word. It shows once the cursor leaves it.
        """
        from composer.message.textpos import Utf16Index

        self.typing_span = None
        if not any(f.rule == "spelling" for f in findings):
            return findings
        index = Utf16Index(text)
        kept = []
        for finding in findings:
            if finding.rule == "spelling":
                start, end = index.to_utf16(finding.start), index.to_utf16(finding.end)
                if start < cursor <= end:
                    self.typing_span = (start, end)
                    continue
            kept.append(finding)
        return kept

    def cursor_left_word(self, cursor: int) -> bool:
        """True when a held-back word should now be shown (the cursor moved off it)."""
        span = self.typing_span
        return span is not None and not span[0] < cursor <= span[1]

    def finding_at(self, position: int) -> Finding | None:
        mark = self._underlines.mark_at(position, rule="spelling")
        return mark.finding if mark is not None else None

    def suggest(self, word: str) -> list[str]:
        """Runs on a worker thread: suggestions in the language the word was checked in
        (its sentence's; an English sentence in a German message gets English words)."""
        from composer.spelling.speller import language_of, suggestions

        message = self._last_message()
        language = (language_of(message, word) if message is not None else None) or "en"
        return suggestions(word, language)
