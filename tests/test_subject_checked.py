"""The subject line is part of the message: the body's text rules read it too."""

from __future__ import annotations

import json

import pytest

from composer.cli import main
from composer.compose.engine import check
from composer.policy import Message
from composer.policy.fixaction import GoToField, action_of

BODY = "Hello, your parcel needs a signature on Tuesday. Order 113-4567890-1234567."


def _subject_findings(subject: str) -> list:
    findings = check(Message(text=BODY, message_type="reply", subject=subject))
    return [f for f in findings if f.field == "subject"]


@pytest.mark.parametrize(
    ("subject", "rule", "excerpt"),
    [
        ("Your order {order_id}", "unfilled-placeholder", "{order_id}"),
        ("Your order *|ORDER|*", "unfilled-placeholder", "*|ORDER|*"),
        ("Order 113-4567890-1234567 🎉", "emoji", "🎉"),
        ("See www.myshop.com", "link", "www.myshop.com"),
        ("Write to anna (at) gmail (dot) com", "email-address", "anna (at) gmail (dot) com"),
        ("20% off your next order!", "marketing", "20% off"),
    ],
)
def test_subject_is_checked_like_the_body(subject, rule, excerpt):
    found = _subject_findings(subject)
    assert [(f.rule, f.severity, f.excerpt) for f in found] == [(rule, "block", excerpt)]
    item = found[0]
    assert subject[item.start : item.end] == excerpt  # the span is in the subject
    assert item.message.startswith("In the subject: ")
    assert action_of(item) == GoToField("subject")
    assert item.to_dict()["field"] == "subject"


def test_a_plain_subject_adds_nothing_and_body_findings_have_no_field():
    assert _subject_findings("Question about your order 113-4567890-1234567") == []
    findings = check(Message(text="Visit www.myshop.com", subject="Your order"))
    assert [f.rule for f in findings] == ["link"]
    assert "field" not in findings[0].to_dict()


def test_the_same_words_in_subject_and_body_are_two_findings():
    findings = check(Message(text="See www.myshop.com", subject="See www.myshop.com"))
    assert sorted(f.field for f in findings if f.rule == "link") == ["", "subject"]
    assert findings[0].field == "subject"  # the subject's findings come first


def test_check_json_reports_the_subject_and_fails(tmp_path, capsys):
    source = tmp_path / "m.txt"
    source.write_text(BODY, encoding="utf-8")
    code = main(["check", str(source), "--json", "--subject", "Your order {order_id}"])
    assert code == 1
    [result] = json.loads(capsys.readouterr().out)
    assert result["compliant"] is False
    [item] = [d for d in result["findings"] if d.get("field") == "subject"]
    assert item["rule"] == "unfilled-placeholder" and item["excerpt"] == "{order_id}"
    assert {"rule", "severity", "start", "end", "excerpt", "message", "fix"} <= item.keys()


def test_export_refuses_a_placeholder_in_the_subject(tmp_path):
    source = tmp_path / "m.txt"
    source.write_text(BODY, encoding="utf-8")
    out = tmp_path / "m.eml"
    assert main(["export", str(source), "--eml", str(out), "--subject",
                 "Your order {order_id}"]) != 0
    assert not out.exists()
    assert main(["export", str(source), "--eml", str(out), "--subject", "Your order"]) == 0
    assert out.exists()


def test_check_lines_name_the_subject(tmp_path, capsys):
    source = tmp_path / "m.txt"
    source.write_text(BODY, encoding="utf-8")
    assert main(["check", str(source), "--subject", "Your order {order_id}"]) == 1
    out = capsys.readouterr().out
    assert f"{source}: subject:12  block  unfilled-placeholder  In the subject: " in out


@pytest.mark.parametrize(
    ("subject", "language", "rule"),
    [
        ("Re: Any discount codes for a second one?", "en", "marketing"),
        ("RE: can I send the photos by WhatsApp", "en", "off-amazon"),
        ("AW: Newsletter für neue Farben?", "de", "marketing"),
        ("R: posso avere un codice sconto?", "it", "marketing"),
    ],
)
def test_a_reply_subject_quoting_the_buyer_warns_and_says_why(subject, language, rule):
    """ "Re: …" repeats the buyer's own subject: the buyer asking is not the seller offering."""
    findings = [f for f in check(Message(text=BODY, message_type="reply", subject=subject,
                                         buyer_language=language)) if f.field == "subject"]
    found = [f for f in findings if f.rule == rule]
    assert found and all(f.severity == "warn" for f in found)
    assert "repeats the buyer's own words" in found[0].message
    assert not [f for f in findings if f.severity == "block"]


def test_the_same_words_block_in_a_subject_the_seller_wrote():
    for subject in ("Any discount codes for a second one?", "Re discount codes"):
        assert [f.severity for f in _subject_findings(subject) if f.rule == "marketing"] == \
            ["block"]
    started = check(Message(text=BODY, message_type="unexpectedProblem",
                            subject="Re: discount codes"))
    assert [f.severity for f in started if f.field == "subject"] == ["block"]


def test_an_address_in_a_reply_subject_still_blocks():
    found = _subject_findings("Re: see www.myshop.com")
    assert [(f.rule, f.severity) for f in found] == [("link", "block")]
