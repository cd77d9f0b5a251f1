"""Threading a reply: In-Reply-To and References, and a subject that says "Re:" once."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from composer.export.eml import HeaderValueProblem, build_eml
from composer.mail.thread import MAX_REFERENCES, Thread, reply_subject

ALIAS = "k7x2+CASE1@marketplace.amazon.com"


@pytest.mark.parametrize(("original", "reply"), [
    ("Product details inquiry", "Re: Product details inquiry"),
    ("Re: Your order", "Re: Your order"),
    ("AW: Ihre Bestellung", "AW: Ihre Bestellung"),
    ("  spaced   out ", "Re: spaced out"),
    ("", "Re: your message"),
])
def test_reply_subject(original: str, reply: str) -> None:
    assert reply_subject(original) == reply


def test_references_end_with_the_message_answered_and_keep_the_root() -> None:
    refs = tuple(f"<r{n}@x>" for n in range(20))
    thread = Thread("<last@x>", refs)
    ids = thread.reference_ids()
    assert len(ids) == MAX_REFERENCES
    assert ids[0] == "<r0@x>" and ids[-1] == "<last@x>"
    assert Thread("<a@x>", ("<a@x>",)).reference_ids() == ("<a@x>",)


def test_the_eml_carries_the_thread() -> None:
    data = build_eml(to=ALIAS, subject="Re: Hi", plain="Hello", html="<p>Hello</p>",
                     in_reply_to="<m1@email.amazonses.com>",
                     references=("<r0@shop.example>", "<m1@email.amazonses.com>"))
    parsed = message_from_bytes(data, policy=policy.default)
    assert parsed["In-Reply-To"] == "<m1@email.amazonses.com>"
    assert str(parsed["References"]).split() == ["<r0@shop.example>",
                                                 "<m1@email.amazonses.com>"]


@pytest.mark.parametrize("bad", ["<a@x>\r\nBcc: evil@x", "<a b@x>", "a@x", "<a@x><b@x>"])
def test_an_unsafe_id_is_refused(bad: str) -> None:
    with pytest.raises(HeaderValueProblem, match="Message-ID"):
        build_eml(to=ALIAS, subject="Re: Hi", plain="Hello", html="<p>Hello</p>",
                  in_reply_to=bad, references=(bad,))
    with pytest.raises(HeaderValueProblem, match="Message-ID"):
        build_eml(to=ALIAS, subject="Re: Hi", plain="Hello", html="<p>Hello</p>",
                  references=("<ok@x>", bad))


def test_a_message_without_a_thread_has_no_thread_fields() -> None:
    parsed = message_from_bytes(build_eml(to=ALIAS, subject="Hi", plain="a", html="<p>a</p>"),
                                policy=policy.default)
    assert parsed["In-Reply-To"] is None and parsed["References"] is None
