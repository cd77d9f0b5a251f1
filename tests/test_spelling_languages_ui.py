"""Spelling in the window in another language: German suggestions, and a word added to the
dictionary stays added after the window is closed and the app started again (issue #9)."""

from __future__ import annotations

from tests.uihelpers import make_window, menu_on, spelling_marks

TEXT = ("Hallo Frau Becker,\n\nIhre Bestelung ist unterwegs. Die Lieferung kommt mit "
        "Kurrier am Freitag.\n\nViele Grüße\nAnna")


def german_window(qtbot, data_dir):
    window = make_window(qtbot, data_dir)
    window.header.language.setCurrentIndex(window.header.language.findData("de"))
    window.editor.setPlainText(TEXT)
    window.check_now()
    return window


def test_german_words_get_german_suggestions(qtbot, tmp_path) -> None:
    window = german_window(qtbot, tmp_path / "data")
    assert spelling_marks(window) == ["Bestelung", "Kurrier"]
    actions = menu_on(window, qtbot, "Bestelung")
    assert actions.suggestions[0] == "Bestellung"


def test_a_word_added_to_the_dictionary_stays_added_after_a_restart(qtbot, tmp_path) -> None:
    data = tmp_path / "data"
    window = german_window(qtbot, data)
    menu_on(window, qtbot, "Kurrier").add_word.trigger()
    assert spelling_marks(window) == ["Bestelung"]
    window.close()
    window.store.close()

    again = german_window(qtbot, data)
    assert "Kurrier" in again.store.words("de")
    assert spelling_marks(again) == ["Bestelung"]
