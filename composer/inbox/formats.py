"""What Amazon's notification e-mails look like, read from ``resources/inbox/``.

Subjects, notice sentences and marketplaces are data, so a new wording is a data
change. Matching is case-insensitive on text folded with ``casefold``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from composer.appdata.resources import load_json


def _data() -> dict[str, Any]:
    return load_json("inbox", "notifications.json")


@dataclass(frozen=True)
class Marketplace:
    ending: str  # "co.uk"
    name: str
    language: str


@cache
def marketplaces() -> dict[str, Marketplace]:
    return {ending: Marketplace(ending, entry["name"], entry["language"])
            for ending, entry in _data()["marketplaces"].items()}


RELAY_PREFIX = "marketplace.amazon."


def relay_ending(domain: str) -> str | None:
    """The country ending of a relay domain (``marketplace.amazon.co.uk`` -> ``co.uk``)."""
    domain = domain.lower().rstrip(".")
    if not domain.startswith(RELAY_PREFIX):
        return None
    ending = domain[len(RELAY_PREFIX):]
    return ending if ending in marketplaces() else None


def amazon_domain(domain: str) -> bool:
    """Amazon's own domains (``amazon.de``, ``seller-notification.amazon.com``…)."""
    domain = domain.lower().rstrip(".")
    return any(domain == known or domain.endswith("." + known)
               for known in _data()["amazon_domains"])


@cache
def topics() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(id, label, subject phrases), in the order they are tried."""
    return tuple((entry["id"], entry["label"], tuple(s.casefold() for s in entry["subjects"]))
                 for entry in _data()["topics"])


def topic_of(subject: str) -> str:
    """The topic id of a buyer's message from its subject ("" when no known form is in it)."""
    folded = subject.casefold().replace("\u2019", "'")  # "d’annulation" as "d'annulation"
    for topic_id, _label, phrases in topics():
        if any(phrase in folded for phrase in phrases):
            return topic_id
    return ""


def topic_label(topic_id: str) -> str:
    for known, label, _phrases in topics():
        if known == topic_id:
            return label
    return "Other question" if topic_id else ""


def customer_service(display_name: str, subject: str) -> bool:
    data = _data()["customer_service"]
    name, subj = display_name.casefold(), subject.casefold()
    return (any(phrase in name for phrase in data["names"])
            or any(phrase in subj for phrase in data["subjects"]))


@cache
def _notice_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((kind, tuple(p.casefold() for p in phrases))
                 for kind, phrases in _data()["notices"].items())


def notice_of(text: str) -> str:
    """The delivery notice ``text`` is (``opt-out``, ``refused``, ``restricted``), or ""."""
    folded = " ".join(text.casefold().split())
    for kind, phrases in _notice_phrases():
        if any(phrase in folded for phrase in phrases):
            return kind
    return ""


def restriction_default_days() -> int:
    return int(_data()["restriction_default_days"])


# A marker line of the text template: "------------- Begin message -------------", in any
# language ("Beginn der Nachricht", "Début du message"…): dashes, words, dashes.
MARKER = re.compile(r"^[ \t]*-{5,}[ \t]*[^\s-][^\n]*?[ \t]*-{5,}[ \t]*$", re.MULTILINE)
ORDER_ID = re.compile(r"(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])")
# "1 of Brass Desk Lamp [ASIN: B08XYZ1234]" ("1 von", "1 de", "1 di", "1 点"…)
PRODUCT_LINE = re.compile(
    r"^[ \t]*#?[ \t]*\d+[ \t]*\S*[ \t]+(?P<title>[^\n]*?)[ \t]*\[ASIN:?[ \t]*"
    r"(?P<asin>[A-Z0-9]{10})\]", re.MULTILINE)
ASIN_ALONE = re.compile(r"\bASIN:?[ \t]*(?P<asin>B0[A-Z0-9]{8}|\d{9}[\dX])\b")
# The rest of a product line: the name, then "[ASIN: …]" or "(ASIN …)" when there is one.
_TITLE_AND_ASIN = (r"(?P<title>[^\n]*?)[ \t]*(?:[\[(][ \t]*ASIN:?[ \t]*(?P<asin>[A-Z0-9]{10})"
                   r"[ \t]*[\])])?[ \t]*$")
TITLE_AND_ASIN = re.compile(_TITLE_AND_ASIN)


@cache
def product_label_line() -> re.Pattern[str]:
    """A line that names the product after a label: "Artikel: Wasserkocher 1,7 L",
    "Article : Théière [ASIN: B0…]" (the labels are data, ``product_labels``, every
    language's read in every marketplace). The name may also be on the next line, as an
    HTML table's cell reads: then ``title`` is empty."""
    labels = {label for key, names in _data()["product_labels"].items() if key != "description"
              for label in names}
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?i:{alternatives})[ \t]*:[ \t]*{_TITLE_AND_ASIN}",
                      re.MULTILINE)
