"""Look inside one file: its real kind, size, hash, and for pictures a full decode.

:func:`inspect_file` never raises for a bad file: a missing, empty, locked or
damaged file comes back as an :class:`AttachmentInfo` with ``readable=False``
and a plain-words ``problem``. The file is read once; the same bytes feed the
hash, the sniffer and Pillow, so a 10 MB photo is read from disk one time.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from composer.appdata.safeopen import NotAFile, open_regular
from composer.attachments.config import policy
from composer.attachments.hashing import sha256_of
from composer.attachments.hidden import Concern
from composer.attachments.sniff import sniff

IMAGE_KINDS = {"jpeg": "JPEG", "png": "PNG", "gif": "GIF", "bmp": "BMP", "tiff": "TIFF"}
GPS_IFD = 0x8825
# A TIFF holds any number of pages, each read on its own: 97,000 one-pixel pages in a
# 9.9 MB file took 70 s to count and decode. More pages than this are refused unread.
MAX_TIFF_PAGES = 100
# However a picture is built, decoding it stops after this long and the file is refused.
PICTURE_CHECK_SECONDS = 5.0


@dataclass(frozen=True)
class AttachmentInfo:
    """What the composer knows about one attached file. ``problem`` is a seller sentence.

    ``problem_key`` names the message template used (``"missing"``,
    ``"damaged-picture"``…), so callers can react without parsing words.
    """

    name: str
    path: Path
    size: int
    sha256: str
    extension: str
    real_kind: str
    allowed: bool
    readable: bool
    problem: str | None = None
    problem_key: str | None = None
    is_image: bool = False
    width: int | None = None
    height: int | None = None
    frames: int = 1
    has_gps: bool = False
    has_alpha: bool = False
    mtime_ns: int = 0
    # What the kind alone doesn't say (a hidden program, a link): findings-to-be.
    concerns: tuple[Concern, ...] = ()
    link_target: Path | None = None  # where the attached path leads, when it is a link


class InspectCache:
    """Remember inspections by (path, size, mtime) so re-checking a draft costs nothing.

    Passed explicitly (no module-level state); safe to share between threads.
    """

    def __init__(self, max_entries: int = 256) -> None:
        self._entries: dict[tuple[str, int, int], AttachmentInfo] = {}
        self._lock = threading.Lock()
        self._max = max_entries

    def get(self, key: tuple[str, int, int]) -> AttachmentInfo | None:
        with self._lock:
            return self._entries.get(key)

    def put(self, key: tuple[str, int, int], info: AttachmentInfo) -> None:
        with self._lock:
            if len(self._entries) >= self._max:
                self._entries.pop(next(iter(self._entries)))
            self._entries[key] = info

    def __len__(self) -> int:
        return len(self._entries)


def _failed(path: Path, key: str, size: int = 0, **values: object) -> AttachmentInfo:
    ext = path.suffix.lower()
    return AttachmentInfo(
        name=path.name,
        path=path,
        size=size,
        sha256="",
        extension=ext,
        real_kind="unknown",
        allowed=False,
        readable=False,
        problem=policy().say(key, name=path.name, **values),
        problem_key=key,
    )


def _follow(path: Path) -> tuple[Path, Path | None] | AttachmentInfo:
    """The file to read for ``path`` and, when ``path`` is a symbolic link, where it leads.

    Only the last part of the path counts as a link: folders that are links (as
    ``/tmp`` on a Mac) change nothing about which file is sent.
    """
    try:
        if not path.is_symlink():
            return path, None
        target = path.resolve(strict=True)
    except FileNotFoundError:
        try:
            shown = os.readlink(path)
        except OSError:
            shown = "?"
        return _failed(path, "link-nowhere", target=shown)
    except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13)
        return _failed(path, "link-nowhere", target=path.name)
    return target, target


def _read(path: Path) -> tuple[bytes, int, int, bool, Path | None] | AttachmentInfo:
    """Return (bytes, size, mtime_ns, complete, link target) or a failed info; never raises.

    A FIFO, device or socket is refused before it is opened, and the file is opened
    without waiting (:mod:`composer.appdata.safeopen`), so a pipe with no writer can't hang it.
    """
    limits = policy()
    followed = _follow(path)
    if isinstance(followed, AttachmentInfo):
        return followed
    source, link = followed
    try:
        # The link, if any, is resolved: open exactly the file it led to, no new link.
        with open_regular(source, follow_link=False) as handle:
            facts = os.fstat(handle.fileno())
            size = facts.st_size
            complete = size <= limits.deep_check_max_bytes
            if complete:
                data = handle.read()
            else:
                # Too big to send anyway: hash it in chunks, sniff only the start.
                data = handle.read(1 << 20)
    except NotAFile as error:
        if error.kind == "folder":
            return _failed(path, "folder")
        return _failed(path, "not-a-file", what=limits.messages[f"special-{error.kind}"])
    except FileNotFoundError:
        return _failed(path, "missing")
    except PermissionError:
        return _failed(path, "permission")
    except IsADirectoryError:
        return _failed(path, "folder")
    except OSError as error:
        return _failed(path, "io-error", reason=error.strerror or type(error).__name__)
    if complete:
        size = len(data)  # the file may have changed between stat and read
    return data, size, facts.st_mtime_ns, complete, link


def exif_has_gps(image: Image.Image) -> bool:
    """True when the picture's EXIF has a GPS block with at least one value, or XMP GPS."""
    try:
        gps = image.getexif().get_ifd(GPS_IFD)
    except Exception:  # a broken EXIF block is not our problem here
        gps = {}
    if any(value not in (None, b"", "", ()) for value in gps.values()):
        return True
    xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    return b"GPSLatitude" in xmp or b"GPSLongitude" in xmp


