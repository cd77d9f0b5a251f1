"""No header or part can be injected through a subject, an address or a file name.

Python 3.11.7 and 3.12.1 (CVE-2024-6923) write a line break hidden in an RFC 2047
encoded word straight into the header, so ``--subject '=?utf-8?q?Hi=0D=0ABcc:…?='``
used to add a Bcc, a Reply-To or a whole HTML body. These tests run the injection
strings through ``export --eml`` and through the builder "Open in email app" and
"Send" use, and parse whatever is written back with the email package.
"""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from composer.cli import main
from composer.export.eml import EmlAttachment, HeaderValueProblem, build_eml
from composer.export.guard import ExportContent, guard
from composer.export.outgoing import prepare_html
from composer.export.package import eml_for
from composer.message.header import Header
from composer.message.richtext import Block, Run
from tests.attachment_factory import write_pdf

ALIAS = "k2x9q7abc@marketplace.amazon.com"
INJECTIONS = [
    "=?utf-8?q?Hi=0D=0AContent-Type:_text/html=0D=0A=0D=0A<h1>Injected</h1>?=",
    "=?utf-8?q?Hi=0D=0ABcc:_evil@evil.com?=",
    "=?utf-8?q?Hi=0D=0AReply-To:_evil@evil.com?=",
    "=?utf-8?b?SGkNCkJjYzogZXZpbEBldmlsLmNvbQ==?=",  # the same, base64
    "=?utf-8?q?Hi=0ABcc:_evil@evil.com?=",  # LF alone
    "Hi =?iso-8859-1?q?there=0D=0ABcc:_evil@evil.com?= again",
    "=?utf-8?q?=3D=3Futf-8=3Fq=3FHi=3D0D=3D0ABcc:_x@evil.com=3F=3D?=",  # a word in a word
    "Hi\r\nBcc: evil@evil.com",
    "Hi\nContent-Type: text/html\n\n<h1>Injected</h1>",
    "Hi\u2028Bcc: evil@evil.com",  # a line separator: str.splitlines() breaks on it
    "Hi\x85Bcc: evil@evil.com",  # NEL, likewise
    "Hi\x00there",
]
# The header fields a message written without a From has, and no others.
HEADERS = ["content-type", "date", "message-id", "mime-version", "subject", "to", "x-unsent"]


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)  # type: ignore[return-value]


def header_names(message: email.message.Message) -> list[str]:
    return sorted(name.lower() for name in message)


def assert_nothing_injected(data: bytes, subject: str) -> None:
    message = parse(data)
    assert header_names(message) == HEADERS
    assert message["Subject"] == " ".join(subject.split())
    assert [p.get_content_type() for p in message.walk()] == [
        "multipart/alternative", "text/plain", "text/html"]
    assert b"Injected" not in data and b"evil" not in data


def message_file(tmp_path: Path) -> Path:
    source = tmp_path / "m.txt"
    source.write_text("Hello, your parcel left our warehouse this morning.", encoding="utf-8")
    return source


@pytest.mark.parametrize("subject", INJECTIONS)
def test_export_refuses_an_injected_subject_with_exit_2(tmp_path, capsys, subject):
    out = tmp_path / "m.eml"
    code = main(["export", str(message_file(tmp_path)), "--eml", str(out), "--to", ALIAS,
                 "--subject", subject, "--no-log"])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert len(err.strip().splitlines()) == 1 and "--subject has" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("subject", INJECTIONS[:3])
def test_check_refuses_it_the_same_way(tmp_path, capsys, subject):
    assert main(["check", str(message_file(tmp_path)), "--subject", subject]) == 2
    assert "--subject has" in capsys.readouterr().err


def content(subject: str, to: str = ALIAS, files: tuple[Path, ...] = ()) -> ExportContent:
    from composer.attachments.refs import AttachmentRef

    out = prepare_html("<p>Hello, your parcel left our warehouse this morning.</p>")
    return ExportContent(Header(to=to, subject=subject, message_type="reply"), out.html,
                         out.plain, tuple(AttachmentRef(p, 0, "") for p in files))


@pytest.mark.parametrize("subject", INJECTIONS)
@pytest.mark.parametrize("route", ["email-app", "smtp"])
def test_the_app_routes_refuse_it_and_write_nothing(subject, route):
    """"Open in email app" and "Send" build through prepare_export (and eml_for)."""
    from composer.ui.exportflow import ExportSource, prepare_export

    source = ExportSource(Header(to=ALIAS, subject=subject, message_type="reply"),
                          (Block("p", (Run("Hello, your parcel left this morning."),)),),
                          {}, None, ())
    prepared = prepare_export(source, route, from_address="shop@example.com")
    assert prepared.eml is None
    assert not prepared.decision.allows(route) or prepared.error
    # The header field itself says why, before anything is clicked.
    assert any(f.rule == "header-subject" and f.severity == "block"
               for f in prepared.decision.blocks)
    # And the builder refuses even if the guard were skipped.
    with pytest.raises(HeaderValueProblem, match="subject"):
        eml_for(content(subject), guard(content("Your parcel")), route,
                from_address="shop@example.com")


