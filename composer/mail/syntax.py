"""Email syntax: which header values are safe to write, and strict addresses. No Qt.

A subject, a display name, an address or an attachment's file name is refused when
it holds a control character, as typed and after decoding any RFC 2047 encoded
word; an address is exactly one plain mailbox. The message header
(:mod:`composer.message.header`), Settings' From address, the ``.eml`` builder and
SMTP all use these rules. This package imports nothing else of the app, so every
layer may build on it. Its sentences are in ``resources/messages/mail.json``; a caller
that shows them passes the seller's language.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import PurePath

from composer.words import Words

# --- what may go into a mail header ----------------------------------------------------------
# Some versions of Python's email package (3.11.7 and 3.12.1 among them, CVE-2024-6923) write a
# line break found in a header value, or inside an RFC 2047 "=?charset?q?...?=" word, straight
# into the file: a subject could then add "Bcc:" or a whole HTML body. So a value holding a
# control character is refused, as typed and after decoding, whatever Python runs.

# Direction overrides and isolates: "invoice\u202efdp.exe" shows as "invoiceexe.pdf".
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CHARACTER_WORDS = {"\r": "char.cr", "\n": "char.lf", "\t": "char.tab", "\x00": "char.nul",
                    "\x1b": "char.esc"}
# An RFC 2047 encoded word; the email package accepts spaces inside, so this does too.
# [^?] stops at the next "?", so a value full of "=?" is still read in linear time.
# The patterns here are compiled at first use: the header is in the first frame, and
# checking what is typed into it is not (tests/test_startup_imports.py).
@cache
def _encoded_word() -> re.Pattern[str]:
    return re.compile(r"=\?([^?]{0,80})\?([A-Za-z])\?([^?]*)\?=")


@cache
def _qp_byte() -> re.Pattern[bytes]:
    return re.compile(rb"=([0-9A-Fa-f]{2})")


MAX_DISPLAY_NAME = 200
MAX_HEADER_VALUE = 1000  # characters of a subject, name or file name (RFC 5322 lines: 998)


class HeaderValueProblem(ValueError):
    """A value that cannot go into a mail header; ``str()`` is one plain sentence."""


def _is_control(char: str) -> bool:
    # C0, DEL, C1, U+2028/9, and lone surrogates (bytes that were not text, from a file name)
    return (unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cs")
            or char in _BIDI_CONTROLS)


def _describe(char: str, words: Words) -> str:
    code = f"{ord(char):04X}"
    if unicodedata.category(char) == "Cs":
        return words("char.not_text", code=code)
    return words(_CHARACTER_WORDS.get(char, "char.invisible"), code=code)


def _first_control(text: str) -> str | None:
    return next((char for char in text if _is_control(char)), None)


def _decode_word(charset: str, encoding: str, text: str) -> str:
    """One encoded word's text, decoded as leniently as a mail program would."""
    raw = text.encode("utf-8", "surrogatepass")
    if encoding.lower() == "q":
        data = _qp_byte().sub(lambda m: bytes([int(m.group(1), 16)]), raw.replace(b"_", b" "))
    elif encoding.lower() == "b":
        compact = re.sub(rb"[^A-Za-z0-9+/]", b"", raw)
        try:
            data = base64.b64decode(compact + b"=" * (-len(compact) % 4))
        except (binascii.Error, ValueError):
            return text
    else:
        return text
    name = charset.partition("*")[0].strip() or "utf-8"
    try:
        codecs.lookup(name)
    except LookupError:
        name = "utf-8"
    # A control byte is one whatever the charset claims (UTF-16 would hide "\n" as "\n\0").
    controls = "".join(chr(b) for b in data if b < 0x20 or b == 0x7F)
    return controls + data.decode(name, errors="replace")


def decoded_words(value: str, rounds: int = 3) -> str:
    """``value`` with each RFC 2047 encoded word decoded (again, for words inside words)."""
    for _ in range(rounds):
        decoded = _encoded_word().sub(lambda m: _decode_word(*m.groups()), value)
        if decoded == value:
            break
        value = decoded
    return value


def _email_package_reading(value: str) -> str:
    """The value as Python's email package itself will read it (it decodes encoded words)."""
    from email.headerregistry import HeaderRegistry

    try:
        return str(HeaderRegistry()("X-Check", value))
    except Exception:  # its parser gives up on nonsense: then it has nothing hidden to decode
        return ""


