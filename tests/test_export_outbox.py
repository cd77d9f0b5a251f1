"""The outbox with a real store and a real SMTP server: queued offline, delivered, never lost."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from composer.export.eml import build_eml
from composer.export.outbox import FIRST_RETRY, MAX_RETRY, Outbox, retry_delay
from composer.export.sentlog import make_record
from composer.export.smtp import SendError, SmtpConfig, send_eml
from composer.message.header import Header
from composer.store import open_store
from tests.smtpserver import HOST, PASSWORD, USER, free_port, smtp_server

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abc@marketplace.amazon.com"
T0 = datetime(2026, 11, 26, 8, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def message(number: int = 1) -> tuple[bytes, object]:
    header = Header(to=ALIAS, order_id="113-4567890-1234567", subject=f"Order update {number}")
    plain, html = f"Hello {number}\n", f"<p>Hello {number}</p>"
    eml = build_eml(to=ALIAS, subject=header.subject, plain=plain, html=html,
                    from_address="shop@example.com", unsent=False)
    return eml, make_record("smtp", header, plain, html, now=T0)


def sender(port: int, password: str = PASSWORD):
    config = SmtpConfig(HOST, port, "none", USER, password, timeout=5.0)
    return lambda eml: send_eml(config, eml)


def test_server_down_queues_then_delivers_once_it_is_up(store):
    port = free_port()
    clock = Clock()
    outbox = Outbox(store, sender(port), clock=clock)
    eml, record = message()
    _item, sent, error = outbox.submit(eml, record)
    assert sent is None and error is not None and error.retryable
    [waiting] = store.outbox()
    assert waiting.attempts == 1 and waiting.next_try_at == T0 + FIRST_RETRY
    assert waiting.eml == eml and "refused the connection" in waiting.last_error
    assert outbox.deliver_pending().delivered == []  # not due yet: nothing is tried
    assert store.outbox()[0].attempts == 1
    with smtp_server(port=port, auth=True) as (inbox, _port):
        clock.now = T0 + FIRST_RETRY
        report = outbox.deliver_pending()
    assert [r.subject for r in report.delivered] == ["Order update 1"]
    assert store.outbox() == []
    [logged] = store.sent_log()
    assert logged.route == "smtp" and logged.sent_at == T0 + FIRST_RETRY
    assert logged.body_sha256 == record.body_sha256
    assert len(inbox.messages) == 1 and inbox.messages[0][2].replace(b"\r\n", b"\n") == \
        eml.replace(b"\r\n", b"\n")


def test_quota_reached_keeps_messages_waiting(store):
    left = {"n": 1}
    with smtp_server(auth=True) as (inbox, port):
        outbox = Outbox(store, sender(port), quota_left=lambda: left["n"])

        def send_counted(eml: bytes) -> None:
            sender(port)(eml)
            left["n"] -= 1

        outbox.send = send_counted
        first = outbox.submit(*message(1))
        second = outbox.submit(*message(2))
        report = outbox.deliver_pending(force=True)
    assert first[1] is not None
    assert second[1] is None and second[2] is not None and second[2].kind == "quota"
    assert "tomorrow" in str(second[2])
    assert report.quota_full and report.delivered == [] and report.waiting == 1
    assert len(inbox.messages) == 1
    [waiting] = store.outbox()
    assert waiting.attempts == 0 and waiting.record.subject == "Order update 2"
    left["n"] = None  # a new day (or no limit known): it goes out
    with smtp_server(auth=True) as (inbox, port):
        outbox.send = sender(port)
        assert len(outbox.deliver_pending().delivered) == 1
    assert store.outbox() == [] and len(store.sent_log()) == 2


def test_authentication_failure_waits_for_send_now_and_is_never_dropped(store):
    clock = Clock()
    with smtp_server(auth=True) as (inbox, port):
        outbox = Outbox(store, sender(port, "wrong"), clock=clock)
        _item, sent, error = outbox.submit(*message())
        assert sent is None and error is not None and error.kind == "auth"
        [waiting] = store.outbox()
        assert waiting.next_try_at is None and waiting.attempts == 1
        clock.now = T0 + timedelta(days=3)
        assert outbox.deliver_pending().failed == []  # background retries leave it alone
        outbox.send = sender(port)
        report = outbox.deliver_pending(force=True)  # "Send now" after fixing the password
    assert len(report.delivered) == 1 and len(inbox.messages) == 1
    assert store.outbox() == []


def test_a_network_failure_stops_the_round_and_keeps_the_rest(store):
    outbox = Outbox(store, sender(free_port()))
    for number in (1, 2, 3):
        store.enqueue(*message(number))
    report = outbox.deliver_pending()
    assert len(report.failed) == 1 and report.waiting == 3
    assert [i.attempts for i in store.outbox()] == [1, 0, 0]


def test_cancelled_send_is_not_counted_as_a_failure(store):
    def cancelled(_eml: bytes) -> None:
        raise SendError("cancelled", "Sending was cancelled.")

    outbox = Outbox(store, cancelled)
    outbox.submit(*message())
    [waiting] = store.outbox()
    assert waiting.attempts == 0


def test_backoff_doubles_up_to_an_hour():
    busy = SendError("timeout", "slow")
    assert [retry_delay(n, busy) for n in (1, 2, 3)] == [FIRST_RETRY, 2 * FIRST_RETRY,
                                                       4 * FIRST_RETRY]
    assert retry_delay(30, busy) == MAX_RETRY
    assert retry_delay(1, SendError("auth", "no")) is None
