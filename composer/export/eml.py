"""Build the RFC 5322 message (an ``.eml`` file) with the standard ``email`` package.

Layout: ``multipart/mixed`` holding a ``multipart/alternative`` (plain text,
then the cleaned HTML) and the attachments; with no attachments the
``multipart/alternative`` is the whole message. Attachment MIME types come from
the file's sniffed content, never its name. Non-ASCII subjects and file names are
encoded by the ``email`` package (RFC 2047 and RFC 2231). ``X-Unsent: 1`` makes
Outlook, Thunderbird and Apple Mail open the file as a draft ready to send.

Header safety does not rest on the ``email`` package (some Python releases write a line
break hidden in a header value straight into the file, CVE-2024-6923): every value is
checked first (:mod:`composer.message.header`), and the finished bytes are parsed back and
compared with what was meant (:func:`verify_wire`) before anyone gets them.
"""

from __future__ import annotations

import base64
import email.utils
import os
import re
import secrets
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from composer.appdata.atomic import write_bytes_atomic
from composer.mail.syntax import (
    AddressProblem,
    FromAddressProblem,
    HeaderValueProblem,
    Mailbox,
    attachment_name_problem,
    from_address_problem,
    from_mailbox,
    parse_mailbox,
    require_header_value,
    sender_address,
)
from composer.mail.thread import ThreadProblem, check_ids
from composer.words import Words

# English, as the core keeps them; the export flow and --lang say them in the seller's language.
_WORDS = Words("export")

# The MIME type for each kind the sniffer names (composer.attachments.sniff); only kinds
# Amazon accepts can get this far, the rest are refused by the guard.
MIME_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "text": "text/plain",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tiff": "image/tiff",
}
FALLBACK_MIME = "application/octet-stream"
DEFAULT_DOMAIN = "seller-composer.invalid"
MAX_LINE = 998  # RFC 5322: no line longer than this, CRLF not counted


class AttachmentChanged(Exception):
    """An attached file is not the one the guard checked; the message is for the seller."""


@dataclass(frozen=True)
class EmlAttachment:
    """One file to attach: the name the buyer sees, its checked kind and hash, where it is."""

    name: str
    path: Path
    kind: str
    sha256: str = ""

    @property
    def mime_type(self) -> str:
        return MIME_TYPES.get(self.kind, FALLBACK_MIME)


def html_document(fragment: str) -> str:
    """The cleaned HTML in a minimal document that declares UTF-8 (mail apps need it)."""
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n'
            f"{fragment}\n</body></html>\n")


def _read_checked(item: EmlAttachment) -> bytes:
    """The file's bytes, refusing if they are not exactly the bytes the guard checked."""
    try:
        data = item.path.read_bytes()
    except OSError as exc:
        raise AttachmentChanged(_WORDS("eml.unreadable_file", file=item.name,
                                       error=exc.strerror or exc)) from None
    if item.sha256:
        import hashlib

        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise AttachmentChanged(_WORDS("eml.changed_file", file=item.name))
    return data


def _message_id(domain: str, moment: datetime) -> str:
    """A unique Message-ID short enough for one header line (``make_msgid``'s was 92 bytes).

    The domain is given so nothing asks the network for this machine's name.
    """
    return f"<{moment:%Y%m%d%H%M%S}.{secrets.token_hex(8)}@{domain}>"


# --- header lines written here, not by the email package ------------------------------------
# The email package's folding has more than one flaw on the Pythons this app runs on: a long
# display name with a comma loses its quotes (one From becomes many), and spaces move around
# encoded words in a subject. So the subject and the From are folded here, into lines of at
# most 78 characters that the package then writes as they are (``Message.set_raw``).
FOLD_AT = 78
# SMTP line ends; the lines folded here are written as they are, never folded again.
WIRE = policy.SMTP.clone(refold_source="none")
# Words of a display name written as they are: RFC 5322 atoms, and "J." or "Co.".
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+\.?\Z")
_EW_BYTES = 42  # "=?utf-8?b?" + 56 base64 characters + "?=" = 68; "Subject: " + 68 < 78


def _encoded_words(text: str) -> list[str]:
    """``text`` as RFC 2047 base64 words of at most 68 characters, cut between characters
    (after a space where one is near), so a decoder gives back exactly ``text``."""
    pieces, chunk, size = [], "", 0
    for char in text:
        width = len(char.encode("utf-8"))
        if size + width > _EW_BYTES:
            cut = chunk.rfind(" ") + 1
            if cut <= len(chunk) // 2:
                cut = len(chunk)
            pieces.append(chunk[:cut])
            chunk = chunk[cut:]
            size = len(chunk.encode("utf-8"))
        chunk += char
        size += width
    if chunk:
        pieces.append(chunk)
    return ["=?utf-8?b?" + base64.b64encode(piece.encode("utf-8")).decode("ascii") + "?="
            for piece in pieces]


