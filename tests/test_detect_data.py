"""The detectors' shipped data and labelled messages: present, stamped, and doing their job."""

from __future__ import annotations

import json
from pathlib import Path

from composer.appdata.resources import load_json, resource_path
from composer.compose.engine import check
from composer.policy.normalize import normalize
from composer.policy.rulebook import rule

LABELLED = Path(__file__).parent / "data" / "labelled" / "detectors.jsonl"


def test_tld_list_is_an_offline_snapshot_with_its_source() -> None:
    lines = resource_path("policy", "tlds.txt").read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    tlds = {line for line in lines if line and not line.startswith("#")}
    assert any("Public Suffix List" in line for line in header)
    assert {"com", "uk", "de", "store", "shop", "рф"} <= tlds
    assert not {"pdf", "docx", "jpg"} & tlds
    assert len(tlds) > 1000


def test_data_files_carry_a_version() -> None:
    for name in ("confusables.json", "emoji_ranges.json", "detector_data.json"):
        data = load_json("policy", name)
        assert data["version"] >= "2026-01-01", name
    assert load_json("policy", "confusables.json")["map"]["\u0435"] == "e"


def test_rule_metadata_for_the_four_rules() -> None:
    severities = {
        name: rule(name).severity for name in ("link", "email-address", "phone-number", "emoji")
    }
    assert severities == {
        "link": "block",
        "email-address": "block",
        "phone-number": "warn",
        "emoji": "block",
    }


def test_normalize_maps_back_to_original_offsets() -> None:
    text = "x ｅｘ\u200bample．com y"
    norm = normalize(text)
    assert norm.text == "x example.com y"
    start = norm.text.index("example.com")
    assert norm.span(start, start + len("example.com")) == (2, 14)
    assert text[2:14] == "ｅｘ\u200bample．com"


def test_normalize_leaves_real_cyrillic_words_alone() -> None:
    assert normalize("сайт президент.рф").text == "сайт президент.рф"
    assert normalize("\u0441\u043e\u0440").text == "cop"  # all look-alikes: a disguise


def test_labelled_detector_messages() -> None:
    entries = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    assert len(entries) >= 45
    for rule_id in ("link", "email-address", "phone-number", "emoji"):
        assert sum(rule_id in e["expect"] for e in entries) >= 5, rule_id
    assert sum(e["compliant"] for e in entries) >= 15
    from composer.policy import Message
    from composer.sanitize.htmltext import message_from_html

    mine = {"link", "email-address", "phone-number", "emoji"}
    for entry in entries:
        header = {
            "buyer_language": entry.get("lang", ""),
            "order_id": entry.get("order_id", ""),
            "message_type": entry.get("type"),
        }
        if "html" in entry:
            message = message_from_html(entry["html"], **header)
        else:
            message = Message(text=entry["text"], **header)
        found = {f.rule for f in check(message) if f.severity != "info"}
        assert set(entry["expect"]) <= found, entry["id"]
        assert not (found & mine) - set(entry["expect"]), entry["id"]
