"""Convert between Python string offsets (code points) and Qt's UTF-16 positions.

Findings use Python offsets; QTextDocument counts UTF-16 units, where an
emoji or other character outside the Basic Multilingual Plane takes two.
Without this conversion, underlines drift after the first emoji.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Offset conversion for one text; cheap when the text has no astral characters."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character, to convert the other way.
        self._astral_utf16 = [pos + i for i, pos in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """Python offset → UTF-16 position."""
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        """UTF-16 position → Python offset (a position inside a surrogate pair rounds down)."""
        whole_before = bisect_right(self._astral_utf16, position - 2)
        offset = position - whole_before
        inside = whole_before < len(self._astral_utf16) and (
            self._astral_utf16[whole_before] == position - 1
        )
        return offset - 1 if inside else offset
