"""A long text is checked in parts by the live check: it must find what the whole check finds."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from composer.compose.engine import check
from composer.compose.review import LIVE, LiveContext, _parts, check_in_parts, review
from composer.policy import Message
from composer.sanitize.htmltext import message_from_html

LABELLED = Path(__file__).parent / "data" / "labelled"


def labelled_messages() -> list[Message]:
    messages = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            header = dict(message_type=entry.get("type"), subject=entry.get("subject", ""),
                          business_name=entry.get("business_name", ""),
                          order_id=entry.get("order_id", ""),
                          buyer_language=entry.get("lang", ""))
            if "html" in entry:
                messages.append(message_from_html(entry["html"], **header))
            else:
                messages.append(Message(text=entry["text"], **header))
    return messages


def as_compared(findings) -> list[tuple]:
    return [(f.rule, f.severity, f.start, f.end, f.excerpt, f.message, f.fix) for f in findings]


@pytest.mark.parametrize("part_chars", [30, 200])
def test_parts_find_what_the_whole_check_finds_on_the_labelled_messages(part_chars) -> None:
    messages = labelled_messages()
    assert len(messages) > 500
    split = 0
    for message in messages:
        split += len(list(_parts(message.text, part_chars))) > 1
        assert as_compared(check_in_parts(message, part_chars)) == \
            as_compared(check(message)), message.text[:80]
    assert split > 100  # many of them were really cut into parts


def test_a_review_request_and_its_reward_in_different_parts_are_still_read_together() -> None:
    text = ("Hello Sarah,\n" + "Your lamp left our workshop today.\n" * 40
            + "If you're happy, please leave us a review.\n"
            + "As a thank you we'll send you a £10 gift card.\n"
            + "Kind regards,\nTom")
    message = Message(text=text, buyer_language="en")
    cut = text.index("As a thank you")
    whole = as_compared(check(message))
    assert any(item[0] == "review-incentive" for item in whole)
    split_there = [size for size in range(40, 400, 3)
                   if any(end == cut for _, end, _, _ in _parts(text, size))]
    assert split_there  # sizes whose parts end between the request and the reward
    for size in split_there:
        assert as_compared(check_in_parts(message, size)) == whole


def test_parts_cover_the_text_once_and_are_cut_at_line_breaks() -> None:
    text = "".join(f"line {i} with some words\n" for i in range(2_000))
    parts = list(_parts(text, 1_000))
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    for (_, end, _, _), (start, _, _, _) in itertools.pairwise(parts):
        assert end == start and text[end - 1] == "\n"
    for own_start, own_end, read_start, read_end in parts:
        assert read_start <= own_start < own_end <= read_end
        assert own_end - own_start <= 1_000


def test_a_stale_check_stops_before_the_text_rules() -> None:
    text = "Hello,\n" + "Visit www.example.com today.\n" * 3_000
    message = Message(text=text, buyer_language="en", message_type="unexpectedProblem")
    stopped = check_in_parts(message, 1_000, stale=lambda: True)
    assert "link" not in {f.rule for f in stopped}  # a text rule: no part was read
    assert "too-long" in {f.rule for f in stopped}  # a rule about the whole message
    assert "link" in {f.rule for f in check_in_parts(message, 1_000)}


def test_review_checks_in_parts_only_for_the_live_check() -> None:
    text = "Hi,\n" + "Thanks for your order.\n" * 2_000 + "Write to me at ann@shop.com\n"
    message = Message(text=text, buyer_language="en")
    assert as_compared(review(message).findings) == as_compared(check(message))
    token = LIVE.set(LiveContext(stale=lambda: False, part_chars=5_000))
    try:
        in_parts = review(message).findings
    finally:
        LIVE.reset(token)
    assert as_compared(in_parts) == as_compared(check(message))
    token = LIVE.set(LiveContext(stale=lambda: True, part_chars=5_000))
    try:
        stale = review(message).findings
    finally:
        LIVE.reset(token)
    assert "email-address" not in {f.rule for f in stale}
