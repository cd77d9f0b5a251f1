"""Property tests: the checker never crashes, and every finding points at real text.

Example counts stay modest so the suite stays fast on CI.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.compose.engine import check
from composer.message.messagetypes import message_types
from composer.policy import Finding, Message

# Any code point except surrogates (a Python str from a Qt editor never holds lone surrogates).
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
WORDS = st.sampled_from(
    [
        "review",
        "5-star",
        "★",
        "code",
        "SAVE20",
        "off",
        "visit",
        "our",
        "website",
        "call",
        "us",
        "instead",
        "free",
        "gift",
        "for",
        "your",
        "feedback",
        "{order_id}",
        "[Buyer Name]",
        "113-4567890-1234567",
        "Amazon.com",
        "not",
        "don't",
        "unsubscribe",
        "fuck",
        "\n",
        ". ",
        "!",
        "?",
        " ",
        "🙂",
        "\u200b",
        "\x00",
        "\t",
        "İ",
        "ß",
        "ＣＯＤＥ",
        "’",
        "—",
    ]
)
TEXTS = st.one_of(
    st.text(ANY_CHAR, max_size=300),
    st.lists(WORDS, max_size=80).map(" ".join),
    st.lists(WORDS, max_size=80).map("".join),
    st.builds(lambda ch, n: ch * n, ANY_CHAR, st.integers(0, 3000)),
)
TYPES = st.sampled_from([None, "not-a-type", *[t.id for t in message_types()]])
HEADER = st.text(ANY_CHAR, max_size=40)


def _check_finding(text: str, finding: Finding) -> None:
    assert 0 <= finding.start < finding.end <= len(text), finding
    assert finding.excerpt == text[finding.start : finding.end]
    assert finding.message
    if finding.fix is not None:
        fix = finding.fix
        assert 0 <= fix.start <= fix.end <= len(text), fix
        if fix.field is None:
            assert isinstance(fix.apply(text), str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, kind=TYPES, subject=HEADER, business=HEADER, order_id=HEADER)
def test_check_never_raises_and_spans_are_valid(
    text: str, kind: str | None, subject: str, business: str, order_id: str
) -> None:
    message = Message(
        text=text, message_type=kind, subject=subject, business_name=business, order_id=order_id
    )
    findings = check(message)
    for finding in findings:
        # A finding about the subject line has its span in the subject.
        _check_finding(subject if finding.field == "subject" else text, finding)
    again = check(message)
    assert [f.to_dict() for f in again] == [f.to_dict() for f in findings]


@settings(max_examples=60, deadline=None)
@given(prefix=st.text(ANY_CHAR, max_size=60), suffix=st.text(ANY_CHAR, max_size=60))
def test_a_violation_is_found_wherever_it_sits(prefix: str, suffix: str) -> None:
    text = f"{prefix}\nPlease leave us a 5-star review!\n{suffix}"
    findings = check(Message(text=text))
    assert any(f.rule == "review-manipulation" for f in findings)
    for finding in findings:
        _check_finding(text, finding)