def control_character(value: str) -> tuple[str, bool] | None:
    """The first control character in ``value`` (as given, or decoded) and whether decoding
    found it; ``None`` when there is none."""
    found = _first_control(value)
    if found is not None:
        return found, False
    if "=?" not in value:
        return None
    found = _first_control(decoded_words(value)) or _first_control(_email_package_reading(value))
    return (found, True) if found is not None else None


def header_value_problem(value: str, label: str, language: str = "en") -> str | None:
    """Why ``value`` cannot go into a mail header, in one sentence; None when it can.

    ``label`` names the field, capitalised: "The subject", "The file name “x.pdf”".
    A value over :data:`MAX_HEADER_VALUE` characters is refused before it is read further:
    no mail program shows it, and the email package's parser slows down with the square
    of its length.
    """
    words = Words("mail", language)
    if len(value) > MAX_HEADER_VALUE:
        return words("too_long", label=label, length=words.number(len(value)),
                     most=words.number(MAX_HEADER_VALUE))
    found = control_character(value)
    if found is None:
        return None
    char, hidden = found
    return words("control_hidden" if hidden else "control", label=label,
                 what=_describe(char, words))


def require_header_value(value: str, label: str) -> None:
    """Raise :class:`HeaderValueProblem` when ``value`` cannot go into a mail header."""
    problem = header_value_problem(value, label)
    if problem:
        raise HeaderValueProblem(problem)


def attachment_name_problem(name: str) -> str | None:
    """Why a file cannot be attached under this name; ``check`` and ``export`` both ask this."""
    shown = "".join("?" if _is_control(char) else char for char in name)
    return header_value_problem(name, Words("mail")("file_name_label", file=shown))


def option_problem(subject: str, attachment_paths: Sequence[str]) -> str | None:
    """``check`` and ``export``: a ``--subject`` or an ``--attach`` file name that cannot go
    into a mail header, in one sentence (both commands refuse it the same way, exit 2)."""
    problem = header_value_problem(subject, "--subject")
    if problem:
        return problem
    for raw in attachment_paths:
        problem = attachment_name_problem(PurePath(raw).name)
        if problem:
            return problem
    return None


# --- one email address ------------------------------------------------------------------------
# RFC 5322 atext without "%" and "!" (old relay routing: "evil%evil.com@host"), "?" and "`".
_ATEXT = r"[A-Za-z0-9#$&'*+/=^_{|}~-]"
_NAME_SPECIALS = frozenset('<>@,;:"\\()[]')


@cache
def _local() -> re.Pattern[str]:
    return re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*\Z")


@cache
def _label() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z")