def _fold(name: str, tokens: Sequence[str]) -> str:
    """Tokens separated by spaces, folded so no line of ``Name: value`` passes 78 characters
    (a token longer than a line gets a line of its own)."""
    lines: list[str] = []
    line, room = "", FOLD_AT - len(name) - 2
    for token in tokens:
        if line and len(line) + 1 + len(token) > room:
            lines.append(line)
            line, room = token, FOLD_AT - 1
        else:
            line = f"{line} {token}" if line else token
    lines.append(line)
    return "\n ".join(lines)


def _plain_words(text: str, allowed: re.Pattern[str] | None = None) -> list[str] | None:
    """The words of ``text`` when they can be written as they are, else None."""
    words = text.split(" ")
    if not text.isascii() or "=?" in text or any(
            not word or len(word) > FOLD_AT - 12 for word in words):
        return None
    if allowed is not None and not all(allowed.match(word) for word in words):
        return None
    return words


def _subject_value(subject: str) -> str:
    """The Subject as folded header text: plain words, or base64 encoded words when it has
    other than ASCII, very long words or something that looks like an encoded word."""
    if not subject:
        return ""
    return _fold("Subject", _plain_words(subject) or _encoded_words(subject))


def _from_value(box: Mailbox) -> str:
    """The From as folded header text: the name as atoms or encoded words, then <address>."""
    if not box.name:
        return box.ascii_address
    words = _plain_words(box.name, _ATOM) or _encoded_words(box.name)
    return _fold("From", [*words, f"<{box.ascii_address}>"])


def _file_name(name: str) -> str:
    """The name the buyer sees: spaces at the ends dropped, runs of spaces made one."""
    return " ".join(name.split())


@dataclass(frozen=True)
class _Meant:
    """What the message is meant to hold, to compare the written bytes with."""

    subject: str
    sender: Mailbox | None
    recipient: Mailbox | None
    files: tuple[tuple[str, str], ...]  # (name, MIME type) of each attachment
    in_reply_to: str = ""
    references: tuple[str, ...] = ()


def _prepare(*, to: str, subject: str, plain: str, html: str,
             attachments: Sequence[EmlAttachment] = (), from_address: str = "",
             unsent: bool = True, when: datetime | None = None, in_reply_to: str = "",
             references: Sequence[str] = ()) -> tuple[EmailMessage, _Meant]:
    require_header_value(subject, "The subject")
    try:
        check_ids([in_reply_to, *references] if in_reply_to else references)
    except ThreadProblem as exc:
        raise HeaderValueProblem(str(exc)) from None
    sender = from_mailbox(from_address) if from_address.strip() else None
    try:
        recipient = parse_mailbox(to, "The buyer's address") if to.strip() else None
    except AddressProblem as exc:
        raise HeaderValueProblem(str(exc)) from None
    for item in attachments:
        problem = attachment_name_problem(item.name)
        if problem:
            raise HeaderValueProblem(problem)
    subject = " ".join(subject.split())
    msg = EmailMessage(policy=policy.SMTP)
    if sender is not None:
        msg.set_raw("From", _from_value(sender))
    if recipient is not None:
        msg.set_raw("To", recipient.ascii_address)  # the bare alias: Amazon relays by address
    msg.set_raw("Subject", _subject_value(subject))
    moment = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    msg["Date"] = email.utils.format_datetime(moment)
    domain = sender.ascii_address.rpartition("@")[2] if sender is not None else DEFAULT_DOMAIN
    msg["Message-ID"] = _message_id(domain, moment)
    if in_reply_to:  # a reply: it joins the buyer's thread
        msg.set_raw("In-Reply-To", in_reply_to)
    if references:
        msg.set_raw("References", _fold("References", list(references)))
    if unsent:
        msg["X-Unsent"] = "1"
    # Quoted-printable: readable in the file, and safe for servers without 8BITMIME.
    msg.set_content(plain if plain.endswith("\n") else plain + "\n", subtype="plain",
                    charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html_document(html), subtype="html", charset="utf-8",
                        cte="quoted-printable")
    files = []
    for item in attachments:
        maintype, _, subtype = item.mime_type.partition("/")
        name = _file_name(item.name) or "attachment"
        msg.add_attachment(_read_checked(item), maintype=maintype, subtype=subtype,
                           filename=name)
        files.append((name, item.mime_type))
    return msg, _Meant(subject, sender, recipient, tuple(files), in_reply_to,
                       tuple(references))


