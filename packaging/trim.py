"""What the frozen bundle keeps and drops, as data and small filters the spec applies.

A default PyInstaller build of a PySide6 app collects every Qt plugin the wheel has
(Wayland compositors, QML debuggers, SQL drivers, TLS) and the libraries they pull in.
Seller Composer uses QtCore, QtGui and QtWidgets, reads pictures for attachment
thumbnails and opens no network connection. Everything here is plain Python so that
``tests/test_frozen_trim.py`` can check the rules without building.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

LINUX = sys.platform.startswith("linux")
# Linux only: Windows and macOS binaries carry signatures or are already small.
STRIP = LINUX

# Spelling dictionaries for the five template languages (the others are 5 MB more).
SPELLING_LANGUAGES = ("en", "de", "fr", "es", "it")

# Imported by name at run time, so the analysis cannot follow them: every module of the
# app itself (argparse's command modules, the lazy attributes of composer.store and
# composer.attachments) is added by the spec; these are loaded after the first paint or by
# code that other parts of the app may start using.
HIDDEN_IMPORTS = ["qtawesome", "spellchecker", "keyring"]

EXCLUDED_MODULES = [
    # Qt modules the app never imports. qtpy tries QtOpenGL and tolerates its absence.
    *(f"PySide6.{name}" for name in (
        "QtNetwork", "QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtSvgWidgets",
        "QtPrintSupport", "QtSql", "QtTest", "QtXml", "QtDBus", "QtConcurrent", "QtQml",
        "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtUiTools", "QtDesigner",
        "QtHelp", "QtStateMachine", "QtPdf", "QtPdfWidgets", "QtWebEngineCore",
        "QtWebEngineWidgets", "QtMultimedia", "QtCharts", "QtDataVisualization",
        "QtGraphs", "Qt3DCore", "QtRemoteObjects", "QtScxml", "QtWebSockets", "QtHttpServer",
    )),
    # Other Qt bindings qtpy would look for.
    "PyQt5", "PyQt6", "PySide2",
    # phonenumbers: the checker only matches numbers. Place names, carriers and time
    # zones are 45 MB of source the app never reads.
    "phonenumbers.geodata", "phonenumbers.geocoder", "phonenumbers.carrierdata",
    "phonenumbers.carrier", "phonenumbers.tzdata", "phonenumbers.timezone",
    # Pillow's bridges to toolkits the app does not use (ImageQt would pull in PyQt), and
    # formats Amazon does not take as attachments (the sniffer names them by their bytes;
    # Pillow then just lacks a decoder): AVIF (5 MB of libavif), WebP, colour management.
    "PIL.ImageQt", "PIL.ImageTk", "PIL.ImageShow", "tkinter", "_tkinter",
    "PIL.AvifImagePlugin", "PIL._avif", "PIL.WebPImagePlugin", "PIL._webp",
    "PIL.ImageCms", "PIL._imagingcms",
    # A terminal line editor (and libreadline, libtinfo): the app reads no interactive input.
    "readline",
    # Linux keychain: keyring's Secret Service backend needs secretstorage, which needs
    # cryptography's 11 MB Rust library; with it the bundle is 143 MiB (target 135). Without
    # it keyring has no backend on Linux and composer/export/keychain.py asks for the SMTP
    # password once per session. SELLER_COMPOSER_LINUX_KEYCHAIN=1 keeps it.
    *(() if os.environ.get("SELLER_COMPOSER_LINUX_KEYCHAIN") == "1"
      else ("cryptography", "secretstorage")),
    # Development tools that come along with the test extra.
    "pytest", "_pytest", "hypothesis", "pydoc_data", "lib2to3", "IPython", "numpy",
]

# Qt plugins kept, by type and file stem (without "lib" and the extension).
# Any type not named here is dropped whole.
KEPT_PLUGINS: dict[str, set[str] | None] = {
    # X11 (also XWayland), offscreen for screenshots and tests, Windows, macOS.
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa", "qdirect2d"},
    # Native file dialogs through the desktop portal (GNOME, KDE). Not qgtk3: it links the
    # system's GTK 3 against the bundle's own GLib and pulls in 10 MB of cairo and pango.
    "platformthemes": {"qxdgdesktopportal"},
    # Dead keys and compose (ä, é, ñ) and input methods.
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    # Attachment thumbnails: PNG and BMP are built into QtGui; these read the rest.
    # SVG renders the desktop's icon theme in dialogs.
    "imageformats": {"qgif", "qjpeg", "qtiff", "qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    # OpenGL on X11 (the xcb plugin asks for them; widgets work without, with a warning).
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    # Native look on Windows and macOS.
    "styles": None,
}

# Qt libraries kept (module names as in libQt6<Name>.so, Qt6<Name>.dll, Qt<Name>.framework).
# Anything else named like a Qt library was pulled in by a dropped plugin.
KEPT_QT_LIBRARIES = {"Core", "Gui", "Widgets", "DBus", "XcbQpa", "OpenGL", "Svg"}

_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<type>[^/]+)/(?:lib)?(?P<stem>[^/.]+)[^/]*$")
_QT_LIBRARY = re.compile(r"(?:^|/)(?:lib)?Qt6?(?P<name>[A-Za-z0-9]+?)(?:\.so[.0-9]*|\.dll|"
                         r"\.dylib|\.framework(?:/.*)?)$")
_TRANSLATION = re.compile(r"(?:^|/)translations/(?P<base>[a-z_]+?)_[a-zA-Z_]+\.qm$")


# Windows: Mesa's software OpenGL (20 MB), a fallback for OpenGL and Qt Quick content;
# widgets draw without OpenGL. (Not verified on Windows here: see the README.)
DROPPED_FILES = {"opengl32sw.dll"}


def keeps_binary(dest: str) -> bool:
    """True when a collected library or plugin (its path inside the bundle) stays."""
    path = PurePosixPath(dest.replace("\\", "/")).as_posix()
    if PurePosixPath(path).name.lower() in DROPPED_FILES:
        return False
    plugin = _PLUGIN.search(path)
    if plugin and ("PySide6" in path or "Qt" in path):
        kept = KEPT_PLUGINS.get(plugin["type"], set())
        return kept is None or plugin["stem"] in kept
    library = _QT_LIBRARY.search(path)
    if library:
        return library["name"] in KEPT_QT_LIBRARIES
    return True


def keeps_data(dest: str) -> bool:
    """True when a collected data file stays: Qt's ``qtbase`` translations, app languages only."""
    path = dest.replace("\\", "/")
    translation = _TRANSLATION.search(path)
    if translation and "PySide6" in path:
        language = PurePosixPath(path).stem.split("_", 1)[1].split("_")[0]
        return translation["base"] == "qtbase" and language in SPELLING_LANGUAGES
    return keeps_binary(path)


