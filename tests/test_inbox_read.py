"""Reading Amazon's notification e-mails: the corpus in tests/data/inbox, one case per file.

``expected.json`` says what each e-mail must give (or why it must be refused); the files
were made by ``tests/data/inbox/build_corpus.py`` from the formats in POLICY.md §8.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from composer.inbox.buyermessage import (
    BUYER_MESSAGE,
    CUSTOMER_SERVICE,
    DELIVERY_NOTICE,
    NotAmazonMail,
    UnreadableMail,
)
from composer.inbox.mailfiles import FileRefused, kind_of, read_file
from composer.inbox.notification import read_mail

CORPUS = Path(__file__).parent / "data" / "inbox"
EXPECTED: dict[str, dict] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
MAILS = sorted(name for name, case in EXPECTED.items() if "mbox" not in case)
SIMPLE = ("kind", "relay", "buyer_name", "marketplace", "language", "topic", "asin",
          "product_title", "text", "message_id", "notice", "notice_subject", "subject")


def test_the_corpus_is_big_and_varied_enough() -> None:
    read = [EXPECTED[n] for n in MAILS if "refused" not in EXPECTED[n]]
    assert len(MAILS) >= 40
    assert len({case["marketplace"] for case in read}) >= 5
    assert {case["kind"] for case in read} == {BUYER_MESSAGE, CUSTOMER_SERVICE, DELIVERY_NOTICE}
    assert {case["notice"] for case in read if case.get("notice")} == {
        "opt-out", "refused", "restricted"}
    raw = b"".join((CORPUS / name).read_bytes() for name in MAILS)
    for needle in (b"quoted-printable", b"base64", b"text/html", b"image/jpeg",
                   b"iso-2022-jp", b"windows-1252"):
        assert needle in raw


@pytest.mark.parametrize("name", MAILS)
def test_each_email_reads_as_expected(name: str) -> None:
    expected = EXPECTED[name]
    [item] = read_file(CORPUS / name)
    if "refused" in expected:
        assert item.mail is None
        assert expected["says"].lower() in item.refused.lower()
        assert item.refused.count(". ") == 0 and item.refused.endswith(".")  # one sentence
        return
    assert item.mail is not None, item.refused
    mail = item.mail
    for key in SIMPLE:
        if key in expected:
            assert getattr(mail, key) == expected[key], key
    assert list(mail.order_ids) == expected["order_ids"]
    if "references" in expected:
        assert list(mail.references) == expected["references"]
    if "text_startswith" in expected:
        assert mail.text.startswith(expected["text_startswith"])
    if "received_at" in expected:
        assert mail.received_at == datetime.fromisoformat(expected["received_at"])
        assert mail.received_at.tzinfo is not None
    if "notice_until" in expected:
        assert mail.notice_until == date.fromisoformat(expected["notice_until"])
    assert len(mail.files) == len(expected.get("files", []))
    assert len(mail.fingerprint) == 64


def test_refusals_are_the_right_kind() -> None:
    with pytest.raises(NotAmazonMail):
        read_mail((CORPUS / "foreign-newsletter.eml").read_bytes())
    with pytest.raises(NotAmazonMail):
        read_mail((CORPUS / "foreign-lookalike.eml").read_bytes())
    with pytest.raises(UnreadableMail):
        read_mail((CORPUS / "broken-png.eml").read_bytes())
    with pytest.raises(UnreadableMail, match="empty"):
        read_mail(b"   \n")


def test_the_relay_address_is_kept_exactly_with_its_case_part() -> None:
    [item] = read_file(CORPUS / "en-com-text.eml")
    assert item.mail is not None
    assert item.mail.relay == "k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com"
    assert item.mail.delivered_to == "orders@brightlamp.example"


def test_the_reply_clock_starts_at_the_minute_the_buyer_wrote() -> None:
    [item] = read_file(CORPUS / "de-html-qp.eml")
    assert item.mail is not None
    assert item.mail.received_at == datetime(2026, 11, 3, 14, 22, 5, tzinfo=timezone.utc)
    assert item.mail.due_at == datetime(2026, 11, 4, 14, 22, 5, tzinfo=timezone.utc)


def test_header_tricks_never_reach_the_record() -> None:
    [item] = read_file(CORPUS / "hostile-headers.eml")
    mail = item.mail
    assert mail is not None
    assert "\r" not in mail.subject and "\n" not in mail.subject
    assert mail.message_id == "<ok-part@email.amazonses.com>"
    assert all("\n" not in ref and " " not in ref for ref in mail.references)


def test_a_date_from_a_server_line_when_the_date_is_missing() -> None:
    [item] = read_file(CORPUS / "en-com-received-only.eml")
    assert item.mail is not None
    assert item.mail.received_at == datetime(2026, 11, 4, 8, 0, tzinfo=timezone.utc)


def test_an_mbox_gives_each_email_in_order_and_refuses_the_foreign_one() -> None:
    items = read_file(CORPUS / "folder.mbox")
    wanted = EXPECTED["folder.mbox"]["mbox"]
    assert len(items) == len(wanted)
    for item, name in zip(items, wanted, strict=True):
        if name is None:
            assert item.mail is None and "not from Amazon" in item.refused
            continue
        [single] = read_file(CORPUS / name)
        assert item.mail is not None and single.mail is not None
        assert item.mail.text == single.mail.text
        assert item.mail.order_ids == single.mail.order_ids
    assert items[0].source == "folder.mbox, message 1"


def test_an_mbox_line_that_starts_with_from_is_unescaped(tmp_path: Path) -> None:
    raw = (CORPUS / "en-com-text.eml").read_bytes().replace(b"\r\n", b"\n")
    raw = raw.replace(b"Hello, does this lamp", b"\n>From the shop: does this lamp")
    box = tmp_path / "box"
    box.write_bytes(b"From - Tue Nov  3 14:22:05 2026\n" + raw)
    [item] = read_file(box)
    assert item.mail is not None
    assert "From the shop: does this lamp" in item.mail.text


def test_the_kind_of_file_is_told_by_its_bytes() -> None:
    assert kind_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "msg"
    assert kind_of(b"From - Tue") == "mbox"
    assert kind_of(b"Received: x") == "eml"


def test_a_folder_or_a_missing_file_is_refused_in_words(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="folder"):
        read_file(tmp_path)
    with pytest.raises(FileRefused, match="does not exist"):
        read_file(tmp_path / "nothing.eml")


def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes")
    pipe = tmp_path / "pipe.eml"
    os.mkfifo(pipe)
    with pytest.raises(FileRefused, match="pipe"):
        read_file(pipe)
