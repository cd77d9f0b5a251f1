"""Read one of Amazon's notification e-mails into a :class:`BuyerMail`.

Two templates carry a buyer's message: the older text one, with the buyer's words
between two dashed marker lines ("------------- Begin message -------------"), and the
newer HTML one, with the words in a single ``<pre>`` block. Amazon also relays messages
from its customer service, and mails back delivery notices (the buyer opted out, a
message broke the guidelines, proactive messages are restricted). Anything else is
refused with one plain sentence (:class:`NotAmazonMail`, :class:`UnreadableMail`).

Everything read here may be hostile: header values are cleaned of control characters,
and a Message-ID is kept only when it is safe to write back into a reply's header.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser

from composer.inbox import formats
from composer.inbox.buyermessage import (
    BUYER_MESSAGE,
    CUSTOMER_SERVICE,
    DELIVERY_NOTICE,
    REFUSED,
    RESTRICTED,
    BuyerMail,
    MailFile,
    NotAmazonMail,
    UnreadableMail,
)
from composer.words import Words

# English, as the core keeps them; the window and --lang say them in the seller's language.
_WORDS = Words("inbox")

MAX_MAIL_BYTES = 60_000_000  # Amazon's own limit for a message with files is far lower
MAX_TEXT_CHARS = 200_000  # the buyer's words; Amazon's form takes a few thousand
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069"
                       r"\ufeff]")
_MSG_ID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")  # no spaces, < or > inside
_RELAY_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]{1,128}@marketplace\.amazon\.[a-z.]{2,8}",
                            re.IGNORECASE)


def clean_line(text: str) -> str:
    """A header value as one safe line: control and direction characters out, spaces one."""
    return " ".join(_CONTROLS.sub(" ", text).split())


def read_mail(raw: bytes) -> BuyerMail:
    """The notification in ``raw`` (an RFC 5322 e-mail), or :class:`MailRefused` saying why."""
    if len(raw) > MAX_MAIL_BYTES:
        raise UnreadableMail(_WORDS("mail.larger_than", size=MAX_MAIL_BYTES // 1_000_000))
    if not raw.strip():
        raise UnreadableMail(_WORDS("mail.empty"))
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        sender_name, sender = _sender(msg)
    except Exception:  # the email package stumbles on some damage; say so, never a traceback
        raise UnreadableMail(_WORDS("mail.damaged")) from None
    if not sender:
        if not any(msg.get(name) for name in ("Date", "Subject", "Message-ID", "Received")):
            raise UnreadableMail(_WORDS("mail.not_an_email"))
        raise NotAmazonMail(_WORDS("mail.no_sender"))
    domain = sender.rpartition("@")[2]
    ending = formats.relay_ending(domain)
    if ending is None and not formats.amazon_domain(domain):
        raise NotAmazonMail(_WORDS("mail.not_amazon", sender=sender))
    subject = clean_line(_header_text(msg, "Subject"))
    plain, html = _bodies(msg)
    words_html = _HtmlText.read(html) if html else ""
    everything = "\n".join((subject, plain, words_html))
    notice = formats.notice_of(everything)
    received = _received_at(msg)
    common = dict(received_at=received, subject=subject, message_id=_message_id(msg),
                  references=_references(msg), delivered_to=_delivered_to(msg),
                  fingerprint=hashlib.sha256(raw).hexdigest(),
                  order_ids=_order_ids(subject, plain, words_html))
    if notice:
        return _notice(notice, ending, sender, plain or words_html, common)
    if ending is None:
        raise NotAmazonMail(_WORDS("mail.nothing_to_answer", sender=sender))
    market = formats.marketplaces()[ending]
    kind = CUSTOMER_SERVICE if formats.customer_service(sender_name, subject) else BUYER_MESSAGE
    text = _buyer_words(plain, html, words_html)
    asin, title = _product(plain, text)
    if not (asin and title):  # what the text template lacks, the HTML one may have
        html_asin, html_title = _product(words_html, text)
        asin, title = asin or html_asin, title or html_title
    name = _buyer_name(sender_name, subject) if kind == BUYER_MESSAGE else ""
    return BuyerMail(kind=kind, relay=sender, buyer_name=name,
                     marketplace=ending, language=market.language,
                     topic=formats.topic_of(subject), asin=asin, product_title=title,
                     text=text, files=_files(msg), **common)  # type: ignore[arg-type]


# ---------------------------------------------------------------- headers


def _header_text(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:
        value = msg.get_all(name, failobj=[""])[0] if msg.get_all(name) else ""
    return "" if value is None else str(value)


def _sender(msg: EmailMessage) -> tuple[str, str]:
    """(display name, address) of From, else Reply-To; the address exactly as written."""
    for name in ("From", "Reply-To"):
        raw = msg.get_all(name) or []
        for display, address in getaddresses([str(value) for value in raw]):
            address = clean_line(address)
            if "@" in address and " " not in address:
                return clean_line(display), address
    return "", ""


def _delivered_to(msg: EmailMessage) -> str:
    for name in ("Delivered-To", "To"):
        for _display, address in getaddresses([str(v) for v in msg.get_all(name) or []]):
            address = clean_line(address)
            if "@" in address and " " not in address:
                return address
    return ""


def _message_id(msg: EmailMessage) -> str:
    found = _MSG_ID.search(_header_text(msg, "Message-ID"))
    return found.group(0) if found else ""


def _references(msg: EmailMessage) -> tuple[str, ...]:
    ids = _MSG_ID.findall(_header_text(msg, "References"))
    return tuple(ids[-10:])  # the thread's root and its latest steps are enough


def _moment(text: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _received_at(msg: EmailMessage) -> datetime:
    """The Date field; else the time the last server took it in (a Received line)."""
    moment = _moment(_header_text(msg, "Date"))
    if moment is None:
        for line in msg.get_all("Received") or []:
            moment = _moment(str(line).rpartition(";")[2])
            if moment is not None:
                break
    if moment is None:
        raise UnreadableMail(_WORDS("mail.no_date"))
    return moment.astimezone(timezone.utc)


# ---------------------------------------------------------------- bodies


def _decoded(part: EmailMessage) -> str:
    """A text part's words; an unknown or wrong character set is read as Latin-1."""
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, AssertionError, ValueError, KeyError):
        pass
    data = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset)
    except (LookupError, UnicodeError):
        return data.decode("latin-1")