@pytest.mark.parametrize("subject", [
    "Hi Bcc: evil",  # only words: nothing to inject (an address would be a policy block)
    "=?utf-8?q?Hi_Bcc:_evil?=",
    "Content-Type: text/html",
    "Re: =?utf-8?q?Caf=C3=A9?= order",
    "x" * 1000,
    "é" * 1000,
    "Grüße – " * 60,
    '"Doe, Jane" <Jane>, Group: x;',
])
def test_harmless_lookalikes_are_written_as_one_subject_and_nothing_else(tmp_path, subject):
    out = tmp_path / "m.eml"
    assert main(["export", str(message_file(tmp_path)), "--eml", str(out), "--to", ALIAS,
                 "--subject", subject, "--no-log"]) == 0
    data = out.read_bytes()
    message = parse(data)
    assert header_names(message) == HEADERS
    # Written as typed: text that looks like an encoded word is encoded, not decoded.
    assert message["Subject"] == " ".join(subject.split())
    assert [p.get_content_type() for p in message.walk()] == [
        "multipart/alternative", "text/plain", "text/html"]
    assert max(len(line) for line in data.split(b"\r\n")) <= 78


@pytest.mark.parametrize("name", ["Bcc: evil@evil.com\r\n.pdf", "in\rvoice.pdf",
                                  "=?utf-8?q?a=0D=0ABcc:_x@evil.com?=.pdf",
                                  "invoice\u202efdp.exe.pdf"])
def test_an_attachment_name_with_a_control_character_is_refused_by_check_and_export(
        tmp_path, capsys, name):
    try:
        pdf = write_pdf(tmp_path / name)
    except OSError:
        pytest.skip("this file system does not allow that name")
    out = tmp_path / "m.eml"
    source = message_file(tmp_path)
    assert main(["check", str(source), "--attach", str(pdf)]) == 2
    check_err = capsys.readouterr().err
    assert main(["export", str(source), "--eml", str(out), "--attach", str(pdf),
                 "--no-log"]) == 2
    export_err = capsys.readouterr().err
    assert not out.exists()
    # One function for both: the same sentence.
    assert check_err.partition(": ")[2] == export_err.partition(": ")[2]
    assert "The file name" in export_err
    with pytest.raises(HeaderValueProblem):
        build_eml(to=ALIAS, subject="Your invoice", plain="x", html="<p>x</p>",
                  attachments=[EmlAttachment(name, pdf, "pdf")])


@pytest.mark.parametrize("to", [
    "evil@evil.com, abc@marketplace.amazon.com",
    "evil%evil.com,abc@marketplace.amazon.com",
    "evil<x>@marketplace.amazon.com",
    "Jane\r\n <evil@evil.com>",
    "=?utf-8?q?Jane=0D=0ABcc:_x@evil.com?= <abc@marketplace.amazon.com>",
    "evil@evil.com <abc@marketplace.amazon.com>",
    "Buyers: abc@marketplace.amazon.com, evil@evil.com;",
])
def test_a_to_that_is_not_exactly_one_address_is_refused(tmp_path, capsys, to):
    out = tmp_path / "m.eml"
    code = main(["export", str(message_file(tmp_path)), "--eml", str(out), "--to", to,
                 "--no-log"])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists() and "Traceback" not in err
    assert "object has no attribute" not in err
    with pytest.raises(HeaderValueProblem):
        build_eml(to=to, subject="Hi", plain="x", html="<p>x</p>")


@pytest.mark.parametrize("sender", [
    "evil@evil.com <anna@shop.example>",
    "anna@shop.example, evil@evil.com",
    "Anna\r\nBcc: x@evil.com <anna@shop.example>",
    '"evil@evil.com" <anna@shop.example>',
    "Team: anna@shop.example;",
])
def test_a_from_that_is_not_exactly_one_address_is_refused(tmp_path, capsys, sender):
    out = tmp_path / "m.eml"
    code = main(["export", str(message_file(tmp_path)), "--eml", str(out), "--to", ALIAS,
                 "--from", sender, "--no-log"])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists() and "Traceback" not in err
    with pytest.raises(HeaderValueProblem):
        build_eml(to=ALIAS, subject="Hi", plain="x", html="<p>x</p>", from_address=sender)


