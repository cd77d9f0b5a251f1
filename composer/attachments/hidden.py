"""Find what a document or picture hides: a program, an archive, a PDF that starts programs.

A file can be two kinds at once (a "polyglot"): a valid PDF or JPEG with a Windows
program or a ZIP archive inside it or glued after its end opens as a document, yet
a second program reads the hidden part. Virus scanners, and Amazon's, refuse such
files, so the composer looks for them in every PDF, ``.doc`` and picture:

* a program anywhere after the first byte: a Windows program is an ``MZ`` header
  whose pointer leads to a ``PE`` header (two bytes ``MZ`` alone occur by chance in
  compressed data); Linux and Mac programs by their longer headers;
* an archive: a ZIP whose central directory closes the file, a RAR or 7-Zip header,
  and in a PDF anything of these (or a web page) after its last ``%%EOF``;
* in a PDF, a ``/Launch`` action (it starts a program) and attached files
  (``/EmbeddedFile``), looked for also inside compressed object streams and in
  names written with ``#xx`` escapes. Attached files are a warning (German and
  French e-invoices carry their XML that way); a program among them blocks.

Every search is linear in the file's size and bounded; nothing is run or unpacked
beyond a fixed budget of a PDF's object streams.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath, PureWindowsPath

from composer.appdata.resources import load_json

#: Program-header candidates looked at one by one; past this a cruder test decides.
_MAX_MZ_CANDIDATES = 100_000
#: Object streams inflated per PDF, and their total size; a PDF that needs more is refused.
_MAX_OBJECT_STREAMS = 1024
_INFLATE_BUDGET = 64 << 20
_EOCD_WINDOW = 65_535 + 22
_ELF = re.compile(rb"\x7fELF[\x01\x02][\x01\x02]\x01")
_MACHO = re.compile(rb"[\xce\xcf]\xfa\xed\xfe[\x07\x0c]\x00\x00[\x00\x01]")
_ARCHIVES = ((b"Rar!\x1a\x07", "rar"), (b"7z\xbc\xaf\x27\x1c", "7z"))
_TAIL_SIGNATURES = (
    (b"PK\x03\x04", "zip"), (b"PK\x01\x02", "zip"), (b"PK\x05\x06", "zip"),
    (b"Rar!\x1a\x07", "rar"), (b"7z\xbc\xaf\x27\x1c", "7z"), (b"\x7fELF", "elf"),
)
_TAIL_MARKUP = re.compile(rb"<(?:!doctype\s+html|html|script|svg|iframe|body)[\s>/]", re.I)
_DELIMITER = rb"\s()<>\[\]{}/%"
#: The PDF names that matter here, longest first.
_WATCHED = (b"EmbeddedFiles", b"EmbeddedFile", b"Launch", b"ObjStm", b"EF")


def _any_spelling(word: bytes) -> bytes:
    """A pattern for a PDF name however it is spelt: each letter may be a ``#xx`` escape."""
    parts = []
    for byte in word:
        hexes = b"".join(
            b"[" + bytes([d]) + bytes([d]).upper() + b"]" if d in b"abcdef" else bytes([d])
            for d in f"{byte:02x}".encode()
        )
        parts.append(b"(?:" + re.escape(bytes([byte])) + b"|#" + hexes + b")")
    return b"".join(parts)


#: One pass finds every watched name in any spelling; other names cost nothing.
_NAMES = re.compile(
    b"/(" + b"|".join(_any_spelling(word) for word in _WATCHED) + b")(?=[" + _DELIMITER + b"]|\\Z)"
)
_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_FILE_NAME = re.compile(
    rb"/U?F\s*(\((?:[^()\\]|\\.){1,255}\)|<[0-9A-Fa-f\s]{2,1024}>)", re.DOTALL
)
_STRING_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)
_STRING_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_ATTACHED = frozenset({b"EmbeddedFile", b"EmbeddedFiles", b"EF"})
#: What must follow ``/EF`` or ``/EmbeddedFiles`` (a dictionary or a reference to one), and
#: precede ``/EmbeddedFile`` (it is a stream's type), for the name to attach a file. A bare
#: "/EF" plus a delimiter turns up by chance in compressed pictures, about once per 300 MB.
_OPENS_DICTIONARY = re.compile(rb"\s*(?:<<|\d{1,10}\s+\d{1,5}\s+R)")
_TYPE_KEY = re.compile(rb"/Type\s*$")
_MAX_NAMES_SHOWN = 5
#: Watched names and file-name strings read per part of a PDF; an honest PDF has a few
#: dozen. A PDF with more can't be checked in bounded time, so it is refused as such.
_MAX_MATCHES = 10_000


