"""What a sentence does: a small linear model that scores each sentence of a message.

The phrase rules know wordings; this knows intents. It reads each sentence and scores
it for marketing, upsell, promoting another business, moving the buyer off Amazon,
rewarding or steering a review, opt-out text and courtesy-only lines (thanks, "your order
has shipped", "we're here to help"), in English, German, French, Spanish and Italian.

The model is trained during development (``training/intent/``, ``make model``) and ships
as data: ``resources/policy/intent/model.json`` (labels, thresholds, scales) and
``model.bin`` (one signed byte per hashed feature and label). Inference is plain Python:
hash each feature with CRC-32, add up the rows, softmax. A word's contribution is
computed once and cached, and so is each sentence's score, so a keystroke re-scores only
the sentence it changed.

:func:`features` is the one feature extractor: the training script calls it too, so the
model can never be trained on features the app does not compute.
"""

from __future__ import annotations

import json
import math
import re
import threading
import unicodedata
import zlib
from array import array
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from composer.appdata.resources import load_json, resource_path

COMPLIANT = "compliant"
COURTESY = "not-permitted-purpose"
MAX_SENTENCE_CHARS = 600  # longer "sentences" are scored on their first 600 characters
_WORD_CACHE_SIZE = 60_000
_SENTENCE_CACHE_SIZE = 20_000

ADDRESS_TOKEN = "xurlx"  # an address, as the model reads it: never shown to the seller
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d")


def normalise(sentence: str) -> str:
    """Lower case, accents off, digits as 0, addresses as one token: what the model reads."""
    text = sentence[:MAX_SENTENCE_CHARS]
    if "@" in text or "://" in text or "www." in text:
        # Token by token, not one regex over the text: a regex with \S* on both sides of
        # "@" backtracks for seconds on a long run of symbols.
        text = " ".join(ADDRESS_TOKEN if ("@" in t or "://" in t or "www." in t) else t
                        for t in text.split())
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ß", "ss")
    return _DIGITS.sub("0", text)


def tokens(sentence: str) -> list[str]:
    return _TOKEN.findall(normalise(sentence))


def word_features(word: str) -> list[str]:
    """The word itself and its character 3-, 4- and 5-grams with boundary marks.

    The n-grams carry a typo ("websiet"), an inflection ("Gutscheincode") or a compound
    to the same weights as the word the model learnt; the 5-grams keep a stem
    ("<bewer", "recens", "valuta") apart from the short pieces every word shares.
    """
    feats = ["w:" + word]
    marked = f"<{word}>"
    for size in (3, 4, 5):
        feats.extend("c:" + marked[i : i + size] for i in range(len(marked) - size + 1))
    return feats


def pair_features(words: Sequence[str]) -> list[str]:
    """Adjacent word pairs: "also available", "before rating", "bank transfer"."""
    return ["b:" + words[i] + " " + words[i + 1] for i in range(len(words) - 1)]


_CLAUSE = re.compile(r"[,;:!?()\[\].\-–—]")


@cache
def _negations() -> tuple[frozenset[str], int]:
    """The negation words of the five languages and how many words they govern (data)."""
    raw = load_json("policy", "intent", "negations.json")
    return frozenset(w for words in raw["words"].values() for w in words), int(raw["scope"])


def negated_features(sentence: str) -> list[str]:
    """The words a negation governs, as their own features ("we never ask for five stars").

    Without them "never ask for five stars" and "ask for five stars" share every feature
    but one; with them the model can learn that a promise not to reward or steer is
    what a careful seller writes.
    """
    negations, scope = _negations()
    feats: list[str] = []
    for clause in _CLAUSE.split(normalise(sentence)):
        left = 0
        for word in _TOKEN.findall(clause):
            if word in negations:
                left = scope
            elif left:
                feats.append("n:" + word)
                left -= 1
    return feats


def features(sentence: str) -> list[str]:
    """Every feature of one sentence (the training script uses exactly this)."""
    words = tokens(sentence)
    feats: list[str] = []
    for word in words:
        feats.extend(word_features(word))
    feats.extend(pair_features(words))
    feats.extend(negated_features(sentence))
    return feats


