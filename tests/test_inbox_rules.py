"""What Amazon mailed back changes what may be sent: opt-outs, restrictions, the address.

An opted-out buyer blocks a message the seller starts, but not a reply in the thread
nor a type Amazon needs to complete the order; a restriction pauses every proactive
message until its last day; "[Important]" no longer gets past an opt-out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from composer.cli import main
from composer.compose.engine import check
from composer.message.header import check_subject
from composer.message.messagetypes import message_type, message_types, retired_note
from composer.policy.model import Message

CORPUS = Path(__file__).parent / "data" / "inbox"
ORDER = "114-3941689-8772232"
DANA = "k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com"
TEXT = f"Hello, about your order {ORDER}: we need the engraving text before we can ship it."


def rules(text: str, message_type: str, **extra: object) -> set[str]:
    message = Message(text=text, message_type=message_type, order_id=ORDER,
                      extra={"today": date(2026, 11, 10), **extra})
    return {f.rule for f in check(message) if f.severity == "block"}


@pytest.mark.parametrize(("kind", "blocked"), [
    ("confirmOrderDetails", True), ("warranty", True), ("invoice", True),
    ("confirmCustomizationDetails", False), ("confirmDeliveryDetails", False),
    ("unexpectedProblem", False), ("legalDisclosure", False), ("reply", False)])
def test_an_opt_out_blocks_proactive_messages_only(kind: str, blocked: bool) -> None:
    found = rules(TEXT, kind, buyer_opted_out=date(2026, 11, 5))
    assert ("buyer-opted-out" in found) is blocked
    assert "buyer-opted-out" not in rules(TEXT, kind)


def test_the_opt_out_finding_gives_the_date_and_the_way_out() -> None:
    message = Message(text=TEXT, message_type="confirmOrderDetails", order_id=ORDER,
                      extra={"buyer_opted_out": date(2026, 11, 5)})
    [finding] = [f for f in check(message) if f.rule == "buyer-opted-out"]
    assert "5 Nov 2026" in finding.message and "reply" in finding.message
    assert "[Important]" in finding.message


@pytest.mark.parametrize(("kind", "today", "blocked"), [
    ("unexpectedProblem", date(2026, 12, 1), True),  # even order-critical ones
    ("unexpectedProblem", date(2026, 12, 2), False),  # the day after its last day
    ("reply", date(2026, 11, 20), False)])
def test_a_restriction_pauses_proactive_messages_until_its_last_day(
        kind: str, today: date, blocked: bool) -> None:
    message = Message(text=TEXT, message_type=kind, order_id=ORDER,
                      extra={"restricted_until": date(2026, 12, 1), "today": today})
    assert any(f.rule == "proactive-restricted" for f in check(message)) is blocked


def test_a_reply_from_another_address_is_a_warning() -> None:
    message = Message(text="Thanks for your message.", message_type="reply",
                      extra={"reply_delivered_to": "orders@shop.example",
                             "from_address": "me@other.example"})
    [finding] = [f for f in check(message) if f.rule == "other-sender-address"]
    assert finding.severity == "warn" and "orders@shop.example" in finding.message
    same = Message(text="Thanks.", message_type="reply",
                   extra={"reply_delivered_to": "Orders@Shop.example",
                          "from_address": "orders@shop.example"})
    assert not [f for f in check(same) if f.rule == "other-sender-address"]


def test_important_in_the_subject_says_it_no_longer_passes_an_opt_out() -> None:
    problem = check_subject("[Important] Your order")
    assert problem is not None and "opt-out" in problem.text and "2025" in problem.text
    [finding] = [f for f in check(Message(text="Hi", subject="[IMPORTANT] x"))
                 if f.rule == "important-subject"]
    assert "no longer gets a message past a buyer's opt-out" in finding.message


def test_the_type_list_follows_amazons_current_model() -> None:
    ids = {t.id for t in message_types()}
    assert "negativeFeedbackRemoval" not in ids and "amazonMotors" not in ids
    with pytest.raises(KeyError):
        message_type("negativeFeedbackRemoval")
    note = retired_note("negativeFeedbackRemoval")
    assert note is not None and "2025-08" in note and "no longer" in note
    assert "2026-01" in (retired_note("amazonMotors") or "")
    assert retired_note("invoice") is None and retired_note(None) is None


# --- end to end: notices imported, then `export` and `inbox reply` -------------------------


def notice(tmp_path: Path, name: str, text: str) -> Path:
    msg = EmailMessage()
    msg["From"] = "Amazon Marketplace <donotreply@marketplace.amazon.com>"
    msg["To"] = "orders@brightlamp.example"
    msg["Subject"] = "Message not delivered"
    msg["Date"] = format_datetime(datetime.now(timezone.utc) - timedelta(hours=2))
    msg["Message-ID"] = f"<{name}@email.amazonses.com>"
    msg.set_content(text)
    path = tmp_path / f"{name}.eml"
    path.write_bytes(msg.as_bytes())
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out + err


def test_opted_out_buyer_blocks_export_and_lets_the_reply_through(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    optout = notice(tmp_path, "optout", f"We could not deliver your message to {DANA} "
                    f"because the buyer has chosen to opt out of receiving unsolicited "
                    f"messages. Order ID: {ORDER}")
    assert run(capsys, "inbox", "import", "--data-dir", data, str(CORPUS / "en-com-text.eml"),
               str(optout))[0] == 0
    body = tmp_path / "m.txt"
    body.write_text(TEXT, "utf-8")
    code, said = run(capsys, "export", str(body), "--eml", str(tmp_path / "p.eml"), "--type",
                     "confirmOrderDetails", "--order-id", ORDER, "--to", DANA,
                     "--data-dir", data)
    assert code == 1 and "buyer-opted-out" in said
    code, said = run(capsys, "export", str(body), "--eml", str(tmp_path / "c.eml"), "--type",
                     "confirmCustomizationDetails", "--order-id", ORDER, "--to", DANA,
                     "--data-dir", data)
    assert code == 0, said
    code, said = run(capsys, "inbox", "reply", "1", str(body), "--eml",
                     str(tmp_path / "r.eml"), "--data-dir", data)
    assert code == 0, said


def test_a_restriction_notice_pauses_export_of_proactive_messages(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    last = datetime.now(timezone.utc).date() + timedelta(days=10)
    restricted = notice(tmp_path, "restricted", "Your account was restricted from sending "
                        f"proactive messages until {last.isoformat()}.")
    assert run(capsys, "inbox", "import", "--data-dir", data, str(restricted))[0] == 0
    body = tmp_path / "m.txt"
    body.write_text(TEXT, "utf-8")
    code, said = run(capsys, "export", str(body), "--eml", str(tmp_path / "p.eml"), "--type",
                     "unexpectedProblem", "--order-id", ORDER, "--data-dir", data)
    assert code == 1 and "proactive-restricted" in said
    code, said = run(capsys, "export", str(body), "--eml", str(tmp_path / "r.eml"), "--type",
                     "reply", "--order-id", ORDER, "--data-dir", data)
    assert code == 0, said
