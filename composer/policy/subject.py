"""The subject line is part of the message: the body's text rules read it too.

Amazon's scanner reads the subject with the body, so a link, an address, an emoji, a
phone number, an unfilled ``{order_id}`` or a marketing line there is the same problem
as in the text. The subject is checked as a one-line text with the body's own checkers;
each finding keeps its span inside the subject, says ``field="subject"``, and its fix
moves the seller to the Subject field (the text there is the seller's to change).

Rules about the whole message (type, length, a missing order ID, purpose, styling) are not
run on the subject: they already judge the message as a whole. Another order's ID named in
the subject is reported as in the text, and its fix puts the header's ID there.

A reply's subject that starts with "Re:" (or "AW:", "R:", …) repeats the buyer's own
subject: "Re: Any coupon codes?" is the buyer asking, not the seller offering. There a
wording of a meaning rule (marketing, a channel's name, a review word, …) warns instead of
blocking, and says why; an address, an emoji or a placeholder blocks as anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from composer.appdata.resources import load_json
from composer.message.messagetypes import REPLY
from composer.policy import channels, content, detectors, intent_check, mention, placeholders
from composer.policy.fixaction import field_replace_fix
from composer.policy.model import Finding, Fix, Message

FIELD = "subject"

# The body's checkers that read text and nothing else about the message.
_TEXT_CHECKERS = (
    detectors.check_links,
    detectors.check_phones,
    detectors.check_emoji,
    content.check_phrases,
    placeholders.check_placeholders,
    channels.check_channels,
    intent_check.check_intent,
)


@cache
def _words() -> dict[str, Any]:
    return load_json("policy", "subject.json")


def check_subject_text(message: Message) -> Iterator[Finding]:
    """Every text rule's findings on the subject, pointing at the Subject field."""
    subject = message.subject
    if not subject or not subject.strip():
        return
    words = _words()
    # Read as a reply: "no permitted purpose" is a judgement about the body, not the subject.
    line = Message(text=subject, message_type=REPLY, buyer_language=message.buyer_language,
                   order_id=message.order_id, business_name=message.business_name,
                   product_name=message.product_name)
    fix = Fix(words["fix"], 0, 0, field=FIELD)
    quoted = message.message_type == REPLY and quotes_buyer(subject)
    for checker in _TEXT_CHECKERS:
        for item in checker(line):
            severity = item.severity
            note = ""
            if item.detector == intent_check.DETECTOR and severity == "block":
                severity = "warn"  # the model reads sentences; a subject is a headline
            elif quoted and severity == "block" and item.rule in mention.RULES \
                    and item.mentionable:
                severity, note = "warn", words["reply_quote"]
            yield replace(item, field=FIELD, fix=fix, severity=severity,
                          message=words["prefix"] + item.message + note)
    # Another order's ID in the subject: the fix puts the header's in its place there.
    for item in content.check_order_mismatch(line):
        own = item.fix
        fix = own if own is None else field_replace_fix(own.label, FIELD, own.start, own.end,
                                                         own.replacement)
        yield replace(item, field=FIELD, fix=fix, message=words["prefix"] + item.message)


def quotes_buyer(subject: str) -> bool:
    """Whether ``subject`` starts with a reply prefix ("Re:", "AW:", "R:", "RV:", …)."""
    head, colon, _ = subject.strip().partition(":")
    return bool(colon) and head.strip().lower() in _words()["reply_prefixes"]


CHECKERS: tuple = (check_subject_text,)
