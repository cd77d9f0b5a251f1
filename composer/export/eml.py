"""Build the RFC 5322 message (an ``.eml`` file) with the standard ``email`` package.

Layout: ``multipart/mixed`` holding a ``multipart/alternative`` (plain text,
then the cleaned HTML) and the attachments; with no attachments the
``multipart/alternative`` is the whole message. Attachment MIME types come from
the file's sniffed content, never its name. Non-ASCII subjects and file names are
encoded by the ``email`` package (RFC 2047 and RFC 2231). ``X-Unsent: 1`` makes
Outlook, Thunderbird and Apple Mail open the file as a draft ready to send.
"""

from __future__ import annotations

import email.utils
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from pathlib import Path

from composer.appdata.atomic import write_bytes_atomic

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


class FromAddressProblem(ValueError):
    """The seller's From address cannot go in a message; ``str()`` says why in plain words."""


def sender_address(address: str) -> str:
    """The From address ready for the header: checked, with an international domain encoded.

    ``info@bücher.de`` becomes ``info@xn--bcher-kva.de`` (mail servers want ASCII), a
    display name such as ``Jürgen's Shop <info@shop.de>`` is kept. Raises
    :class:`FromAddressProblem` for something that is not an address.
    """
    name, addr = email.utils.parseaddr(address.strip())
    local, at, domain = addr.rpartition("@")
    if not at or not local or "." not in domain or " " in addr:
        raise FromAddressProblem(
            f"“{address.strip()}” is not an email address. Use the address registered with "
            "your Amazon seller account, such as you@yourshop.com.")
    if not local.isascii():
        raise FromAddressProblem(
            f"“{addr}” has letters such as accents before the @, which most mail servers "
            "cannot send from. Use the plain address registered with Amazon.")
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            raise FromAddressProblem(f"The domain of “{addr}” is not a valid name.") from None
    return email.utils.formataddr((name, f"{local}@{domain}")) if name else f"{local}@{domain}"


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
        raise AttachmentChanged(f"“{item.name}” could not be read ({exc.strerror or exc}). "
                                "Nothing was exported.") from None
    if item.sha256:
        import hashlib

        if hashlib.sha256(data).hexdigest() != item.sha256:
            raise AttachmentChanged(f"“{item.name}” changed on disk after it was checked. "
                                    "Nothing was exported; check the message again.")
    return data


def build_message(*, to: str, subject: str, plain: str, html: str,
                  attachments: Sequence[EmlAttachment] = (), from_address: str = "",
                  unsent: bool = True, when: datetime | None = None) -> EmailMessage:
    """The message as an :class:`EmailMessage` (see the module docstring for its layout)."""
    msg = EmailMessage(policy=policy.SMTP)
    if from_address.strip():
        from_address = sender_address(from_address)
        msg["From"] = from_address
    if to.strip():
        msg["To"] = to.strip()
    msg["Subject"] = " ".join(subject.split())
    moment = (when or datetime.now(timezone.utc)).astimezone(timezone.utc)
    msg["Date"] = email.utils.format_datetime(moment)
    # The bare address's domain: "Shop <me@shop.de>" must not give "shop.de>".
    domain = email.utils.parseaddr(from_address)[1].rpartition("@")[2] or DEFAULT_DOMAIN
    # A domain is given so make_msgid never asks the network for this machine's name.
    msg["Message-ID"] = email.utils.make_msgid(idstring="sellercomposer", domain=domain)
    if unsent:
        msg["X-Unsent"] = "1"
    # Quoted-printable: readable in the file, and safe for servers without 8BITMIME.
    msg.set_content(plain if plain.endswith("\n") else plain + "\n", subtype="plain",
                    charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html_document(html), subtype="html", charset="utf-8",
                        cte="quoted-printable")
    for item in attachments:
        maintype, _, subtype = item.mime_type.partition("/")
        msg.add_attachment(_read_checked(item), maintype=maintype, subtype=subtype,
                           filename=item.name)
    return msg


def build_eml(**kwargs: object) -> bytes:
    """The ``.eml`` bytes (CRLF line ends, as RFC 5322 wants); see :func:`build_message`."""
    return build_message(**kwargs).as_bytes(policy=policy.SMTP)  # type: ignore[arg-type]


def write_eml(path: Path, data: bytes) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half a message."""
    write_bytes_atomic(path, data)


def eml_file_name(subject: str, order_id: str = "") -> str:
    """A safe file name for the message: the subject (or order ID) without path characters."""
    base = subject.strip() or order_id.strip() or "Message to buyer"
    safe = "".join(c if c.isalnum() or c in " -_.()" else " " for c in base)
    safe = " ".join(safe.split())[:60].strip(" .") or "Message to buyer"
    return f"{safe}.eml"


__all__ = ["MIME_TYPES", "AttachmentChanged", "EmlAttachment", "FromAddressProblem",
           "build_eml", "build_message", "eml_file_name", "html_document", "sender_address",
           "write_eml"]
