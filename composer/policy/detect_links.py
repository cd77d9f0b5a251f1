"""Find web addresses and e-mail addresses, including the disguised ones.

Amazon's scanner blocks links and e-mail addresses however they are written,
so :func:`find` first undoes the usual disguises (look-alike letters and invisible
characters: :mod:`~composer.policy.normalize`; spaced letters, split lines, digits for
letters: :mod:`~composer.policy.unmask`; ``example dot com``, ``x[.]com``,
``name (at) shop (dot) net``, ``hxxps://``: :mod:`~composer.policy.link_disguises`) and
then looks for addresses in the cleaned copy (this module). Every match is mapped back
to the seller's own characters, disguise included. The shared word lists are in
:mod:`~composer.policy.link_data`.

It must not cry wolf on order IDs, prices, versions, file names or a missing
space after a full stop (``arrived.Thanks``, ``box.It``): a bare ``name.tld``
counts only when the ending is a real top-level domain (``tlds.txt``), is
written in one case, and is not an everyday word glued to the next sentence.
Amazon named as a place (``Amazon.com``) is no finding; an https link to
Amazon's own sites is an ``info`` finding only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from composer.policy import unmask
from composer.policy.link_data import LABEL, data, lower_same_length, positions
from composer.policy.link_disguises import undisguise
from composer.policy.normalize import Normalized, normalize

__all__ = ["Hit", "data", "find", "undisguise"]

_TRAIL = ".,;:!?'\")]}>*"  # punctuation that ends a sentence, not the address


@dataclass(frozen=True)
class Hit:
    """One address found in the text: what kind, where (original offsets), what it reads as."""

    kind: str  # "link", "short-link", "ip", "amazon", "email"
    start: int
    end: int
    reads_as: str
    disguised: bool
    severity: str | None = None  # None: the rule's own severity


# --- Find addresses in the cleaned text (link_disguises.undisguise made it) -----------

_HOST = rf"(?:{LABEL}\.)+{LABEL}"
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IP = rf"{_OCTET}(?:\.{_OCTET}){{3}}"
_PATH = r"(?:[/?#][^\s<>\"'`]*)?"

_SCHEME_URL = re.compile(
    r"(?<![\w+.-])(?P<scheme>[a-z][a-z0-9+.-]{1,15})://[^\s<>\"'`]*[^\W_]?[^\s<>\"'`]*",
    re.IGNORECASE,
)
_MAILTO = re.compile(r"(?<![\w])mailto:[^\s<>\"'`]*@[^\s<>\"'`]+", re.IGNORECASE)
# Any other "something@something": comments, quoted parts, spaces around the @ (isemail's cases).
_LOOSE_EMAIL = re.compile(
    r"(?P<left>[^\s@]*(?:[^\W_]|[)\"\]\u0300-\u036f\u0900-\u0dff]))(?P<s1>[ \t]*)@(?P<s2>[ \t]*)"
    r"(?P<right>(?:\([^()\n]{0,80}\))?(?:[^\W_]|[\[(\u0900-\u0dff])[^\s@]*)"
)
_PROTOCOL_RELATIVE = re.compile(
    rf"(?<![\w:/])//(?:localhost\b|{_HOST})(?::\d{{1,5}})?{_PATH}", re.IGNORECASE
)
_LOCALHOST = re.compile(r"(?<![\w.-])localhost:\d{2,5}\b" + _PATH, re.IGNORECASE)
_EMAIL = re.compile(
    r"(?:\"[^\"\n]{0,64}\"|(?<![\w.!#$%&'*+/=?^`{|}~-])[\w!#$%&'*+/=?^`{|}~-]+(?:\.+[\w!#$%&'*+/=?^`{|}~-]+)*)"
    r"(?:\([^()\s]{0,40}\))?@(?:\([^()\s]{0,40}\))?"
    rf"(?P<domain>\[[^\]\s]{{1,80}}\]|{_HOST}|[^\W_][\w-]*)",
    re.IGNORECASE,
)
_WWW = re.compile(rf"(?<![\w.-])www\d{{0,3}}\.{_HOST}(?::\d{{1,5}})?{_PATH}", re.IGNORECASE)
_IP_RE = re.compile(rf"(?<![\w.])(?P<ip>{_IP})(?![\w]|\.\d)(?::\d{{1,5}})?{_PATH}")
_BARE_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,62}[^\W_])?"
_BARE = re.compile(
    rf"(?<![\w@.\-/:])(?P<host>(?:{_BARE_LABEL}\.)+(?P<tld>[^\W\d_]{{2,24}}))"
    rf"(?![\w-]|\.[^\W_])(?P<rest>(?::\d{{2,5}})?(?:/[^\s<>\"'`]*)?)",
)


def _trim(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation from the end of a match, keeping balanced brackets."""
    counts: dict[str, int] = {}  # brackets in text[start:end], counted once, then kept up
    while end > start and text[end - 1] in _TRAIL:
        char = text[end - 1]
        if char in ")]":
            opening = "(" if char == ")" else "["
            if char not in counts:
                counts[char] = text.count(char, start, end)
                counts[opening] = text.count(opening, start, end)
            if counts[opening] >= counts[char]:
                break
            counts[char] -= 1
        end -= 1
    return end


