"""A missing space after a sentence end: "works well.Your order" (a spelling warning).

Typing straight on after a fix, or a slip of the thumb, glues two sentences together,
and the buyer reads "well.Your". A full stop, "!" or "?" between a lower-case word of two
letters or more and a capitalised word is such a slip. Not one: "e.g." and "z.B." (a
lower-case letter follows), decimals (digits), "Mr.Smith" (an abbreviation starts with
a capital), and a token that holds an address or a file name ("manual.Final.pdf",
"www.Shop.com", "a@b.De": another dot, a slash or an "@" in the same run of text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from composer.appdata.resources import load_json
from composer.policy import rulebook
from composer.policy.model import Finding, Fix, Message

_GLUED = re.compile(r"(?<![^\W\d_])([^\W\d_]*[a-zß-ÿ]{2})([.!?])([A-ZÀ-ÖØ-Þ][a-zß-ÿ]+)")
_TOKEN_MARKS = "./@\\:_"


def _texts() -> dict[str, str]:
    return load_json("policy", "spelling.json")["missing-space"]


def check_missing_space(message: Message) -> Iterator[Finding]:
    """One ``spelling`` warning per sentence end with no space after it."""
    text = message.text
    if not any(mark in text for mark in ".!?"):
        return
    texts = _texts()
    for match in _GLUED.finditer(text):
        left, right = _token_bounds(text, match.start(), match.end())
        token = text[left:right].rstrip(".!?,;:)»”\"'")
        inside = token[:match.start(2) - left] + token[match.start(2) - left + 1:]
        if any(mark in inside for mark in _TOKEN_MARKS):
            continue  # an address, a path or a file name
        gap = match.end(2)
        excerpt = text[match.start(): match.end()]
        fix = Fix(texts["fix_label"], gap, gap, " ")
        yield rulebook.finding("spelling", text, match.start(), match.end(),
                               message=texts["message"].format(excerpt=excerpt), fix=fix)


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of text without white space around ``text[start:end]``."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end
