"""A finding card's source is one a seller can open, never the project's own notes.

Allowed: a Seller Central help page by its number (with its title or topic), a public
article or help page by its publisher and title or date, Amazon's developer documentation,
or "Seller Composer's own check". Never the policy notes, the seed article, a data file or
a forum post nobody can find.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

RESOURCES = Path(__file__).parent.parent / "resources"
RULE_FILES = sorted((RESOURCES / "policy" / "rules").glob("*.json"))
LANGS = ("de", "fr", "es", "it")

INTERNAL = re.compile(r"POLICY\.md|\bseed\b|Ausgangsartikel|\.json\b|\.md\b|\[(?!Important\])"
                      r"|selling-partner-api-models|\bforum\b|staff post|\bvia\b",
                      re.IGNORECASE)
OPENABLE = [
    re.compile(r"^Seller Central help page (G?\d{4,}|[A-Z0-9]{16})\b"),  # a help page's number
    re.compile(r"^Seller Central help on [a-z ]+$"),  # a help topic a seller can search for
    re.compile(r"^Amazon Selling Partner API documentation, \w+ API reference$"),
    re.compile(r"^[\w.]+( help| blog)?, .*(“[^”]+”|\b20\d\d\b)"),  # publisher, title or date
    re.compile(r"^Seller Composer's own( privacy)? check$"),
]


def sources(path: Path) -> dict[str, str]:
    return {entry["id"]: entry["source"]
            for entry in json.loads(path.read_text(encoding="utf-8"))["rules"]}


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_every_rule_cites_what_a_seller_can_open(path: Path) -> None:
    wrong = []
    for rule_id, source in sources(path).items():
        for piece in source.split("; "):
            if INTERNAL.search(piece) or not any(p.search(piece) for p in OPENABLE):
                wrong.append(f"{rule_id}: {piece}")
    assert wrong == []


def test_translated_sources_cite_no_internal_notes() -> None:
    wrong = []
    for lang in LANGS:
        for path in sorted((RESOURCES / "locale" / lang / "policy" / "rules").glob("*.json")):
            texts = json.loads(path.read_text(encoding="utf-8"))
            wrong += [f"{lang} {path.name}: {key}" for key, text in texts.items()
                      if key.endswith(".source") and INTERNAL.search(text)]
    assert wrong == []


def test_the_check_spots_an_internal_citation() -> None:
    for bad in ("Seed article; Seller Central help 200389080 [POLICY.md 6]",
                "SP-API messaging model (messaging.json)",
                "Amazon UK seller forum staff post"):
        assert any(INTERNAL.search(piece) or not any(p.search(piece) for p in OPENABLE)
                   for piece in bad.split("; "))
