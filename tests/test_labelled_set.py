"""Run the policy check over every labelled message in ``tests/data/labelled/*.jsonl``.

Each line names the rules that must be found (``expect``) and whether the
message must pass (``compliant``: no block findings). Failures name the message.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from composer.htmltext import message_from_html
from composer.policy import Message, check

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
