"""The app icon: one source image, and every size and format the installers need.

``python packaging/icon.py --draw`` redraws the source, ``packaging/icon-source.png``
(1024×1024: a white envelope with a green check mark on the app's blue). Without
``--draw`` it turns the source into

* ``resources/icons/seller-composer-<N>.png`` (16…512), the window icon at run time and
  the ``hicolor`` icons of the Linux package;
* ``<out>/seller-composer.ico`` (Windows) and ``<out>/seller-composer.icns`` (macOS), and
  ``<out>/version_info.txt`` for the Windows program's file properties.

Only Pillow is used, so Windows and macOS maintainers run the same script.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "packaging" / "icon-source.png"
PNG_DIR = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

BLUE = (21, 101, 192)  # #1565c0, the app's information blue
BLUE_DARK = (13, 71, 161)  # #0d47a1
GREEN = (46, 125, 50)  # #2e7d32, the app's "ready to send" green
WHITE = (255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    """Draw the icon four times larger and scale it down, for smooth edges."""
    big = size * 4
    s = big / 1024  # design units are on a 1024 grid
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    # Tile: rounded square, a darker band at the foot for depth.
    pen.rounded_rectangle((40 * s, 40 * s, 984 * s, 984 * s), radius=200 * s, fill=BLUE_DARK)
    pen.rounded_rectangle((40 * s, 40 * s, 984 * s, 950 * s), radius=200 * s, fill=BLUE)
    # Envelope.
    left, top, right, bottom = 170 * s, 270 * s, 790 * s, 700 * s
    pen.rounded_rectangle((left, top, right, bottom), radius=48 * s, fill=WHITE)
    middle = (left + right) / 2
    flap = [(left + 30 * s, top + 40 * s), (middle, top + 270 * s), (right - 30 * s, top + 40 * s)]
    pen.line(flap, fill=BLUE, width=round(44 * s), joint="curve")
    # Check-mark badge, ringed in the tile's blue so it reads at 16 px.
    cx, cy, r = 730 * s, 690 * s, 190 * s
    pen.ellipse((cx - r - 34 * s, cy - r - 34 * s, cx + r + 34 * s, cy + r + 34 * s), fill=BLUE)
    pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GREEN)
    tick = [(cx - 95 * s, cy + 5 * s), (cx - 25 * s, cy + 75 * s), (cx + 100 * s, cy - 70 * s)]
    pen.line(tick, fill=WHITE, width=round(52 * s), joint="curve")
    for x, y in (tick[0], tick[2]):  # round caps
        pen.ellipse((x - 26 * s, y - 26 * s, x + 26 * s, y + 26 * s), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def derive(source: Path, out: Path, version: str, write_pngs: bool = True) -> list[Path]:
    """Write the PNG sizes into resources/icons and the .ico, .icns and version file into out.

    A build passes ``write_pngs=False``: the PNGs are kept in git, and another Pillow
    version would rewrite them byte for byte differently.
    """
    master = Image.open(source).convert("RGBA")
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES if write_pngs else ():
        path = PNG_DIR / f"seller-composer-{size}.png"
        master.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    ico = out / "seller-composer.ico"
    master.save(ico, sizes=ICO_SIZES)
    icns = out / "seller-composer.icns"
    master.save(icns)  # Pillow writes every ICNS size from the 1024 master
    version_file = out / "version_info.txt"
    version_file.write_text(windows_version_info(version), encoding="utf-8")
    return [*written, ico, icns, version_file]


def windows_version_info(version: str) -> str:
    """PyInstaller's VSVersionInfo for the .exe properties (Details tab)."""
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    numbers = [*numbers, 0, 0, 0, 0][:4]
    strings = {
        "CompanyName": "Seller Composer",
        "FileDescription": "Seller Composer",
        "FileVersion": version,
        "InternalName": "seller-composer",
        "OriginalFilename": "SellerComposer.exe",
        "ProductName": "Seller Composer",
        "ProductVersion": version,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)},
    mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{entries}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", action="store_true", help="redraw packaging/icon-source.png")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args(argv)
    if args.draw:
        draw().save(SOURCE, optimize=True)
        print(SOURCE)
    sys.path.insert(0, str(ROOT))
    from composer import __version__

    for path in derive(SOURCE, args.out, __version__):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
