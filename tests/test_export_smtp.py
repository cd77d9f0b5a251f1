"""Sending by SMTP to a real server on loopback (aiosmtpd), and every failure in plain words."""

from __future__ import annotations

import email
import smtplib
import socket
import ssl
import threading
import time
from email import policy

import pytest

from composer.export.eml import EmlAttachment, build_eml
from composer.export.smtp import Cancel, SendError, SmtpConfig, classify, envelope, send_eml
from tests.attachment_factory import write_pdf
from tests.smtpserver import HOST, PASSWORD, USER, free_port, smtp_server

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning",
                                        "ignore::DeprecationWarning")
ALIAS = "k2x9q7abc@marketplace.amazon.co.uk"
SENDER = "shop@example.com"


def eml(tmp_path, **changes) -> bytes:
    pdf = write_pdf(tmp_path / "Gewährleistung.pdf")
    values = dict(to=ALIAS, subject="Your warranty – card", plain="Hello,\nyour card.\n",
                  html="<p>Hello,<br>your <b>card</b>.</p>", from_address=SENDER, unsent=False,
                  attachments=[EmlAttachment(pdf.name, pdf, "pdf")])
    values.update(changes)
    return build_eml(**values)


def config(port: int, **changes) -> SmtpConfig:
    values = dict(host=HOST, port=port, security="none", user=USER, password=PASSWORD,
                  timeout=5.0)
    values.update(changes)
    return SmtpConfig(**values)


def test_the_message_arrives_intact(tmp_path):
    data = eml(tmp_path)
    with smtp_server(auth=True) as (inbox, port):
        steps: list[str] = []
        send_eml(config(port), data, progress=steps.append)
    assert steps[0].startswith("Connecting") and steps[-1] == "Sending the message…"
    [(sender, recipients, raw)] = inbox.messages
    assert (sender, recipients) == (SENDER, [ALIAS])
    received = email.message_from_bytes(raw, policy=policy.default)
    assert received["Subject"] == "Your warranty – card"
    assert received["To"] == ALIAS and received["From"] == SENDER
    assert received["X-Unsent"] is None
    alternative, pdf = received.iter_parts()
    plain, html = alternative.iter_parts()
    assert plain.get_content().replace("\r\n", "\n") == "Hello,\nyour card.\n"
    assert "<b>card</b>" in html.get_content()
    assert pdf.get_filename() == "Gewährleistung.pdf"
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content() == (tmp_path / "Gewährleistung.pdf").read_bytes()


def test_wrong_password_is_an_authentication_error(tmp_path):
    with smtp_server(auth=True) as (inbox, port), pytest.raises(SendError) as caught:
        send_eml(config(port, password="wrong"), eml(tmp_path))
    assert caught.value.kind == "auth"
    assert not caught.value.retryable
    assert "user name or password" in str(caught.value)
    assert inbox.messages == []


def test_server_down_is_a_retryable_network_error(tmp_path):
    with pytest.raises(SendError) as caught:
        send_eml(config(free_port()), eml(tmp_path))
    assert caught.value.kind == "network" and caught.value.retryable
    assert "Traceback" not in str(caught.value)


def test_starttls_refused_by_a_plain_server_is_a_tls_problem(tmp_path):
    with smtp_server() as (_inbox, port), pytest.raises(SendError) as caught:
        send_eml(config(port, security="starttls", user=""), eml(tmp_path))
    assert caught.value.kind == "tls"


def test_a_silent_server_times_out(tmp_path):
    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen()
    try:
        started = time.monotonic()
        with pytest.raises(SendError) as caught:
            send_eml(config(listener.getsockname()[1], timeout=0.5), eml(tmp_path))
        assert caught.value.kind == "timeout"
        assert time.monotonic() - started < 3
    finally:
        listener.close()


def test_cancel_from_another_thread_stops_a_stuck_send(tmp_path):
    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen()
    cancel = Cancel()
    try:
        threading.Timer(0.3, cancel.cancel).start()
        started = time.monotonic()
        with pytest.raises(SendError) as caught:
            send_eml(config(listener.getsockname()[1], timeout=20), eml(tmp_path), cancel)
        assert caught.value.kind == "cancelled"
        assert time.monotonic() - started < 5
    finally:
        listener.close()


def test_settings_are_checked_before_connecting(tmp_path):
    data = eml(tmp_path)
    for bad, words in ((config(25, security="tls"), "SSL/TLS or STARTTLS"),
                       (config(25, host="203.0.113.7"), "not sent without encryption"),
                       (config(25, host=""), "mail server"),
                       (config(0), "port")):
        with pytest.raises(SendError, match=words) as caught:
            send_eml(bad, data)
        assert caught.value.kind == "config"
    with pytest.raises(SendError, match="From address"):
        send_eml(config(25), eml(tmp_path, from_address=""))


@pytest.mark.parametrize(("error", "kind"), [
    (smtplib.SMTPRecipientsRefused({ALIAS: (550, b"no such user")}), "recipient"),
    (smtplib.SMTPSenderRefused(553, b"not yours", SENDER), "sender"),
    (smtplib.SMTPServerDisconnected("gone"), "closed"),
    (smtplib.SMTPDataError(451, b"try later"), "busy"),
    (smtplib.SMTPDataError(554, b"spam"), "refused"),
    (ssl.SSLCertVerificationError("bad cert"), "tls"),
    (socket.gaierror(-2, "Name or service not known"), "network"),
    (TimeoutError(), "timeout"),
    (ConnectionRefusedError(), "network"),
    (OSError(101, "Network is unreachable"), "network"),
    (ValueError("boom"), "other"),
])
def test_every_failure_has_plain_words(error, kind):
    result = classify(error, config(25, host="smtp.example.com"))
    assert result.kind == kind
    text = str(result)
    assert text[0].isupper() and text.endswith(".")
    assert "Error" not in text and "errno" not in text.lower()


def test_envelope_reads_from_and_to(tmp_path):
    assert envelope(eml(tmp_path)) == (SENDER, [ALIAS])
