"""Build Seller Composer's installers for this operating system into ``dist/``.

``make package`` runs it; Windows maintainers run ``python packaging\\build.py``.

* Linux: ``dist/seller-composer-<version>-linux-<arch>.tar.xz`` (the one-folder bundle)
  and ``dist/seller-composer_<version>_<arch>.deb`` (``/opt/seller-composer``, the
  ``seller-composer`` command, a menu entry and icons), built with ``dpkg-deb``.
* Windows: ``dist/SellerComposer-<version>-Setup.exe`` from ``packaging/windows/
  seller-composer.iss`` with Inno Setup's ``iscc`` (per user, no administrator rights).
* macOS: ``dist/Seller Composer.app`` and ``dist/SellerComposer-<version>.dmg``
  (``hdiutil``).

``--formats`` picks a subset; the tests build ``bundle,deb`` with ``--fast`` (gzip -1
instead of xz, which takes about two minutes on two cores).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
NAME = "seller-composer"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PACKAGING))

import icon  # noqa: E402

from composer import __version__ as VERSION  # noqa: E402

# What the bundle leaves to the system (packaging/trim.py SYSTEM_LIBRARIES, plus the C
# library and OpenGL, which PyInstaller never bundles). Names with "t64" are Debian 13 and
# Ubuntu 24.04; the alternatives are older releases.
DEB_DEPENDS = ", ".join([
    "libc6 (>= 2.31)",
    "libegl1", "libgl1", "libopengl0",
    "libfontconfig1", "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
])
DESKTOP_FILE = PACKAGING / "linux" / "seller-composer.desktop"


def run(command: list[str], **kwargs: object) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def pyinstaller(work: Path, icons: Path) -> Path:
    """Freeze the app into ``work/dist``; return the folder (or the .app on macOS)."""
    env = dict(os.environ, SELLER_COMPOSER_ICONS=str(icons))
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(PACKAGING / "seller-composer.spec")], env=env)
    if sys.platform == "darwin":
        return work / "dist" / "Seller Composer.app"
    return work / "dist" / NAME


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def tar_xz(bundle: Path, out: Path) -> Path:
    """The bundle as ``seller-composer/…`` in a tar.xz, files sorted, xz at its best setting."""
    target = out / f"{NAME}-{VERSION}-linux-{arch()}.tar.xz"
    if shutil.which("tar") and shutil.which("xz"):
        # Sorted names put alike files side by side; -9 with one 192 MB block beats threads.
        with target.open("wb") as handle:
            tar = subprocess.Popen(["tar", "--sort=name", "--owner=0", "--group=0",
                                    "-C", str(bundle.parent), "-cf", "-", bundle.name],
                                   stdout=subprocess.PIPE)
            subprocess.run(["xz", "-9", "-T1"], stdin=tar.stdout, stdout=handle, check=True)
            if tar.wait() != 0:
                raise RuntimeError("tar failed")
    else:
        with tarfile.open(target, "w:xz", preset=9) as archive:
            archive.add(bundle, arcname=bundle.name)
    return target


def deb_architecture() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64"}.get(arch(), arch())


def deb(bundle: Path, out: Path, work: Path, fast: bool = False) -> Path:
    """A .deb with the bundle in /opt, /usr/bin/seller-composer, a menu entry and icons."""
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    # The bootloader follows the link to find its _internal folder.
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, applications / f"{NAME}.desktop")
    for size in icon.PNG_SIZES:
        folder = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icon.PNG_DIR / f"{NAME}-{size}.png", folder / f"{NAME}.png")
    docs = root / "usr" / "share" / "doc" / NAME
    docs.mkdir(parents=True)
    (docs / "copyright").write_text(
        "Seller Composer\nLicense: MIT\n\nThe bundled Qt libraries are LGPL-3.0 (PySide6); "
        "Python is PSF-2.0; Pillow, bleach, phonenumbers, platformdirs, qtawesome, keyring "
        "and pyspellchecker carry their own permissive licences.\n", encoding="utf-8")
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and
                   not p.is_symlink()) // 1024
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {VERSION}\n"
        "Section: mail\n"
        "Priority: optional\n"
        f"Architecture: {deb_architecture()}\n"
        "Maintainer: Seller Composer maintainers <maintainers@sellercomposer.invalid>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {DEB_DEPENDS}\n"
        "Description: write Amazon buyer messages that Amazon will deliver\n"
        " Seller Composer checks Buyer-Seller messages against Amazon's messaging\n"
        " rules as you type, explains each problem in plain words, fixes it in one\n"
        " click where it can, and keeps every draft. It works offline.\n",
        encoding="utf-8")
    target = out / f"{NAME}_{VERSION}_{deb_architecture()}.deb"
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]
    run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(target)])
    return target


def windows_setup(bundle: Path, out: Path, icons: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").is_file():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        print("Inno Setup (iscc) is not installed: the bundle is in", bundle,
              "but no Setup.exe was made. Install it with 'choco install innosetup'.")
        return None
    run([iscc, f"/DAppVersion={VERSION}", f"/DSourceDir={bundle}",
         f"/DIconFile={icons / 'seller-composer.ico'}", f"/O{out}",
         str(PACKAGING / "windows" / "seller-composer.iss")])
    return out / f"SellerComposer-{VERSION}-Setup.exe"


def macos_dmg(app: Path, out: Path, work: Path) -> Path:
    """A compressed disk image with the app and a link to /Applications to drag it to."""
    stage = work / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    shutil.rmtree(out / app.name, ignore_errors=True)
    shutil.copytree(app, out / app.name, symlinks=True)
    target = out / f"SellerComposer-{VERSION}.dmg"
    target.unlink(missing_ok=True)
    run(["hdiutil", "create", "-volname", "Seller Composer", "-srcfolder", str(stage),
         "-ov", "-format", "UDZO", str(target)])
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="where the installers go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "package",
                        help="scratch folder for PyInstaller and staging")
    parser.add_argument("--formats", default="all",
                        help="comma-separated subset of bundle,tar,deb (Linux); default all")
    parser.add_argument("--fast", action="store_true",
                        help="quick compression for tests (a larger .deb, same contents)")
    args = parser.parse_args(argv)
    formats = {"bundle", "tar", "deb"} if args.formats == "all" else set(args.formats.split(","))
    started = time.monotonic()
    args.out.mkdir(parents=True, exist_ok=True)
    icons = args.work / "icons"
    icon.derive(icon.SOURCE, icons, VERSION, write_pngs=False)
    bundle = pyinstaller(args.work, icons)
    made: list[Path] = []
    if sys.platform.startswith("linux"):
        if "bundle" in formats:
            target = args.out / NAME
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(bundle, target, symlinks=True)
            made.append(target)
        if "tar" in formats:
            made.append(tar_xz(bundle, args.out))
        if "deb" in formats:
            made.append(deb(bundle, args.out, args.work, fast=args.fast))
    elif sys.platform == "win32":
        setup = windows_setup(bundle, args.out, icons)
        made += [bundle] if setup is None else [setup]
    elif sys.platform == "darwin":
        made.append(macos_dmg(bundle, args.out, args.work))
    for path in made:
        print("made", path)
    print(f"packaging took {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