@dataclass(frozen=True)
class _ImageFacts:
    width: int
    height: int
    frames: int
    has_gps: bool
    has_alpha: bool
    problem_key: str | None = None
    reason: str = ""


def _open_unchecked(data: bytes, fmt: str) -> Image.Image:
    """Open with the format's own plugin, skipping ``Image.open``'s global bomb check.

    That check would raise before the size is known; this module checks the
    header size itself against its own limit, so the seller hears how big it is.
    """
    Image.init()
    factory = Image.OPEN[fmt][0]
    return factory(io.BytesIO(data))


def _check_image(data: bytes, kind: str) -> _ImageFacts:
    """Decode every frame (within a pixel budget); read sizes from the header first.

    The header size is checked before any pixel is decoded, so a tiny file that
    claims 100,000 × 100,000 pixels is refused at once instead of eating memory.
    """
    limit = policy().max_image_pixels
    width = height = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with _open_unchecked(data, IMAGE_KINDS[kind]) as image:
                width, height = image.size
                if width * height > limit:
                    return _ImageFacts(width, height, 1, False, False, "picture-bomb")
                gps = exif_has_gps(image)
                alpha = "A" in image.getbands() or "transparency" in image.info
                if kind == "tiff":
                    frames = _tiff_pages(image)
                    if frames > MAX_TIFF_PAGES:
                        return _ImageFacts(width, height, frames, gps, alpha, "too-many-pages")
                else:
                    frames = int(getattr(image, "n_frames", 1) or 1)
                decoded = 0
                started = time.monotonic()
                for index in range(frames):
                    if time.monotonic() - started > PICTURE_CHECK_SECONDS:
                        return _ImageFacts(width, height, frames, gps, alpha, "slow-picture")
                    if index:
                        image.seek(index)
                    frame_pixels = image.size[0] * image.size[1]
                    if frame_pixels > limit:
                        return _ImageFacts(*image.size, frames, gps, alpha, "picture-bomb")
                    if decoded + frame_pixels > 2 * limit:
                        break  # enough decoded to trust the file; don't spend more
                    image.load()
                    decoded += frame_pixels
                return _ImageFacts(width, height, frames, gps, alpha)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return _ImageFacts(width, height, 1, False, False, "picture-bomb")
    except Exception as error:  # Pillow raises OSError, SyntaxError, ValueError, EOFError…
        reason = str(error).strip().rstrip(".") or type(error).__name__
        return _ImageFacts(width, height, 1, False, False, "damaged-picture", reason)


