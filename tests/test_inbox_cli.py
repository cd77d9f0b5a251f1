"""``seller-composer inbox import|list|reply`` and ``log-request``, run as a seller would."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from composer.cli import main
from composer.store import open_store

CORPUS = Path(__file__).parent / "data" / "inbox"
DANA = "k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com"
DANA_ID = "<en-com-text-eml.0100019a@email.amazonses.com>"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def imported(capsys: pytest.CaptureFixture[str], folder: Path, *names: str) -> None:
    code, _out, err = cli(capsys, "inbox", "import", "--data-dir", str(folder),
                          *(str(CORPUS / n) for n in names))
    assert code == 0, err


def test_import_then_list_as_json(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = cli(capsys, "inbox", "import", "--data-dir", str(folder),
                       str(CORPUS / "en-com-text.eml"), str(CORPUS / "de-html-qp.eml"))
    assert code == 0 and "Imported 2 e-mails from Amazon." in out
    code, out, _ = cli(capsys, "inbox", "list", "--json", "--data-dir", str(folder))
    rows = json.loads(out)
    assert code == 0 and len(rows) == 2
    assert set(rows[0]) == {"id", "order", "buyer", "marketplace", "received", "due", "state"}
    dana = next(r for r in rows if r["order"] == "114-3941689-8772232")
    assert dana == {"id": dana["id"], "order": "114-3941689-8772232", "buyer": "Dana",
                    "marketplace": "com", "received": "2026-11-03T14:22:05Z",
                    "due": "2026-11-04T14:22:05Z", "state": "waiting"}


def test_a_foreign_email_exits_2_in_one_line_and_imports_nothing(
        capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, err = cli(capsys, "inbox", "import", "--data-dir", str(folder),
                         str(CORPUS / "en-com-text.eml"), str(CORPUS / "foreign-newsletter.eml"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "not from Amazon" in err
    with open_store(folder) as store:
        assert store.inbox_count() == 0


@pytest.mark.parametrize("bad", ["missing.eml", "broken-png.eml", "broken-empty.eml"])
def test_unreadable_input_exits_2(capsys: pytest.CaptureFixture[str], folder: Path,
                                  bad: str) -> None:
    code, _out, err = cli(capsys, "inbox", "import", "--data-dir", str(folder),
                          str(CORPUS / bad))
    assert code == 2 and err.count("\n") == 1


def test_list_with_nothing_imported(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    assert cli(capsys, "inbox", "list", "--json", "--data-dir", str(folder))[:2] == (0, "[]\n")
    assert not folder.exists()  # listing never creates a data folder


def test_reply_writes_a_threaded_email_and_answers_the_message(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    imported(capsys, folder, "en-com-text.eml", "relay-reply-no-markers.eml")
    message = tmp_path / "reply.txt"
    message.write_text("Hello Dana,\n\nYes, the lamp works with 230 V.\n\nAnna", "utf-8")
    out = tmp_path / "reply.eml"
    code, stdout, err = cli(capsys, "inbox", "reply", "1", str(message), "--eml", str(out),
                            "--from", "orders@brightlamp.example", "--data-dir", str(folder))
    assert code == 0, err
    assert "written" in stdout
    sent = message_from_bytes(out.read_bytes(), policy=policy.default)
    assert sent["To"] == DANA
    assert sent["Subject"] == ("Re: Product details inquiry from Amazon customer Dana "
                               "(Order: 114-3941689-8772232)")
    assert sent["In-Reply-To"] == DANA_ID
    assert str(sent["References"]).split() == [DANA_ID]
    assert "Dana" not in sent.get_body(("plain",)).get_content().split("Hello")[0]
    rows = json.loads(cli(capsys, "inbox", "list", "--json", "--data-dir", str(folder))[1])
    states = {r["id"]: r["state"] for r in rows}
    assert states == {1: "answered", 2: "waiting"}


def test_a_reply_to_a_reply_keeps_the_whole_thread(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    imported(capsys, folder, "relay-reply-no-markers.eml")
    message = tmp_path / "reply.txt"
    message.write_text("Great, thank you for letting us know.", "utf-8")
    out = tmp_path / "reply.eml"
    assert cli(capsys, "inbox", "reply", "1", str(message), "--eml", str(out), "--no-log",
               "--data-dir", str(folder))[0] == 0
    sent = message_from_bytes(out.read_bytes(), policy=policy.default)
    assert sent["Subject"] == "Re: Your order 114-3941689-8772232"  # not "Re: Re:"
    assert str(sent["References"]).split() == ["<first@brightlamp.example>",
                                               "<reply-2@email.amazonses.com>"]


def test_a_blocked_reply_writes_nothing_and_stays_waiting(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    imported(capsys, folder, "en-com-text.eml")
    message = tmp_path / "reply.txt"
    message.write_text("Visit www.brightlamp-shop.com for 20% off!", "utf-8")
    out = tmp_path / "reply.eml"
    code, _out, err = cli(capsys, "inbox", "reply", "1", str(message), "--eml", str(out),
                          "--data-dir", str(folder))
    assert code == 1 and not out.exists() and "not exported" in err
    rows = json.loads(cli(capsys, "inbox", "list", "--json", "--data-dir", str(folder))[1])
    assert rows[0]["state"] == "waiting"


def test_reply_warns_when_the_email_went_to_another_address(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    imported(capsys, folder, "en-com-text.eml")
    message = tmp_path / "reply.txt"
    message.write_text("Yes, it works with 230 V.", "utf-8")
    code, out, err = cli(capsys, "inbox", "reply", "1", str(message), "--eml",
                         str(tmp_path / "r.eml"), "--from", "other@shop.example",
                         "--data-dir", str(folder))
    assert code == 0, err
    [line] = [line for line in out.splitlines() if "other-sender-address" in line]
    assert "orders@brightlamp.example" in line and "other@shop.example" in line


@pytest.mark.parametrize("number", ["0", "x"])
def test_reply_to_a_number_that_is_no_number_is_bad_usage(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, number: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["inbox", "reply", number, "m.txt", "--eml", str(tmp_path / "r.eml")])
    assert info.value.code == 2
    assert "not a buyer message number" in capsys.readouterr().err


def test_reply_to_no_such_message_exits_2(capsys: pytest.CaptureFixture[str], folder: Path,
                                          tmp_path: Path) -> None:
    imported(capsys, folder, "en-com-text.eml")
    message = tmp_path / "reply.txt"
    message.write_text("Hi", "utf-8")
    code, _out, err = cli(capsys, "inbox", "reply", "99", str(message), "--eml",
                          str(tmp_path / "r.eml"), "--data-dir", str(folder))
    assert code == 2 and "no buyer message number 99" in err
    assert not (tmp_path / "r.eml").exists()


def test_reply_to_a_notice_exits_2(capsys: pytest.CaptureFixture[str], folder: Path,
                                   tmp_path: Path) -> None:
    imported(capsys, folder, "notice-restricted-en.eml")
    message = tmp_path / "reply.txt"
    message.write_text("Hi", "utf-8")
    code, _out, err = cli(capsys, "inbox", "reply", "1", str(message), "--eml",
                          str(tmp_path / "r.eml"), "--data-dir", str(folder))
    assert code == 2 and "not a buyer's message" in err


def test_log_request_then_a_review_request_is_blocked(
        capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    folder.mkdir()
    code, out, _ = cli(capsys, "log-request", "114-3941689-8772232", "--data-dir", str(folder))
    assert code == 0 and "Request a Review" in out
    message = tmp_path / "ask.txt"
    message.write_text("Order 114-3941689-8772232: if you have a moment, please leave a "
                       "review of the lamp.", "utf-8")
    code, out, _err = cli(capsys, "export", str(message), "--eml", str(tmp_path / "a.eml"),
                          "--order-id", "114-3941689-8772232", "--data-dir", str(folder))
    assert code == 1 and "repeat-request" in out
    assert "Request a Review button" in out  # the finding says which request came first
    quota = json.loads(cli(capsys, "quota", "--json", "--data-dir", str(folder))[1])
    assert quota["used"] == 0  # the button is no message


def test_log_request_refuses_a_bad_order_id(capsys: pytest.CaptureFixture[str],
                                            folder: Path) -> None:
    code, _out, err = cli(capsys, "log-request", "12345", "--data-dir", str(folder))
    assert code == 2 and err.count("\n") == 1
    assert not folder.exists()

