"""Named channels off Amazon: apps and networks, payment elsewhere, ordering direct, phones.

Amazon blocks a message that moves the buyer off Amazon (POLICY.md §3 off-amazon). The
names are easy to list; the work is telling an invitation from product talk. A name
counts only with a cue in its own sentence: a verb of contact or a possessive ("message
us on Signal", "our Instagram", "PayPal me"); "the phone supports WhatsApp", "a cash
drawer", "YouTube-style thumbnail" stay clean. Names that are everyday words or letters
(LINE, X, WA, IG, FB, Signal) count only in their own case after a preposition or a
possessive ("find us on X"), never before a digit ("LINE 2") or a hyphen ("X-ray").

A phone number is a warning on its own (carriers', makers' and warranty lines are
allowed, and so is a company's own line, "ring our office on …"). Offered as a person's
("ask for Maria", "my mobile", "Maria's number") or with a verb of contact aimed at a
person ("ring me on", "call Tom"), it blocks, unless the sentence names a carrier, a
maker or a warranty: then the warning stays. All word lists are data
(``resources/policy/channels.json``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from composer.appdata.resources import load_json
from composer.policy import rulebook
from composer.policy.model import Finding, Fix, Message
from composer.policy.phrases import languages_for
from composer.policy.sentencefix import sentence_fix
from composer.policy.sentences import SentenceIndex

RULE = "off-amazon"
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class _Data:
    channels: re.Pattern[str]
    channels_in_case: re.Pattern[str]
    lead: re.Pattern[str]
    not_after: re.Pattern[str]
    cues: re.Pattern[str]
    product: re.Pattern[str]
    own: re.Pattern[str]
    payments: re.Pattern[str]
    payments_in_case: re.Pattern[str]
    pay_not_after: re.Pattern[str]
    pay_cues: re.Pattern[str]
    by_amazon: re.Pattern[str]
    away: re.Pattern[str]
    negation: re.Pattern[str]
    name_is_verb: re.Pattern[str]
    order_direct: re.Pattern[str]
    phone_person: re.Pattern[str]
    phone_allowed: re.Pattern[str]
    texts: dict[str, Any]
    # Speed only: a pattern runs only when one of its words occurs in the folded text.
    channel_words: tuple[str, ...]
    channel_words_in_case: tuple[str, ...]
    payment_words: tuple[str, ...]
    payment_words_in_case: tuple[str, ...]
    direct_words: tuple[str, ...]


def _names(names: list[str], flags: int = 0) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s?") for n in ordered)
    return re.compile(rf"(?<![\w@#/.-])(?:{body})(?!\w)", flags)


@cache
def data() -> _Data:
    raw = load_json("policy", "channels.json")
    in_case = set(raw["payments_in_case"])
    return _Data(
        channels=_names(raw["channels"], _FLAGS),
        channels_in_case=_names(raw["channels_in_case"]),
        lead=re.compile(raw["channel_lead"], _FLAGS),
        not_after=re.compile(raw["channel_not_after"], _FLAGS),
        cues=re.compile(raw["cues"], _FLAGS),
        product=re.compile(raw["product_talk"], _FLAGS),
        own=re.compile(raw["own"], _FLAGS),
        payments=_names([p for p in raw["payments"] if p not in in_case], _FLAGS),
        payments_in_case=_names(sorted(in_case)),
        pay_not_after=re.compile(raw["payment_not_after"], _FLAGS),
        pay_cues=re.compile(raw["pay_cues"], _FLAGS),
        by_amazon=re.compile(raw["payment_by_amazon"], _FLAGS),
        away=re.compile(raw["payment_away"], _FLAGS),
        negation=re.compile(raw["negation"], _FLAGS),
        name_is_verb=re.compile(raw["name_is_verb"], _FLAGS),
        order_direct=re.compile("|".join(f"(?:{p})" for p in raw["order_direct"]), _FLAGS),
        phone_person=re.compile(raw["phone_person"]),
        phone_allowed=re.compile(raw["phone_allowed"], _FLAGS),
        texts={"messages": raw["messages"], "fix": raw["fix"], "phone_fix": raw["phone_fix"]},
        channel_words=_key_words(raw["channels"], fold=True),
        channel_words_in_case=_key_words(raw["channels_in_case"], fold=False),
        payment_words=_key_words([p for p in raw["payments"] if p not in in_case], fold=True),
        payment_words_in_case=_key_words(sorted(in_case), fold=False),
        direct_words=tuple(raw["order_direct_needs"]),
    )


def _key_words(names: list[str], fold: bool) -> tuple[str, ...]:
    """The longest word of each name (folded when the pattern ignores case).

    A name pattern only lets the spaces between words vary, so each of its matches holds
    every word of the name: a text without any of these words cannot match.
    """
    longest = (max(name.split(" "), key=len) for name in names)
    return tuple(sorted({word.casefold() if fold else word for word in longest}))


def _any_in(words: tuple[str, ...], folded: str) -> bool:
    return any(word in folded for word in words)


_ENDS = ".!?\n"


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: cut at . ! ? or a line break (bounded)."""
    left = max(text.rfind(c, max(0, start - 300), start) for c in _ENDS) + 1
    left = max(left, start - 300, 0)
    rights = [i for i in (text.find(c, end, end + 300) for c in _ENDS) if i >= 0]
    right = min(rights) + 1 if rights else min(len(text), end + 300)
    while left < start and text[left].isspace():
        left += 1
    return left, right


