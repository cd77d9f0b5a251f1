"""Find phone numbers without mistaking order IDs, tracking numbers or prices for them.

Seller messages are full of long numbers that are not phone numbers: the
17-digit order ID, carrier tracking numbers, ASINs, prices, dates, sizes and
postcodes. So this detector works in three steps: mask everything that is
clearly one of those, pick the remaining digit runs that could be a phone
number, and only then ask ``phonenumbers`` (libphonenumber) whether the run is
a valid number in a region the buyer plausibly lives in. A bare run of ten or
more digits with no separators and no "call"/"phone" nearby is read as a
tracking number, not a phone number.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from composer.appdata.resources import load_json
from composer.policy.normalize import normalize

# Not right after "+44 " or "0171-": there a date-like group is the end of a phone number.
_NOT_IN_PHONE = r"(?<![\d+][ \t])(?<![\d+][-.])"
# Numbers that are something else. Each is masked before phone candidates are searched.
_NOT_PHONE = re.compile(
    "|".join(
        [
            r"\b[D\d]\d{2}-\d{7}-\d{7}\b",  # Amazon order IDs, digital orders D01-...
            r"\b1Z[0-9A-Z]{16}\b",  # UPS
            r"\bT[A-Z]{2}\d{9,12}\b",  # Amazon Logistics TBA/TBC/TBM
            r"\b[A-Z]{1,4}\d{7,}[A-Z]{0,3}\b",  # letter-prefixed tracking numbers, serials
            r"\b\d{6,}[A-Z]{1,3}\b",  # digit runs with a letter suffix (Royal Mail ...GB)
            r"\b[A-Z]{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}[ ]?[A-Z]{2}\b",  # UPU S10: RR 123 456 789 GB
            r"\bB0[0-9A-Z]{8}\b",  # ASIN
            r"\b97[89](?:[- ]?\d){10}\b",  # ISBN-13
            rf"{_NOT_IN_PHONE}\b\d{{1,2}}([./-])\d{{1,2}}\1(?:\d{{4}}|\d{{2}})\b",  # 12.03.2026
            rf"{_NOT_IN_PHONE}\b\d{{4}}([./-])\d{{1,2}}\2\d{{1,2}}\b",  # 2026-03-12
            r"\b\d{1,2}:\d{2}(?::\d{2})?\b",  # times
            r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b",  # 20240315
            r"[$€£¥₹₽]\s?\d[\d.,' \u00a0]{0,16}\d",  # $1,234.56
            r"\d[\d.,' \u00a0]{0,16}\d\s?(?:[$€£¥₹₽]|EUR|USD|GBP|zł)",  # 1 299,00 €
            r"\b\d{1,4}(?:[.,]\d+)?\s?[x×*]\s?\d{1,4}(?:[.,]\d+)?(?:\s?[x×*]\s?\d{1,4}(?:[.,]\d+)?)?\b",
            r"\d{1,9}(?:[.,]\d{1,6})?\s?(?:mm|cm|m|km|kg|g|mg|ml|l|in|inch|inches|ft|lb|lbs|oz|pcs|%)\b",
            rf"{_NOT_IN_PHONE}\b\d{{5}}-\d{{4}}\b",  # US ZIP+4
            r"\bv\d{1,6}(?:\.\d{1,6}){1,6}\b",  # versions
            r"\b\d{1,6}(?:\.\d{1,6}){3,8}\b",  # dotted runs of 4+ groups: versions, IP addresses
        ]
    )
)
_CANDIDATE = re.compile(
    r"(?<![\w+.,/-])(?:\+|\(\+?)?\d[\d \t\u00a0().\-/~]{4,60}\d"
    r"(?:[ \t]*,?[ \t]*(?:x|ext\.?|extension|#)[ \t]*\d{1,7})?(?![\w])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_CODE_BEFORE = re.compile(r"(?<![\w])[A-Z]{1,3}[ \t]?$")
_CODE_AFTER = re.compile(r"[ \t]?\d*[A-Z]{1,3}\b")
# Where two numbers written side by side are split: "call 415-666-7777 - 800-443-1223".
_SPLIT = re.compile(r"[ \t]{2,}|[ \t]+[-/~][ \t]+|(?<=\d)[ \t]+(?=\()")
# Shapes that read as a phone number to any human, even when the digits are not assigned.
_PHONE_SHAPE = re.compile(
    r"^(?:\+\d[\d \-.()/]{6,}\d"  # +44 20 3456 7890
    r"|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}"  # (415) 666-7777, 415.666.7777
    r"|0\d{1,4}[ \-/]\d{2,4}(?:[ \-]\d{2,4}){1,3})$"  # 03 331 6005, 0123/456789
)
_GROUPS = re.compile(r"\d+")


@dataclass(frozen=True)
class _Data:
    default_regions: tuple[str, ...]
    by_language: dict[str, tuple[str, ...]]
    phone_words: re.Pattern[str]
    not_phone_words: re.Pattern[str]


@cache
def data() -> _Data:
    raw = load_json("policy", "detector_data.json")

    def words(items: list[str]) -> re.Pattern[str]:
        alts = "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))
        return re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.IGNORECASE)

    return _Data(
        default_regions=tuple(raw["phone_regions_default"]),
        by_language={k: tuple(v) for k, v in raw["phone_regions_by_language"].items()},
        phone_words=words(raw["phone_words"]),
        not_phone_words=words(raw["not_phone_words"]),
    )


def regions_for(language: str) -> tuple[str, ...]:
    """Regions to read national numbers in: the buyer's (``de-AT`` -> AT, DE...), then defaults."""
    found: list[str] = []
    parts = re.split(r"[-_]", language.strip()) if language else []
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            found.append(part.upper())
    if parts:
        found.extend(data().by_language.get(parts[0].lower(), ()))
    found.extend(data().default_regions)
    return tuple(dict.fromkeys(r for r in found if r in phonenumbers.SUPPORTED_REGIONS))