# Linux: libraries taken from the seller's system, not bundled. Each must match the running
# desktop (a bundled fontconfig misreads a newer system's fonts.conf; GLib and D-Bus talk to
# the session) and every desktop has them; the .deb depends on them and
# scripts/check_system_libs.py names them. What only they need goes too (systemd, gcrypt…).
SYSTEM_LIBRARIES = ("libfontconfig.so", "libfreetype.so", "libdbus-1.so", "libglib-2.0.so",
                    "libgthread-2.0.so", "libgobject-2.0.so", "libgio-2.0.so")

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (path in bundle, source, type code)
_LIBRARY_SUFFIX = re.compile(r"\.(so(\.[0-9.]+)?|dll|dylib)$", re.IGNORECASE)


def _name(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name.lower()


def _is_root(entry: Entry) -> bool:
    """Loaded by Python or Qt themselves, not because another library needs it."""
    dest = entry[0].replace("\\", "/")
    return (entry[2] == "EXTENSION" or "/plugins/" in f"/{dest}"
            or _name(dest).startswith(("libpython", "python3", "python")))


def keep_binaries(toc: list[Entry],
                  imports_of: Callable[[str], Iterable[str]] | None = None) -> list[Entry]:
    """Drop unwanted Qt parts, then every library nothing kept still needs.

    The analysis already added the libraries that the dropped plugins link (GTK, Wayland,
    Kerberos…), so the kept extension modules and plugins are walked again, following
    each file's needed-library names (``imports_of(source path)``).
    """
    wanted = [entry for entry in toc if keeps_binary(entry[0])
              and not (LINUX and _name(entry[0]).startswith(SYSTEM_LIBRARIES))]
    if imports_of is None:
        return wanted
    by_name: dict[str, list[Entry]] = {}
    for entry in wanted:
        by_name.setdefault(_name(entry[0]), []).append(entry)
    reached: set[Entry] = set()
    queue = [entry for entry in wanted if _is_root(entry)]
    while queue:
        entry = queue.pop()
        if entry in reached:
            continue
        reached.add(entry)
        for needed in imports_of(entry[1]):
            queue.extend(by_name.get(PurePosixPath(needed).name.lower(), []))
    return [entry for entry in wanted if entry in reached]


def keep_datas(toc: list[Entry], binaries: list[Entry] | None = None) -> list[Entry]:
    """Keep data files, except other translations and links to libraries that were dropped."""
    kept_names = None if binaries is None else {_name(entry[0]) for entry in binaries}
    result = []
    for entry in toc:
        if not keeps_data(entry[0]):
            continue
        if (kept_names is not None and entry[2] == "SYMLINK"
                and _LIBRARY_SUFFIX.search(entry[0]) and _name(entry[0]) not in kept_names):
            continue
        result.append(entry)
    return result


def pyinstaller_imports(source: str) -> list[str]:
    """The library names a binary links directly (ELF NEEDED; PyInstaller's reading elsewhere).

    Direct links matter on Linux: ``ldd`` lists the whole closure, which would keep what only
    a dropped system library needs.
    """
    if sys.platform.startswith("linux"):
        import subprocess

        dump = subprocess.run(["objdump", "-p", source], capture_output=True, text=True)
        if dump.returncode == 0:
            return [line.split()[1] for line in dump.stdout.splitlines()
                    if line.strip().startswith("NEEDED")]
    from PyInstaller.depend.bindepend import get_imports

    try:
        return [name for name, _path in get_imports(source)]
    except Exception:  # an unreadable file: keep walking; the smoke test would catch a gap
        return []


def spelling_dictionaries() -> list[tuple[str, str]]:
    """pyspellchecker's word lists for the template languages, as (source, folder) pairs."""
    try:
        import spellchecker
    except ImportError:
        return []
    folder = Path(spellchecker.__file__).parent / "resources"
    return [(str(folder / f"{lang}.json.gz"), "spellchecker/resources")
            for lang in SPELLING_LANGUAGES if (folder / f"{lang}.json.gz").is_file()]
