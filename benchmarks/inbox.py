"""Print how long buyer messages take: importing 5,000, opening the list, checking a mailbox.

Run: ``.venv/bin/python benchmarks/inbox.py``. Targets (issue 16): importing 5,000
e-mails ≤ 10 s; the Buyer messages list opens in ≤ 200 ms; Check mailbox on a mailbox of
5,000 messages takes seconds, and the second check, with nothing new, well under one.
The mailbox part runs when Dovecot is installed (``apt-get install dovecot-imapd``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from composer.inbox.importing import import_files
from composer.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "inbox"
COUNT = 5000


def amazon(number: int) -> bytes:
    template = (CORPUS / "en-com-text.eml").read_bytes()
    return (template.replace(b"114-3941689-8772232", f"114-{number:07d}-8772232".encode())
            .replace(b"en-com-text-eml.0100019a", f"m{number}.0100019a".encode()))


def mbox_of(count: int, path: Path) -> Path:
    with path.open("wb") as out:
        for number in range(count):
            out.write(b"From MAILER-DAEMON Tue Nov  3 14:22:05 2026\n")
            out.write(amazon(number).replace(b"\nFrom ", b"\n>From "))
            out.write(b"\n")
    return path


def figure(label: str, seconds: float, target: str) -> None:
    print(f"{label:<52} {seconds * 1000:9.1f} ms   (target {target})")


def files_and_list(root: Path) -> None:
    store = open_store(root / "data")
    box = mbox_of(COUNT, root / "buyers.mbox")
    start = time.perf_counter()
    report = import_files(store, [box], root / "data")
    figure(f"import {len(report.added):,} e-mails (one mbox)", time.perf_counter() - start,
           "≤ 10 s")
    from PySide6.QtWidgets import QApplication

    from composer.ui.inboxview import BuyerMessagesDialog

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()  # reading the store is part of opening the list
    dialog = BuyerMessagesDialog()
    dialog.show_messages(store.inbox_list())
    dialog.show_notices(store.notices())
    dialog.show()
    app.processEvents()
    figure(f"open the list with {len(dialog.rows):,} messages", time.perf_counter() - start,
           "≤ 200 ms")
    dialog.close()
    store.close()


def mailbox(root: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.imapserver import HOST, PASSWORD, USER, dovecot, dovecot_binary

    if dovecot_binary() is None:
        print("Check mailbox: skipped (Dovecot is not installed)")
        return
    from composer.inbox.mailbox import MailboxAccount, check_mailbox

    store = open_store(root / "imap-data")
    with dovecot() as server:
        for number in range(COUNT):
            server.add(amazon(number) if number % 5 == 0 else
                       f"From: news@shop.example\nSubject: {number}\n\nHi\n".encode())
        account = MailboxAccount(HOST, USER, server.port, cafile=server.cafile)
        start = time.perf_counter()
        first = check_mailbox(store, root / "imap-data", account, PASSWORD)
        figure(f"check a mailbox of {COUNT:,} ({len(first.report.added):,} Amazon's)",
               time.perf_counter() - start, "seconds")
        start = time.perf_counter()
        again = check_mailbox(store, root / "imap-data", account, PASSWORD)
        figure(f"check it again ({again.found} new)", time.perf_counter() - start, "< 1 s")
    store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        files_and_list(Path(folder))
        mailbox(Path(folder))


if __name__ == "__main__":
    main()