# Where a not-a-phone number can start: a currency sign, a digit run, a letter prefix.
_TOKEN = re.compile(r"[$€£¥₹₽]|\b[A-Z]{2}\b|\b[A-Za-z]{0,4}\d")


def _mask(text: str) -> str:
    """Replace every not-a-phone number with 'X's of the same length (offsets stay put).

    The patterns are tried only where a token starts, not at every character:
    every not-a-phone pattern begins a token, and this is several times faster.
    """
    pieces: list[str] = []
    pos = 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start < pos:
            continue
        match = _NOT_PHONE.match(text, start)
        if match is None or match.end() == start:
            continue
        pieces.append(text[pos:start])
        pieces.append("X" * (match.end() - start))
        pos = match.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _context(masked: str, start: int) -> tuple[bool, bool]:
    """(a phone word is near, a not-phone word like 'order' or 'tracking' is nearer)."""
    before = masked[max(0, start - 32) : start]
    phone = list(data().phone_words.finditer(before))
    other = list(data().not_phone_words.finditer(before))
    near_phone = bool(phone)
    if other and (not phone or other[-1].start() > phone[-1].start()):
        # The closest clue says "order/tracking/SKU..." unless it is far and a phone word follows.
        return near_phone, len(before) - other[-1].end() <= 20
    return near_phone, False


def _plausible(run: str, phone_word: bool) -> bool:
    """Shape checks that need no metadata: digit count, tracking-like runs, spaced digits."""
    digits = len(_DIGIT.findall(run))
    if digits < 6 or digits > 17:
        return False
    groups = _GROUPS.findall(run.split("x")[0].split("X")[0])
    core_digits = sum(len(g) for g in groups)
    if core_digits > 15:
        return False
    international = run.lstrip("(").startswith("+")
    if len(groups) == 1 and not international and not phone_word:
        return False  # one unbroken run: tracking, invoice or order number, unless "call ..."
    if len(groups) >= 8 and max(len(g) for g in groups) == 1:
        return False  # " 7 9 0 5 3 ...": a tracking number typed with spaces
    if international:
        return True
    if len(groups) > 1 and max(len(g) for g in groups) >= 9:
        return False  # "5108 7693037816": a long block inside is a tracking number
    return sum(len(g) == 4 for g in groups) < 3  # "0414 4176 0228 964": a tracking number


