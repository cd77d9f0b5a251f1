"""The sentence-intent model: its arithmetic, its findings and the shipped files."""

from __future__ import annotations

import json
import math
import sys
import zlib
from pathlib import Path

import pytest

from composer.appdata.resources import resource_path
from composer.compose.engine import check
from composer.policy import Message
from composer.policy.intent import (
    COMPLIANT,
    IntentModel,
    bucket,
    features,
    model,
    normalise,
)
from composer.policy.intent_check import DETECTOR, check_intent, one_card_per_agreement
from composer.policy.model import Finding

REPO = Path(__file__).resolve().parents[1]
LABELS = ["compliant", "upsell", "not-permitted-purpose"]
BITS = 8


def tiny_model(weights: dict[str, tuple[int, int, int]], thresholds=None) -> IntentModel:
    """A three-label model with hand-set weights per feature (label-major bytes)."""
    size = 1 << BITS
    columns = [bytearray(size) for _ in LABELS]
    for feature, row in weights.items():
        index = bucket(feature, BITS)
        for column, value in zip(columns, row, strict=True):
            column[index] = value & 0xFF
    meta = {
        "labels": LABELS,
        "bits": BITS,
        "scales": [0.1, 0.1, 0.1],
        "bias": [0.0, 0.0, 0.0],
        "thresholds": thresholds or {"upsell": {"warn": 0.5, "block": 0.9}},
    }
    return IntentModel(meta, b"".join(bytes(c) for c in columns))


def test_features_are_words_ngrams_and_pairs():
    feats = features("Also available!")
    assert "w:also" in feats and "w:available" in feats
    assert "c:<al" in feats and "c:ble>" in feats
    assert "b:also available" in feats


def test_normalise_folds_case_accents_digits_and_addresses():
    assert normalise("Größe 42 café") == "grosse 00 cafe"
    assert "xurlx" in normalise("write to shop@example.com now")
    assert "example" not in normalise("see https://example.com/x")


def test_bucket_is_stable_across_runs():
    # CRC-32, not Python's salted hash(): the trained model depends on these rows.
    assert bucket("w:coupon", 18) == zlib.crc32(b"w:coupon") & 0x3FFFF
    assert bucket("w:coupon", 8) == zlib.crc32(b"w:coupon") & 0xFF


def test_scores_are_a_softmax_of_summed_weights():
    m = tiny_model({"w:bigger": (0, 40, 0), "w:pack": (0, 20, 0)})
    scores = m.score("bigger pack")
    logit = 0.1 * (40 + 20)
    expected = math.exp(logit) / (math.exp(logit) + 2)
    assert scores["upsell"] == pytest.approx(expected)
    assert sum(scores.values()) == pytest.approx(1.0)


def test_evidence_names_the_words_that_weighed_most():
    m = tiny_model({"w:bigger": (0, 40, 0), "w:pack": (0, 20, 0), "w:the": (5, 0, 0)})
    assert m.evidence("the bigger pack", "upsell") == ("bigger", "pack")


def test_severity_follows_the_two_thresholds():
    m = tiny_model({}, {"upsell": {"warn": 0.5, "block": 0.9}})
    assert m.severity("upsell", 0.95) == "block"
    assert m.severity("upsell", 0.6) == "warn"
    assert m.severity("upsell", 0.4) is None
    assert m.severity("opt-out", 0.99) is None  # a label without thresholds never reports


def test_wrong_sized_weights_are_refused():
    meta = {"labels": LABELS, "bits": BITS, "scales": [1, 1, 1], "bias": [0, 0, 0],
            "thresholds": {}}
    with pytest.raises(ValueError):
        IntentModel(meta, b"\0" * 10)


def test_a_classifier_finding_is_a_sentence_with_a_fix(monkeypatch):
    m = tiny_model({"w:bigger": (0, 60, 0), "w:pack": (0, 60, 0)})
    monkeypatch.setattr("composer.policy.intent_check.model", lambda: m)
    text = "Your parcel left today. The bigger pack lands soon. Kind regards"
    findings = list(check_intent(Message(text=text, message_type="reply")))
    assert len(findings) == 1
    item = findings[0]
    assert (item.rule, item.severity, item.detector) == ("upsell", "block", DETECTOR)
    assert item.excerpt == "The bigger pack lands soon."
    assert "“bigger”" in item.message and "“pack”" in item.message
    assert item.fix is not None
    assert item.fix.apply(text) == "Your parcel left today. Kind regards"
    data = item.to_dict()
    assert data["detector"] == "classifier" and 0.9 < data["score"] <= 1


def test_courtesy_only_proactive_message_warns_once(monkeypatch):
    # POLICY.md §3 rates no permitted purpose "warn": the app cannot be sure.
    m = tiny_model({"w:thanks": (0, 0, 80), "w:order": (0, 0, 40), "w:glad": (0, 0, 80),
                    "w:engraving": (80, 0, 0)})
    monkeypatch.setattr("composer.policy.intent_check.model", lambda: m)
    text = "Hi Anna,\nMany thanks for your order today.\nGlad to help any time.\nBest, Tom"
    proactive = list(check_intent(Message(text=text, message_type="confirmOrderDetails")))
    assert [f.rule for f in proactive] == ["not-permitted-purpose"]
    assert proactive[0].severity == "warn"
    assert proactive[0].excerpt == "Many thanks for your order today."
    assert "Amazon does not allow a message you start" in proactive[0].message
    unknown = list(check_intent(Message(text=text)))
    assert [f.severity for f in unknown] == ["warn"]
    assert "choose the reply type" in unknown[0].message
    assert "choose the reply type" not in proactive[0].message
    assert not list(check_intent(Message(text=text, message_type="reply")))
    longer = text + "\nCould you confirm the engraving text before we ship?"
    assert not list(check_intent(Message(text=longer, message_type="confirmOrderDetails")))