class AddressProblem(HeaderValueProblem):
    """An address that is not exactly one plain address. ``kind`` says which way:
    ``control``, ``many``, ``group``, ``name``, ``accents``, ``long`` or ``invalid``."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Mailbox:
    """One address, strictly parsed: an optional display name and ``local@domain``."""

    name: str
    local: str
    domain: str

    @property
    def address(self) -> str:
        return f"{self.local}@{self.domain}"

    @property
    def ascii_address(self) -> str:
        """The address with an international domain in its ASCII (IDNA) form."""
        return f"{self.local}@{_ascii_domain(self.domain)}"


def _ascii_domain(domain: str) -> str:
    return domain if domain.isascii() else domain.encode("idna").decode("ascii")


def _outside_quotes(text: str) -> str:
    """``text`` with quoted strings blanked out, so "Doe, Jane" is not read as two names."""
    out, quoted, escaped = [], False, False
    for char in text:
        if escaped:
            escaped = False
            out.append(" ")
        elif quoted and char == "\\":
            escaped = True
            out.append(" ")
        elif char == '"':
            quoted = not quoted
            out.append('"')
        else:
            out.append(" " if quoted else char)
    return "".join(out)


def _display_name(raw: str, value: str, words: Words) -> str:
    """The display name before ``<…>``: a quoted string or plain words."""
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        inner, name, escaped = raw[1:-1], [], False
        for char in inner:
            if escaped:
                name.append(char)
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                raise AddressProblem("invalid", words("not_an_address", value=value))
            else:
                name.append(char)
        text = "".join(name)
    elif any(char in _NAME_SPECIALS for char in raw):
        raise AddressProblem("invalid", words("not_an_address", value=value))
    else:
        text = raw
    if "@" in text or "@" in decoded_words(text):
        raise AddressProblem("name", words("name_is_address", value=value))
    if len(text) > MAX_DISPLAY_NAME:
        raise AddressProblem("long", words("name_too_long", length=words.number(len(text)),
                                           most=words.number(MAX_DISPLAY_NAME)))
    return " ".join(text.split())


def parse_mailbox(value: str, label: str = "", language: str = "en") -> Mailbox:
    """Exactly one address, ``local@domain`` or ``Name <local@domain>``; else
    :class:`AddressProblem` in plain words.

    Stricter than :func:`email.utils.parseaddr` on purpose: it refuses two addresses
    ("a@x.com, b@y.com"), groups ("Team: a@x.com;"), a name that is an address
    ("evil@evil.com <anna@shop.example>"), comments, "%" and "!" routing, control
    characters (also inside =?…?= words) and addresses longer than mail allows. ``label``
    ("The buyer's address") is in ``language``, as the sentences are.
    """
    words = Words("mail", language)
    label = label or words("the_address")
    problem = header_value_problem(value, label, language)
    if problem:
        raise AddressProblem("control", problem)
    text = value.strip()
    bare = _outside_quotes(text)
    if ":" in bare:
        raise AddressProblem("group", words("group", label=label))
    if "," in bare or ";" in bare or bare.count("<") > 1 or bare.count("@") > 1:
        raise AddressProblem("many", words("many", label=label))
    if bare.endswith(">") and "<" in bare:
        cut = bare.rindex("<")
        name = _display_name(text[:cut].strip(), text, words)
        spec = text[cut + 1:-1].strip()
    else:
        name, spec = "", text
    local, at, domain = spec.rpartition("@")
    if not at or not local or not domain:
        raise AddressProblem("invalid", words("not_an_address", value=text))
    if not local.isascii():
        raise AddressProblem("accents", words("accents", address=spec))
    if len(local) > 64 or len(domain) > 253:
        raise AddressProblem("long", words("address_too_long", address=spec[:80]))
    if not _local().match(local):
        raise AddressProblem("invalid", words("not_an_address", value=text))
    try:
        labels = _ascii_domain(domain).split(".")
    except UnicodeError:
        raise AddressProblem("invalid", words("bad_domain", address=spec)) from None
    if len(labels) < 2 or not all(_label().match(part) for part in labels):
        raise AddressProblem("invalid", words("not_an_address", value=text))
    return Mailbox(name, local, domain)


class FromAddressProblem(HeaderValueProblem):
    """The seller's From address cannot go in a message; ``str()`` says why in plain words."""


def from_mailbox(address: str, language: str = "en") -> Mailbox:
    words = Words("mail", language)
    try:
        box = parse_mailbox(address, words("the_from_address"), language)
    except AddressProblem as exc:
        if exc.kind == "invalid":
            raise FromAddressProblem(
                words("from_not_an_address", address=address.strip())) from None
        if exc.kind == "accents":
            raise FromAddressProblem(
                words("from_accents", address=_bare_text(address))) from None
        raise FromAddressProblem(str(exc)) from None
    return box


def _bare_text(address: str) -> str:
    """The address part of "Name <address>" for a message, or the text as typed."""
    text = address.strip()
    if text.endswith(">") and "<" in text:
        return text[text.rindex("<") + 1:-1].strip()
    return text


def from_address_problem(address: str, language: str = "en") -> str | None:
    """Why this From address cannot be used, in words; None for a good one or none at all."""
    if not address.strip():
        return None
    try:
        sender_address(address, language)
    except FromAddressProblem as exc:
        return str(exc)
    return None


def sender_address(address: str, language: str = "en") -> str:
    """The From address ready for the header: checked, with an international domain encoded.

    ``info@bücher.de`` becomes ``info@xn--bcher-kva.de`` (mail servers want ASCII), a
    display name such as ``Jürgen's Shop <info@shop.de>`` is kept. Exactly one address:
    ``evil@evil.com <anna@shop.example>``, two addresses or a group are refused. Raises
    :class:`FromAddressProblem` for anything that is not one plain address.
    """
    import email.utils  # about 8 ms (sockets, calendars): not on the start path

    box = from_mailbox(address, language)
    return email.utils.formataddr((box.name, box.ascii_address)) if box.name \
        else box.ascii_address