def _host_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    host = re.split(r"[/?#:\s]", rest, maxsplit=1)[0]
    return host.rsplit("@", 1)[-1].lower().rstrip(".")


def _is_amazon(host: str) -> bool:
    return any(host == dom or host.endswith("." + dom) for dom in data().amazon)


def _is_short(host: str) -> bool:
    return host.removeprefix("www.") in data().short


def _bare_ok(match: re.Match[str], disguised: bool) -> bool:
    """Is a bare ``name.tld`` really a web address, not a file name or a missing space?"""
    d = data()
    if disguised and match.group("tld").lower() in d.tlds:
        return True  # "short[.]is", "shop (dot) it": nobody writes a sentence like that
    tld_text = match.group("tld")
    tld = tld_text.lower()
    host = match.group("host").lower()
    if _is_short(host):
        return True
    mixed = tld_text[1:] != tld_text[1:].lower() and tld_text[1:] != tld_text[1:].upper()
    if mixed and tld in d.strong:
        return True  # "shop.cOm", "shop.CoM": nobody starts a sentence like that
    if tld not in d.tlds or not (tld_text.islower() or tld_text.isupper()):
        return False  # "today.Tracking", "box.It": a sentence boundary
    labels = host.split(".")
    rest = match.group("rest")
    if tld in d.file_ext and not rest:
        return False  # "setup.zip", "readme.md"
    if tld in d.strong and tld not in d.word_tlds:
        return True
    # A word-like ending: ask for more evidence than "word.word".
    left = labels[-2]
    evidence = len(labels) >= 3 or len(rest) > 1 or any(c.isdigit() or c == "-" for c in left)
    if tld in d.word_tlds or tld in d.common:
        return evidence
    return evidence or left not in d.common


def find(text: str, limit: int | None = None) -> list[Hit]:
    """Every link and e-mail address in ``text`` (original offsets), disguised or not.

    With ``limit``, each kind of search stops after that many addresses, so the first
    ``limit`` of the text are all found (a text of 250,000 addresses is not read to its end).
    """
    hits: list[Hit] = []
    d = data()
    clean = undisguise(unmask.unmask(normalize(text), d.tlds, d.strong))
    ctext = clean.text
    lower = lower_same_length(ctext)
    taken = bytearray(len(ctext) + 1)  # 1 where an address was already found
    room = [limit]  # addresses the current search may still add

    def add(kind: str, start: int, end: int, severity: str | None = None) -> None:
        end = _trim(ctext, start, end)
        if end <= start or any(taken[start:end]):
            return
        taken[start:end] = b"\x01" * (end - start)
        ostart, oend = clean.span(start, end)
        reads_as = ctext[start:end]
        disguised = text[ostart:oend] != reads_as
        hits.append(Hit(kind, ostart, oend, reads_as, disguised, severity))
        if room[0] is not None:
            room[0] -= 1

    def full() -> bool:
        """True when this search has found its ``limit`` (each search starts afresh)."""
        return room[0] is not None and room[0] <= 0

    def add_url(start: int, end: int, host: str, secure: bool, bare: bool = False) -> None:
        if _is_short(host):
            add("short-link", start, end)
        elif _is_amazon(host) and (secure or bare):
            add("amazon", start, end, severity="info")
        else:
            add("link", start, end)

    if "mailto:" in lower:
        for m in _MAILTO.finditer(ctext):
            add("email", m.start(), m.end())
            if full():
                break
    room[0] = limit
    for sep in positions(ctext, "://"):
        if full():
            break
        if taken[sep]:
            continue
        start = _walk_left(ctext, sep, lambda c: c.isascii() and (c.isalnum() or c in "+.-"), 16)
        m = _SCHEME_URL.match(ctext, start)
        if m is not None and _HAS_WORD.search(m.group(), sep - start + 3):
            url = m.group()
            add_url(m.start(), m.end(), _host_of(url), m.group("scheme").lower() == "https")
    room[0] = limit
    for at in positions(ctext, "@"):
        if full():
            break
        if taken[at]:
            continue
        _email_at(ctext, at, add)
    room[0] = limit
    for www in positions(lower, "www"):
        if full():
            break
        if taken[www]:
            continue
        m = _WWW.match(ctext, www)
        if m is not None:
            add_url(m.start(), m.end(), _host_of(m.group()), False, bare=True)
    room[0] = limit
    for slashes in positions(ctext, "//"):
        if full():
            break
        if taken[slashes]:
            continue
        m = _PROTOCOL_RELATIVE.match(ctext, slashes)
        if m is not None:
            add("link", m.start(), m.end())
    room[0] = limit
    for local in positions(lower, "localhost:"):
        if full():
            break
        if taken[local]:
            continue
        m = _LOCALHOST.match(ctext, local)
        if m is not None:
            add("link", m.start(), m.end())
    room[0] = limit
    _dotted_names(clean, add, taken, full)
    hits.sort(key=lambda h: h.start)
    return hits