@dataclass(frozen=True)
class Concern:
    """Something about a file its kind alone doesn't say, as a finding-to-be.

    ``key`` names the sentence in ``resources/policy/attachments.json``; ``values``
    fill it (``hidden_kind`` is a kind id, put in words by the caller).
    """

    rule: str
    key: str
    severity: str
    values: tuple[tuple[str, str], ...] = ()


@cache
def _program_extensions() -> frozenset[str]:
    return frozenset(load_json("policy", "attachments.json")["program_extensions"])


def pdf_prefix_concern(offset: int) -> Concern:
    """A PDF that does not start the file: something else comes first."""
    return Concern("attachment-type", "pdf-prefix", "block", (("count", f"{offset:,}"),))


def _embedded_windows_program(data: bytes) -> bool:
    """An ``MZ`` header after the first byte whose ``e_lfanew`` points at ``PE\\0\\0``."""
    find = data.find
    position = find(b"MZ", 1)
    candidates = 0
    while position >= 0:
        candidates += 1
        if candidates > _MAX_MZ_CANDIDATES:
            # A file made of "MZ" decoys: a real program still needs its PE header.
            return b"PE\x00\x00" in data
        pointer = int.from_bytes(data[position + 60 : position + 64], "little")
        if 4 <= pointer <= 0x10000 and data[position + pointer : position + pointer + 4] == (
            b"PE\x00\x00"
        ):
            return True
        position = find(b"MZ", position + 1)
    return False


def _embedded_mac_program(data: bytes) -> bool:
    """A Mach-O header after the first byte (found by its magic: the pattern alone is slow)."""
    for magic in (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe"):
        position = data.find(magic, 1)
        candidates = 0
        while position >= 0:
            candidates += 1
            if candidates > _MAX_MZ_CANDIDATES:
                return _MACHO.search(data, 1) is not None
            if _MACHO.match(data, position):
                return True
            position = data.find(magic, position + 1)
    return False


def _embedded_program(data: bytes) -> str | None:
    """The kind of a program hidden after the first byte, if any."""
    if _embedded_windows_program(data):
        return "exe"
    if _ELF.search(data, 1):
        return "elf"
    if _embedded_mac_program(data):
        return "macho"
    return None


def _closing_zip(data: bytes) -> bool:
    """A ZIP archive's central directory (the list ZIP tools read) closes the file."""
    end = data.rfind(b"PK\x05\x06", max(1, len(data) - _EOCD_WINDOW))
    if end < 0 or len(data) < end + 22:
        return False
    size = int.from_bytes(data[end + 12 : end + 16], "little")
    start = end - size
    return size > 0 and start >= 0 and data[start : start + 4] == b"PK\x01\x02"


def _embedded_archive(data: bytes) -> str | None:
    if _closing_zip(data):
        return "zip"
    for signature, kind in _ARCHIVES:
        if data.find(signature, 1) >= 0:
            return kind
    return None


def _after_pdf_end(data: bytes) -> str | None:
    """What comes after a PDF's last ``%%EOF``: a program, an archive or a web page."""
    end = data.rfind(b"%%EOF")
    if end < 0:
        return None
    tail = data[end + 5 :]
    rest = tail.lstrip(b" \t\r\n\f\x00")
    if not rest:
        return None
    if rest[:2] == b"MZ":
        return "exe"
    for signature, kind in _TAIL_SIGNATURES:
        if signature in tail:
            return kind
    return "html" if _TAIL_MARKUP.search(tail) else None


class _Budget:
    """What may still be inflated; ``exceeded`` when a PDF needed more to be checked."""

    def __init__(self) -> None:
        self.bytes = _INFLATE_BUDGET
        self.exceeded = False
        self.too_many_files = False  # only matters when the PDF does carry files


def _names(source: bytes, budget: _Budget) -> Iterator[tuple[bytes, int]]:
    """The watched PDF names in ``source`` (``#xx`` escapes decoded) and where each ends.

    A name that attaches a file counts only where it is used as one (``_attaches``).
    """
    for count, match in enumerate(_NAMES.finditer(source)):
        if count >= _MAX_MATCHES:
            budget.exceeded = True
            return
        name = match.group(1)
        if b"#" in name:
            name = _HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)
        if name in _ATTACHED and not _attaches(source, name, match.start(), match.end()):
            continue
        yield name, match.end()


def _attaches(source: bytes, name: bytes, start: int, end: int) -> bool:
    """Is this ``/EF``, ``/EmbeddedFiles`` or ``/EmbeddedFile`` used as a PDF reader reads it?"""
    if name == b"EmbeddedFile":
        return _TYPE_KEY.search(source[max(0, start - 24) : start]) is not None
    return _OPENS_DICTIONARY.match(source, end) is not None


