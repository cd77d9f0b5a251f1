"""The check command on inputs a reviewer found tricky (regressions)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from composer.compose.engine import check
from composer.policy import Message


def run_json(*args: str, stdin: bytes | None = None) -> list[dict]:
    result = subprocess.run([sys.executable, "-m", "composer", "check", "--json", *args],
                            capture_output=True, input=stdin, timeout=60)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout.decode("utf-8"))


@pytest.mark.parametrize("text", ["Order 113-4567890-1234567. shop.net", "Total 12.50. shop.net",
                                  "Thanks. shop.net"])
def test_a_link_after_a_full_stop_does_not_swallow_the_word_before(text: str) -> None:
    links = [f for f in check(Message(text=text)) if f.rule == "link"]
    assert [f.excerpt for f in links] == ["shop.net"]


def test_a_stray_latin1_byte_does_not_hide_an_emoji(tmp_path) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes("Sorry 😀 about order 113-4567890-1234567. Caf".encode() + b"\xe9 mug.")
    rules = {f["rule"] for f in run_json(str(path))[0]["findings"]}
    assert "emoji" in rules


def test_utf32_with_a_bom_is_read(tmp_path) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes("Visit www.shop.net".encode("utf-32"))
    assert {f["rule"] for f in run_json(str(path))[0]["findings"]} >= {"link"}


@pytest.mark.parametrize("text", [
    "Order 113-4567890-1234567: the fridge has a 5 star energy rating.",
    "Order 113-4567890-1234567: the coupon you used at checkout was applied correctly.",
])
def test_product_facts_are_not_review_steering_or_marketing(text: str) -> None:
    assert [f for f in check(Message(text=text)) if f.severity == "block"] == []


def test_a_warranty_checked_without_files_needs_one(tmp_path) -> None:
    path = tmp_path / "w.txt"
    path.write_text("Your warranty for order 113-4567890-1234567 is attached.")
    result = run_json("--type", "warranty", str(path))[0]
    assert not result["compliant"]
    assert "attachment-required" in {f["rule"] for f in result["findings"]}


@pytest.mark.parametrize("html", [
    '<iframe src="https://evil.example/x">x</iframe>',
    '<form action="https://evil.example/"><p>Name</p></form>',
    '<p style="background:url(https://evil.example/t.png)">Hi</p>',
    '<img src="https://m.media-amazon.com/a.png" srcset="https://evil.example/p.png 2x" alt="x">',
])
def test_addresses_outside_href_and_src_are_links_too(html: str) -> None:
    from composer.sanitize.htmltext import message_from_html

    message = message_from_html("<p>Order 113-4567890-1234567</p>" + html)
    links = [f for f in check(message) if f.rule == "link" and f.severity == "block"]
    assert links and "evil.example" in links[0].message


def test_a_malformed_order_id_option_is_bad_usage(tmp_path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("Hello")
    result = subprocess.run([sys.executable, "-m", "composer", "check", "--order-id", "113-45",
                             str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "3-7-7" in result.stderr
