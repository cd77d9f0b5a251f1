"""Find emoji, each whole sequence (flag, keycap, family, skin tone) as one span.

Amazon's styling rules ban emoji in buyer messages. What counts is read from
Unicode data shipped in ``resources/policy/emoji_ranges.json``: a character
with emoji presentation (😊 ✅ ⭐), any pictograph followed by the emoji
selector U+FE0F (❤️), any pictograph outside the Basic Multilingual Plane, and
text-style pictographs such as ❤ ☺ ✈ unless they are ordinary typography
(© ® ™ ↔ ▶ ✔, listed in ``detector_data.json``). Symbols that are not
pictographs at all (★ ☆ ✓ → • °) are never emoji.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from composer.appdata.resources import load_json


def _char_class(ranges: list[str], minus: str = "") -> str:
    parts = []
    for item in ranges:
        low, _, high = item.partition("-")
        lo = chr(int(low, 16))
        hi = chr(int(high, 16)) if high else lo
        parts.append(re.escape(lo) if lo == hi else f"{re.escape(lo)}-{re.escape(hi)}")
    body = "".join(parts)
    if minus:
        return f"(?:(?![{re.escape(minus)}])[{body}])"
    return f"[{body}]"


@cache
def pattern() -> re.Pattern[str]:
    """One regex for a whole emoji sequence, built once from the shipped data."""
    ranges = load_json("policy", "emoji_ranges.json")
    text_symbols = load_json("policy", "detector_data.json")["emoji_text_symbols"]
    pict = _char_class(ranges["extended_pictographic"])
    pict_flagged = _char_class(ranges["extended_pictographic"], minus=text_symbols)
    presentation = _char_class(ranges["emoji_presentation"])
    vs16, zwj = "\ufe0f", "\u200d"
    skin = "[\U0001f3fb-\U0001f3ff]"
    tags = "[\U000e0020-\U000e007e]+\U000e007f"
    element = f"(?:{pict}{vs16}|{presentation}|{pict_flagged})(?:{skin})?{vs16}?(?:{tags})?"
    sequence = f"{element}(?:{zwj}(?:{pict}{vs16}?(?:{skin})?|{element}))*"
    keycap = f"[0-9#*]{vs16}?\u20e3"
    flag = "[\U0001f1e6-\U0001f1ff]{1,2}"
    return re.compile(f"{flag}|{keycap}|{sequence}")


# Every emoji starts with (or, for a keycap, contains) a character in these few blocks.
# Scanning for them is cheap; the exact pattern then runs only where one was seen.
_QUICK = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff\U000e0020-\U000e007f]")
_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")


def find(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of emoji sequences in ``text``."""
    if text.isascii():
        return
    exact = pattern()
    if "\u20e3" in text:
        yield from (m.span() for m in _KEYCAP.finditer(text))
    pos = 0
    while True:
        quick = _QUICK.search(text, pos)
        if quick is None:
            return
        match = exact.match(text, quick.start())
        if match is None or match.end() == match.start():
            pos = quick.end()
            continue
        yield match.span()
        pos = match.end()
