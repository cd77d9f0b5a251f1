"""``check`` reads a message as the buyer gets it: the cleaned HTML, one reading shared with
the export guard, and text in any encoding a text editor writes (or a plain refusal)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from composer.cli import main

HIDDEN = ("<p>Write to bob@example.com, or see <a href=\"https://evil.example/\">this page</a>"
          " for 20 % off your next order.</p>")
TRIGGERS = {
    "empty comment <!-->": f"<p>Hello Sam,</p><!-->{HIDDEN}<!-- end -->",
    "empty comment <!--->": f"<p>Hello Sam,</p><!--->{HIDDEN}<!-- end -->",
    "comment closed by --!>": f"<p>Hello Sam,</p><!-- note --!>{HIDDEN}<!-- end -->",
    "<head> in the body": f"<p>Hello Sam,</p><head>{HIDDEN}",
}
HIDDEN_RULES = {"email-address", "link", "marketing"}


def check_json(capsys, *args: str) -> tuple[int, list[dict]]:
    code = main(["check", "--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else []


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_markup_that_hid_words_from_check_no_longer_does(tmp_path: Path, capsys,
                                                         name: str) -> None:
    """Issue triggers: each hid an address, a link and "20 % off" from check."""
    page = tmp_path / "m.html"
    page.write_text(TRIGGERS[name], encoding="utf-8")
    code, results = check_json(capsys, str(page))
    found = {f["rule"] for f in results[0]["findings"] if f["severity"] == "block"}
    assert code == 1 and found >= HIDDEN_RULES, found


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_check_and_export_judge_the_same_html(tmp_path: Path, capsys, name: str) -> None:
    page = tmp_path / "m.html"
    page.write_text(TRIGGERS[name], encoding="utf-8")
    _, results = check_json(capsys, str(page))
    checked = {(f["rule"], f["severity"]) for f in results[0]["findings"]}
    # An .eml also says when its Subject is empty (the e-mail routes' own warning).
    assert main(["export", str(page), "--eml", str(tmp_path / "m.eml"), "--no-log"]) == 1
    printed = capsys.readouterr().out.splitlines()
    exported = {tuple(line.split("  ")[2:0:-1]) for line in printed if "  " in line}
    assert checked | {("header-subject-empty", "warn")} == exported
    assert main(["export", str(page), "--eml", str(tmp_path / "m.eml"), "--no-log",
                 "--subject", "Your parcel"]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert checked == {tuple(line.split("  ")[2:0:-1]) for line in printed if "  " in line}


def test_findings_point_into_the_text_the_buyer_reads(tmp_path: Path, capsys) -> None:
    page = tmp_path / "m.html"
    page.write_text("<p>Hi</p><!--><p>Mail bob@example.com today</p><!-- x -->",
                    encoding="utf-8")
    _, results = check_json(capsys, str(page))
    email = next(f for f in results[0]["findings"] if f["rule"] == "email-address")
    assert email["excerpt"] == "bob@example.com"
    assert main(["check", str(page)]) == 1
    assert "m.html:2:6  block  email-address" in capsys.readouterr().out


def test_what_cleaning_removes_is_not_judged(tmp_path: Path, capsys) -> None:
    page = tmp_path / "m.html"
    page.write_text("<p>Order 113-4567890-1234567 ships today.</p>"
                    "<script>var x = 'www.evil.example';</script>", encoding="utf-8")
    code, results = check_json(capsys, str(page))
    assert code == 0 and results[0]["compliant"]


# -- encodings --------------------------------------------------------------------------------

TEXT = "Hello, please visit www.shop-example.net for your manual."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_bom_are_read(tmp_path: Path, capsys, encoding: str) -> None:
    """Issue trigger: a UTF-16 file without a BOM was "compliant"."""
    path = tmp_path / "m.txt"
    path.write_bytes(TEXT.encode(encoding))
    code, results = check_json(capsys, str(path))
    assert code == 1 and "link" in {f["rule"] for f in results[0]["findings"]}


@pytest.mark.parametrize(("data", "words"), [
    (b"\x00" * 4096, "not a text file"),
    (b"Hello\x00\x00\x00 there\x00 www.shop.net" * 50, "not a text file"),
    (bytes(range(1, 32)) * 100, "not a text file"),
    (os.urandom(3000).replace(b"\x00", b"\x01"), "not a text file"),
    ("Hello there".encode("utf-16-le") + b"\x00", "UTF-16 text is damaged"),
])
def test_nul_filled_or_binary_files_are_unreadable(tmp_path: Path, capsys, data: bytes,
                                                   words: str) -> None:
    """Issue trigger: a file of NUL bytes was "compliant"."""
    path = tmp_path / "m.txt"
    path.write_bytes(data)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and words in captured.err


def test_a_few_odd_characters_are_still_text(tmp_path: Path, capsys) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes(b"Order 113-4567890-1234567 shipped.\x0bThanks!\r\n\x1a")
    code, results = check_json(capsys, str(path))
    assert code == 0 and results[0]["compliant"]


def test_a_folder_is_refused_in_plain_words(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "it is a folder" in capsys.readouterr().err


def test_the_plain_rendering_adds_each_address_once(tmp_path: Path, capsys) -> None:
    """The plain text writes the link's address out: reported once, on the link's words."""
    page = tmp_path / "m.html"
    page.write_text('<p>Order 113-4567890-1234567: see <a href="https://evil.example/x">here'
                    '</a> <img src="https://m.media-amazon.com/images/I/a.jpg" '
                    'alt="shop.net logo"></p>', encoding="utf-8")
    _, results = check_json(capsys, str(page))
    links = [f for f in results[0]["findings"] if f["rule"] == "link"]
    excerpts = [f["excerpt"] for f in links]
    assert "https://evil.example/x" not in excerpts and excerpts[0] == "here"
    shop = next(f for f in links if f["excerpt"] == "shop.net")  # from the picture's words
    picture = next(f for f in links if f["excerpt"] == "\ufffc")
    assert (shop["start"], shop["end"]) == (picture["start"], picture["end"])
