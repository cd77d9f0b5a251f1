"""Undo the disguises of a web or e-mail address, keeping the map to what was typed.

Step 1 of the link detectors (:mod:`composer.policy.detect_links` is step 2): spelled
dots and ats in five languages (``example dot com``, ``name (at) shop (dot) net``,
``max Klammeraffe gmx punkt de``), bracketed ones (``x[.]com``, ``x(.)com``), broken
schemes (``hxxps://``) and spaced dots (``www . shop . net``). Each is rewritten in a
cleaned copy of the text whose map points back to the seller's characters, so a finding
underlines the disguise itself. A spelled form counts only in an address's shape, so
"at the point you raised", "punto de vista" or "the dot com boom" stay prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from composer.policy import unmask
from composer.policy.link_data import LABEL, MAX_LABELS, data, lower_same_length, positions
from composer.policy.normalize import Normalized


@dataclass(frozen=True)
class _Disguise:
    """One kind of disguise: where it can start, and its pattern (run on lower-case text).

    ``anchors`` are literal strings a match starts with; the pattern is tried only
    there, which keeps the scan fast. An empty ``anchors`` means: scan the text,
    but only when one of ``needs`` occurs in it.
    """

    kind: str
    anchors: tuple[str, ...]
    needs: tuple[str, ...]
    pattern: re.Pattern[str]


@cache
def _disguises() -> tuple[_Disguise, ...]:
    """The disguise patterns, lower case (the text is lower-cased before the scan)."""
    spelled = "|".join(data().spelled)
    # Words for "." and "@" in five languages (resources/policy/disguises.json).
    said = unmask.words()
    dots, ats = unmask.alternation(said.dot), unmask.alternation(said.at)
    bats = unmask.alternation(tuple(w for w in said.bracket_at if w != "a"))
    mail = unmask.alternation(tuple(sorted(said.spelled_providers)))
    ob, cb = r"[\[\(\{<]", r"[\]\)\}>]"
    # "[.]", "(dot)", "{ . ]", "[[[ [ . )])" (iocextract's stress cases)
    brdot = (
        rf"\\?{ob}[\[\(\{{< \t]{{0,12}}(?:\.|{dots})[ \t]{{0,3}}\\?{cb}"
        rf"[\]\)\}}> \t]{{0,12}}"
    )
    sep = rf"(?:[ \t]*\.[ \t]*|[ \t]+(?:{dots})[ \t]+|[ \t]*{brdot}[ \t]*)"
    # A spelled ending that is also a word ("punto de vista", "point de vue") must end
    # the address: no word may follow it on the line.
    words = unmask.alternation(said.word_endings) or "(?!)"
    # "com'era", "com'on": an elided word, never an ending.
    ends = (rf"(?:(?!(?:{words})\b)(?:{spelled})\b|(?:{spelled})\b(?![ \t]+[^\W\d_]))"
            r"(?!['\u2019][^\W\d_])")
    dot_anchors = tuple(" " + w for w in said.dot)
    at_anchors = tuple(" " + w for w in said.at)
    brackets = ("[", "(", "{", "<", "\\")

    def make(kind: str, anchors: tuple[str, ...], pattern: str, needs: tuple[str, ...] = ()):
        return _Disguise(kind, anchors, needs, re.compile(pattern))

    return (
        # hxxps://, h**p://, http__x, https:__x, http:\\x, hxxp[:]//x
        make(
            "scheme",
            (),
            r"(?<![\w])(?P<scheme>(?:h(?:xx|tt|\*\*|__|xt|tx|t\*|\*t)p|s?f[tx]p)s?)"
            r"(?:(?:\[:\]|\(:\)|:)?(?://|\\\\|__)[ \t]?|\[://\][ \t]?|:[ \t]+//)",
            needs=("//", "__", "\\\\", "[:", "(:"),
        ),
        make("dot", brackets, brdot),
        make("dot", ("[", "(", "{"), rf"[\[\(\{{][ \t]*(?:\.|(?:{dots})[ \t]+)(?=[^\W_])"),
        make("dot", (".]",), r"\.\](?=[^\W_])"),
        make("at", brackets, rf"{ob}[ \t]*(?:{bats})[ \t]*{cb}"),
        # "(a)" only where a domain follows: "options (a) and (b)" stay a list
        make("at", ("(", "["),
             rf"[\(\[]a[\)\]](?=[ \t]*{LABEL}[ \t]*(?:\.|{ob}[ \t]*(?:\.|{dots})|(?:{dots})\b))"),
        make("slashword", ("/",), rf"/[ \t]*(?:{dots}|{ats})[ \t]*/"),
        make("slash", ("[/", "(/", "{/"), r"[\[\(\{]/[\]\)\}]"),
        # "example dot com", "www dot shop dot co dot uk"
        make("wdot", dot_anchors,
             rf"[ \t]+(?:{dots})[ \t]+(?=(?:{LABEL}(?:{sep}|[ \t]+(?:{ats})[ \t]+))"
             rf"{{0,{MAX_LABELS}}}{ends})"),
        # "example dot com slash help" (checked in code: must follow a domain ending)
        make("wslash", (" slash",), r"[ \t]+slash[ \t]+(?=[^\W_])"),
        # "name at example dot com" (the name part is checked in code)
        make("wat", at_anchors,
             rf"[ \t]+(?:{ats})[ \t]+(?=(?P<domain>(?:{LABEL}{sep}){{1,{MAX_LABELS}}}{ends}"
             rf"|(?:{mail})\b))"),
        # "www . shop . net", "example .com", "shop. com"
        make(
            "sdot",
            (" .", ". "),
            rf"(?:[ \t]+\.[ \t]*|\.[ \t]+)"
            rf"(?=(?:{LABEL}[ \t]*\.[ \t]*){{0,{MAX_LABELS}}}(?P<tld>{spelled})\b)",
        ),
    )



_LOCAL_BEFORE = re.compile(r"([\w.+-]+)$")
_WORD_BEFORE = re.compile(r"(?<=[.\s])[a-z]{2,24}$")
_LABEL_BEFORE = re.compile(r"[\w-]+$")
_SPACES_BEFORE = re.compile(r"[ \t]*\\?$")
_SPACES_AFTER = re.compile(r"[ \t]*")


def _replacement(kind: str, match: re.Match[str], text: str, original: str) -> str | None:
    """What a disguise stands for, or ``None`` to leave the text as it is."""
    if kind == "scheme":
        scheme = match.group("scheme").lower()
        base = "ftp" if "f" in scheme[:2] else "http"
        return base + ("s" if scheme.endswith("s") else "") + "://"
    if kind == "dot":
        return "."
    if kind == "at":
        return "@"
    if kind == "slashword":
        return "." if match.group().strip("/ \t") in unmask.words().dot else "@"
    if kind == "slash":
        return "/"
    start = match.start()
    if start == 0 or not (text[start - 1].isalnum()):
        return None  # spelled forms must follow a word: "example dot com"
    if kind == "wdot":
        # "the dot com boom", "at the point com": a word that names nothing is prose.
        label = _LABEL_BEFORE.search(text, max(0, start - 64), start)
        return None if label is None or label.group() in unmask.words().not_labels else "."
    if kind == "wslash":
        word = _WORD_BEFORE.search(text, max(0, start - 30), start)
        return "/" if word is not None and word.group() in data().tlds else None
    if kind == "wat":
        return "@" if _spelled_at_is_email(match, text) else None
    if kind == "sdot":
        tld = original[match.start("tld") : match.end("tld")]
        if not (tld.islower() or tld.isupper()):
            return None  # "the shop. Com..." is a sentence, not an address
        if match.group().startswith("."):
            # "shop. com" joins; but in "Thanks. shop.net" or "1234567. shop.net" the full
            # stop ends a sentence and the address after it is complete on its own.
            between = original[match.end() : match.start("tld")]
            if "." in between and not any(c.isspace() for c in between):
                return None
            if start > 0 and original[start - 1].isdigit():
                return None
        return "."
    return None


# "the instructions at", "the whole range at": a determiner (and maybe one adjective) before
# the word in front of "at" means prose, not the name part of an address.
# English "an" only before a vowel ("an update at"): German "an jana at gmail dot com"
# is "to jana@gmail.com".
_PROSE_BEFORE = re.compile(
    r"(?:^|\W)(?P<article>the|a|an|our|your|my|this|these|those|its)[ \t]+"
    r"(?P<adjective>[a-z]+[ \t]+)?$", re.I
)
_PLAIN_DOT = re.compile(r"^[^\W_][\w-]*(?:\.[^\W_][\w-]*)+$")


def _spelled_at_is_email(match: re.Match[str], text: str) -> bool:
    """Is ``x at y.com`` an address (``lucy.crafts at gmail dot com``) or prose (``sizes at``)?"""
    before = _LOCAL_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if before is None:
        return False
    local = before.group(1)
    if before.start() > 0 and text[before.start() - 1] in "'\u2019":
        return False  # "I'm at gmail support": the end of a contraction names no mailbox
    if match.group().strip().lower() != "at":
        return True  # "chiocciola", "arroba", "Klammeraffe": never prose, even after "contact"
    if local.lower() in data().not_local:
        return False  # "look at", "email us at", "arrives at"
    prose = _PROSE_BEFORE.search(text, max(0, before.start() - 28), before.start())
    if prose is not None and (prose.group("article").lower() != "an"
                              or (prose.group("adjective") or local)[:1].lower() in "aeiou"):
        return False  # "the instructions at shop (dot) com"
    domain = match.group("domain")
    if re.split(r"[^\w-]", domain.lower(), maxsplit=1)[0] in unmask.words().not_labels:
        return False  # "at this point com": no mailbox is called "this"
    if domain.lower().startswith("www"):
        return False  # "options at www.shop.com": a link
    if _PLAIN_DOT.match(domain):
        # "name at example.com" with a real dot: an address only if the name looks like one.
        return any(c in local for c in "._+") or any(c.isdigit() for c in local)
    return True


def undisguise(norm: Normalized) -> Normalized:
    """Rewrite disguised dots, ats and schemes in ``norm.text``, keeping the map to the original."""
    text = norm.text
    lower = lower_same_length(text)
    edits: list[tuple[int, int, str]] = []
    for disguise in _disguises():
        if disguise.anchors:
            starts = sorted({i for a in disguise.anchors for i in positions(lower, a)})
            matches = (disguise.pattern.match(lower, i) for i in starts)
        elif any(needle in lower for needle in disguise.needs):
            matches = disguise.pattern.finditer(lower)
        else:
            continue
        for match in matches:
            if match is None:
                continue
            new = _replacement(disguise.kind, match, lower, text)
            if new is None:
                continue
            start, end = match.span()
            if new == text[start:end]:
                continue  # a plain "https://": nothing to undo
            if disguise.kind in ("dot", "at"):
                # Swallow the spaces around a bracketed form: "name [at] shop [dot] com".
                start = _SPACES_BEFORE.search(text, max(0, start - 8), start).start()
                end = _SPACES_AFTER.match(text, end).end()
            edits.append((start, end, new))
    if not edits:
        return norm
    edits.sort()
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for start, end, new in edits:
        if start < pos:
            continue  # overlaps an earlier disguise
        pieces.append(text[pos:start])
        origin.extend(range(pos, start))
        pieces.append(new)
        # Each new character points into the disguise, so a finding widens to cover it all.
        origin.extend([start] * (len(new) - 1) + [end - 1])
        pos = end
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    base = norm.origin
    if base is not None:
        origin = [base[i] for i in origin]
    return Normalized(norm.original, "".join(pieces), origin)

