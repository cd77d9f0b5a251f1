"""Check mailbox: read Amazon's e-mails from the seller's IMAP mailbox, over TLS, read-only.

Only what Amazon sent is fetched: the server is asked (SEARCH FROM) for mail from Amazon's
domains, and each e-mail is then read by :func:`composer.inbox.notification.read_mail`,
which refuses anything that is not a buyer message or a notice about one. The folder is
opened with EXAMINE and bodies are fetched with ``BODY.PEEK[]``, so no flag changes and
nothing is ever deleted.

The check is incremental: the store keeps the folder's UIDVALIDITY and the last UID read,
and only newer UIDs are fetched. When the server renumbers the folder (a new UIDVALIDITY),
the whole folder is read again; e-mails already stored are recognised by their Message-ID
and fingerprint, so nothing is doubled.

Threading rule: :class:`MailboxReader` does network and parsing only and never touches the
store, so it can run on a worker thread; each :class:`Batch` it delivers is stored by
:func:`store_batch` on the thread that owns the store, which also moves the position on.
A batch is stored in one transaction, so a check that is cancelled or loses its server
keeps every batch stored so far and the next check goes on from there.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from composer.inbox.buyermessage import MailRefused
from composer.inbox.importing import ImportReport, InboxStore, import_mails
from composer.inbox.mailfiles import ReadMail
from composer.inbox.notification import MAX_MAIL_BYTES, read_mail
from composer.words import Words

TIMEOUT_S = 30.0
BATCH_COUNT = 200  # e-mails per FETCH and per stored transaction
BATCH_BYTES = 8_000_000
# Amazon's relay (…@marketplace.amazon.<tld>) and its notices (…@amazon.<tld>).
SEARCH = ("OR", "FROM", '"@marketplace.amazon."', "FROM", '"@amazon."')
SECURITY = ("ssl", "starttls")
_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")
_FETCH_UID = re.compile(rb"UID (\d+)")
_FETCH_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")


# English, as the core keeps them; the window and --lang say them in the seller's language.
_WORDS = Words("inbox")

class MailboxProblem(Exception):
    """The check stopped; ``str()`` is one plain line, ``kind`` says why (for the UI)."""

    def __init__(self, text: str, kind: str = "server") -> None:
        super().__init__(text)
        self.kind = kind  # offline | login | tls | server | setup


class SettingsLike(Protocol):
    def get(self, key: str) -> object: ...


@dataclass(frozen=True)
class MailboxAccount:
    """Where the seller's mail is: Settings › Receiving (the password is in the keychain)."""

    host: str
    user: str
    port: int = 993
    security: str = "ssl"  # "ssl": TLS from the start (993); "starttls": upgraded (143)
    folder: str = "INBOX"
    cafile: str = ""  # a certificate authority to trust besides the system's (tests, firms)

    @classmethod
    def from_settings(cls, settings: SettingsLike) -> MailboxAccount:
        """The mailbox Settings › Receiving names (``problem()`` says if it is not set up)."""
        return cls(host=str(settings.get("imap_host")).strip(),
                   user=str(settings.get("imap_user")).strip(),
                   port=int(settings.get("imap_port")),
                   security=str(settings.get("imap_security")),
                   folder=str(settings.get("imap_folder")).strip() or "INBOX")

    @property
    def key(self) -> str:
        """The name the store keeps the position under."""
        return f"{self.user}@{self.host}"

    def problem(self) -> str | None:
        if not self.host or not self.user:
            return _WORDS("mailbox.setup")
        if self.security not in SECURITY:
            return _WORDS("mailbox.encrypted_only")
        return None


@dataclass(frozen=True)
class Batch:
    """E-mails read from the mailbox, and the position to keep once they are stored."""

    uidvalidity: int
    last_uid: int
    mails: list[ReadMail]


@dataclass
class Plan:
    """What one check will fetch: the new UIDs of Amazon's e-mails, oldest first."""

    uidvalidity: int
    uids: list[int]
    renumbered: bool = False  # the server gave the folder a new UIDVALIDITY
    last_uid: int = 0  # where the position goes when every UID was read