def _bodies(msg: EmailMessage) -> tuple[str, str]:
    """The first plain-text and HTML bodies that are not attachments."""
    plain = html = ""
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and not plain:
            plain = _decoded(part)
        elif kind == "text/html" and not html:
            html = _decoded(part)
    return plain.replace("\r\n", "\n")[:MAX_MAIL_BYTES], html


class _HtmlText(HTMLParser):
    """An HTML body as text, with the first ``<pre>`` block kept apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.pre: list[str] | None = None
        self.pre_done = False
        self._skip = 0

    @classmethod
    def read(cls, html: str) -> str:
        reader = cls()
        reader.feed(html)
        reader.close()
        return reader.text

    @classmethod
    def pre_block(cls, html: str) -> str | None:
        reader = cls()
        reader.feed(html)
        reader.close()
        return "".join(reader.pre) if reader.pre is not None else None

    @property
    def text(self) -> str:
        lines = "".join(self.parts).splitlines()
        return "\n".join(" ".join(line.split()) for line in lines).strip()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip += 1
        elif tag == "pre" and not self.pre_done and self.pre is None:
            self.pre = []
        elif tag in ("br", "p", "div", "tr", "li", "table", "h1", "h2", "h3"):
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag == "pre" and self.pre is not None and not self.pre_done:
            self.pre_done = True
            self._add("\n")
        elif tag in ("p", "div", "tr", "li", "td"):
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self.pre is not None and not self.pre_done:
            self.pre.append(data)
        self._add(data)

    def _add(self, text: str) -> None:
        self.parts.append(text)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n").strip()[:MAX_TEXT_CHARS]


def _buyer_words(plain: str, html: str, html_text: str) -> str:
    """Between the marker lines of the text template, else the HTML template's ``<pre>``."""
    if plain:
        markers = list(formats.MARKER.finditer(plain))
        if len(markers) >= 2:
            return _tidy(plain[markers[0].end():markers[1].start()])
    if html:
        pre = _HtmlText.pre_block(html)
        if pre is not None:
            return _tidy(unescape(pre))
    return _tidy(plain or html_text)


def _order_ids(*texts: str) -> tuple[str, ...]:
    found: list[str] = []
    for text in texts:
        for order in formats.ORDER_ID.findall(text[:MAX_TEXT_CHARS]):
            if order not in found:
                found.append(order)
    return tuple(found[:20])


def _product(text: str, buyer_words: str = "") -> tuple[str, str]:
    """(ASIN, product name): from "1 of <name> [ASIN: …]", else from a labelled line
    ("Artikel: <name>") that is not one of the buyer's own lines, else the ASIN alone."""
    text = text[:MAX_TEXT_CHARS]
    line = formats.PRODUCT_LINE.search(text)
    if line:
        return line.group("asin"), clean_line(line.group("title"))[:300]
    asin, title = _labelled_product(text, buyer_words)
    if not asin:
        alone = formats.ASIN_ALONE.search(text)
        asin = alone.group("asin") if alone else ""
    return asin, title


