"""Each language quotes words one way in every text the seller reads (fourth walkthrough).

Fix labels and notes mixed straight quotes ('x', "x") with curly ones (“x”): the spelling
fix said Change to "Grüßen" while its menu said Change to “Grüßen”. English data now quotes
with “…”, German with „…“, French with « … » (no-break spaces inside), Spanish and Italian
with «…», as the rest of each language already did.
"""

from __future__ import annotations

import re

import pytest

from composer.l10n.catalog import english, translations

STRAIGHT = re.compile(r"""(?<![\w])(["'])[^"'\n]{1,80}?\1(?![\w])""")
OTHERS = {
    "en": re.compile(r"[„«»‚‘]"),
    "de": re.compile(r"[«»‘]|“[^“„]*”"),
    "fr": re.compile(r"[„“”‘]|«(?!\u00a0)|(?<!\u00a0)»"),
    "es": re.compile(r"[„“”‘]|«\s|\s»"),
    "it": re.compile(r"[„“”‘]|«\s|\s»"),
}


def texts(language: str):
    table = english() if language == "en" else translations(language)
    for file, entries in table.items():
        for key, text in entries.items():
            yield f"{file}: {key}", text


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_one_quote_style_per_language(language: str) -> None:
    wrong = [(where, text) for where, text in texts(language)
             if STRAIGHT.search(text) or OTHERS[language].search(text)]
    assert wrong == []


def test_the_spelling_fix_and_its_menu_quote_alike() -> None:
    from composer.compose.engine import check
    from composer.policy import Message

    [finding] = [f for f in check(Message(text="The parcle is here.", buyer_language="en"))
                 if f.rule == "spelling"]
    assert finding.fix is not None and finding.fix.label == "Change to “parcel”"
    assert finding.message.startswith("“parcle” is not in the English dictionary")


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_the_windows_words_quote_the_same_way(language: str) -> None:
    """The interface's own translations (translations/*.ts) follow the same style: French
    had « {name} » with plain spaces beside « {name} » with no-break ones."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    path = Path(__file__).parent.parent / "translations" / f"seller_composer_{language}.ts"
    said = [t.text or "" for t in ET.parse(path).iter("translation")]
    wrong = [text for text in said if STRAIGHT.search(text) or OTHERS[language].search(text)]
    assert wrong == []
