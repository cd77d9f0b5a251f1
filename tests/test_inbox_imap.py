"""Check mailbox against a real Dovecot on loopback: TLS, read-only, incremental, and the
ways a real mailbox goes wrong (a wrong password, a lost server, a message deleted while
reading, a renumbered folder, thousands of messages)."""

from __future__ import annotations

import imaplib
import json
import re
import threading
from pathlib import Path

import pytest

from composer.inbox.mailbox import (
    MailboxAccount,
    MailboxProblem,
    MailboxReader,
    check_mailbox,
)
from composer.inbox.notification import read_mail
from composer.store import open_store
from tests.imapserver import HOST, PASSWORD, USER, CuttingProxy, dovecot

CORPUS = Path(__file__).parent / "data" / "inbox"
EXPECTED = json.loads((CORPUS / "expected.json").read_text())
TEMPLATE = (CORPUS / "en-com-text.eml").read_bytes()
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(scope="module")
def server():
    with dovecot() as running:
        yield running


@pytest.fixture
def mailbox(server):
    """An empty INBOX for each test (the server is shared by the module)."""
    for folder in ("new", "cur"):
        for path in (server.maildir / folder).iterdir():
            path.unlink()
    for path in server.maildir.glob("dovecot*"):
        if path.is_file():
            path.unlink()
    return server


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def account(server, **changes) -> MailboxAccount:
    values = dict(host=HOST, user=USER, port=server.port, cafile=server.cafile)
    return MailboxAccount(**{**values, **changes})


def amazon(number: int) -> bytes:
    """A buyer's message like Amazon's, with its own order ID and Message-ID."""
    order = f"114-{number:07d}-8772232"
    return (TEMPLATE.replace(b"114-3941689-8772232", order.encode())
            .replace(b"en-com-text-eml.0100019a", f"m{number}.0100019a".encode()))


def foreign(number: int) -> bytes:
    return (f"From: Newsletter <news@shop.example>\nTo: orders@brightlamp.example\n"
            f"Subject: Offer {number}\nDate: Tue, 03 Nov 2026 10:00:00 +0000\n"
            f"Message-ID: <n{number}@shop.example>\n\nBuy more.\n").encode()


def flags_of(server) -> list[str]:
    """Maildir flags of every message (the part after ':2,'), new ones as ''."""
    names = [p.name for p in (server.maildir / "new").iterdir()]
    names += [p.name for p in (server.maildir / "cur").iterdir()]
    return [name.partition(":2,")[2] for name in names]


def test_amazon_mail_is_read_like_a_file_and_nothing_else_is_fetched(mailbox, store, tmp_path):
    names = [n for n, e in EXPECTED.items() if "refused" not in e and n.endswith(".eml")]
    for name in names:
        mailbox.add((CORPUS / name).read_bytes())
    for name in ("foreign-newsletter.eml", "foreign-lookalike.eml"):
        mailbox.add((CORPUS / name).read_bytes())
    result = check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    assert not result.problem and not result.cancelled
    assert len(result.report.added) == len(names)
    by_id = {mail.message_id: mail for mail in result.report.mails.values()}
    for name in names:
        expected = read_mail((CORPUS / name).read_bytes())
        got = by_id[expected.message_id] if expected.message_id else next(
            m for m in by_id.values() if m.subject == expected.subject)
        assert (got.order_ids, got.relay, got.language, got.received_at, got.kind) == (
            expected.order_ids, expected.relay, expected.language, expected.received_at,
            expected.kind), name
        assert got.text.replace("\r\n", "\n") == expected.text, name
    # read-only: every message is still there, and none was marked read or deleted
    assert len(flags_of(mailbox)) == len(names) + 2
    assert not any(set(flags) & set("STD") for flags in flags_of(mailbox))


def test_the_second_check_fetches_only_what_is_new(mailbox, store, tmp_path):
    for number in range(5):
        mailbox.add(amazon(number))
    first = check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    assert (first.found, len(first.report.added)) == (5, 5)
    again = check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    assert (again.found, len(again.report.added)) == (0, 0)
    assert again.line() == "No new buyer messages in your mailbox."
    mailbox.add(amazon(99))
    mailbox.add(foreign(1))
    last = check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    assert (last.found, len(last.report.added)) == (1, 1)
    assert store.inbox_count() == 6


