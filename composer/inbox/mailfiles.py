"""E-mails from files: one ``.eml``, an mbox folder file (Thunderbird), or Outlook's ``.msg``.

The kind is told by the first bytes, not the name: an OLE compound file is Outlook's
``.msg``, a file that starts with ``From `` is an mbox, anything else is read as one
e-mail. Files are opened with :func:`composer.appdata.safeopen.open_regular`, so a pipe,
a device or a folder is refused at once instead of hanging the import.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from composer.appdata.safeopen import NotAFile, open_regular
from composer.inbox.buyermessage import BuyerMail, MailRefused, UnreadableMail
from composer.inbox.notification import MAX_MAIL_BYTES, read_mail
from composer.words import Words

# English, as the core keeps them; the window and --lang say them in the seller's language.
_WORDS = Words("inbox")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MSG_LIMIT = MAX_MAIL_BYTES


class FileRefused(Exception):
    """The whole file cannot be read; ``str()`` is one plain sentence naming it."""


@dataclass(frozen=True)
class RawMail:
    """One e-mail's bytes and where it came from (``box.mbox, message 3``)."""

    source: str
    raw: bytes | None  # None: larger than any e-mail Amazon sends, left unread


@dataclass(frozen=True)
class ReadMail:
    """One e-mail read: the buyer message, or the sentence saying why it is not one."""

    source: str
    mail: BuyerMail | None = None
    refused: str = ""


def kind_of(head: bytes) -> str:
    """"msg", "mbox" or "eml" from a file's first bytes."""
    if head.startswith(OLE_MAGIC):
        return "msg"
    if head.startswith(b"From "):
        return "mbox"
    return "eml"


def _open(path: Path):
    try:
        return open_regular(path)
    except FileNotFoundError:
        raise FileRefused(_WORDS("files.missing", path=path)) from None
    except NotAFile as exc:
        raise FileRefused(_WORDS("files.not_a_file", path=path, what=exc.words)) from None
    except OSError as exc:
        raise FileRefused(_WORDS("files.cannot_open", path=path,
                                 error=exc.strerror or exc)) from None


def raw_mails(path: str | os.PathLike[str]) -> Iterator[RawMail]:
    """The e-mails in ``path``; :class:`FileRefused` when the file itself is unusable."""
    path = Path(path)
    with _open(path) as handle:
        head = handle.read(len(OLE_MAGIC))
        kind = kind_of(head)
        if kind == "mbox":
            handle.seek(0)
            yield from _mbox(handle, path)
            return
        rest = handle.read(MAX_MAIL_BYTES + 1 - len(head))
    data = head + rest
    if kind == "msg":
        from composer.inbox.msgfile import MsgProblem, msg_to_eml

        try:
            yield RawMail(path.name, msg_to_eml(data))
        except MsgProblem as exc:
            raise FileRefused(_WORDS("files.in_file", file=path.name, why=exc)) from None
        return
    yield RawMail(path.name, data)


def _mbox(handle, path: Path) -> Iterator[RawMail]:
    """Split an mbox at its ``From `` lines (mboxo and mboxrd: ``>From `` is unescaped)."""
    lines: list[bytes] = []
    size = 0
    number = 0
    too_big = False
    previous_blank = True

    def finish() -> RawMail | None:
        if number == 0:
            return None
        source = f"{path.name}, message {number}"
        if too_big:
            return RawMail(source, None)  # read_file says it is too large
        return RawMail(source, b"".join(lines))

    for line in handle:
        if line.startswith(b"From ") and previous_blank:
            done = finish()
            if done is not None:
                yield done
            number += 1
            lines, size, too_big = [], 0, False
            previous_blank = False
            continue
        previous_blank = line in (b"\n", b"\r\n")
        if too_big:
            continue
        if line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
            line = line[1:]  # mboxrd: one ">" was added in front of a "From " line
        size += len(line)
        if size > MAX_MAIL_BYTES:
            too_big = True
            lines = []
            continue
        lines.append(line)
    done = finish()
    if done is not None:
        yield done


def read_file(path: str | os.PathLike[str]) -> list[ReadMail]:
    """Every e-mail in ``path``, each read or refused; :class:`FileRefused` for the file."""
    found: list[ReadMail] = []
    for item in raw_mails(path):
        if item.raw is None:
            found.append(ReadMail(item.source, refused=_WORDS("files.too_large")))
            continue
        try:
            found.append(ReadMail(item.source, mail=read_mail(item.raw)))
        except MailRefused as exc:
            found.append(ReadMail(item.source, refused=str(exc)))
    if not found:
        raise FileRefused(_WORDS("files.no_mail", file=Path(path).name))
    return found


__all__ = ["FileRefused", "RawMail", "ReadMail", "UnreadableMail", "kind_of", "raw_mails",
           "read_file"]
