"""Outlook's ``.msg`` files (a message dragged out of Outlook), read with ``olefile``.

A ``.msg`` is an OLE compound file holding MAPI properties as streams
(``__substg1.0_<id><type>``). Received mail keeps its original header block in
``PR_TRANSPORT_MESSAGE_HEADERS``; from it and the bodies and attachments an ordinary
e-mail is rebuilt, which :func:`composer.inbox.notification.read_mail` then reads like
any other. ``olefile`` is BSD-licensed (docs/decisions.md).
"""

from __future__ import annotations

import struct
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import HeaderParser
from email.utils import format_datetime, formataddr

from composer.words import Words

# English, as the core keeps them; the window and --lang say them in the seller's language.
_WORDS = Words("inbox")

SUBJECT, SENDER_NAME, SENDER_EMAIL, SENDER_SMTP = 0x0037, 0x0C1A, 0x0C1F, 0x5D01
DISPLAY_TO, RECEIVED_BY = 0x0E04, 0x0076
BODY, BODY_HTML = 0x1000, 0x1013
MESSAGE_ID, REFERENCES, HEADERS = 0x1035, 0x1039, 0x007D
CLIENT_SUBMIT_TIME, DELIVERY_TIME = 0x0039, 0x0E06
ATTACH_LONG_NAME, ATTACH_NAME, ATTACH_DATA, ATTACH_MIME = 0x3707, 0x3704, 0x3701, 0x370E
KEPT_HEADERS = ("From", "Reply-To", "To", "Delivered-To", "Subject", "Date", "Message-ID",
                "References", "In-Reply-To", "Received")
MAX_ATTACHMENTS = 50


class MsgProblem(Exception):
    """Why a ``.msg`` file cannot be read, in one plain sentence."""


class _Msg:
    def __init__(self, data: bytes) -> None:
        import olefile

        try:
            self.ole = olefile.OleFileIO(data)
        except Exception:
            raise MsgProblem(_WORDS("files.msg_damaged")) from None
        self.names = {"/".join(entry) for entry in self.ole.listdir(streams=True,
                                                                     storages=False)}

    def _stream(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        try:
            return self.ole.openstream(name).read()
        except Exception:
            return None

    def text(self, prop: int, folder: str = "") -> str:
        prefix = f"{folder}/" if folder else ""
        data = self._stream(f"{prefix}__substg1.0_{prop:04X}001F")
        if data is not None:
            return data.decode("utf-16-le", "replace").rstrip("\x00")
        data = self._stream(f"{prefix}__substg1.0_{prop:04X}001E")
        if data is not None:
            return data.decode("cp1252", "replace").rstrip("\x00")
        return ""

    def binary(self, prop: int, folder: str = "") -> bytes | None:
        prefix = f"{folder}/" if folder else ""
        return self._stream(f"{prefix}__substg1.0_{prop:04X}0102")

    def time(self, prop: int) -> datetime | None:
        """A PT_SYSTIME from the top-level property stream (a FILETIME: 100 ns since 1601)."""
        data = self._stream("__properties_version1.0") or b""
        for at in range(32, len(data) - 15, 16):
            tag, _flags, value = struct.unpack_from("<IIQ", data, at)
            if tag == (prop << 16) | 0x0040 and value:
                try:
                    return datetime(1601, 1, 1, tzinfo=timezone.utc) + timedelta(
                        microseconds=value // 10)
                except OverflowError:
                    return None
        return None

    def attachment_folders(self) -> list[str]:
        folders = sorted({name.split("/")[0] for name in self.names
                          if name.startswith("__attach_version1.0_#")})
        return folders[:MAX_ATTACHMENTS]


def _clean(value: str) -> str:
    return " ".join(value.replace("\x00", "").split())


def msg_to_eml(data: bytes) -> bytes:
    """The ``.msg`` as the bytes of an ordinary e-mail (headers, text, HTML, files)."""
    msg = _Msg(data)
    try:
        return _rebuild(msg)
    finally:
        msg.ole.close()


def _rebuild(msg: _Msg) -> bytes:
    out = EmailMessage(policy=policy.default)
    original = HeaderParser(policy=policy.compat32).parsestr(msg.text(HEADERS) or "")
    for name in KEPT_HEADERS:
        for value in original.get_all(name) or []:
            try:
                out[name] = _clean(str(value))
            except (ValueError, TypeError):
                continue
    if "From" not in out:
        address = msg.text(SENDER_SMTP) or msg.text(SENDER_EMAIL)
        if "@" in address:
            out["From"] = formataddr((_clean(msg.text(SENDER_NAME)), _clean(address)))
    if "Subject" not in out and msg.text(SUBJECT):
        out["Subject"] = _clean(msg.text(SUBJECT))
    if "Date" not in out:
        moment = msg.time(CLIENT_SUBMIT_TIME) or msg.time(DELIVERY_TIME)
        if moment is not None:
            out["Date"] = format_datetime(moment)
    if "Message-ID" not in out and msg.text(MESSAGE_ID):
        out["Message-ID"] = _clean(msg.text(MESSAGE_ID))
    if "References" not in out and msg.text(REFERENCES):
        out["References"] = _clean(msg.text(REFERENCES))
    if "To" not in out and "@" in msg.text(RECEIVED_BY):
        out["To"] = _clean(msg.text(RECEIVED_BY))
    if "From" not in out:
        raise MsgProblem(_WORDS("files.msg_no_sender"))
    body = msg.text(BODY)
    html_bytes = msg.binary(BODY_HTML)
    html = msg.text(BODY_HTML) or (html_bytes.decode("utf-8", "replace") if html_bytes else "")
    out.set_content(body or "", subtype="plain", charset="utf-8")
    if html:
        out.add_alternative(html, subtype="html", charset="utf-8")
    for folder in msg.attachment_folders():
        content = msg.binary(ATTACH_DATA, folder)
        if not content:
            continue  # an embedded message or an OLE object: not a buyer's file
        name = _clean(msg.text(ATTACH_LONG_NAME, folder) or msg.text(ATTACH_NAME, folder))
        kind = _clean(msg.text(ATTACH_MIME, folder)) or "application/octet-stream"
        maintype, _, subtype = kind.partition("/")
        out.add_attachment(content, maintype=maintype or "application",
                           subtype=subtype or "octet-stream", filename=name or "attachment")
    return out.as_bytes(policy=policy.SMTP)