def build_message(*, to: str, subject: str, plain: str, html: str,
                  attachments: Sequence[EmlAttachment] = (), from_address: str = "",
                  unsent: bool = True, when: datetime | None = None, in_reply_to: str = "",
                  references: Sequence[str] = ()) -> EmailMessage:
    """The message as an :class:`EmailMessage` (see the module docstring for its layout).

    Raises :class:`HeaderValueProblem` (a :class:`FromAddressProblem` for the From) for a
    subject, address or file name that cannot go into a header.
    """
    return _prepare(to=to, subject=subject, plain=plain, html=html, attachments=attachments,
                    from_address=from_address, unsent=unsent, when=when,
                    in_reply_to=in_reply_to, references=references)[0]


def _header_names(part: EmailMessage) -> list[str]:
    return sorted(name.lower() for name in part)


PART_HEADERS = frozenset({"content-type", "content-transfer-encoding", "content-disposition",
                          "mime-version"})
UNSAFE = _WORDS.text("eml.unsafe")


def _same_box(found: object, meant: Mailbox) -> bool:
    addresses = getattr(found, "addresses", ())
    if len(addresses) != 1 or addresses[0].addr_spec != meant.ascii_address:
        return False
    # Python's parser puts a space between the encoded words of a long name (other mail
    # programs do not): compare the name without its spaces.
    return "".join(addresses[0].display_name.split()) == "".join(meant.name.split())


def _verify(data: bytes, msg: EmailMessage, meant: _Meant) -> None:
    """Parse the written bytes back; refuse them unless they hold exactly the header fields
    written, with the meant values, one plain and one HTML part, and the attachments.

    The last line of defence against a header split by the ``email`` package: whatever
    Python does, an extra header, part or recipient never leaves.
    """
    def refuse(what: str) -> None:
        raise HeaderValueProblem(UNSAFE.format(what=what))

    lines = data.split(b"\r\n")
    if any(b"\r" in line or b"\n" in line for line in lines):
        refuse(_WORDS("eml.unsafe_line_break"))
    if max(len(line) for line in lines) > MAX_LINE:
        refuse(_WORDS("eml.unsafe_long_line", most=MAX_LINE))
    try:
        _compare(BytesParser(policy=policy.default).parsebytes(data), msg, meant, refuse)
    except HeaderValueProblem:
        raise
    except Exception:  # the parser itself stumbled on what was written: refuse it too
        refuse(_WORDS("eml.unsafe_unreadable"))


def _compare(parsed: EmailMessage, msg: EmailMessage, meant: _Meant,
             refuse: Callable[[str], None]) -> None:
    if _header_names(parsed) != _header_names(msg):
        refuse(_WORDS("eml.unsafe_fields"))
    if str(parsed["Subject"]) != meant.subject:
        refuse(_WORDS("eml.unsafe_subject"))
    for name in ("Date", "Message-ID", "X-Unsent"):
        if str(parsed[name]) != str(msg[name]):
            refuse(_WORDS("eml.unsafe_field", field=name))
    if str(parsed["In-Reply-To"] or "") != meant.in_reply_to or tuple(
            str(parsed["References"] or "").split()) != meant.references:
        refuse(_WORDS("eml.unsafe_thread"))
    for name, box in (("From", meant.sender), ("To", meant.recipient)):
        if box is not None and not _same_box(parsed[name], box):
            refuse(_WORDS("eml.unsafe_field", field=name))
    parts = list(parsed.iter_parts())
    texts = parts[0] if meant.files else parsed
    files = parts[1:] if meant.files else []
    if texts.get_content_type() != "multipart/alternative" or len(files) != len(meant.files):
        refuse(_WORDS("eml.unsafe_parts"))
    kinds = [part.get_content_type() for part in texts.iter_parts()]
    if kinds != ["text/plain", "text/html"]:
        refuse(_WORDS("eml.unsafe_parts"))
    for part, (name, kind) in zip(files, meant.files, strict=True):
        if part.get_filename() != name or part.get_content_type() != kind:
            refuse(_WORDS("eml.unsafe_attachment", file=name))
    for part in [*texts.iter_parts(), *files]:
        if not set(_header_names(part)) <= PART_HEADERS:
            refuse(_WORDS("eml.unsafe_part_fields"))


def build_eml(**kwargs: object) -> bytes:
    """The ``.eml`` bytes (CRLF line ends, as RFC 5322 wants); see :func:`build_message`.

    The bytes are parsed back and compared with what was meant before they are returned.
    """
    msg, meant = _prepare(**kwargs)  # type: ignore[arg-type]
    data = msg.as_bytes(policy=WIRE)
    _verify(data, msg, meant)
    return data


