"""Reading a sentence as a whole: negation, the pooled probability and two sentences agreeing."""

from __future__ import annotations

from composer.policy import Message
from composer.policy.intent import IntentModel, bucket, features, negated_features
from composer.policy.intent_check import check_intent

LABELS = ["compliant", "marketing", "upsell", "not-permitted-purpose"]
BITS = 16  # wide enough that the n-grams of these few words never collide


def tiny_model(weights: dict[str, tuple[int, int, int, int]], pooled: dict | None) -> IntentModel:
    """Four labels, hand-set weights; per-rule blocks at 0.9, the pooled bars as given."""
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
        "bias": [0.0] * 4,
        "thresholds": {"marketing": {"warn": 0.85, "block": 0.9},
                       "upsell": {"warn": 0.85, "block": 0.9}},
    }
    if pooled is not None:
        meta["pooled"] = pooled
    return IntentModel(meta, b"".join(bytes(c) for c in columns))


# "sale" leans to marketing and upsell alike: neither alone passes 0.9, together 0.98.
TORN = {"w:sale": (0, 50, 48, 0)}
# "restock" leans to upsell, about 0.8 with all rules pooled: not enough on its own.
HINT = {"w:restock": (0, 0, 30, 0), "w:newcolours": (0, 0, 30, 0)}
POOLED = {"warn": 0.7, "block": 0.95, "pair": 0.75}


def _findings(monkeypatch, weights, pooled, text):
    m = tiny_model(weights, pooled)
    monkeypatch.setattr("composer.policy.intent_check.model", lambda: m)
    return [(f.rule, f.severity, f.excerpt)
            for f in check_intent(Message(text=text, message_type="reply"))]


def test_negation_governs_the_words_after_it_within_its_clause():
    assert negated_features("We never ask for five stars, honest reviews only") == [
        "n:ask", "n:for", "n:five", "n:stars"]
    assert negated_features("Keine Gegenleistung für Bewertungen") == [
        "n:gegenleistung", "n:fur", "n:bewertungen"]
    assert negated_features("Please leave a review") == []
    feats = features("We don't offer discounts")
    assert "n:offer" in feats and "c:<disc" in feats  # negation and 5-grams are features


def test_a_sentence_torn_between_two_rules_blocks_as_the_stronger(monkeypatch):
    text = "Big sale this weekend only."
    assert _findings(monkeypatch, TORN, None, text) == []  # a model without pooled bars
    assert _findings(monkeypatch, TORN, POOLED, text) == [("marketing", "block", text)]


def test_two_sentences_leaning_to_one_rule_block_together(monkeypatch):
    one = "The restock is here today."
    two = "PS: newcolours are coming as well."
    both = _findings(monkeypatch, HINT, POOLED, f"{one} Your parcel left. {two}")
    assert both == [("upsell", "block", one), ("upsell", "block", two)]
    alone = _findings(monkeypatch, HINT, POOLED, f"{one} Your parcel left today.")
    assert alone == [("upsell", "warn", one)]


def test_a_paired_finding_says_another_sentence_reads_the_same(monkeypatch):
    m = tiny_model(HINT, POOLED)
    monkeypatch.setattr("composer.policy.intent_check.model", lambda: m)
    text = "The restock is here. Also newcolours soon."
    messages = [f.message for f in check_intent(Message(text=text, message_type="reply"))]
    assert len(messages) == 2
    assert all(m.startswith("This sentence and another one in this message read like")
               for m in messages)


def test_two_sentences_leaning_to_different_rules_do_not_pair(monkeypatch):
    weights = {"w:restock": (0, 0, 30, 0), "w:coupon": (0, 30, 0, 0)}
    found = _findings(monkeypatch, weights, POOLED, "The restock is here. A coupon too.")
    assert [severity for _, severity, _ in found] == ["warn", "warn"]


def test_a_postscript_mark_is_read_with_its_sentence(monkeypatch):
    # The sentence splitter cuts after "P.S."; the model learnt "P.S. ..." as one sentence,
    # and the card removes the mark with it.
    weights = {"w:restock": (0, 0, 60, 0)}
    text = "Thanks for your order.\n\nP.S. the restock is here!\nPS: all fine.\nDr. Who"
    found = _findings(monkeypatch, weights, POOLED, text)
    assert found == [("upsell", "block", "P.S. the restock is here!")]
