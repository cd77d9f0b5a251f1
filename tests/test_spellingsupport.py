"""The window's spelling state: the held-back word and a dictionary that cannot be written."""

from __future__ import annotations

from composer.policy.model import Finding
from composer.ui.spellingsupport import SpellingSupport


class BrokenStore:
    def add_word(self, language: str, word: str) -> None:
        raise OSError("database is locked")

    def words(self, language: str) -> list[str]:
        return ["Oakfield"] if language == "en" else []


def support(store: object = None) -> SpellingSupport:
    return SpellingSupport(store or BrokenStore(), None, lambda: "en-GB",  # type: ignore[arg-type]
                           lambda: None)


def test_a_failed_add_is_told_in_words_and_keeps_the_old_words() -> None:
    spelling = support()
    assert spelling.personal_words() == frozenset({"Oakfield"})
    said = spelling.add_word("Flatpack")
    assert "could not be added" in said and "database is locked" in said


def test_the_word_being_typed_waits_until_the_cursor_leaves_it() -> None:
    text = "We recieved it and the parcle"
    typo = Finding("spelling", "warn", 3, 11, "recieved", "Spelling")
    last = Finding("spelling", "warn", 23, 29, "parcle", "Spelling")
    spelling = support()
    shown = spelling.hold_back([typo, last], text, cursor=29)  # typing at the end of "parcle"
    assert shown == [typo]
    assert not spelling.cursor_left_word(27)
    assert spelling.cursor_left_word(5)
    assert spelling.hold_back([typo, last], text, cursor=0) == [typo, last]
    assert not spelling.cursor_left_word(5)  # nothing held back any more