def _matches(window: str, regions: tuple[str, ...], leniency: int) -> list[tuple[int, int]]:
    for region in regions:
        spans = [
            (m.start, m.end)
            for m in PhoneNumberMatcher(window, region, leniency=leniency, max_tries=5)
        ]
        if spans:
            return spans
    return []


def find(text: str, language: str = "") -> Iterator[tuple[int, int]]:
    """Yield (start, end) original-text spans of phone numbers."""
    norm = normalize(text)
    ntext = norm.text
    # Rough digit runs first (cheap); the masks and libphonenumber run only around them.
    rough = [m.span() for m in _ROUGH.finditer(ntext) if _enough_digits(m.group())]
    if not rough:
        return
    regions = regions_for(language)
    for w0, w1, inner in _windows(rough, len(ntext)):
        masked = _mask(ntext[w0:w1])
        for cand in _CANDIDATE.finditer(masked):
            start, end = cand.start() + w0, cand.end() + w0
            if not _inside(inner, start, end):
                continue  # a fragment at the window's edge
            near_phone, near_other = _context(masked, cand.start())
            if near_other and not near_phone:
                continue
            if not near_phone and (
                _CODE_BEFORE.search(masked, max(0, cand.start() - 6), cand.start())
                or _CODE_AFTER.match(masked, cand.end())
            ):
                continue  # "LI 129 79072", "09 9800 0002 0033 F": a carrier's code, not a phone
            for offset, run in _pieces(cand):
                for s_, e_ in _check_run(run, near_phone, regions):
                    yield norm.span(w0 + offset + s_, w0 + offset + e_)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is (start, end) inside one of ``spans`` (sorted by start)? Binary search: stays linear."""
    index = bisect_right(spans, (start, len(spans) and 1 << 62)) - 1
    return any(s <= start and end <= e for s, e in spans[max(0, index - 1) : index + 1])


_ROUGH = re.compile(r"\d[\d \t\u00a0().\-/~]{4,60}\d")
_MARGIN = 40
_EXTENSION = 20  # " , extension 7246433" after the digits


def _enough_digits(run: str) -> bool:
    return len(_DIGIT.findall(run)) >= 6


def _windows(
    spans: list[tuple[int, int]], size: int
) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Merge the rough runs into windows with some context on each side."""
    w0, w1 = max(0, spans[0][0] - _MARGIN), min(size, spans[0][1] + _MARGIN)
    inner = [(max(0, spans[0][0] - 3), spans[0][1] + _EXTENSION)]
    for start, end in spans[1:]:
        if start - _MARGIN <= w1:
            w1 = min(size, end + _MARGIN)
        else:
            yield w0, w1, inner
            w0, w1, inner = max(0, start - _MARGIN), min(size, end + _MARGIN), []
        inner.append((max(0, start - 3), end + _EXTENSION))  # room for "+", "(+", " ext. 12"
    yield w0, w1, inner


def _pieces(cand: re.Match[str]) -> Iterator[tuple[int, str]]:
    """The candidate itself, or its parts when it is too long to be one number."""
    run = cand.group()
    if len(_DIGIT.findall(run)) <= 17 or not _SPLIT.search(run):
        yield cand.start(), run
        return
    pos = 0
    for sep in _SPLIT.finditer(run):
        yield cand.start() + pos, run[pos : sep.start()]
        pos = sep.end()
    yield cand.start() + pos, run[pos:]


def _check_run(run: str, near_phone: bool, regions: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans (within ``run``) that libphonenumber, or an unmistakable shape, calls a phone."""
    if not _plausible(run, near_phone):
        return []
    spans = _matches(run, regions[:1] if run.startswith("+") else regions, Leniency.VALID)
    if spans:
        return spans
    stripped = run.strip()
    if _PHONE_SHAPE.match(stripped):
        lead = run.index(stripped[0])
        return [(lead, lead + len(stripped))]
    if near_phone:
        return _matches(run, regions, Leniency.POSSIBLE)
    return []
