"""Run the policy check over every labelled message in ``tests/data/labelled/*.jsonl``.

Each line names the rules that must be found (``expect``) and whether the
message must pass (``compliant``: no block findings). Failures name the message.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from composer.compose.engine import check
from composer.policy import Message
from composer.sanitize.htmltext import message_from_html

LABELLED = Path(__file__).parent / "data" / "labelled"


def _load() -> list[dict[str, Any]]:
    entries = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                entry = json.loads(line)
                entry["_where"] = f"{path.name}:{number}"
                entries.append(entry)
    return entries


ENTRIES = _load()


def _message(entry: dict[str, Any]) -> Message:
    header = {
        "message_type": entry.get("type"),
        "subject": entry.get("subject", ""),
        "business_name": entry.get("business_name", ""),
        "order_id": entry.get("order_id", ""),
        "buyer_language": entry.get("lang", ""),
    }
    if "html" in entry:
        return message_from_html(entry["html"], **header)
    return Message(text=entry["text"], **header)


def test_labelled_set_is_big_enough() -> None:
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids)), "labelled message ids must be unique"
    assert len(ENTRIES) >= 70


LANGUAGE_FILES = ("de", "fr", "es", "it")
PHRASE_RULES = {
    "marketing",
    "upsell",
    "off-amazon",
    "opt-out",
    "review-incentive",
    "review-manipulation",
    "not-permitted-purpose",
}


@pytest.mark.parametrize("lang", LANGUAGE_FILES)
def test_each_language_has_its_own_labelled_set(lang: str) -> None:
    """At least 25 compliant and 25 violating messages, covering every phrase rule."""
    entries = [e for e in ENTRIES if e["_where"].startswith(f"{lang}.jsonl:")]
    compliant = [e for e in entries if not e["expect"]]
    violating = [e for e in entries if e["expect"]]
    assert len(compliant) >= 25 and len(violating) >= 25, lang
    assert {rule for e in violating for rule in e["expect"]} >= PHRASE_RULES, lang
    # Most say the buyer's language; a few leave it out, as `check` without the flag does.
    with_language = [e for e in entries if e.get("lang", "").startswith(lang)]
    assert len(with_language) >= len(entries) - 5, lang


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_labelled_message(entry: dict[str, Any]) -> None:
    findings = check(_message(entry))
    found = {f.rule for f in findings}
    summary = [(f.rule, f.severity, f.excerpt) for f in findings]
    missing = set(entry["expect"]) - found
    assert not missing, f"{entry['_where']}: expected {sorted(missing)} in {summary}"
    blocks = [f for f in findings if f.severity == "block"]
    if entry["compliant"]:
        assert not blocks, f"{entry['_where']}: compliant message got blocks {summary}"
    else:
        assert any(f.severity in ("block", "warn") for f in findings), (
            f"{entry['_where']}: non-compliant message got no block or warning"
        )
