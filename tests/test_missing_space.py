"""A missing space after a sentence end is a spelling-level warning with one-click fix.

"We hope the lamp works well.Your order …" went out unflagged. Not flagged: "e.g.",
decimals, web addresses, file names, abbreviations ("Mr.Smith", "z.B.").
"""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy.model import Message


def spaces(text: str) -> list:
    return [f for f in check(Message(text=text)) if f.fix is not None
            and f.fix.label in ("Add a space",)]


@pytest.mark.parametrize(("text", "fixed"), [
    ("We hope the lamp works well.Your order is on its way.",
     "We hope the lamp works well. Your order is on its way."),
    ("Thanks for your review!Reply any time.", "Thanks for your review! Reply any time."),
    ("Die Lampe ist unterwegs.Vielen Dank für Ihre Geduld.",
     "Die Lampe ist unterwegs. Vielen Dank für Ihre Geduld."),
    ("La lampe est partie.Merci pour votre patience.",
     "La lampe est partie. Merci pour votre patience."),
    ("La lámpara ya salió.Gracias por su paciencia.",
     "La lámpara ya salió. Gracias por su paciencia."),
    ("La lampada è partita.Grazie per la pazienza.",
     "La lampada è partita. Grazie per la pazienza."),
])
def test_a_missing_space_is_found_and_added(text: str, fixed: str) -> None:
    [finding] = spaces(text)
    assert finding.fix.apply(text) == fixed


@pytest.mark.parametrize("text", [
    "Use a soft cloth, e.g. microfibre, and dry it.",
    "The lamp weighs 1.5 kg and costs 29.99 euros.",
    "The manual is in Manual.PDF and Photo.JPG attached.",
    "Mr.Smith wrote to us, z.B. about the box.",
    "The file is called manual.Final.pdf today.",
    "Best regards, Anna.",
])
def test_no_false_alarm(text: str) -> None:
    assert spaces(text) == []
