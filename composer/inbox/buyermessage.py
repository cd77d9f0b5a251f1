"""The records one Amazon notification e-mail becomes: plain values, no Qt, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from composer.words import Words

BUYER_MESSAGE = "buyer-message"
CUSTOMER_SERVICE = "customer-service"
DELIVERY_NOTICE = "delivery-notice"
KINDS = (BUYER_MESSAGE, CUSTOMER_SERVICE, DELIVERY_NOTICE)

OPT_OUT = "opt-out"
REFUSED = "refused"
RESTRICTED = "restricted"
NOTICE_KINDS = (OPT_OUT, REFUSED, RESTRICTED)

def kind_labels(language: str = "en") -> dict[str, str]:
    """What each kind of e-mail is called, in ``language`` (resources/messages/inbox.json)."""
    said = Words("inbox", language)
    return {kind: said(f"kind.{kind}") for kind in KINDS}


def notice_labels(language: str = "en") -> dict[str, str]:
    """What each of Amazon's notices says, in ``language``."""
    said = Words("inbox", language)
    return {kind: said(f"notice.{kind}") for kind in NOTICE_KINDS}


KIND_LABELS = kind_labels()  # English; the buyer messages window passes the app's language
NOTICE_LABELS = notice_labels()

REPLY_WITHIN = timedelta(hours=24)


class MailRefused(Exception):
    """The e-mail cannot become a buyer message; ``str()`` is one plain sentence."""


class NotAmazonMail(MailRefused):
    """Someone else's e-mail (or one from Amazon that is not about a buyer's message)."""


class UnreadableMail(MailRefused):
    """Not an e-mail at all, or one too damaged to read."""


@dataclass(frozen=True)
class MailFile:
    """A file the buyer attached (a photo of the damage, say), as it came in the e-mail."""

    name: str  # as the e-mail named it; made safe only when it is saved
    content_type: str
    data: bytes


@dataclass(frozen=True)
class SavedFile:
    """A buyer's file as kept in the data folder (``inbox/<fingerprint>/<name>``)."""

    name: str
    path: str
    content_type: str = ""
    size: int = 0
    sha256: str = ""


@dataclass(frozen=True)
class BuyerMail:
    """One of Amazon's notification e-mails, read.

    ``relay`` is the address exactly as Amazon sent it, ``+…`` case part included: a
    reply goes back to that address. ``received_at`` is the e-mail's Date (aware), so
    the 24-hour clock starts at the minute the buyer wrote.
    """

    kind: str  # one of KINDS
    received_at: datetime
    subject: str
    relay: str = ""
    buyer_name: str = ""
    marketplace: str = ""  # the relay's country ending: "com", "co.uk", "de"…
    language: str = ""  # the buyer's language from the marketplace: "en", "de"…
    topic: str = ""  # a topic id from resources/inbox/notifications.json; "" unknown
    order_ids: tuple[str, ...] = ()
    asin: str = ""
    product_title: str = ""
    text: str = ""  # the buyer's own words
    files: tuple[MailFile, ...] = ()
    message_id: str = ""  # "<…>", checked safe to write back into a header; "" when none
    references: tuple[str, ...] = ()  # the e-mail's own References, for the reply's
    delivered_to: str = ""  # the address it was sent to (the seller's registered one)
    fingerprint: str = ""  # SHA-256 of the raw e-mail: the same file imported twice is one
    notice: str = ""  # delivery notices: one of NOTICE_KINDS
    notice_until: date | None = None  # "restricted": the last day of the restriction
    notice_subject: str = ""  # "refused": the subject of the message Amazon did not send

    @property
    def order_id(self) -> str:
        return self.order_ids[0] if self.order_ids else ""

    @property
    def due_at(self) -> datetime:
        """When the 24 hours to answer run out."""
        return self.received_at + REPLY_WITHIN
