"""Removing words leaves a text that reads: no stray space, no lost paragraph break.

A rule knows the words it objects to, not what is around them. "Remove this sentence"
took a paragraph's last sentence with the line break after it, so the next paragraph
joined it; "Remove the emoji" left the space before it ("FLASK10 !"). Every fix that
deletes words (a sentence, an emoji, a phone number, a picture's box) is widened or
narrowed here instead: ``rulebook.finding`` passes each one through
:func:`removal_span`.
"""

from __future__ import annotations

BREAKS = "\n\u2028\u2029"
_SPACES = " \t"
_CLOSERS = ".,;:!?…)]»”"
_ENDS = ".!?…"
_PAUSES = ",;:"


def removal_span(text: str, start: int, end: int) -> tuple[int, int]:
    """What to delete so that ``text[start:end]`` goes and the text around it still reads.

    - A line (paragraph) that held nothing else goes with its own line break, and where
      blank lines stood on both sides of it, one of them goes too; the last line takes the
      break before it instead. Other lines keep their breaks.
    - An item last on its line, or before punctuation, takes the spaces before it.
    - An item between words takes the spaces after it (one space is left), and one at the
      start of its line the spaces after it.
    - Two marks left meeting become one: "Enjoy!." reads "Enjoy!", "Thanks,." "Thanks.".

    A span of only white space is left as asked.
    """
    core_start, core_end = start, end
    while core_start < core_end and text[core_start].isspace():
        core_start += 1
    while core_end > core_start and text[core_end - 1].isspace():
        core_end -= 1
    if core_start == core_end:
        return start, end
    length = len(text)
    before = core_start  # the spaces before the words
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    after = core_end  # the spaces after them
    while after < length and text[after] in _SPACES:
        after += 1
    line_start = before == 0 or text[before - 1] in BREAKS
    line_end = after == length or text[after] in BREAKS
    if line_start and line_end:
        return _whole_line(text, before, after)
    if line_end or line_start or text[after] in _CLOSERS:
        return _one_mark(text, before, after)
    if before < core_start and after > core_end:
        return core_start, after
    return core_start, core_end


def _one_mark(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a removal that would leave two marks meeting ("Enjoy!." ". ." ",." ", ,"):
    after an end mark the next mark goes, and a comma before another mark goes."""
    length = len(text)
    left = start
    while left > 0 and text[left - 1] in _SPACES:
        left -= 1
    right = end
    while right < length and text[right] in _SPACES:
        right += 1
    if left == 0 or right >= length:
        return start, end
    before, after = text[left - 1], text[right]
    if after not in _ENDS + _PAUSES or (left >= 2 and text[left - 2] == before):
        return start, end  # "Wait..": an ellipsis typed as dots is left as it is
    if before in _ENDS:
        return start, right + 1  # "Enjoy!. Your" reads "Enjoy! Your"
    if before in _PAUSES:
        return left - 1, end  # "Thanks,. Bye" reads "Thanks. Bye"
    return start, end


def _whole_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line ``text[start:end]`` and one line break, so no empty paragraph is left."""
    length = len(text)

    def blank_before(at: int) -> bool:  # the line ending at ``at`` (a break) is empty
        return at == 0 or text[at - 1] in BREAKS

    if end < length:  # its own break goes with it
        end += 1
        if end < length and text[end] in BREAKS and (start == 0 or blank_before(start - 1)):
            end += 1  # blank lines on both sides (or the top): one of them goes
        return start, end
    if start > 0:  # the last line: the break before it
        start -= 1
        if start > 0 and blank_before(start):
            start -= 1
    return start, end


def changed_part(old: str, new: str) -> tuple[int, int]:
    """How many characters ``old`` and ``new`` share at their start and, after that, at
    their end: an edit need only touch what lies between (a paragraph break that a fix
    keeps is then not deleted and typed again, which lost its format and the caret).

    Both ends fall between words, never inside one: "tips write to a@b.com and we" →
    "tips we" shares "tips w", but the edit takes out "write to a@b.com and " (a cut
    after the "w" left the caret inside "we", where typed words split it)."""
    shortest = min(len(old), len(new))
    head = 0
    while head < shortest and old[head] == new[head]:
        head += 1
    while head > 0 and old[head - 1].isalnum() and (_word_at(old, head) or _word_at(new, head)):
        head -= 1
    tail = 0
    while tail < shortest - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    while tail > 0 and old[len(old) - tail].isalnum() and (
            _word_at(old, len(old) - tail - 1) or _word_at(new, len(new) - tail - 1)):
        tail -= 1
    return head, tail


def _word_at(text: str, index: int) -> bool:
    """True when ``text[index]`` is a letter or digit (False outside the text)."""
    return 0 <= index < len(text) and text[index].isalnum()
