"""Name the Debian libraries Qt needs that this machine lacks, before the tests fail obscurely.

``python scripts/check_system_libs.py`` prints the ``apt-get install`` line and
exits 1 when a library the app needs even offscreen (tests, screenshots) is
missing; libraries only a real X11 desktop needs are named as a note.
``--missing`` prints just the missing package names (for ``.ci/run``), including the
tools that building and testing the frozen app needs and the IMAP server the mailbox
tests start (Dovecot).
``--run`` (``make run``) makes sure the window can open: with a display (``DISPLAY`` or
``WAYLAND_DISPLAY``) it needs the X11 libraries too. Whatever is missing is installed
with apt-get when run as root (a fresh machine or container), else the ``sudo apt-get``
line is printed and it exits 1, so a fresh machine never meets Qt's obscure
"could not load the Qt platform plugin" instead.
On systems other than Linux it does nothing.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys

# Shared library name → the Debian package that provides it.
NEEDED_OFFSCREEN: dict[str, str] = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "OpenGL": "libopengl0",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
}
NEEDED_ON_X11: dict[str, str] = {
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
}


# Programs the frozen-app tests and `make package` use (tests/test_frozen.py): PyInstaller
# reads and strips libraries with binutils, the .deb is made with dpkg-deb, and strace
# proves that the frozen app opens no network connection.
PACKAGING_TOOLS: dict[str, str] = {
    "objdump": "binutils",
    "strip": "binutils",
    "dpkg-deb": "dpkg",
    "xz": "xz-utils",
    "strace": "strace",
}

# Servers the tests start on loopback: Dovecot for Check mailbox (tests/imapserver.py), with
# a certificate made by openssl. Dovecot lives in /usr/sbin, which a user's PATH may lack.
TEST_TOOLS: dict[str, str] = {
    "dovecot": "dovecot-imapd",
    "doveadm": "dovecot-core",
    "openssl": "openssl",
}
SBIN = "/usr/local/sbin:/usr/sbin:/sbin"


def missing(table: dict[str, str]) -> list[str]:
    return sorted({pkg for lib, pkg in table.items() if ctypes.util.find_library(lib) is None})


def missing_tools() -> list[str]:
    found = {pkg for tool, pkg in PACKAGING_TOOLS.items() if shutil.which(tool) is None}
    found |= {pkg for tool, pkg in TEST_TOOLS.items()
              if shutil.which(tool) is None and shutil.which(tool, path=SBIN) is None}
    return sorted(found)


def needed_to_run(environ: dict[str, str]) -> list[str]:
    """The Debian packages missing for opening the app here (X11 ones only with a display)."""
    packages = missing(NEEDED_OFFSCREEN)
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        packages += missing(NEEDED_ON_X11)
    return sorted(set(packages))


def ensure_for_run(environ: dict[str, str]) -> int:
    """Install (as root) or name (otherwise) what the window needs; 0 when it can open."""
    packages = needed_to_run(environ)
    if not packages:
        return 0
    line = " ".join(packages)
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing the system libraries Qt needs to open the window: {line}",
              file=sys.stderr)
        quiet = {**environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=quiet)
        done = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                               *packages], check=False, env=quiet)
        return 0 if done.returncode == 0 and not needed_to_run(environ) else 1
    print("Seller Composer needs system libraries that are missing here to open its window. "
          f"Install them with:\n  sudo apt-get install -y {line}", file=sys.stderr)
    return 1


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
    if "--run" in argv:
        return ensure_for_run(dict(os.environ))
    offscreen = missing(NEEDED_OFFSCREEN)
    if "--missing" in argv:
        print(" ".join(offscreen + missing(NEEDED_ON_X11) + missing_tools()))
        return 0
    desktop = missing(NEEDED_ON_X11)
    tools = missing_tools()
    if tools:
        print("Note: the frozen-app tests, 'make package' and the IMAP tests need: "
              f"sudo apt-get install -y {' '.join(tools)}", file=sys.stderr)
    if desktop:
        print("Note: to open the window on an X11 desktop, Qt also needs: "
              f"sudo apt-get install -y {' '.join(desktop)}", file=sys.stderr)
    if offscreen:
        print("Qt needs system libraries that are missing here. Install them with:\n"
              f"  sudo apt-get install -y {' '.join(offscreen)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
