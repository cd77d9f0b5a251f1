"""One-click picture fixes. Each writes a NEW file in ``out_dir`` and never touches the original.

- :func:`shrink_image` fits a picture into the bytes left in the 10 MB budget.
- :func:`convert_image` turns a bulky BMP/TIFF into PNG or JPEG when that saves space.
- :func:`strip_metadata` removes EXIF (GPS included), XMP, IPTC and comments.
- :func:`rename_copy` copies a file under the extension its content calls for.

Every output is upright: an EXIF orientation is applied to the pixels before
the EXIF is dropped, so a phone photo doesn't arrive sideways. ICC colour
profiles are kept on purpose: they hold no personal data, and without them
colours of product photos shift. A fix that can't be done raises
:class:`ImageFixError` with a sentence for the seller.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, ImageSequence

from composer.attachments.config import format_bytes, policy
from composer.attachments.inspection import IMAGE_KINDS, inspect_file
from composer.attachments.sniff import sniff

ORIENTATION = 0x0112


class ImageFixError(Exception):
    """A fix that can't be done. ``str(error)`` is a plain sentence for the seller."""


def _output_path(source: Path, out_dir: str | os.PathLike[str], suffix: str) -> Path:
    """A new file name in ``out_dir`` that never overwrites anything, least of all the source."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    candidate = folder / f"{source.stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{source.stem} ({number}){suffix}"
        number += 1
    return candidate


def _write_atomically(target: Path, data: bytes) -> None:
    temp = target.with_name(target.name + ".part")
    temp.write_bytes(data)
    os.replace(temp, target)


def _save_new(source: Path, out_dir: str | os.PathLike[str], suffix: str, data: bytes) -> Path:
    target = _output_path(source, out_dir, suffix)
    _write_atomically(target, data)
    return target


def _open(path: Path) -> Image.Image:
    info = inspect_file(path)
    if not info.readable:
        raise ImageFixError(info.problem or f"“{path.name}” can't be opened.")
    if not info.is_image:
        raise ImageFixError(f"“{path.name}” is not a picture, so it can't be changed here.")
    return Image.open(path)


def _upright(image: Image.Image) -> Image.Image:
    """Apply the EXIF orientation to the pixels (a copy); the result carries no EXIF."""
    turned = ImageOps.exif_transpose(image)
    clean = turned.copy()
    keep = {"icc_profile", "dpi", "transparency"}
    clean.info = {key: value for key, value in image.info.items() if key in keep}
    return clean


def _uses_alpha(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        alpha = image.convert("RGBA").getchannel("A")
        return alpha.getextrema()[0] < 255
    return False


def _is_graphic(image: Image.Image) -> bool:
    """Few colours or transparency: a logo or a scan of text, better kept as PNG."""
    return _uses_alpha(image) or image.convert("RGB").getcolors(256) is not None


def _encode(image: Image.Image, fmt: str, **options: Any) -> bytes:
    buffer = io.BytesIO()
    icc = image.info.get("icc_profile")
    if icc:
        options.setdefault("icc_profile", icc)
    if "dpi" in image.info:
        options.setdefault("dpi", image.info["dpi"])
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _as_jpeg_ready(image: Image.Image) -> Image.Image:
    if image.mode in ("RGB", "L", "CMYK"):
        return image
    converted = image.convert("RGB")
    converted.info = image.info
    return converted


def _scaled(image: Image.Image, long_side: int) -> Image.Image:
    width, height = image.size
    if max(width, height) <= long_side:
        return image
    factor = long_side / max(width, height)
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    resized = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    resized.info = image.info
    return resized


def _png_candidates(image: Image.Image) -> Iterator[tuple[bytes, str]]:
    """Graphics: lossless PNG, then 256 colours, then (without transparency) JPEG."""
    yield _encode(image, "PNG", optimize=True), ".png"
    quantized = image.convert("RGBA").quantize(256, method=Image.Quantize.FASTOCTREE)
    quantized.info = image.info
    yield _encode(quantized, "PNG", optimize=True), ".png"
    if not _uses_alpha(image):
        yield _encode(_as_jpeg_ready(image), "JPEG", quality=85), ".jpg"


def _best_jpeg(image: Image.Image, max_bytes: int) -> tuple[bytes | None, int]:
    """The best quality that fits, by bisection: about three encodes instead of five.

    Returns (data or None, size of the smallest encoding tried) so the caller
    can estimate how much further to scale down.
    """
    ready = _as_jpeg_ready(image)
    qualities = sorted(policy().jpeg_qualities, reverse=True)
    lowest = _encode(ready, "JPEG", quality=qualities[-1])
    if len(lowest) > max_bytes:
        return None, len(lowest)
    best, low, high = lowest, 0, len(qualities) - 1  # qualities[high] is known to fit
    while low < high:
        middle = (low + high) // 2
        data = _encode(ready, "JPEG", quality=qualities[middle])
        if len(data) <= max_bytes:
            best, high = data, middle
        else:
            low = middle + 1
    return best, len(lowest)


def shrink_image(
    path: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    max_bytes: int,
    *,
    min_long_side: int | None = None,
) -> Path:
    """Write a copy of a picture that fits in ``max_bytes`` (the budget left) and stays legible.

    Tries lighter compression first, then smaller sizes in steps, and never goes
    below ``min_long_side`` pixels on the long side (800 by default, from data):
    below that, text on a label or an invoice becomes hard to read. It aims well under
    the budget (``target_bytes``, 2 MB, and ``max_long_side``, 2,000 pixels, from data)
    so other files still fit; only when that cannot stay readable does it use the whole
    budget. A picture that already fits both is copied unchanged.
    """
    source = Path(path)
    name = source.name
    if max_bytes <= 0:
        raise ImageFixError(
            f"There is no room left for “{name}”: the other attachments already use the "
            "whole 10 MB. Remove one of them first."
        )
    floor = policy().min_long_side if min_long_side is None else min_long_side
    with _open(source) as original:
        if getattr(original, "n_frames", 1) > 1:
            raise ImageFixError(
                f"“{name}” is an animation or has several pages, which can't be shrunk here. "
                "Send a still picture or a PDF instead."
            )
        aim = min(max_bytes, policy().target_bytes)
        if source.stat().st_size <= aim and max(original.size) <= policy().max_long_side:
            target = _output_path(source, out_dir, source.suffix)
            shutil.copyfile(source, target)
            return target
        image = _upright(original)
    try:
        return _shrink_to(image, source, out_dir, aim, floor)
    except ImageFixError:
        if aim >= max_bytes:
            raise
    return _shrink_to(image, source, out_dir, max_bytes, floor)


def _shrink_to(image: Image.Image, source: Path, out_dir: str | os.PathLike[str],
               max_bytes: int, floor: int) -> Path:
    """The shrinking loop of :func:`shrink_image` for one size limit."""
    name = source.name
    graphic = _is_graphic(image)
    long_side = max(floor, min(max(image.size), policy().max_long_side))
    smallest = 0
    while True:
        scaled = _scaled(image, long_side)
        if graphic:
            tried = 0
            for data, suffix in _png_candidates(scaled):
                tried = len(data) if not tried else min(tried, len(data))
                if len(data) <= max_bytes:
                    return _save_new(source, out_dir, suffix, data)
        else:
            fitted, tried = _best_jpeg(scaled, max_bytes)
            if fitted is not None:
                return _save_new(source, out_dir, ".jpg", fitted)
        smallest = tried if not smallest else min(smallest, tried)
        if long_side <= floor:
            break
        # Bytes grow roughly with the pixel count: jump close to the size that fits.
        ratio = (max_bytes / tried) ** 0.5 * 0.95
        long_side = max(floor, int(long_side * min(policy().scale_step, ratio)))
    raise ImageFixError(
        f"“{name}” can't be made smaller than {format_bytes(smallest)} while staying readable "
        f"({floor} pixels wide), and only {format_bytes(max_bytes)} is left. Remove another "
        "attachment, or crop the picture to the part that matters."
    )


def convert_image(path: str | os.PathLike[str], out_dir: str | os.PathLike[str]) -> Path:
    """Turn a BMP or TIFF into PNG (graphics, transparency) or JPEG (photos), if smaller.

    Both encodings are tried for photos and the smaller one wins; a graphic is
    only offered as PNG, since JPEG smears sharp text and flat colours.
    """
    source = Path(path)
    with _open(source) as original:
        if original.format not in ("BMP", "TIFF", "DIB"):
            raise ImageFixError(f"“{source.name}” is already a compact picture format.")
        if getattr(original, "n_frames", 1) > 1:
            raise ImageFixError(
                f"“{source.name}” has several pages; converting would keep only the first. "
                "Save it as a PDF from your scanner software instead."
            )
        image = _upright(original)
    options = [(_encode(image, "PNG", optimize=True), ".png")]
    if not _is_graphic(image):
        options.append((_encode(_as_jpeg_ready(image), "JPEG", quality=90, optimize=True), ".jpg"))
    data, suffix = min(options, key=lambda option: len(option[0]))
    if len(data) >= source.stat().st_size:
        raise ImageFixError(f"Converting “{source.name}” would not make it any smaller.")
    target = _output_path(source, out_dir, suffix)
    _write_atomically(target, data)
    return target


_JPEG_KEEP_APP = {
    0xE0: (b"JFIF\x00",),  # the JFIF header, not JFXX thumbnails
    0xE2: (b"ICC_PROFILE\x00",),  # colour profile; FlashPix and MPF (extra images) go
    0xEE: (b"Adobe",),  # colour transform flag: dropping it can invert CMYK colours
}


def strip_jpeg_segments(data: bytes) -> bytes:
    """Copy a JPEG without its metadata segments, losslessly (no re-encoding).

    Drops APP1 (EXIF, XMP), APP13 (IPTC), comments and every other APPn except
    JFIF, ICC and Adobe; stops at the end-of-image marker, so trailing extra
    images (phone depth maps, MPF thumbnails with their own EXIF) are dropped too.
    """
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    out = bytearray(b"\xff\xd8")
    pos = 2
    size = len(data)
    while pos < size:
        if data[pos] != 0xFF:
            raise ValueError("bad marker")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos : pos + 2]
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        segment = data[pos : pos + 2 + length]
        if len(segment) < 2 + length or length < 2:
            raise ValueError("truncated segment")
        payload = segment[4:]
        is_app = 0xE0 <= marker <= 0xEF
        if marker == 0xFE or (is_app and not payload.startswith(_JPEG_KEEP_APP.get(marker, ()))):
            pos += 2 + length
            continue
        out += segment
        pos += 2 + length
        if marker == 0xDA:  # start of scan: copy entropy-coded data up to the next marker
            scan_end = pos
            while True:
                scan_end = data.find(b"\xff", scan_end)
                if scan_end < 0 or scan_end + 1 >= size:
                    raise ValueError("unterminated scan")
                following = data[scan_end + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    scan_end += 1 if following == 0xFF else 2
                    continue
                break
            out += data[pos:scan_end]
            pos = scan_end
    out += b"\xff\xd9"
    return bytes(out)


def _save_frames(image: Image.Image, fmt: str, **options: Any) -> bytes:
    """Re-save every frame of a GIF or TIFF from clean copies, so no comment or tag follows."""
    frames = [_upright(frame) for frame in ImageSequence.Iterator(image)]
    first = frames[0]
    buffer = io.BytesIO()
    if len(frames) > 1:
        options.update(save_all=True, append_images=frames[1:])
    first.save(buffer, fmt, **options)
    return buffer.getvalue()


def strip_metadata(path: str | os.PathLike[str], out_dir: str | os.PathLike[str]) -> Path:
    """Write a copy without EXIF (GPS included), XMP, IPTC or comments, kept upright.

    JPEGs with no rotation are stripped losslessly, segment by segment; a rotated
    JPEG is re-encoded once with its own quantisation tables, so it looks the same.
    """
    source = Path(path)
    with _open(source) as image:
        fmt = image.format
        if fmt in ("BMP", "DIB"):
            data = source.read_bytes()  # BMP has nowhere to keep EXIF or GPS
        elif fmt == "JPEG":
            orientation = image.getexif().get(ORIENTATION, 1)
            if orientation in (1, None, 0):
                data = strip_jpeg_segments(source.read_bytes())
            else:
                from PIL import JpegImagePlugin

                options: dict[str, Any] = {"quality": 95}
                if getattr(image, "quantization", None):
                    options = {
                        "qtables": image.quantization,
                        "subsampling": JpegImagePlugin.get_sampling(image),
                    }
                    if options["subsampling"] == -1:
                        del options["subsampling"]
                upright = _upright(image)
                data = _encode(upright, "JPEG", optimize=True, **options)
        elif fmt == "PNG":
            data = _encode(_upright(image), "PNG", optimize=False)
        elif fmt == "GIF":
            gif_options = {
                key: image.info[key] for key in ("duration", "loop") if key in image.info
            }
            data = _save_frames(image, "GIF", **gif_options)
        elif fmt == "TIFF":
            compression = image.info.get("compression", "tiff_lzw")
            if compression in (None, "raw", "jpeg", "tiff_jpeg"):
                compression = "tiff_lzw"
            try:
                data = _save_frames(image, "TIFF", compression=compression)
            except (OSError, ValueError):
                data = _save_frames(image, "TIFF", compression="tiff_lzw")
        else:
            raise ImageFixError(f"“{source.name}” is not a picture type this can clean.")
    target = _output_path(source, out_dir, source.suffix)
    _write_atomically(target, data)
    return target


def rename_copy(path: str | os.PathLike[str], out_dir: str | os.PathLike[str]) -> Path:
    """Copy a file under the extension its content calls for (a PNG named .jpg becomes .png)."""
    source = Path(path)
    try:
        head = source.read_bytes()
    except OSError as error:
        raise ImageFixError(f"“{source.name}” can't be read ({error.strerror}).") from error
    kind = policy().kind(sniff(head).kind)
    if not kind.allowed or kind.extension is None:
        raise ImageFixError(f"“{source.name}” is {kind.words}; renaming won't make it acceptable.")
    suffix = source.suffix.lower()
    same = policy().allowed_extensions.get(suffix) == kind.id
    target = _output_path(source, out_dir, suffix if same else kind.extension)
    shutil.copyfile(source, target)
    return target


__all__ = [
    "IMAGE_KINDS",
    "ImageFixError",
    "convert_image",
    "rename_copy",
    "shrink_image",
    "strip_jpeg_segments",
    "strip_metadata",
]