def _finding(rule: str, start: int, end: int, severity: str = "block",
             detector: str = "") -> Finding:
    return Finding(rule, severity, start, end, "x", "m", detector=detector)


def test_one_card_when_rule_and_classifier_agree():
    rule = _finding("upsell", 10, 20)
    same = _finding("upsell", 5, 30, detector=DETECTOR)
    other = _finding("marketing", 5, 30, detector=DETECTOR)
    warn_on_blocked = _finding("opt-out", 5, 30, "warn", DETECTOR)
    elsewhere = _finding("upsell", 40, 50, detector=DETECTOR)
    kept = one_card_per_agreement([rule, same, other, warn_on_blocked, elsewhere])
    assert kept == [rule, other, elsewhere]


# ---------------------------------------------------------------- the shipped model


def test_shipped_model_is_small_complete_and_loads():
    folder = resource_path("policy", "intent")
    size = (folder / "model.bin").stat().st_size
    assert size <= 5 * 1024 * 1024
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    shipped = model()
    assert shipped is not None and shipped.labels[0] == COMPLIANT
    for label in shipped.labels[1:]:
        limits = meta["thresholds"][label]
        assert 0 < limits["warn"] <= limits["block"]
    # Every label the model can report has a rule-book entry and words to say.
    texts = json.loads((folder / "messages.json").read_text(encoding="utf-8"))
    from composer.policy.rulebook import rule

    for label in shipped.labels[1:]:
        assert rule(label).title
        if label != "not-permitted-purpose":
            assert label in texts["what"] and label in texts["advice"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Message me on WhatsApp next time and I'll sort it quicker.", "off-amazon"),
        ("We'll refund your postage once your five-star rating is up.", "review-incentive"),
        ("Schreiben Sie uns doch direkt über Instagram, da antworten wir schneller.",
         "off-amazon"),
    ],
)
def test_shipped_model_blocks_plain_violations(sentence, label):
    findings = check(Message(text=sentence, message_type="reply", buyer_language="en"))
    assert any(f.rule == label and f.severity == "block" for f in findings), findings


@pytest.mark.parametrize(
    "sentence",
    [
        "The replacement ships tomorrow free of charge, no need to return the old one.",
        "Amazon already applied the coupon at checkout, so the price you paid is final.",
        "Please use Contact Seller on your order page if anything else comes up.",
    ],
)
def test_shipped_model_leaves_hard_negatives_alone(sentence):
    findings = check(Message(text=sentence, message_type="reply", buyer_language="en"))
    assert not [f for f in findings if f.detector == DETECTOR], findings


def test_corpus_shares_no_text_with_the_blind_sets():
    sys.path.insert(0, str(REPO))
    from training.intent.overlap import blind_sentences, corpus_sentences, similar_pairs

    corpus = list(corpus_sentences())
    assert len(corpus) >= 8000
    assert similar_pairs(corpus, blind_sentences()) == []


# ------------------------------------------------- no permitted purpose, with the real model

PROACTIVE = "confirmDeliveryDetails"
COURTESY_ONLY = [
    "Hello,\nJust checking in to see whether your order 113-4567890-1234567 arrived safely "
    "and that you are happy with it. Let us know if there is anything we can do.\n"
    "Thanks,\nMark",
    "Guten Tag, wir möchten uns herzlich für Ihren Einkauf bedanken. Ihre Bestellung "
    "302-4567890-1234567 wurde heute an DHL übergeben. Wir wünschen Ihnen viel Spaß mit dem "
    "Produkt!",
    "Ciao Marco, grazie mille per il tuo ordine!\nIl pacco è stato spedito oggi. "
    "Speriamo che ti piaccia.\nUn saluto, Giulia",
    "Hola Ana: ¡muchas gracias por tu compra! Tu pedido ya va de camino. Cualquier cosa que "
    "necesites, aquí estamos.",
]
WITH_CONTENT = [
    "Hi Tom, thanks for your order 113-4567890-1234567. The engraving text you entered is "
    "'Happy 40th Jon' - is the spelling correct? Please reply so we can start. Best, Anna",
    "Hello, thank you for your order 113-4567890-1234567! The parcel needs a signature on "
    "delivery, so please make sure someone is home on Tuesday. Kind regards, Mark",
]


@pytest.mark.parametrize("text", COURTESY_ONLY)
def test_courtesy_only_message_has_no_permitted_purpose(text):
    findings = check(Message(text=text, message_type=PROACTIVE))
    cards = [f for f in findings if f.rule == "not-permitted-purpose"]
    assert [f.severity for f in cards] == ["warn"], findings
    assert not [f for f in findings if f.severity == "block"], findings
    assert not check(Message(text=text, message_type="reply"))


@pytest.mark.parametrize("text", WITH_CONTENT)
def test_thanks_beside_real_content_is_fine(text):
    findings = check(Message(text=text, message_type=PROACTIVE))
    assert "not-permitted-purpose" not in {f.rule for f in findings}


def test_frame_lines_and_ids_are_not_read_as_content():
    from composer.policy import purpose

    text = "Hi Sarah,\nThanks again for order 113-4567890-1234567!\nKind regards,\nEmma Stone"
    assert purpose.is_frame(text, 0, 9)
    assert purpose.is_frame(text, text.index("Kind"), text.index("Kind") + 13)
    assert purpose.is_frame(text, text.index("Emma"), len(text))
    assert not purpose.is_frame(text, 10, text.index("!") + 1)
    assert purpose.scoring_text("Thanks again for order 113-4567890-1234567!") == (
        "Thanks again for order !")