def bucket(feature: str, bits: int) -> int:
    """The feature's row in the weight table: CRC-32, the same on every machine."""
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


class IntentModel:
    """The shipped model: hashed features → one weight per label, plus thresholds."""

    def __init__(self, meta: dict, weights: bytes) -> None:
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        self.bits: int = meta["bits"]
        self.scales: tuple[float, ...] = tuple(meta["scales"])
        self.bias: tuple[float, ...] = tuple(meta["bias"])
        self.thresholds: dict[str, dict[str, float]] = meta["thresholds"]
        # The probability that the sentence breaks any rule, whichever: a sentence torn
        # between marketing and upsell is still one the seller must not send.
        self.pooled: dict[str, float] = meta.get("pooled", {})
        # Below this pooled probability no rule's own bar nor a pooled one can be reached
        # (a rule's probability is part of the pool): most sentences stop here.
        bars = [limits["warn"] for label, limits in self.thresholds.items() if label != COURTESY]
        self.quiet: float = min([*bars, *self.pooled.values()], default=0.0)
        # A phrase rule's block on a sentence read as clearly compliant becomes a warning
        # (composer.policy.mention): {"clear": {rule: bar}, and the figures of the
        # development data}; a rule without a bar, or an older model file, has none.
        self.mention: dict[str, Any] = meta.get("mention", {})
        self.version: str = meta.get("version", "")
        n = len(self.labels)
        expected = n << self.bits
        if len(weights) != expected:
            raise ValueError(f"model.bin holds {len(weights)} bytes, expected {expected}")
        # Label-major: one column of 2**bits signed bytes per label, so a word's score
        # per label is one C-level sum over its feature rows.
        table = array("b", weights)
        size = 1 << self.bits
        self._columns = [table[i * size : (i + 1) * size] for i in range(n)]
        self._n = n
        self._words: dict[str, tuple[float, ...]] = {}
        self._pairs: dict[str, tuple[float, ...]] = {}
        self._sentences: dict[str, dict[str, float]] = {}
        self._evidence: dict[tuple[str, str, int], tuple[str, ...]] = {}
        self._lock = threading.Lock()

    def _vector(self, feats: Sequence[str]) -> tuple[float, ...]:
        """The scaled per-label sum of the weights of ``feats``."""
        mask = (1 << self.bits) - 1
        rows = [zlib.crc32(feat.encode("utf-8")) & mask for feat in feats]
        return tuple(sum(map(column.__getitem__, rows)) * scale
                     for column, scale in zip(self._columns, self.scales, strict=True))

    def _cached(self, table: dict[str, tuple[float, ...]], key: str,
                feats: Sequence[str]) -> tuple[float, ...]:
        vector = table.get(key)
        if vector is None:
            vector = self._vector(feats)
            if len(table) >= _WORD_CACHE_SIZE:
                table.clear()
            table[key] = vector
        return vector

    def _pair(self, pair: str) -> tuple[float, ...]:
        """A word pair is one feature: its row, scaled (no sum needed)."""
        vector = self._pairs.get(pair)
        if vector is None:
            row = zlib.crc32(pair.encode("utf-8")) & ((1 << self.bits) - 1)
            vector = tuple(column[row] * scale
                           for column, scale in zip(self._columns, self.scales, strict=True))
            if len(self._pairs) >= _WORD_CACHE_SIZE:
                self._pairs.clear()
            self._pairs[pair] = vector
        return vector

    def _parts(self, sentence: str) -> list[tuple[str, tuple[float, ...]]]:
        """Each word and word pair of the sentence with its weight per label."""
        words = tokens(sentence)
        known = self._words
        parts = [(w, known.get(w) or self._cached(known, w, word_features(w))) for w in words]
        parts.extend((p[2:], self._pair(p)) for p in pair_features(words))
        # Negated words weigh in but are never quoted as evidence (the text is empty).
        parts.extend(("", self._pair(n)) for n in negated_features(sentence))
        return parts

    def score(self, sentence: str) -> dict[str, float]:
        """Probability per label for one sentence, cached by its text."""
        key = sentence.strip()
        cached = self._sentences.get(key)
        if cached is not None:
            return cached
        with self._lock:
            vectors = [vector for _, vector in self._parts(key)]
            logits = list(self.bias)
            if vectors:
                columns = zip(*vectors, strict=True)
                logits = [b + sum(col) for b, col in zip(logits, columns, strict=True)]
            top = max(logits)
            exps = [math.exp(v - top) for v in logits]
            total = sum(exps)
            result = {label: e / total for label, e in zip(self.labels, exps, strict=True)}
            if len(self._sentences) >= _SENTENCE_CACHE_SIZE:
                self._sentences.clear()
            self._sentences[key] = result
        return result

    def evidence(self, sentence: str, label: str, most: int = 3) -> tuple[str, ...]:
        """The words or word pairs that pushed ``sentence`` towards ``label`` most (cached:
        a card on an unchanged sentence is made again at every check)."""
        key = (sentence.strip(), label, most)
        found = self._evidence.get(key)
        if found is None:
            found = self._weigh(sentence, label, most)
            if len(self._evidence) >= _SENTENCE_CACHE_SIZE:
                self._evidence.clear()
            self._evidence[key] = found
        return found

    def _weigh(self, sentence: str, label: str, most: int) -> tuple[str, ...]:
        index = self.labels.index(label)
        base = self.labels.index(COMPLIANT)
        ranked = sorted(
            ((vector[index] - vector[base], text) for text, vector in self._parts(sentence)),
            reverse=True,
        )
        chosen: list[str] = []
        for weight, text in ranked:
            if weight <= 0.25 or len(chosen) == most:
                break
            if " " not in text and len(text) < 4:
                continue  # "our", "we", "on": true but says nothing to the seller
            if any(text in other or other in text for other in chosen):
                continue
            chosen.append(text)
        return tuple(chosen)

    def reading(self, scores: dict[str, float]) -> tuple[str, float]:
        """The rule the sentence most reads like, and the probability it breaks any rule."""
        rules = [(p, label) for label, p in scores.items() if label not in (COMPLIANT, COURTESY)]
        top = max(rules)[1] if rules else COMPLIANT
        return top, sum(p for p, _ in rules)

    def pooled_severity(self, violation: float) -> str | None:
        """"block" or "warn" from the pooled thresholds (none in an older model file)."""
        if violation >= self.pooled.get("block", 2.0):
            return "block"
        if violation >= self.pooled.get("warn", 2.0):
            return "warn"
        return None

    def mention_reading(self, scores: dict[str, float], label: str) -> float | None:
        """How much a sentence the model reports nothing on reads like breaking a rule.

        The larger of ``label``'s probability and the pooled one; None when the model
        reports the sentence itself (a rule's warn bar or the pooled one is reached): then
        it is not sure the sentence is harmless. Under the rule's ``mention`` bar, a
        phrase rule's block on the sentence only mentions its words
        (:mod:`composer.policy.mention`; the training script chooses the bar with this).
        """
        _, violation = self.reading(scores)
        if self.pooled_severity(violation) is not None:
            return None
        for other, probability in scores.items():
            if other not in (COMPLIANT, COURTESY) and self.severity(other, probability):
                return None
        return max(violation, scores.get(label, 0.0))

    def mention_bar(self, label: str) -> float | None:
        """The "clear" bar of ``label``'s phrase blocks, or None: never read as a mention."""
        bar = self.mention.get("clear", {}).get(label)
        return None if bar is None else float(bar)

    def severity(self, label: str, probability: float) -> str | None:
        """"block" above the label's high threshold, "warn" in the middle band, else None."""
        limits = self.thresholds.get(label)
        if not limits:
            return None
        if probability >= limits["block"]:
            return "block"
        if probability >= limits["warn"]:
            return "warn"
        return None


@cache
def model() -> IntentModel | None:
    """The shipped model, loaded on first use; None if it is missing (the rules still run)."""
    folder = resource_path("policy", "intent")
    try:
        meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        weights = (folder / "model.bin").read_bytes()
    except OSError:
        return None
    return IntentModel(meta, weights)


def sentences_of(text: str) -> Iterator[tuple[int, int]]:
    """The spans the classifier scores: the checker's own sentence splitting."""
    from composer.policy.sentences import iter_sentences

    yield from iter_sentences(text)
