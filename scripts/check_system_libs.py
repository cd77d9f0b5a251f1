"""Name the Debian libraries Qt needs that this machine lacks, before the tests fail obscurely.

``python scripts/check_system_libs.py`` prints the ``apt-get install`` line and
exits 1 when a library the app needs even offscreen (tests, screenshots) is
missing; libraries only a real X11 desktop needs are named as a note.
``--missing`` prints just the missing package names (for ``.ci/run``), including the
tools that building and testing the frozen app needs and the IMAP server the mailbox
tests start (Dovecot).
On systems other than Linux it does nothing.
"""

from __future__ import annotations

import ctypes.util
import shutil
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


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
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