def write_eml(path: Path, data: bytes, create_folders: bool = False) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half a message.

    A missing folder is an error (``FileNotFoundError`` naming it) unless
    ``create_folders`` asks for it to be made.
    """
    if not path.parent.is_dir():
        if not create_folders:
            raise FileNotFoundError(2, f"the folder “{path.parent}” does not exist",
                                    str(path.parent))
        path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, data)


_SQLITE_MAGIC = b"SQLite format 3\x00"


def data_files() -> tuple[str, ...]:
    """The data folder's own files, which an export must never replace."""
    from composer.appdata.settings import SETTINGS_FILE
    from composer.sanitize.whitelist import FILE_NAME as WHITELIST
    from composer.store.db import DB_NAME
    from composer.store.lock import LOCK_NAME

    journals = tuple(f"{DB_NAME}{suffix}" for suffix in ("-wal", "-shm", "-journal"))
    return (DB_NAME, *journals, LOCK_NAME, SETTINGS_FILE, WHITELIST)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        pass
    try:
        return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def out_path_problem(path: Path, inputs: Sequence[Path] = (),
                     data_folder: Path | None = None, create_folders: bool = False) -> str | None:
    """Why the ``.eml`` must not be written to ``path``, in words; None when it may.

    Refused: a folder, a device or pipe, one of the files being exported (``inputs``: the
    message file and the attachments), Seller Composer's own data (the database, its
    journal files, the lock, the settings) or any other SQLite database, and a missing
    folder unless ``create_folders``.
    """
    try:
        info: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        info = None
    except (OSError, ValueError) as exc:
        return _WORDS("eml.path_unusable", path=path,
                      error=getattr(exc, "strerror", None) or exc)
    if info is not None and stat.S_ISDIR(info.st_mode):
        return _WORDS("eml.path_folder", path=path)
    if info is not None and not stat.S_ISREG(info.st_mode):
        return _WORDS("eml.path_device", path=path)
    parent = path.parent
    if info is None and not parent.is_dir():
        if parent.exists():
            return _WORDS("eml.path_not_folder", path=parent)
        missing = parent
        while not missing.parent.is_dir() and missing.parent != missing:
            missing = missing.parent
        if not create_folders:
            return _WORDS("eml.path_no_folder", path=missing)
    if any(_same_file(path, Path(item)) for item in inputs):
        return _WORDS("eml.path_input", path=path)
    names = data_files()
    if data_folder is not None and any(_same_file(path, data_folder / name) for name in names):
        return _WORDS("eml.path_data", path=path)
    if path.name.lower() in names:
        return _WORDS("eml.path_data_name", file=path.name)
    if info is not None:
        try:
            with open(path, "rb") as handle:
                if handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC:
                    return _WORDS("eml.path_database", path=path)
        except OSError:
            pass  # unreadable: writing will say why
    return None


_NAME_LIMIT = 60
_ORDER_ID_WORD = re.compile(r"\(?\d{3}-\d{7}-\d{7}\)?")


def eml_file_name(subject: str, order_id: str = "") -> str:
    """A safe file name for the message: the subject (or order ID) without path characters.

    A long subject is shortened by whole words, never inside a word or an order ID; an
    order ID that does not fit is kept at the end, since it is what finds the file again.
    """
    base = subject.strip() or order_id.strip() or "Message to buyer"
    safe = "".join(c if c.isalnum() or c in " -_.()" else " " for c in base)
    words = safe.split()
    ids = [w.strip("()") for w in words if _ORDER_ID_WORD.fullmatch(w)]
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > _NAME_LIMIT:
            break
        kept.append(word)
    if not kept and words:
        kept = [words[0][:_NAME_LIMIT]]  # one word longer than the limit
    if len(kept) < len(words) and ids and ids[0] not in " ".join(kept):
        while kept and len(" ".join([*kept, ids[0]])) > _NAME_LIMIT:
            kept.pop()
        kept.append(ids[0])
    name = " ".join(kept)
    if name.count("(") != name.count(")"):
        name = name.replace("(", "").replace(")", "")
    name = " ".join(name.split()).strip(" .") or "Message to buyer"
    return f"{name}.eml"


__all__ = ["MIME_TYPES", "AttachmentChanged", "EmlAttachment", "FromAddressProblem",
           "HeaderValueProblem", "build_eml", "build_message", "data_files", "eml_file_name",
           "from_address_problem", "html_document", "out_path_problem", "sender_address",
           "write_eml"]