def test_a_wrong_password_is_one_plain_line(mailbox, store, tmp_path):
    with pytest.raises(MailboxProblem) as caught:
        check_mailbox(store, tmp_path, account(mailbox), "not the password")
    assert caught.value.kind == "login"
    assert str(caught.value) == ("Your mail server refused the user name or password; check "
                                 "them in Settings › Receiving.")


def test_a_certificate_nobody_vouches_for_is_refused(mailbox, store, tmp_path):
    mailbox.add(amazon(1))
    with pytest.raises(MailboxProblem) as caught:
        check_mailbox(store, tmp_path, account(mailbox, cafile=""), PASSWORD)
    assert caught.value.kind == "tls" and "not trusted" in str(caught.value)
    assert store.inbox_count() == 0


def test_no_server_means_offline_in_one_line(store, tmp_path):
    from tests.imapserver import free_port

    port = free_port()  # nothing listens there
    with pytest.raises(MailboxProblem) as caught:
        check_mailbox(store, tmp_path, MailboxAccount(HOST, USER, port), PASSWORD)
    assert caught.value.kind == "offline"
    assert "\n" not in str(caught.value) and "keep working" in str(caught.value)


def test_a_server_that_goes_away_mid_fetch_keeps_what_was_stored(mailbox, store, tmp_path,
                                                                 monkeypatch):
    import composer.inbox.mailbox as module

    monkeypatch.setattr(module, "BATCH_COUNT", 10)
    for number in range(40):
        mailbox.add(amazon(number))
    proxy = CuttingProxy(mailbox.port)
    try:
        batches = 0

        def progress(done: int, total: int) -> None:
            nonlocal batches
            batches += 1
            if batches == 2:
                proxy.cut_after = proxy.sent + 2000  # the line dies in the next fetch

        result = check_mailbox(store, tmp_path, account(mailbox, port=proxy.port), PASSWORD,
                               progress=progress)
    finally:
        proxy.close()
    assert result.problem.startswith("The connection to your mail server")
    kept = len(result.report.added)
    assert 10 <= kept < 40 and store.inbox_count() == kept
    assert result.line().endswith(f"{kept} new e-mails were kept.")
    rest = check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    assert (len(rest.report.added), rest.report.duplicates) == (40 - kept, [])
    assert store.inbox_count() == 40


def expunge(server, uid: int) -> None:
    imap = imaplib.IMAP4_SSL(HOST, server.port, ssl_context=_trusting(server))
    imap.login(USER, PASSWORD)
    imap.select("INBOX")
    imap.uid("STORE", str(uid), "+FLAGS", r"(\Deleted)")
    imap.expunge()
    imap.logout()


def _trusting(server):
    import ssl

    context = ssl.create_default_context(cafile=server.cafile)
    return context


def test_a_message_deleted_between_list_and_fetch_is_skipped(mailbox, store, tmp_path):
    for number in range(3):
        mailbox.add(amazon(number))
    result = check_mailbox(store, tmp_path, account(mailbox), PASSWORD,
                           planned=lambda plan: expunge(mailbox, plan.uids[1]))
    assert (result.found, result.gone, len(result.report.added)) == (3, 1, 2)
    assert not result.problem


def test_a_renumbered_folder_is_read_again_without_doubles(mailbox, store, tmp_path):
    for number in range(4):
        mailbox.add(amazon(number))
    check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    before = store.mailbox_position(account(mailbox).key, "INBOX")
    mailbox.new_uidvalidity(before[0] + 1000)
    mailbox.add(amazon(7))
    result = check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    assert result.renumbered and result.found == 5
    assert (len(result.report.added), len(result.report.duplicates)) == (1, 4)
    assert store.mailbox_position(account(mailbox).key, "INBOX")[0] == before[0] + 1000
    assert store.inbox_count() == 5


def test_five_thousand_messages_and_then_only_the_new_ones(mailbox, store, tmp_path):
    for number in range(5000):
        mailbox.add(amazon(number) if number % 5 == 0 else foreign(number))
    first = check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    assert (first.found, len(first.report.added)) == (1000, 1000)
    mailbox.add(amazon(123_456))
    fetched: list[int] = []
    second = check_mailbox(store, tmp_path, account(mailbox), PASSWORD,
                           planned=lambda plan: fetched.extend(plan.uids))
    assert len(fetched) == 1 and len(second.report.added) == 1
    assert store.inbox_count() == 1001


