"""Which encoding a file's bytes are in, decided as a text editor decides it.

Shared by ``seller-composer check`` (the message file) and the attachment
sniffer (a ``.txt`` attachment), so both call the same bytes text, or not text:

* a byte-order mark names the encoding;
* without one, UTF-16 and UTF-32 are recognised by where their NUL bytes fall
  (Latin-script text in UTF-16-LE has a NUL after nearly every letter), the way
  Windows Notepad recognises them;
* other NUL bytes mean computer data, not text;
* after decoding, more than a trace of control characters also means data.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16-LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Control characters no text editor writes (tab, line feed, vertical tab, form feed and
#: carriage return are fine: Word writes a vertical tab for a manual line break).
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_SAMPLE = 1 << 16


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` names, if there is one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def nul_pattern_encoding(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` or ``utf-32-le``/``-be`` when NUL bytes fall where they would.

    UTF-32 code units have their top byte always zero and (outside emoji) the next
    one too; UTF-16 units of Latin-script text have a zero high byte, while their
    low byte is almost never zero. A file of nothing but NULs matches neither.
    """
    sample = data[:_SAMPLE]
    if b"\x00" not in sample or len(sample) < 2:
        return None
    quads = len(sample) // 4
    if quads:
        cut = sample[: quads * 4]
        zeros = [cut[k::4].count(0) for k in range(4)]
        if zeros[3] == quads and zeros[2] >= 0.9 * quads and zeros[0] < 0.5 * quads:
            return "utf-32-le"
        if zeros[0] == quads and zeros[1] >= 0.9 * quads and zeros[3] < 0.5 * quads:
            return "utf-32-be"
    pairs = len(sample) // 2
    cut = sample[: pairs * 2]
    even, odd = cut[0::2].count(0), cut[1::2].count(0)
    if odd >= 0.4 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.4 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def looks_binary(text: str) -> bool:
    """True when ``text`` holds more than a trace of control characters (computer data).

    Old DOS files end with a stray Ctrl-Z, so one in a thousand characters is allowed.
    """
    limit = max(1, len(text) // 1000)
    # Stop at the first control character over the limit: a file of NULs costs nothing.
    return any(count > limit for count, _ in enumerate(_CONTROLS.finditer(text), 1))
