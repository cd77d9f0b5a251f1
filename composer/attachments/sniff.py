"""Name a file's real kind from its bytes, whatever the file is called.

Amazon checks what is inside an attachment, so the composer does too: an
``.exe`` renamed to ``.pdf`` must be caught here, with its real kind named in
plain words. Nothing is extracted or executed; ZIP files are judged by their
name list only, so a zip bomb costs nothing.

The first bytes decide. Every signature is looked for at offset 0 (a PDF may be
preceded by blank space only); a ``%PDF-`` further in never outvotes a program,
an archive, a script or a web page that starts the file. A file of an allowed
kind is then searched for a program or an archive hidden inside or after it,
and a PDF for actions that start programs and for files it carries
(:mod:`composer.attachments.hidden`); those come back as :class:`Concern` records.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass

from composer.attachments.hidden import Concern, hidden_concerns, pdf_prefix_concern
from composer.message.textdecode import bom_encoding, looks_binary, nul_pattern_encoding

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BMP_HEADER_SIZES = {12, 16, 40, 52, 56, 64, 108, 124}
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p"
    rb"|meta|link|form|frameset|!--)[\s>/]",
    re.IGNORECASE,
)
#: A PDF reader accepts ``%PDF-`` within the first KB; only blank space may come before it here.
_PDF_WINDOW = 1024
_BLANK = b" \t\r\n\f\x00"
#: Kinds whose content is searched for something hidden (pictures, PDF and .doc files).
_SEARCHED = frozenset({"pdf", "doc", "jpeg", "png", "gif", "bmp", "tiff"})


@dataclass(frozen=True)
class Sniffed:
    """The real kind of a file, a damage key (a message id) when it can't be read, and
    concerns: what else the file holds (a hidden program, a PDF's attached files)."""

    kind: str
    damage: str | None = None
    concerns: tuple[Concern, ...] = ()


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _sniff_ole(data: bytes) -> str:
    """Tell Word from Excel, PowerPoint and installers by the stream names in the directory."""
    if _utf16("WordDocument") in data:
        return "doc"
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return "xls"
    if _utf16("PowerPoint Document") in data:
        return "ppt"
    return "ole"


def _sniff_zip(data: bytes) -> Sniffed:
    """Judge a ZIP by its central directory only: never decompress (zip bombs)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except Exception:  # BadZipFile, but also ValueError/OverflowError on hostile headers
        return Sniffed("zip", damage="damaged-zip")
    if "[Content_Types].xml" in names:
        if "word/document.xml" in names:
            return Sniffed("docm" if "word/vbaProject.bin" in names else "docx")
        if "xl/workbook.xml" in names:
            return Sniffed("xlsx")
        if "ppt/presentation.xml" in names:
            return Sniffed("pptx")
    if "mimetype" in names:
        return Sniffed("epub" if "META-INF/container.xml" in names and _is_epub(data) else "odf")
    return Sniffed("zip")


def _is_epub(data: bytes) -> bool:
    return b"application/epub+zip" in data[:200]


def _sniff_binary(data: bytes) -> str | None:
    """Match magic numbers; None means "no signature", so it may be text."""
    head = data[:64]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    bmp_header = int.from_bytes(head[14:18], "little") if len(head) >= 18 else 0
    if head.startswith(b"BM") and bmp_header in _BMP_HEADER_SIZES:
        return "bmp"
    if data[:_PDF_WINDOW].removeprefix(codecs.BOM_UTF8).lstrip(_BLANK).startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        return "ole"  # refined by the caller with the whole file
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "zip"  # refined by the caller
    if head.startswith(b"MZ"):
        return "exe"
    if head.startswith(b"\x7fELF"):
        return "elf"
    if head[:4] in (
        b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",
        b"\xca\xfe\xba\xbe",
    ):
        return "macho"
    if head.startswith(b"MSCF"):
        return "cab"
    if head.startswith(b"Rar!\x1a\x07"):
        return "rar"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "7z"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"\x28\xb5\x2f\xfd"):
        return "zstd"
    if head.startswith(b"!<arch>\n"):
        return "ar"
    if head.startswith(b"\x00asm"):
        return "wasm"
    if head.startswith(b"dex\n"):
        return "dex"
    if head.startswith(b"BZh") and head[3:4].isdigit():
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WEBP": "webp", b"WAVE": "audio", b"AVI ": "video"}.get(head[8:12], "unknown")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"avif"):
            return "heic"
        return "audio" if brand in (b"M4A ", b"M4B ") else "video"
    if head.startswith(b"8BPS"):
        return "psd"
    if head.startswith(b"\x00\x00\x01\x00"):
        return "ico"
    if head.startswith(b"ID3") or head.startswith(b"OggS") or head.startswith(b"fLaC"):
        return "audio"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video"
    if head.startswith(b"L\x00\x00\x00\x01\x14\x02\x00"):
        return "lnk"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    return None


def decode_text(data: bytes) -> str | None:
    """Decode bytes the way a buyer's text editor would, or return None for binary data.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM or recognised by where their
    NUL bytes fall (:mod:`composer.message.textdecode`), and Windows-1252 as a last resort.
    Other NUL bytes, or more than a trace of control characters after decoding, mean
    binary.
    """
    encoding = bom_encoding(data)
    if encoding is not None:
        encodings: tuple[str, ...] = (encoding,)
    elif b"\x00" in data:
        found = nul_pattern_encoding(data)
        if found is None:
            return None
        encodings = (found,)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        try:
            # final=False: a sample cut mid-character is not an error.
            text = decoder.decode(data, final=False)
        except UnicodeDecodeError:
            continue
        return None if looks_binary(text) else text
    return None


def _sniff_text(text: str) -> str:
    """A decodable file may still be a web page, an SVG, XML or a script."""
    start = text.lstrip("\ufeff \t\r\n")
    head = start[:4096]
    lowered = head.lower()
    if start.startswith("#!") or lowered.startswith("@echo off"):
        return "script"
    if lowered.startswith("<?xml") or lowered.startswith("<!doctype svg") or lowered.startswith(
        "<svg"
    ):
        if "<svg" in lowered:
            return "svg"
        if "<html" in lowered:
            return "html"
        return "xml"
    if "<svg" in lowered and lowered.startswith("<"):
        return "svg"
    if _HTML_START.match(head.encode("utf-8", "replace")):
        return "html"
    if lowered.startswith("{\\rtf"):
        return "rtf"
    return "text"


def _sniff_start(data: bytes) -> Sniffed:
    """The kind the first bytes name; a ``%PDF-`` after other content comes last."""
    kind = _sniff_binary(data)
    if kind is None and len(data) > 262 and data[257:262] == b"ustar":
        kind = "tar"  # the tar signature sits at offset 257
    if kind == "zip":
        return _sniff_zip(data)
    if kind == "ole":
        return Sniffed(_sniff_ole(data))
    if kind is not None:
        return Sniffed(kind)
    text = decode_text(data)
    started = _sniff_text(text) if text is not None else None
    pdf_at = data.find(b"%PDF-", 0, _PDF_WINDOW)
    if pdf_at < 0 or started not in (None, "text"):
        return Sniffed(started or _sniff_leading_markup(data))
    if started == "text" and not _pdf_body(data):
        return Sniffed("text")  # a text that mentions "%PDF-" is still a text
    # Something other than blank space comes before the PDF: the first bytes decide.
    leading = _sniff_leading_markup(data[:pdf_at])
    if leading != "unknown":
        return Sniffed(leading)
    return Sniffed("pdf", concerns=(pdf_prefix_concern(pdf_at),))


def _pdf_body(data: bytes) -> bool:
    """True when ``data`` has a PDF's object structure, not just the word ``%PDF-``."""
    return b"endobj" in data and (b"xref" in data or b"/Root" in data)


def _sniff_leading_markup(data: bytes) -> str:
    """Name a script or web page at the start of bytes that do not decode as text."""
    kind = _sniff_text(data[:4096].decode("latin-1"))
    return "unknown" if kind == "text" else kind


def sniff(data: bytes, *, complete: bool = True) -> Sniffed:
    """Name the real kind of ``data`` (the file's bytes, or a leading sample of them).

    ``complete`` is False when ``data`` is only the start of a large file: ZIP and
    OLE2 refinement then falls back to the plain container kind, and only the sample
    is searched for hidden content.
    """
    if not complete and data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return Sniffed("zip")
    found = _sniff_start(data)
    damage = found.damage
    if found.kind == "pdf" and complete and b"%%EOF" not in data[-2048:]:
        damage = "pdf-cut-off"
    concerns = found.concerns
    if found.kind in _SEARCHED:
        concerns += hidden_concerns(data, found.kind, complete=complete)
    return Sniffed(found.kind, damage, concerns)
