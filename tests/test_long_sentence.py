"""A very long run-on sentence gets a gentle hint (issue 15, D1).

One sentence of 60+ words without a full stop, or a paragraph joined by commas and
"and", is hard for the buyer to read. The note is the lowest severity (info): the sentence
is highlighted, no one-click rewrite is offered, and it never blocks or asks before export.
The bar is far above the app's own templates and ordinary messages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.compose.engine import check
from composer.l10n.catalog import Catalog
from composer.l10n.sayfindings import localise
from composer.message.templates import templates_for
from composer.policy import styling
from composer.policy.model import Message, verdict
from composer.policy.rulebook import rule
from composer.policy.sentences import word_count
from composer.sanitize import render_plain

RUN_ON = ("I wanted to let you know that your parcel left our warehouse this morning and the "
          "courier said it should arrive by Thursday or Friday and the tracking number is in "
          "your Amazon account under your orders and the box is a brown one with our label on "
          "the side and the lamp inside is wrapped in paper and the bulb is packed in a "
          "separate small box next to it and the manual is under the lid")
COMMAS = ("Your order is packed, the label is printed, the courier picks it up tomorrow, "
          "the tracking number comes by email, the box is sealed, the lamp is wrapped in "
          "paper, the bulb is in a separate box, the manual is inside the lid, the screws "
          "are in a bag, the warranty card is in the manual, and the invoice is in your "
          "Amazon account, and if anything is missing you can tell me")
TEXT = f"Hello Sarah,\n\n{RUN_ON}.\n\nBest wishes\nAnna"


def _long(text: str) -> list:
    return [f for f in styling.check_long_sentences(Message(text=text))]


def test_a_run_on_sentence_gets_a_gentle_note_on_it() -> None:
    found = [f for f in check(Message(text=TEXT)) if f.rule == "long-sentence"]
    assert len(found) == 1
    note = found[0]
    assert note.severity == "info" and rule("long-sentence").severity == "info"
    assert TEXT[note.start:note.end] == f"{RUN_ON}."  # the whole sentence, highlighted
    assert note.fix is None and not note.more_fixes  # no one-click rewrite
    assert f"{word_count(RUN_ON)} words" in note.message
    assert "hard for the buyer to read" in note.message
    assert verdict(found).blocks == 0 and verdict(found).compliant


def test_a_paragraph_joined_by_commas_and_and_gets_it() -> None:
    assert len(_long(f"Hello,\n{COMMAS}.\nThanks")) == 1


def test_ordinary_sentences_do_not_get_it() -> None:
    short = "Thank you for your order. It ships tomorrow, and it arrives on Friday.\n" * 20
    assert _long(short) == []
    words = RUN_ON.split()
    assert _long(" ".join(words[:60]) + ".") == []  # at the bar: no note
    assert len(_long(" ".join(words[:61]) + ".")) == 1


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_no_template_gets_it(language: str) -> None:
    templates = templates_for(language)
    assert templates
    for template in templates:
        assert _long(template.body) == [], template.id


BLIND = Path(__file__).parent / "blind"


@pytest.mark.parametrize("folder", sorted(p.name for p in BLIND.iterdir() if p.is_dir()))
def test_almost_no_ordinary_message_gets_it(folder: str) -> None:
    """Counted only: at most one message in a hundred of a blind set."""
    texts = [case.get("text") or render_plain(case.get("html") or "")
             for path in sorted((BLIND / folder).glob("*.jsonl"))
             for case in map(json.loads, path.read_text(encoding="utf-8").splitlines())]
    assert texts
    assert sum(bool(_long(text)) for text in texts) <= len(texts) // 100


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_said_in_every_language(language: str) -> None:
    note = _long(TEXT)[0]
    catalog = Catalog(language)
    said = localise(note, catalog)
    assert catalog.knows(note.message) and catalog.knows(note.title)
    assert said.message != note.message and str(word_count(RUN_ON)) in said.message
    assert catalog.knows(rule("long-sentence").explanation)


def test_in_the_app_the_sentence_is_highlighted_and_nothing_is_asked(qtbot, tmp_path) -> None:
    from composer.message.header import Header
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    window.export.confirm = lambda route, lines: pytest.fail(f"asked {lines}")
    window.load_sample(Header(to="abc123@marketplace.amazon.de",
                              order_id="113-4567890-1234567", subject="Your parcel"), "")
    window.editor.setPlainText(TEXT)
    window.compose.check_now()
    assert window.compose.summary.state != "blocked"
    cards = [c for c in window.findings_panel.cards if c.card.first.rule == "long-sentence"]
    assert len(cards) == 1 and cards[0].fix_buttons == []
    marked = [m.cursor.selectedText() for m in window.compose.underlines.marks
              if m.finding.rule == "long-sentence"]
    assert marked == [f"{RUN_ON}."]
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    assert window.store.sent_log()  # copied without a question