_HAS_WORD = re.compile(r"[^\W_]")
_LOCAL_CHARS = frozenset("!#$%&'*+/=?^`{|}~-.\"")


def _walk_left(text: str, index: int, allowed: Callable[[str], bool], limit: int = 260) -> int:
    """The start of the run of ``allowed`` characters that ends just before ``index``."""
    stop = max(0, index - limit)
    while index > stop and allowed(text[index - 1]):
        index -= 1
    return index


def _email_at(ctext: str, at: int, add: Callable[..., None]) -> None:
    """Look for an address around the '@' at ``at``: strict shape first, then the odd ones."""
    start = _walk_left(ctext, at, lambda c: c.isalnum() or c in _LOCAL_CHARS or c == "_")
    if start < at:
        m = _EMAIL.match(ctext, start)
        if m is not None and m.end() > at:
            domain = m.group("domain")
            if "." in domain or domain.startswith("["):
                add("email", m.start(), m.end())
                return
    # Odd forms: comments, quoted parts, spaces around the @ (isemail's cases).
    left_end = _walk_left(ctext, at, lambda c: c in " \t", limit=8)
    left_start = _walk_left(ctext, left_end, lambda c: not c.isspace() and c != "@", limit=120)
    if left_start == left_end:
        return
    m = _LOOSE_EMAIL.match(ctext, left_start)
    if m is not None and m.start("s1") == left_end and _loose_email_ok(m):
        add("email", m.start(), m.end())


_RUN = re.compile(r"[\w.-]*")


def _dotted_names(clean: Normalized, add: Callable[..., None], taken: bytearray,
                  full: Callable[[], bool] = lambda: False) -> None:
    """Bare ``name.tld`` and IP addresses: one attempt per run of name characters with a dot.

    A run (letters, digits, ``.``, ``-``, ``_``) is tried once, at its start, so
    the cost stays linear however many dots it holds.
    """
    ctext = clean.text
    size = len(ctext)
    run_end = -1
    for dot in positions(ctext, "."):
        if dot < run_end or dot == 0 or dot + 1 >= size:
            continue
        if full():
            return
        before, after = ctext[dot - 1], ctext[dot + 1]
        if not before.isalnum() or not after.isalnum():
            continue
        start = _walk_left(ctext, dot, lambda c: c.isalnum() or c in "-._")
        run_end = _RUN.match(ctext, dot).end()
        if taken[start] or taken[dot]:
            continue
        if before.isdigit() and after.isdigit():
            m = _IP_RE.match(ctext, start)
            if m is not None:
                if not unmask.version_before(ctext, m.start()):
                    add("ip", m.start(), m.end())
                continue  # "version 1.2.3.4", "firmware 2.0.1.15": a version, not a host
        m = _BARE.match(ctext, start)
        if m is None or not _bare_ok(m, _was_disguised(clean, m.start(), m.end())):
            continue
        host = m.group("host").lower()
        if _is_amazon(host) and not _is_short(host) and len(m.group("rest")) <= 1:
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())  # "Amazon.com": a place
            continue
        if _is_short(host):
            add("short-link", m.start(), m.end())
        elif _is_amazon(host):
            add("amazon", m.start(), m.end(), severity="info")
        else:
            add("link", m.start(), m.end())


def _was_disguised(clean: Normalized, start: int, end: int) -> bool:
    """Did the seller write ``clean.text[start:end]`` differently (brackets, 'dot', spaces)?"""
    ostart, oend = clean.span(start, end)
    return clean.original[ostart:oend] != clean.text[start:end]


_DOMAINISH = re.compile(r"[^\W_][^\s.]*\.[^\W\d_]")


def _loose_email_ok(match: re.Match[str]) -> bool:
    """Decide whether an odd ``x @ y`` is an e-mail address and not '2 @ $5' or '@handle'."""
    left, right = match.group("left"), match.group("right")
    spaced = bool(match.group("s1") or match.group("s2"))
    if left.isdigit() and (spaced or right[:1].isdigit()):
        return False  # "2 @ 5.99", "3@4"
    # "lucy@gmail." or "lucy @ gmail,": the full stop or comma ends the sentence.
    bare = right.rstrip(_TRAIL)
    if spaced:
        if left.lower() in data().not_local:
            return False
        # "anna_crafts @ gmail": a mail service named after the @ needs no ending.
        return bool(_DOMAINISH.search(right)) or bare.lower() in unmask.words().providers
    return bool(_DOMAINISH.search(right)) or "(" in right or "(" in left or bare.isalnum()