def _labelled_product(text: str, buyer_words: str) -> tuple[str, str]:
    said = {line.strip() for line in buyer_words.splitlines() if line.strip()}
    for match in formats.product_label_line().finditer(text):
        if match.group(0).strip() in said:  # "Item: broken" in the buyer's message
            continue
        found = match
        if not match.group("title").strip():  # the name in the next line (an HTML table)
            following = text[match.end():].lstrip("\n").split("\n", 1)[0]
            found = formats.TITLE_AND_ASIN.match(following.strip())  # type: ignore[assignment]
            if found is None or not found.group("title") or following.strip() in said:
                continue
        title = clean_line(found.group("title"))[:300]
        if title:
            return found.group("asin") or "", title
    return "", ""


_NAME_TAIL = re.compile(r"\s+[-–]\s+amazon\b.*$", re.IGNORECASE)
_SUBJECT_NAME = re.compile(r"(?:amazon customer|amazon-kunde|client amazon|cliente de amazon|"
                           r"cliente amazon)\s+(?P<name>[^()]{1,60}?)\s*\(", re.IGNORECASE)


def _buyer_name(display: str, subject: str) -> str:
    """"Dana - Amazon Marketplace" -> "Dana"; else the name in the subject."""
    if display and _NAME_TAIL.search(display):
        name = _NAME_TAIL.sub("", display).strip()
        if name:
            return name[:100]
    found = _SUBJECT_NAME.search(subject)
    if found:
        return found.group("name").strip()
    return display[:100] if display and "amazon" not in display.casefold() else ""


_IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp",
                "image/heic")


def _files(msg: EmailMessage) -> tuple[MailFile, ...]:
    """The buyer's files: attachments, and pictures that come inline with a name."""
    files: list[MailFile] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        kind = part.get_content_type()
        try:
            name = clean_line(part.get_filename() or "")
        except Exception:
            name = ""
        wanted = disposition == "attachment" or (kind in _IMAGE_TYPES and (
            name or disposition == "inline"))
        if not wanted or (kind in ("text/plain", "text/html") and disposition != "attachment"):
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data:
            continue
        files.append(MailFile(name=name or f"attachment-{len(files) + 1}", content_type=kind,
                              data=data))
    return tuple(files[:20])


# ---------------------------------------------------------------- delivery notices


_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_UNTIL = re.compile(r"\b(?:until|through|till|ends? on|bis|jusqu'au|hasta el|fino al)\b",
                    re.IGNORECASE)


def _a_date(text: str) -> date | None:
    for pattern, order in ((_ISO_DAY, "ymd"), (_DAY_MONTH, "dmy"), (_MONTH_DAY, "mdy")):
        found = pattern.search(text)
        if not found:
            continue
        try:
            if order == "ymd":
                return date(int(found[1]), int(found[2]), int(found[3]))
            if order == "dmy" and found[2].lower() in _MONTHS:
                return date(int(found[3]), _MONTHS[found[2].lower()], int(found[1]))
            if order == "mdy" and found[1].lower() in _MONTHS:
                return date(int(found[3]), _MONTHS[found[1].lower()], int(found[2]))
        except ValueError:
            continue
    return None


def _until(text: str, received: datetime) -> date:
    """The restriction's last day: a date after "until", else 30 days from the notice."""
    for found in _UNTIL.finditer(text[:MAX_TEXT_CHARS]):
        day = _a_date(text[found.end():found.end() + 40])
        if day is not None:
            return day
    return (received + timedelta(days=formats.restriction_default_days())).date()


_QUOTED_SUBJECT = re.compile(r"^[ \t>]*(?:Subject|Betreff|Objet|Asunto|Oggetto|件名)\s*[:：]"
                             r"[ \t]*(?P<subject>[^\n]{1,300})", re.IGNORECASE | re.MULTILINE)


def _notice(kind: str, ending: str | None, sender: str, text: str, common: dict) -> BuyerMail:
    received: datetime = common["received_at"]
    relays = [a for a in _RELAY_IN_TEXT.findall(text[:MAX_TEXT_CHARS])
              if a.lower() != sender.lower()]
    buyer = relays[0] if relays else ""
    buyer_ending = formats.relay_ending(buyer.rpartition("@")[2]) if buyer else None
    market = buyer_ending or ending or ""
    language = formats.marketplaces()[market].language if market else ""
    quoted = _QUOTED_SUBJECT.search(text[:MAX_TEXT_CHARS]) if kind == REFUSED else None
    return BuyerMail(
        kind=DELIVERY_NOTICE, notice=kind, relay=buyer, marketplace=market, language=language,
        notice_until=_until(text, received) if kind == RESTRICTED else None,
        notice_subject=clean_line(quoted.group("subject")).strip("\"'“”") if quoted else "",
        text=_tidy(text)[:4000], **common)
