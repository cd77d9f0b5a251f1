"""Removing an address mid-sentence takes the verb that pointed at it and a dangling "or".

"For the manual visit <link> or write to <email> and we reply fast." read, after both
fixes, "For the manual visit or write and we reply fast.": a verb with nothing to visit,
nobody to write to. The verb that needs the address goes with it, and the joining word
that tied it to the next part, in every language; the sentence is highlighted to read.
"""

from __future__ import annotations

import re

import pytest

from composer.policy.detectors import check_links
from composer.policy.model import Message


def remove_all(text: str) -> tuple[str, bool]:
    selected = False
    while True:
        fixes = [f.fix for f in check_links(Message(text=text))
                 if f.fix is not None and f.fix.label.startswith("Remove the ")]
        if not fixes:
            return text, selected
        text = fixes[0].apply(text)
        selected = selected or fixes[0].select


@pytest.mark.parametrize(("text", "verbs"), [
    ("For the manual visit www.shop.com/manual or write to info@shop.com and we reply fast.",
     ("visit", "write", " or ")),
    ("Zur Anleitung besuchen Sie www.shop.de/anleitung oder schreiben Sie an info@shop.de "
     "und wir antworten schnell.", ("besuchen", "schreiben", " oder ")),
    ("Pour la notice visitez www.shop.fr/notice ou écrivez à info@shop.fr et nous "
     "répondons vite.", ("visitez", "écrivez", " ou ")),
    ("Para el manual visite www.tienda.es/manual o escriba a info@tienda.es y le "
     "respondemos rápido.", ("visite", "escriba", " o ")),
    ("Per il manuale visiti www.negozio.it/manuale o scriva a info@negozio.it e "
     "rispondiamo subito.", ("visiti", "scriva", " o ")),
])
def test_no_verb_or_joiner_is_left_without_its_address(text: str, verbs: tuple) -> None:
    left, selected = remove_all(text)
    for word in verbs:
        assert word not in left, left
    assert selected
    assert "  " not in left and not re.search(r" [.,;:!?]", left)


def test_after_the_link_only_the_other_instruction_is_left() -> None:
    text = "For the manual visit www.shop.com/manual or write to info@shop.com and we reply."
    [fix] = [f.fix for f in check_links(Message(text=text))
             if f.fix is not None and "link" in f.fix.label]
    assert fix.apply(text) == "For the manual write to info@shop.com and we reply."