@dataclass
class CheckResult:
    """What a check did, for one line in the status bar or on the command line."""

    found: int = 0
    report: ImportReport = field(default_factory=ImportReport)
    gone: int = 0  # deleted on the server between the search and the fetch
    too_large: int = 0
    renumbered: bool = False
    cancelled: bool = False
    problem: str = ""  # the check stopped part-way: what was stored so far is kept

    def merge(self, report: ImportReport) -> None:
        self.report.added += report.added
        self.report.duplicates += report.duplicates
        self.report.refused += report.refused
        self.report.mails.update(report.mails)

    def line(self, language: str = "en") -> str:
        """One line in ``language``; a problem stays in the core's English, said by the caller."""
        said = Words("inbox", language)
        added = len(self.report.added)
        if self.problem:
            return said.plural("mailbox.kept", added, problem=self.problem) if added \
                else self.problem
        if self.cancelled:
            return said.plural("mailbox.cancelled", added)
        if not added:
            return said("mailbox.nothing_new")
        return said.plural("mailbox.added", added)


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


def tls_context(account: MailboxAccount) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if account.cafile:
        context.load_verify_locations(cafile=account.cafile)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class MailboxReader:
    """One connection to the mailbox; see the module docstring. Use as a context manager."""

    def __init__(self, account: MailboxAccount, password: str,
                 cancel: threading.Event | None = None) -> None:
        problem = account.problem()
        if problem:
            raise MailboxProblem(problem, "setup")
        self.account = account
        self.password = password
        self.cancel = cancel or threading.Event()
        self.imap: imaplib.IMAP4 | None = None
        self.gone = self.too_large = 0

    # --- the connection -----------------------------------------------------------------------
    def __enter__(self) -> MailboxReader:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> None:
        account = self.account
        where = f"{account.host}:{account.port}"
        context = tls_context(account)
        try:
            if account.security == "ssl":
                imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(account.host, account.port,
                                                        ssl_context=context,
                                                        timeout=TIMEOUT_S)
            else:
                imap = imaplib.IMAP4(account.host, account.port, timeout=TIMEOUT_S)
                imap.starttls(ssl_context=context)
        except ssl.SSLCertVerificationError:
            raise MailboxProblem(_WORDS("mailbox.untrusted", server=where), "tls") from None
        except (ssl.SSLError, imaplib.IMAP4.error):
            raise MailboxProblem(_WORDS("mailbox.no_tls", server=where), "tls") from None
        except (socket.gaierror, ConnectionRefusedError, OSError):
            raise MailboxProblem(_WORDS("mailbox.offline", server=where), "offline") from None
        self.imap = imap
        try:
            imap.login(account.user, self.password)
        except imaplib.IMAP4.error:
            self.close()
            raise MailboxProblem(_WORDS("mailbox.login"), "login") from None
        except (OSError, imaplib.IMAP4.abort):
            self.close()
            raise self._lost() from None

    def close(self) -> None:
        imap, self.imap = self.imap, None
        if imap is None:
            return
        try:
            imap.logout()
        except Exception:  # already gone: nothing to tidy
            with contextlib.suppress(Exception):
                imap.shutdown()

    def abort(self) -> None:
        """Cut the connection from another thread (the app quits): a read in progress
        ends at once instead of waiting for the server."""
        imap = self.imap
        sock = getattr(imap, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _lost(self) -> MailboxProblem:
        return MailboxProblem(_WORDS("mailbox.lost", host=self.account.host), "offline")

    # --- what to fetch ------------------------------------------------------------------------
    def plan(self, position: tuple[int, int] | None) -> Plan:
        """Open the folder read-only and list the Amazon e-mails newer than ``position``."""
        imap = self._imap()
        try:
            status, data = imap.select(_quoted(self.account.folder), readonly=True)
            if status != "OK":
                raise MailboxProblem(_WORDS("mailbox.no_folder", folder=self.account.folder),
                                     "setup")
            uidvalidity = self._uidvalidity(imap)
            renumbered = position is not None and position[0] != uidvalidity
            after = 0 if position is None or renumbered else position[1]
            status, data = imap.uid("SEARCH", "UID", f"{after + 1}:*", *SEARCH)
            if status != "OK":
                raise MailboxProblem(_WORDS("mailbox.no_search"))
            uids = sorted(int(n) for n in (data[0] or b"").split() if int(n) > after)
        except (OSError, imaplib.IMAP4.abort):
            raise self._lost() from None
        except imaplib.IMAP4.error as exc:
            raise MailboxProblem(_WORDS("mailbox.no_list", error=exc)) from None
        return Plan(uidvalidity, uids, renumbered, max(uids, default=after))

    def _uidvalidity(self, imap: imaplib.IMAP4) -> int:
        _typ, data = imap.response("UIDVALIDITY")
        if data and data[0]:
            return int(data[0])
        status, data = imap.status(_quoted(self.account.folder), "(UIDVALIDITY)")
        match = _UIDVALIDITY.search(data[0] or b"") if status == "OK" and data else None
        if match is None:
            raise MailboxProblem(_WORDS("mailbox.no_uidvalidity"))
        return int(match.group(1))

    # --- fetching -----------------------------------------------------------------------------
    def batches(self, plan: Plan, progress: Progress | None = None) -> Iterator[Batch]:
        """The planned e-mails in batches, oldest first; stops early when cancelled.

        A UID deleted on the server since :meth:`plan` is counted in ``self.gone``.
        """
        self.gone = self.too_large = 0
        sizes = self._sizes(plan.uids)
        chunk: list[int] = []
        chunk_bytes = 0
        for number, uid in enumerate(plan.uids):
            size = sizes.get(uid)
            if size is None:
                self.gone += 1
            elif size > MAX_MAIL_BYTES:
                self.too_large += 1
            else:
                chunk.append(uid)
                chunk_bytes += size
            last = number == len(plan.uids) - 1
            if last or len(chunk) >= BATCH_COUNT or chunk_bytes >= BATCH_BYTES:
                if self.cancel.is_set():
                    return
                mails = self._fetch(chunk) if chunk else []
                if progress is not None:
                    progress(number + 1, len(plan.uids))
                yield Batch(plan.uidvalidity, uid, mails)
                chunk, chunk_bytes = [], 0

    def _sizes(self, uids: list[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for start in range(0, len(uids), 1000):
            part = uids[start:start + 1000]
            for uid, size, _body in self._command(part, "(UID RFC822.SIZE)"):
                sizes[uid] = size
        return sizes

    def _fetch(self, uids: list[int]) -> list[ReadMail]:
        mails: list[ReadMail] = []
        found = self._command(uids, "(UID RFC822.SIZE BODY.PEEK[])")
        self.gone += len(set(uids) - {uid for uid, _size, _body in found})
        for uid, _size, body in found:
            source = f"{self.account.folder}, message {uid}"
            if body is None:
                self.gone += 1
                continue
            try:
                mails.append(ReadMail(source, mail=read_mail(body)))
            except MailRefused as exc:
                mails.append(ReadMail(source, refused=str(exc)))
        return mails

    def _command(self, uids: list[int], items: str) -> list[tuple[int, int, bytes | None]]:
        """UID FETCH ``items`` for ``uids``: (uid, size, body or None) per answer."""
        if not uids:
            return []
        imap = self._imap()
        try:
            status, data = imap.uid("FETCH", _uid_set(uids), items)
        except (OSError, imaplib.IMAP4.abort):
            raise self._lost() from None
        except imaplib.IMAP4.error:
            return []  # every one of them is gone (some servers say NO, not nothing)
        if status != "OK":
            return []
        out: list[tuple[int, int, bytes | None]] = []
        for part in data:
            head, body = (part[0], part[1]) if isinstance(part, tuple) else (part, None)
            if not isinstance(head, bytes):
                continue
            uid, size = _FETCH_UID.search(head), _FETCH_SIZE.search(head)
            if uid is None:
                continue  # a FETCH the server sent unasked (flags of another message)
            out.append((int(uid.group(1)), int(size.group(1)) if size else 0, body))
        return out

    def _imap(self) -> imaplib.IMAP4:
        if self.imap is None:
            raise MailboxProblem(_WORDS("mailbox.not_connected"), "offline")
        return self.imap


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _uid_set(uids: list[int]) -> str:
    """1,2,3,7,8 → 1:3,7:8 (short commands for long runs)."""
    ranges: list[str] = []
    start = prev = uids[0]
    for uid in uids[1:]:
        if uid == prev + 1:
            prev = uid
            continue
        ranges.append(f"{start}:{prev}" if prev != start else str(start))
        start = prev = uid
    ranges.append(f"{start}:{prev}" if prev != start else str(start))
    return ",".join(ranges)


class PositionStore(InboxStore, Protocol):
    def mailbox_position(self, account: str, folder: str) -> tuple[int, int] | None: ...
    def set_mailbox_position(self, account: str, folder: str, uidvalidity: int,
                             last_uid: int) -> None: ...


def store_batch(store: PositionStore, data_dir: Path, account: MailboxAccount,
                batch: Batch) -> ImportReport:
    """Store a batch's Amazon e-mails, then move the position past it.

    Mail that is not Amazon's (the server's FROM search is loose) is left out silently:
    it is the seller's own mail, not a problem with the check.
    """
    mails = [item for item in batch.mails if item.mail is not None]
    report = import_mails(store, mails, data_dir) if mails else ImportReport()
    store.set_mailbox_position(account.key, account.folder, batch.uidvalidity, batch.last_uid)
    return report


@dataclass
class ReadSummary:
    """What a reader on a worker thread saw, apart from the batches it delivered."""

    found: int = 0
    renumbered: bool = False
    gone: int = 0
    too_large: int = 0
    cancelled: bool = False
    problem: str = ""  # the connection was lost part-way


def read_mailbox(account: MailboxAccount, password: str, position: tuple[int, int] | None,
                 cancel: threading.Event, deliver: Callable[[Batch], None],
                 progress: Progress | None = None,
                 opened: Callable[[MailboxReader], None] | None = None) -> ReadSummary:
    """Network and parsing only (a worker thread): every batch goes to ``deliver``.

    When nothing is new, one empty batch still carries the folder's position, so the
    thread that stores it also notes a new UIDVALIDITY.
    """
    summary = ReadSummary()
    with MailboxReader(account, password, cancel) as reader:
        if opened is not None:  # the app keeps it to cut the line when it quits
            opened(reader)
        plan = reader.plan(position)
        summary.found, summary.renumbered = len(plan.uids), plan.renumbered
        if not plan.uids:
            deliver(Batch(plan.uidvalidity, plan.last_uid, []))
        try:
            for batch in reader.batches(plan, progress):
                deliver(batch)
        except MailboxProblem as exc:
            summary.problem = str(exc)
        summary.gone, summary.too_large = reader.gone, reader.too_large
        summary.cancelled = cancel.is_set()
    return summary


def check_mailbox(store: PositionStore, data_dir: Path, account: MailboxAccount,
                  password: str, cancel: threading.Event | None = None,
                  progress: Progress | None = None,
                  planned: Callable[[Plan], None] | None = None) -> CheckResult:
    """One whole check on this thread (the command line, tests): read, store, move on.

    A lost connection or a cancel keeps what was stored and says so in ``problem`` or
    ``cancelled``; a problem before anything was read raises :class:`MailboxProblem`.
    """
    result = CheckResult()
    with MailboxReader(account, password, cancel) as reader:
        plan = reader.plan(store.mailbox_position(account.key, account.folder))
        result.found, result.renumbered = len(plan.uids), plan.renumbered
        if planned is not None:
            planned(plan)
        try:
            for batch in reader.batches(plan, progress):
                result.merge(store_batch(store, data_dir, account, batch))
        except MailboxProblem as exc:
            result.problem = str(exc)
        result.gone, result.too_large = reader.gone, reader.too_large
        result.cancelled = reader.cancel.is_set()
        if not plan.uids and not result.problem:
            store.set_mailbox_position(account.key, account.folder, plan.uidvalidity,
                                       plan.last_uid)
    return result


__all__ = ["Batch", "CheckResult", "MailboxAccount", "MailboxProblem", "MailboxReader",
           "Plan", "ReadSummary", "check_mailbox", "read_mailbox", "store_batch"]
