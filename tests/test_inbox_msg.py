"""Outlook .msg files (a message dragged out of Outlook) become the same buyer messages."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from msg_factory import msg_bytes

from composer.inbox.importing import ImportProblem, import_files
from composer.inbox.mailfiles import FileRefused, read_file
from composer.store import open_store

WHEN = datetime(2026, 11, 3, 14, 22, 5, tzinfo=timezone.utc)
BODY = ("Order ID 114-3941689-8772232:\n1 of Brass Desk Lamp [ASIN: B08XYZ1234]\n\n"
        "------------- Begin message -------------\n\nDoes it work with 230 V?\n\n"
        "------------- End message -------------\n")
RELAY = "k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com"
SUBJECT = "Product details inquiry from Amazon customer Dana (Order: 114-3941689-8772232)"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_msg_from_its_properties(tmp_path: Path) -> None:
    photo = os.urandom(9000)  # over 4 KB: a stream outside the mini stream
    path = write(tmp_path, "dana.msg", msg_bytes(
        subject=SUBJECT, sender_name="Dana - Amazon Marketplace", sender=RELAY, body=BODY,
        when=WHEN, message_id="<0100019a.abc@email.amazonses.com>", to="orders@shop.example",
        files=(("damage.jpg", "image/jpeg", photo),)))
    [item] = read_file(path)
    mail = item.mail
    assert mail is not None, item.refused
    assert (mail.relay, mail.buyer_name, mail.order_id) == (RELAY, "Dana", "114-3941689-8772232")
    assert (mail.text, mail.asin, mail.topic) == ("Does it work with 230 V?", "B08XYZ1234",
                                                  "product-details")
    assert mail.received_at == WHEN
    assert mail.message_id == "<0100019a.abc@email.amazonses.com>"
    assert mail.delivered_to == "orders@shop.example"
    assert [(f.name, f.data) for f in mail.files] == [("damage.jpg", photo)]


def test_a_msg_with_its_original_header_block(tmp_path: Path) -> None:
    headers = (f'From: "Dana - Amazon Marketplace" <{RELAY}>\r\nTo: orders@shop.example\r\n'
               f"Subject: {SUBJECT}\r\nDate: Tue, 03 Nov 2026 15:22:05 +0100\r\n"
               "Message-ID: <from-headers@email.amazonses.com>\r\n"
               "References: <root@shop.example>\r\n\r\n")
    path = write(tmp_path, "dana.msg", msg_bytes(
        subject="(changed in Outlook)", sender_name="Someone", sender="x@example.com",
        body=BODY, headers=headers))
    [item] = read_file(path)
    assert item.mail is not None
    assert item.mail.message_id == "<from-headers@email.amazonses.com>"
    assert item.mail.references == ("<root@shop.example>",)
    assert item.mail.received_at == WHEN
    assert item.mail.subject == SUBJECT


def test_a_msg_from_someone_else_is_refused_like_any_email(tmp_path: Path) -> None:
    path = write(tmp_path, "news.msg", msg_bytes(
        subject="Sale", sender_name="Shop", sender="news@shop.example", body="50% off",
        when=WHEN))
    with open_store(tmp_path / "data") as store, pytest.raises(ImportProblem,
                                                               match=r"news@shop\.example"):
        import_files(store, [path], tmp_path / "data")


def test_a_damaged_msg_is_refused_in_one_sentence(tmp_path: Path) -> None:
    data = msg_bytes(subject=SUBJECT, sender_name="Dana", sender=RELAY, body=BODY, when=WHEN)
    path = write(tmp_path, "cut.msg", data[:600])
    with pytest.raises(FileRefused, match="damaged"):
        read_file(path)


def test_a_msg_imports_with_its_photo(tmp_path: Path) -> None:
    path = write(tmp_path, "dana.msg", msg_bytes(
        subject=SUBJECT, sender_name="Dana - Amazon Marketplace", sender=RELAY, body=BODY,
        when=WHEN, files=(("a.png", "image/png", b"\x89PNG\r\n\x1a\nrest"),)))
    data = tmp_path / "data"
    with open_store(data) as store:
        [(_, item_id)] = import_files(store, [path], data).added
        [saved] = store.inbox_item(item_id).files
    assert Path(saved.path).read_bytes() == b"\x89PNG\r\n\x1a\nrest"
