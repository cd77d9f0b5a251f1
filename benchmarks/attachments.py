"""Print how long the attachment checks and fixes take on a realistic worst case.

Run: ``.venv/bin/python benchmarks/attachments.py``. Target: inspecting a 10 MB
JPEG (fully decoded) well under a second; a cached re-check near zero.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from attachment_factory import (
    gps_exif,
    noisy_picture,
    write_image,
    write_pdf,
    write_sized_text,
)

from composer.attachments import (
    InspectCache,
    check_attachments,
    inspect_file,
    shrink_image,
    strip_metadata,
    verify_unchanged,
)
from composer.attachments.refs import AttachmentRef


def timed(label: str, action: Callable[[], Any], repeat: int = 3) -> Any:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best * 1000:8.1f} ms (best of {repeat})")
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        photo = write_image(root / "photo.jpg", noisy_picture((3000, 2250)), quality=92)
        big = write_image(root / "big.jpg", noisy_picture((4000, 3000)), quality=95)
        gps = write_image(root / "gps.jpg", noisy_picture((2000, 1500)), exif=gps_exif())
        pdf = write_pdf(root / "invoice.pdf")
        text = write_sized_text(root / "notes.txt", 2_000_000)
        print(f"photo.jpg {photo.stat().st_size:,} bytes; big.jpg {big.stat().st_size:,} bytes")
        timed("inspect_file(photo.jpg, full decode)", lambda: inspect_file(photo))
        timed("inspect_file(big.jpg 4000x3000, full decode)", lambda: inspect_file(big))
        timed("inspect_file(notes.txt 2 MB)", lambda: inspect_file(text))
        cache = InspectCache()
        inspect_file(photo, cache)
        timed("inspect_file(photo.jpg) cached", lambda: inspect_file(photo, cache), repeat=20)
        paths = [photo, pdf, text, gps]
        timed("check_attachments(4 files, cold)", lambda: check_attachments(paths, "invoice"))
        ref = AttachmentRef.from_info(inspect_file(photo))
        timed("verify_unchanged(photo.jpg)", lambda: verify_unchanged(ref))
        out = root / "out"
        for budget in (8_000_000, 2_000_000):
            result = timed(
                f"shrink_image(big.jpg -> {budget:,} bytes)",
                lambda budget=budget: shrink_image(big, out, budget),
                repeat=1,
            )
            print(f"    -> {result.stat().st_size:,} bytes")
        timed("strip_metadata(gps.jpg, lossless)", lambda: strip_metadata(gps, out))


if __name__ == "__main__":
    main()
