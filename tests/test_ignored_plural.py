"""Counts of ignored findings say "1 finding", never "1 finding(s)" (walkthrough 2, #23)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from composer.ui.translations import SETTING, install_translators
from tests.uihelpers import make_window

UI = Path(__file__).resolve().parents[1] / "composer" / "ui"


def test_one_ignored_finding_is_singular(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.editor.setPlainText("Your replacment ships today. The recieved box is here.")
    window.compose.check_now()
    spelling = [f for f in window.compose.last.findings if f.rule == "spelling"]
    assert len(spelling) >= 2
    label = window.findings_panel.ignored_label
    window.compose.ignore(spelling[0])
    assert label.text() == "1 finding ignored here."
    window.compose.ignore(spelling[1])
    assert label.text() == "2 findings ignored here."


@pytest.mark.parametrize(("language", "one", "two"), [
    ("de", "1 Ergebnis hier ignoriert.", "2 Ergebnisse hier ignoriert."),
    ("fr", "1 résultat ignoré ici.", "2 résultats ignorés ici."),
    ("es", "1 resultado ignorado aquí.", "2 resultados ignorados aquí."),
    ("it", "1 risultato ignorato qui.", "2 risultati ignorati qui."),
])
def test_every_language_has_both_forms(qapp, language: str, one: str, two: str) -> None:
    loaded = install_translators(qapp, language)
    try:
        def said(n: int) -> str:
            return QCoreApplication.translate("FindingsPanel", "%n finding(s) ignored here.",
                                              "", n)
        assert (said(1), said(2)) == (one, two)
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        qapp.setProperty(SETTING, "en")


# Their texts are put through plural_s where they are used (placeholderfill: the caller).
WRAPPED_BY_THE_CALLER = {"placeholderfill.py"}


def test_no_count_in_the_window_is_left_with_its_s_in_brackets() -> None:
    """Every tr("%n …(s)") goes through plural_s(), right in English."""
    bare = []
    for path in UI.glob("*.py"):
        if path.name in WRAPPED_BY_THE_CALLER:
            continue
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r"self\.tr\(\s*\"[^\"]*\(s\)", source):
            before = source[max(0, match.start() - 60):match.start()]
            if "plural_s(" not in before:
                bare.append(f"{path.name}: {match.group(0)}")
    assert not bare
