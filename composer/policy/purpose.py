"""The message-level judgement "no permitted purpose", read from the sentence scores.

Amazon blocks a message the seller starts when it only thanks the buyer, confirms the
order or shipping, or offers help (POLICY.md §1, §3). No single sentence is wrong, so
this is a judgement about the whole message: every sentence that is not a greeting, a
sign-off or a signature must read as courtesy to the sentence-intent model. One sentence
of real content ("the parcel needs a signature", "which colour would you like?") gives the
message its purpose, and a thank-you beside it is fine.

Order IDs and tracking numbers are taken out before a sentence is scored: the training
corpus holds many content sentences with an order ID, so "Thank you for your order
113-…!" would otherwise read as content. The frame patterns, the threshold and the
seller-facing words are data (``resources/policy/intent/purpose.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from composer.appdata.resources import load_json

Scores = dict[str, float]

# A longer text is not a thank-you note; reading it for this would only cost time.
MAX_CHARS = 10_000


@dataclass(frozen=True)
class _Rules:
    content_min: float
    courtesy_min: float
    min_sentences: int
    frame_max_words: int
    strip: re.Pattern[str]
    frame: re.Pattern[str]
    texts: dict[str, Any]


@cache
def rules() -> _Rules:
    raw = load_json("policy", "intent", "purpose.json")
    return _Rules(
        content_min=float(raw["content_min"]),
        courtesy_min=float(raw["courtesy_min"]),
        min_sentences=int(raw["min_sentences"]),
        frame_max_words=int(raw["frame_max_words"]),
        strip=re.compile("|".join(f"(?:{p})" for p in raw["strip"])),
        frame=re.compile("|".join(f"(?:{p})" for p in raw["frame"]), re.IGNORECASE),
        texts={"message": raw["message"], "unknown_type": raw["unknown_type"]},
    )


def _own_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a whole line (a signature), not part of a paragraph?"""
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    line = text[before + 1 : after if after >= 0 else len(text)]
    return line.strip() == text[start:end].strip()


def is_frame(text: str, start: int, end: int) -> bool:
    """A greeting, a sign-off or a signature line: it frames the message, says nothing."""
    data = rules()
    sentence = text[start:end].strip()
    if data.frame.match(sentence):
        return True
    words = sentence.split()
    return (
        _own_line(text, start, end)
        and len(words) <= data.frame_max_words
        and not any(c.isdigit() for c in sentence)
        and sentence[-1:] not in ".?:!"
    )


def scoring_text(sentence: str) -> str:
    """The sentence as the model should read it for purpose: IDs and numbers taken out."""
    return " ".join(rules().strip.sub(" ", sentence).split())


def courtesy_only(
    text: str,
    spans: Iterable[tuple[int, int]],
    score: Callable[[str], Scores],
    courtesy: str,
    compliant: str,
) -> tuple[int, int] | None:
    """The first courtesy sentence when every sentence read is courtesy; else ``None``.

    ``spans`` are the trimmed sentence spans of ``text``; ``score`` gives the model's
    probabilities per label; ``courtesy`` and ``compliant`` name the model's labels for
    courtesy and for plain content.
    """
    data = rules()
    first: tuple[int, int] | None = None
    read = 0
    for start, end in spans:
        if is_frame(text, start, end):
            continue
        cleaned = scoring_text(text[start:end])
        if not cleaned:
            continue
        scores = score(cleaned)
        if scores[courtesy] < data.courtesy_min or scores[compliant] >= data.content_min:
            return None  # real content, or a line the model is not sure of: no judgement
        if first is None:
            first = (start, end)
        read += 1
    return first if read >= data.min_sentences else None


def explanation(type_known: bool) -> str:
    """What the seller reads on the card."""
    texts = rules().texts
    return texts["message"] + ("" if type_known else texts["unknown_type"])