def _object_streams(data: bytes, stream_ends: list[int], budget: _Budget) -> Iterator[bytes]:
    """Inflate the object streams (where compressed PDFs keep their dictionaries), bounded."""
    view = memoryview(data)
    done_until = 0
    for after_name in stream_ends:
        if after_name < done_until:
            continue
        keyword = data.find(b"stream", after_name, after_name + 4096)
        if keyword < 0:
            continue
        start = keyword + 6
        start += 2 if data[start : start + 2] == b"\r\n" else 1
        end = data.find(b"endstream", start)
        if end < 0:
            return  # no later stream can end either
        done_until = end
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(view[start:end], budget.bytes)
        except zlib.error:
            continue
        budget.bytes -= len(inflated)
        if budget.bytes <= 0 and inflater.unconsumed_tail:
            budget.exceeded = True
            return
        yield inflated


def _pdf_string(raw: bytes) -> str:
    """A PDF string literal ``(…)`` or hex string ``<…>`` as text."""
    if raw[:1] == b"<":
        digits = re.sub(rb"\s", b"", raw[1:-1])
        body = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
    else:
        body = _STRING_ESCAPE.sub(
            lambda m: bytes([int(m.group(1), 8) & 0xFF]) if m.group(1)[:1] in b"01234567"
            else _STRING_ESCAPES.get(m.group(1), b"" if m.group(1) in b"\r\n" else m.group(1)),
            raw[1:-1],
        )
    if body.startswith(b"\xfe\xff"):
        return body[2:].decode("utf-16-be", "replace")
    return body.decode("latin-1")


def _shown_name(text: str) -> str:
    """The last part of a file name, without control or direction characters, shortened."""
    name = PureWindowsPath(PurePosixPath(text).name).name
    name = "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf")).strip()
    return name if len(name) <= 60 else name[:59] + "…"


def _attached_names(source: bytes, names: list[str], budget: _Budget) -> None:
    """Add the file names written in ``source``'s file specifications to ``names``."""
    for count, match in enumerate(_FILE_NAME.finditer(source)):
        if count >= _MAX_MATCHES:
            budget.too_many_files = True
            return
        name = _shown_name(_pdf_string(match.group(1)))
        if name and name not in names:
            names.append(name)


def _pdf_concerns(data: bytes) -> list[Concern]:
    budget = _Budget()
    names: set[bytes] = set()
    streams: list[int] = []
    for name, end in _names(data, budget):
        names.add(name)
        if name == b"ObjStm":
            streams.append(end)
    files: list[str] = []
    _attached_names(data, files, budget)
    for inflated in _object_streams(data, streams[:_MAX_OBJECT_STREAMS], budget):
        names.update(name for name, _ in _names(inflated, budget))
        _attached_names(inflated, files, budget)
    concerns: list[Concern] = []
    if b"Launch" in names:
        concerns.append(Concern("attachment-type", "pdf-launch", "block"))
    if names & _ATTACHED:
        programs = [n for n in files if PurePosixPath(n.lower()).suffix in _program_extensions()]
        shown = programs or files
        words = ", ".join(f"“{n}”" for n in shown[:_MAX_NAMES_SHOWN])
        if len(shown) > _MAX_NAMES_SHOWN:
            words += f" and {len(shown) - _MAX_NAMES_SHOWN} more"
        key, severity = ("pdf-program", "block") if programs else ("pdf-files", "warn")
        concerns.append(Concern("attachment-type", key, severity,
                                (("files", f" ({words})" if words else ""),)))
    if budget.exceeded or (budget.too_many_files and names & _ATTACHED):
        concerns.append(Concern("attachment-type", "pdf-unchecked", "block"))
    return concerns


def hidden_concerns(data: bytes, kind: str, *, complete: bool = True) -> tuple[Concern, ...]:
    """What ``data`` (a file of kind ``kind``) hides; empty for an honest file.

    ``complete`` False means ``data`` is only the start of the file: what closes a
    file (a ZIP directory, a PDF's end) can't be judged then.
    """
    concerns: list[Concern] = []
    hidden = _embedded_program(data)
    if hidden is None and kind == "pdf" and complete:
        hidden = _after_pdf_end(data)
    if hidden is None:
        hidden = _embedded_archive(data) if complete else None
    if hidden is not None:
        concerns.append(Concern("attachment-type", "hidden-content", "block",
                                (("hidden_kind", hidden),)))
    if kind == "pdf":
        concerns += _pdf_concerns(data)
    return tuple(concerns)