def _tiff_pages(image: Image.Image) -> int:
    """How many pages a TIFF has, counting no further than one past the limit.

    Pillow's ``n_frames`` walks every page of the file first.
    """
    count = 1
    try:
        while count <= MAX_TIFF_PAGES:
            image.seek(count)
            count += 1
    except EOFError:
        pass
    image.seek(0)
    return count


def _cache_key(path: Path) -> tuple[str, int, int] | None:
    """The path as given and where it leads: two links to one file are two attachments."""
    try:
        info = path.stat()
        return (f"{path.absolute()}\0{path.resolve()}", info.st_size, info.st_mtime_ns)
    except (OSError, RuntimeError):
        return None


def inspect_file(path: str | os.PathLike[str], cache: InspectCache | None = None) -> AttachmentInfo:
    """Inspect one file for attaching. Never raises for a missing or bad file."""
    path = Path(path)
    key = _cache_key(path) if cache is not None else None
    if cache is not None and key is not None and (hit := cache.get(key)) is not None:
        return hit
    result = _inspect(path)
    if cache is not None and key is not None and result.readable:
        cache.put(key, result)
    return result


def _inspect(path: Path) -> AttachmentInfo:
    limits = policy()
    read = _read(path)
    if isinstance(read, AttachmentInfo):
        return read
    data, size, mtime_ns, complete, link = read
    if size == 0:
        return _failed(path, "empty")
    sha = hashlib.sha256(data).hexdigest() if complete else sha256_of(link or path)
    sniffed = sniff(data if complete else data[: limits.text_check_max_bytes], complete=complete)
    kind = limits.kind(sniffed.kind)
    ext = path.suffix.lower()
    facts: _ImageFacts | None = None
    problem_key = sniffed.damage
    if problem_key == "damaged-zip" and ext == ".docx":
        problem_key = "damaged-docx"
    values: dict[str, object] = {}
    if sniffed.kind in IMAGE_KINDS and complete:
        facts = _check_image(data, sniffed.kind)
        if facts.problem_key:
            problem_key = facts.problem_key
            values = {
                "reason": facts.reason,
                "megapixels": f"{facts.width * facts.height / 1_000_000:,.0f}",
                "pages": MAX_TIFF_PAGES,
                "seconds": f"{PICTURE_CHECK_SECONDS:g}",
            }
    readable = problem_key is None or problem_key == "pdf-cut-off"
    problem = limits.say(problem_key, name=path.name, **values) if problem_key else None
    concerns = sniffed.concerns
    if link is not None:
        concerns = (_link_concern(path, link), *concerns)
    return AttachmentInfo(
        name=path.name,
        path=path,
        size=size,
        sha256=sha,
        extension=ext,
        real_kind=sniffed.kind,
        allowed=kind.allowed,
        readable=readable,
        problem=problem,
        problem_key=problem_key,
        is_image=sniffed.kind in IMAGE_KINDS,
        width=facts.width if facts else None,
        height=facts.height if facts else None,
        frames=facts.frames if facts else 1,
        has_gps=facts.has_gps if facts else False,
        has_alpha=facts.has_alpha if facts else False,
        mtime_ns=mtime_ns,
        concerns=concerns,
        link_target=link,
    )


def _link_concern(path: Path, target: Path) -> Concern:
    """A link is named with where it leads; one to a file of another name blocks."""
    values = (("target", str(target)), ("target_name", target.name))
    if target.name == path.name:
        return Concern("attachment-link", "link", "warn", values)
    return Concern("attachment-link", "link-elsewhere", "block", values)


def has_gps(path: str | os.PathLike[str]) -> bool:
    """True when a picture carries a GPS location in its EXIF (or XMP) details."""
    try:
        with Image.open(path) as image:
            return exif_has_gps(image)
    except Exception:
        return False