@pytest.mark.parametrize("name", [
    "Müller & Söhne GmbH (Berlin), Abteilung Versand und Logistik für Europa",
    "a, " * 40,
    "Doe, Jane",
    "Jürgen's Shop",
    "N" * 199,
    "J. Doe & Co.",
])
def test_a_long_or_unusual_sender_name_stays_one_sender(name):
    """The email package drops the quotes when it folds a long name with a comma, turning
    one From into many; the builder folds the From itself."""
    quoted = '"' + name.replace('"', '\\"') + '"'
    data = build_eml(to=ALIAS, subject="Hi", plain="x", html="<p>x</p>",
                     from_address=f"{quoted} <info@shop.de>")
    [sender] = parse(data)["From"].addresses
    assert sender.addr_spec == "info@shop.de"
    assert "".join(sender.display_name.split()) == "".join(name.split())
    assert max(len(line) for line in data.split(b"\r\n")) <= 78


def test_the_written_bytes_are_checked_whatever_the_email_package_does(monkeypatch):
    """The last line of defence does not rest on the header checks or the interpreter:
    bytes with a header the builder did not write are refused."""
    from email.message import EmailMessage

    real = EmailMessage.as_bytes

    def split_header(self, *args, **kwargs):
        return real(self, *args, **kwargs).replace(b"Subject: Hi\r\n",
                                                   b"Subject: Hi\r\nBcc: evil@evil.com\r\n")

    monkeypatch.setattr(EmailMessage, "as_bytes", split_header)
    with pytest.raises(HeaderValueProblem, match="could not be built safely"):
        build_eml(to=ALIAS, subject="Hi", plain="x", html="<p>x</p>")


@pytest.mark.parametrize("subject", INJECTIONS[:3])
def test_a_subject_written_the_old_way_is_caught_by_the_check_of_the_bytes(subject):
    """The builder used to hand the subject to the email package (``msg["Subject"] = …``),
    which on this interpreter splits the header (CVE-2024-6923). Written that way, the
    check of the bytes refuses it, whatever the interpreter does with the line break."""
    from email.message import EmailMessage

    from composer.export.eml import _Meant, _verify
    from composer.mail.syntax import parse_mailbox

    msg = EmailMessage(policy=policy.SMTP)
    msg["To"] = ALIAS
    msg["Subject"] = subject
    msg["Date"] = "Sat, 05 Dec 2026 09:00:00 +0000"
    msg["Message-ID"] = "<1@seller-composer.invalid>"
    msg["X-Unsent"] = "1"
    msg.set_content("x\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative("<p>x</p>", subtype="html", charset="utf-8", cte="quoted-printable")
    data = msg.as_bytes(policy=policy.SMTP)
    with pytest.raises(HeaderValueProblem, match="could not be built safely"):
        _verify(data, msg, _Meant(subject, None, parse_mailbox(ALIAS), ()))


def test_a_value_longer_than_a_header_takes_is_refused_quickly(tmp_path, capsys):
    import time

    started = time.perf_counter()
    code = main(["export", str(message_file(tmp_path)), "--eml", str(tmp_path / "m.eml"),
                 "--subject", "word " * 100_000 + "=?", "--no-log"])
    assert code == 2 and "takes at most 1,000" in capsys.readouterr().err
    assert time.perf_counter() - started < 5  # was 10 s at 400 KB: the parser is quadratic
    with pytest.raises(HeaderValueProblem, match="at most 1,000"):
        build_eml(to=ALIAS, subject="x" * 1001, plain="x", html="<p>x</p>")


def test_header_lines_never_pass_998_and_normal_ones_stay_under_78(tmp_path):
    pdf = write_pdf(tmp_path / "r.pdf")
    name = "Rechnung für Bestellung " * 20 + ".pdf"  # longer than a file system allows
    domain = ".".join(["d" * 60] * 3) + ".com"
    data = build_eml(to=ALIAS, subject="Ihre Bestellung " * 60, plain="x", html="<p>x</p>",
                     from_address=f"{'Sehr langer Name ' * 11} <me@{domain}>",
                     attachments=[EmlAttachment(name, pdf, "pdf")])
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 998
    # Only the lines holding the 190-character domain may pass 78.
    assert all(len(line) <= 78 for line in lines if domain.encode() not in line)
    message = parse(data)
    assert message["Subject"] == " ".join(("Ihre Bestellung " * 60).split())
    assert [p.get_filename() for p in message.iter_attachments()] == [
        " ".join(name.split())]