def test_cancel_stops_between_batches(mailbox, store, tmp_path, monkeypatch):
    import composer.inbox.mailbox as module

    monkeypatch.setattr(module, "BATCH_COUNT", 5)
    for number in range(20):
        mailbox.add(amazon(number))
    cancel = threading.Event()
    result = check_mailbox(store, tmp_path, account(mailbox), PASSWORD, cancel=cancel,
                           progress=lambda done, total: cancel.set())
    assert result.cancelled and len(result.report.added) == 5
    assert re.match(r"Mailbox check cancelled; 5 new e-mails kept\.", result.line())
    rest = check_mailbox(store, tmp_path, account(mailbox), PASSWORD)
    assert len(rest.report.added) == 15


def test_the_reader_opens_the_folder_read_only(mailbox):
    mailbox.add(amazon(1))
    with MailboxReader(account(mailbox), PASSWORD) as reader:
        reader.plan(None)
        assert reader.imap.is_readonly


def test_ci_installs_dovecot_when_it_is_missing(monkeypatch):
    import importlib.util
    import shutil

    path = Path(__file__).parents[1] / "scripts" / "check_system_libs.py"
    spec = importlib.util.spec_from_file_location("check_system_libs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(shutil, "which", lambda tool, path=None: None)
    assert {"dovecot-imapd", "openssl"} <= set(module.missing_tools())


def test_starttls_works_and_plain_text_is_never_tried(mailbox, store, tmp_path):
    mailbox.add(amazon(1))
    upgraded = account(mailbox, port=mailbox.plain_port, security="starttls")
    result = check_mailbox(store, tmp_path, upgraded, PASSWORD)
    assert len(result.report.added) == 1
    with pytest.raises(MailboxProblem) as caught:  # TLS from the start on the plain port
        check_mailbox(store, tmp_path, account(mailbox, port=mailbox.plain_port), PASSWORD)
    assert caught.value.kind == "tls" and "Settings › Receiving" in str(caught.value)
    with pytest.raises(MailboxProblem) as caught:
        MailboxReader(account(mailbox, security="none"), PASSWORD)
    assert caught.value.kind == "setup"


def test_the_command_line_checks_the_mailbox_of_the_settings(mailbox, tmp_path, capsys,
                                                             monkeypatch):
    import io

    from composer.appdata.settings import Settings
    from composer.cli import main

    folder = tmp_path / "cli-data"
    folder.mkdir()
    monkeypatch.setenv("SELLER_COMPOSER_HOME", str(folder))
    monkeypatch.setenv("SSL_CERT_FILE", mailbox.cafile)
    assert main(["inbox", "check"]) == 2  # Receiving not set up yet
    assert "Settings › Receiving" in capsys.readouterr().err
    settings = Settings(folder)
    for key, value in (("imap_host", HOST), ("imap_port", mailbox.port), ("imap_user", USER)):
        settings.set(key, value)
    mailbox.add(amazon(5))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["inbox", "check", "--password-stdin"]) == 0
    assert capsys.readouterr().out == "1 new e-mail from Amazon in your mailbox.\n"
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(["inbox", "check", "--password-stdin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused the user name or password" in err


def test_a_hanging_server_is_cut_off_at_once_when_the_app_quits(mailbox, monkeypatch):
    import time

    import composer.inbox.mailbox as module
    from composer.inbox.mailbox import read_mailbox

    monkeypatch.setattr(module, "BATCH_COUNT", 5)
    for number in range(20):
        mailbox.add(amazon(number))
    proxy = CuttingProxy(mailbox.port)
    readers: list[MailboxReader] = []
    delivered: list[int] = []

    def hang_after_first(done: int, total: int) -> None:
        proxy.stall = True  # the server stops answering
        threading.Timer(0.3, lambda: readers[0].abort()).start()  # the app quits

    try:
        start = time.monotonic()
        summary = read_mailbox(account(mailbox, port=proxy.port), PASSWORD, None,
                               threading.Event(), lambda b: delivered.append(len(b.mails)),
                               progress=hang_after_first, opened=readers.append)
        took = time.monotonic() - start
    finally:
        proxy.close()
    assert summary.problem.startswith("The connection to your mail server")
    assert delivered[0] == 5
    assert took < module.TIMEOUT_S / 2  # not the read timeout: cut at once