def _channel_ok(d: _Data, text: str, start: int, end: int, strict: bool) -> bool:
    if d.not_after.match(text, end):
        return False  # "YouTube-style", "LINE 2", "X-ray"
    if d.name_is_verb.match(text, end):
        return True  # "WA me", "DM us"
    s_start, s_end = sentence_at(text, start, end)
    sentence = text[s_start:s_end]
    if strict and not d.lead.search(text, max(s_start, start - 40), start):
        return False  # "X" or "LINE" not after "on", "via", "our"…
    rest = sentence[: start - s_start] + " " + sentence[end - s_start :]
    if not d.cues.search(rest):
        return False
    if d.negation.search(rest) and not d.own.search(rest):
        return False  # "this app does not work with WhatsApp"
    return not (d.product.search(rest) and not d.own.search(rest))


def _payment_ok(d: _Data, text: str, start: int, end: int) -> bool:
    if d.pay_not_after.match(text, end):
        return False  # "a cash drawer", "cashback"
    if d.name_is_verb.match(text, end):
        return True  # "PayPal me", "Venmo us"
    s_start, s_end = sentence_at(text, start, end)
    rest = text[s_start:start] + " " + text[end:s_end]
    if d.by_amazon.search(rest) and not d.away.search(rest):
        return False  # "Amazon refunds the card or PayPal account you paid with"
    if d.negation.search(rest):
        return False  # "we cannot take PayPal or bank transfer"
    return d.pay_cues.search(rest) is not None


class _Sentences:
    """The text's sentence index, made at the first finding (most texts have none)."""

    def __init__(self, text: str, languages: tuple[str, ...]) -> None:
        self.text, self.languages = text, languages
        self._index: SentenceIndex | None = None

    def fix(self, start: int, end: int) -> Fix:
        """The sentence or clause to remove, never its greeting (policy/sentencefix)."""
        if self._index is None:
            self._index = SentenceIndex(self.text)
        return sentence_fix(self.text, start, end, self.languages, self._index,
                            label=data().texts["fix"])


def _finding(sentences: _Sentences, start: int, end: int, kind: str) -> Finding:
    d = data()
    text = sentences.text
    excerpt = " ".join(text[start:end].split())
    item = rulebook.finding(
        RULE, text, start, end,
        message=d.texts["messages"][kind].format(excerpt=excerpt),
        fix=sentences.fix(start, end),
    )
    # A named channel is a wording the model may read as a mention ("we're not on
    # Instagram"); an offered phone number (phone_offered) never is.
    return replace(item, mentionable=True)


def check_channels(message: Message) -> Iterator[Finding]:
    """Channels, payment outside Amazon and ordering direct, each with its cue."""
    text = message.text
    if not text.strip():
        return
    d = data()
    sentences = _Sentences(text, languages_for(message.buyer_language))
    # Most messages name no channel at all: substring tests are far cheaper than the
    # patterns, which then run only on a text where they can match.
    folded = text.casefold()
    if "\u0131" in folded:
        folded = folded.replace("\u0131", "i")  # the patterns' IGNORECASE equates "ı" and "i"
    seen: set[int] = set()
    for pattern, strict, words, where in (
        (d.channels, False, d.channel_words, folded),
        (d.channels_in_case, True, d.channel_words_in_case, text),
    ):
        if not _any_in(words, where):
            continue
        for match in pattern.finditer(text):
            if match.start() not in seen and _channel_ok(d, text, *match.span(), strict):
                seen.add(match.start())
                yield _finding(sentences, *match.span(), "channel")
    for pattern, words, where in ((d.payments, d.payment_words, folded),
                                  (d.payments_in_case, d.payment_words_in_case, text)):
        if not _any_in(words, where):
            continue
        for match in pattern.finditer(text):
            if match.start() not in seen and _payment_ok(d, text, *match.span()):
                seen.add(match.start())
                yield _finding(sentences, *match.span(), "payment")
    if _any_in(d.direct_words, folded):
        for match in d.order_direct.finditer(text):
            yield _finding(sentences, *match.span(), "order_direct")


def phone_offered(text: str, start: int, end: int, after: int = 0) -> Finding | None:
    """A block for the phone number at ``text[start:end]`` when it is offered to call.

    Its context is its sentence from ``after`` (the end of the number before it): in
    "Call DHL on 0800 … or ring me on 07700 …" the carrier speaks for the first number
    only, and the person for the second. A carrier counts only before the number.
    """
    d = data()
    s_start, s_end = sentence_at(text, start, end)
    s_start = max(s_start, min(after, start))
    if d.phone_allowed.search(text, s_start, end):
        return None  # a carrier's, maker's or warranty line: the warning says enough
    if not d.phone_person.search(text[s_start:s_end]):
        return None  # a company's line ("ring our office on …"): the warning says enough
    excerpt = " ".join(text[start:end].split())
    return rulebook.finding(
        RULE, text, start, end,
        message=d.texts["messages"]["phone"].format(excerpt=excerpt),
        fix=Fix(d.texts["phone_fix"], start, end),
    )


CHECKERS: tuple = (check_channels,)
