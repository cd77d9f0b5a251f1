"""A phrase block the sentence model reads as clearly compliant becomes a warning.

The phrase rules see words; the model sees the sentence. Tiny hand-set models decide how
a sentence reads, so each test says what the model thinks and checks what the seller gets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.cli import main
from composer.compose.engine import check
from composer.l10n.catalog import Catalog
from composer.l10n.sayfindings import localise
from composer.policy import Message, mention
from composer.policy.intent import IntentModel, bucket, model

LABELS = ["compliant", "marketing", "off-amazon", "not-permitted-purpose"]
BITS = 16
POOLED = {"warn": 0.7, "block": 0.95, "pair": 0.75}
CLEAR = 0.2
NEWSLETTER = "Sign up for our newsletter today."


def tiny_model(weights: dict[str, tuple[int, int, int, int]], bias=(0.0, 0.0, 0.0, 0.0),
               clear: float | None = CLEAR) -> IntentModel:
    size = 1 << BITS
    columns = [bytearray(size) for _ in LABELS]
    for feature, row in weights.items():
        index = bucket(feature, BITS)
        for column, value in zip(columns, row, strict=True):
            column[index] = value & 0xFF
    meta = {
        "labels": LABELS,
        "bits": BITS,
        "scales": [0.1] * 4,
        "bias": list(bias),
        "thresholds": {"marketing": {"warn": 0.85, "block": 0.9},
                       "off-amazon": {"warn": 0.85, "block": 0.9}},
        "pooled": POOLED,
    }
    if clear is not None:
        meta["mention"] = {"clear": {"marketing": clear, "off-amazon": clear}}
    return IntentModel(meta, b"".join(bytes(c) for c in columns))


# The model reads any sentence as plain content (compliant 0.99998).
COMPLIANT_READER = {"bias": (12.0, 0.0, 0.0, 0.0)}


def use(monkeypatch, m: IntentModel) -> None:
    monkeypatch.setattr("composer.policy.intent_check.model", lambda: m)
    monkeypatch.setattr("composer.policy.mention.model", lambda: m)


def findings(text: str, **header) -> list[tuple[str, str, str]]:
    header.setdefault("message_type", "reply")
    header.setdefault("buyer_language", "en")
    return [(f.rule, f.severity, f.detector) for f in check(Message(text=text, **header))
            if f.rule != "spelling"]


def test_a_phrase_block_the_model_reads_as_compliant_becomes_a_warning(monkeypatch):
    use(monkeypatch, tiny_model({"w:newsletter": (60, 0, 0, 0)}))
    [item] = [f for f in check(Message(text=NEWSLETTER, message_type="reply",
                                       buyer_language="en")) if f.rule == "marketing"]
    assert (item.severity, item.detector) == ("warn", mention.DETECTOR)
    assert 0 <= item.score < CLEAR
    assert item.message.startswith("This sentence may read as marketing: “Sign up for our "
                                   "newsletter”.")
    assert "seems only to mention" in item.message
    assert item.fix is not None and item.fix.label == "Remove this sentence"  # still offered


def test_a_phrase_block_the_model_agrees_with_stays_a_block(monkeypatch):
    use(monkeypatch, tiny_model({"w:newsletter": (0, 60, 0, 0)}))
    assert findings(NEWSLETTER) == [("marketing", "block", "")]  # one card: the rule's


def test_a_phrase_block_the_model_is_unsure_of_stays_a_block(monkeypatch):
    # Every label 0.25: the model reports nothing, but breaking a rule is 0.5, not clear.
    use(monkeypatch, tiny_model({}))
    assert findings(NEWSLETTER) == [("marketing", "block", "")]


def test_a_model_file_without_the_bar_downgrades_nothing(monkeypatch):
    use(monkeypatch, tiny_model({}, **COMPLIANT_READER, clear=None))
    assert findings(NEWSLETTER) == [("marketing", "block", "")]


def test_a_rule_without_a_bar_is_never_downgraded(monkeypatch):
    m = tiny_model({}, **COMPLIANT_READER)
    del m.mention["clear"]["marketing"]
    use(monkeypatch, m)
    assert findings(NEWSLETTER) == [("marketing", "block", "")]
    assert findings("Message us on WhatsApp about the size.")[0][1] == "warn"


def test_a_named_channel_is_read_too(monkeypatch):
    use(monkeypatch, tiny_model({}, **COMPLIANT_READER))
    found = findings("Message us on WhatsApp about the size.")
    assert found and all(f == ("off-amazon", "warn", mention.DETECTOR) for f in found)


@pytest.mark.parametrize("text", [
    "Sign up for our newsletter at www.shop-news.com today.",
    "Email us at anna@shop-example.com if the size is wrong.",
    "Ring me on 07700 900123 if the size is wrong.",
    "Follow us @mayashandmade for the care guide.",
    "Write to us at anna (at) shop-example (dot) com if the size is wrong.",
])
def test_addresses_are_never_downgraded(monkeypatch, text):
    use(monkeypatch, tiny_model({}, **COMPLIANT_READER))
    found = findings(text)
    assert found and all(severity == "block" for _, severity, _ in found), found
    assert not [f for f in found if f[2]], found


def test_a_reward_tied_to_a_request_in_another_sentence_stays_a_block(monkeypatch):
    # The model reads one sentence; the rule read two.
    use(monkeypatch, tiny_model({}, **COMPLIANT_READER))
    found = findings("Please leave us a review. As a thank you we'll send you a gift card.")
    assert ("review-incentive", "block", "") in found


def test_a_phrase_in_the_subject_stays_a_block(monkeypatch):
    use(monkeypatch, tiny_model({}, **COMPLIANT_READER))
    found = check(Message(text="Your parcel left today.", subject=NEWSLETTER,
                          message_type="reply", buyer_language="en"))
    assert [(f.rule, f.severity, f.field) for f in found] == [
        ("marketing", "block", "subject")]


def test_check_json_names_the_detector_and_the_score(monkeypatch, tmp_path: Path, capsys):
    use(monkeypatch, tiny_model({"w:newsletter": (60, 0, 0, 0)}))
    path = tmp_path / "m.txt"
    path.write_text(NEWSLETTER, encoding="utf-8")
    code = main(["check", "--json", "--type", "reply", str(path)])
    [result] = json.loads(capsys.readouterr().out)
    items = [f for f in result["findings"] if f["rule"] == "marketing"]
    assert code == 0 and result["compliant"] and items
    for item in items:  # without a buyer language every language's phrases run
        assert item["severity"] == "warn" and item["detector"] == "phrase+classifier"
        assert isinstance(item["score"], float) and 0 <= item["score"] < CLEAR
        assert {"rule", "severity", "start", "end", "excerpt", "message", "fix"} <= set(item)
        assert "mentionable" not in item


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_the_warning_is_said_in_every_language(monkeypatch, language):
    use(monkeypatch, tiny_model({}, **COMPLIANT_READER))
    catalog = Catalog(language)
    for text in (NEWSLETTER, "Message us on WhatsApp about the size."):
        [item] = [f for f in check(Message(text=text, message_type="reply"))
                  if f.detector == mention.DETECTOR][:1]
        assert catalog.knows(item.message), item.message
        assert localise(item, catalog).message != item.message


# ---------------------------------------------------------------- the shipped model


def test_the_shipped_bars_let_at_most_one_violating_hit_in_a_hundred_through():
    shipped = model()
    assert shipped is not None
    figures = shipped.mention
    assert set(figures["clear"]) <= mention.RULES and figures["clear"]
    for rule, bar in figures["clear"].items():
        assert 0 < bar <= shipped.pooled["warn"]
        each = figures["by_rule"][rule]
        assert each["downgraded"] <= figures["share"] * each["violating_hits"], rule
        assert each["compliant_hits"] > 0, rule  # a bar only where there is one to rescue
    assert figures["violating_hits"] >= 1000 and figures["rescued"] > 0


@pytest.mark.parametrize("sentence", [
    "Amazon's own promotion gave you 10% off, which is why the price was lower.",
    "The voucher code printed on the box belongs to the manufacturer's warranty registration.",
])
def test_the_shipped_model_reads_a_mere_mention(sentence):
    found = check(Message(text=sentence, message_type="reply", buyer_language="en"))
    assert found and not [f for f in found if f.severity == "block"], found
    assert {f.detector for f in found if f.rule == "marketing"} == {mention.DETECTOR}


def test_the_shipped_model_keeps_blocking_an_offer():
    text = "Use the voucher code SAVE10 for 10% off your next order with us."
    found = check(Message(text=text, message_type="reply", buyer_language="en"))
    assert any(f.rule == "marketing" and f.severity == "block" for f in found), found


def test_the_training_script_chooses_the_largest_bar_within_the_share():
    pytest.importorskip("sklearn")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from training.intent.train import choose_clear

    readings = [0.001 * i for i in range(1, 201)] + [float("inf")] * 100  # 300 hits
    clear = choose_clear(readings, cap=0.9, share=0.01)
    assert sum(r < clear for r in readings) == 3  # 1 % of 300
    assert sum(r < clear + 1e-9 for r in readings) == 4  # any higher lets a fourth through
    assert choose_clear([0.05, 0.5], cap=0.3, share=0.01) == 0.05  # none of two may pass
    assert choose_clear([float("inf")] * 50, cap=0.3, share=0.5) == 0.3  # capped
