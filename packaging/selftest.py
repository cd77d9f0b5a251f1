"""PyInstaller runtime hook: the frozen app's self-test, for tests/test_frozen.py.

It does nothing unless an environment variable asks. ``SELLER_COMPOSER_AUDIT_NETWORK=FILE``
logs the network calls Python makes (see :func:`_audit_network`).
``SELLER_COMPOSER_SELFTEST=FILE``: instead of
starting the app, it checks the parts a trimmed bundle could lose without the window
showing it (resources, picture decoders, Qt image plugins, icon fonts, spelling
dictionaries, phone metadata, the keychain), writes the answers as JSON to that file and
exits. The checks run inside the real bundle, so they prove what the seller gets; the app's
own command line stays as it is. "language" opens the real window in the system's language
(``LANG``), as a first start does, and reports its menus, a finding card and a header warning.
"""

from __future__ import annotations

import os


def _run(target: str) -> None:
    import io
    import json
    import sys
    import tempfile
    import traceback
    from collections.abc import Callable
    from pathlib import Path

    report: dict[str, object] = {"frozen": bool(getattr(sys, "frozen", False)),
                                 "meipass": getattr(sys, "_MEIPASS", "")}

    def check(name: str, function: Callable[[], object]) -> None:
        try:
            report[name] = function()
        except Exception:
            report[name] = {"error": traceback.format_exc(limit=4)}

    def resources() -> dict[str, object]:
        from composer.appdata.resources import icon_files, load_json, resources_root

        return {"root": str(resources_root()), "icons": [p.name for p in icon_files()],
                "message_types": len(load_json("policy", "message_types.json"))}

    formats = {"png": "PNG", "jpeg": "JPEG", "gif": "GIF", "bmp": "BMP", "tiff": "TIFF"}
    scratch = Path(tempfile.mkdtemp(prefix="seller-composer-selftest-"))

    def pillow() -> dict[str, str]:
        from PIL import Image

        answers = {}
        for ext, name in formats.items():
            path = scratch / f"picture.{ext}"
            Image.new("RGB", (64, 48), (200, 30, 30)).save(path, name)
            with Image.open(path) as image:
                image.load()
                answers[ext] = image.format
        return answers

    def qt() -> dict[str, object]:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QImageReader

        from composer.ui import icons
        from composer.ui.app import make_app

        app = make_app()
        icons.load_icons()  # the app's own icon comes with the others (after the first frame)

        supported = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
        thumbnails = {ext: not QImageReader(str(scratch / f"picture.{ext}")).read().isNull()
                      for ext in formats}
        drawn = {key.name: not icons.icon(key).pixmap(32, 32).isNull()
                 for key in (icons.Icon.BOLD, icons.Icon.BLOCK, icons.Icon.ATTACH)}
        app.processEvents()
        return {"image_formats": supported, "thumbnails": thumbnails, "icons": drawn,
                "window_icon": max((size.width() for size in app.windowIcon().availableSizes()),
                                   default=0),
                "platform": app.platformName()}

    def spelling() -> dict[str, bool]:
        from importlib import resources as importlib_resources

        folder = importlib_resources.files("spellchecker") / "resources"
        return {lang: (folder / f"{lang}.json.gz").is_file()
                for lang in ("en", "de", "fr", "es", "it")}

    def phones() -> list[str]:
        import phonenumbers

        text = "Ruf an: 030 1234567, order 303-1234567-1234567"
        return [m.raw_string for m in phonenumbers.PhoneNumberMatcher(text, "DE")]

    def keychain() -> dict[str, object]:
        import keyring

        backend = keyring.get_keyring()
        try:
            from composer.export.keychain import keychain_available
        except ImportError:
            available = None
        else:
            available = keychain_available()
        return {"backend": f"{type(backend).__module__}.{type(backend).__name__}",
                "available": available}

    def cleaning() -> str:
        from composer.sanitize import clean_html

        result = clean_html('<p onclick="x()">Hi <script>bad()</script><b>there</b></p>')
        return getattr(result, "html", str(result))

    def language() -> dict[str, object]:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QMenu

        from composer.appdata.settings import Settings
        from composer.message.header import Header
        from composer.store import open_store
        from composer.ui.app import build_window, make_app
        from composer.ui.translations import app_language, install_translators

        app = make_app()
        chosen = app_language(None)  # no setting yet: the system's language
        install_translators(app, chosen)
        folder = scratch / "language"
        folder.mkdir()
        store = open_store(folder)
        window = build_window(folder, Settings(folder), store)
        window.resize(1280, 800)
        window.show()
        window.after_first_paint()
        for _ in range(50):
            app.processEvents()
        window.load_sample(Header(order_id="302-123", buyer_language="de"),
                           "<p>Hallo,</p><p>besuchen Sie www.meinshop.de.</p>")
        window.check_now()
        app.processEvents()
        link = next(c for c in window.findings_panel.cards if c.finding.rule == "link")
        answer = {"language": chosen,
                  "menus": [m.title() for m in window.menuBar().findChildren(QMenu)
                            if m.parent() is window.menuBar()],
                  "card": link.heading.text(),
                  "fix": link.fix_button.text() if link.fix_button is not None else "",
                  "header": window.header.messages["order_id"].full_text}
        window.close()
        store.close()
        return answer

    def child_environment() -> str:
        import subprocess

        return subprocess.run(["/bin/sh", "-c", 'printf %s "$LD_LIBRARY_PATH"'],
                              capture_output=True, text=True, check=True).stdout

    check("resources", resources)
    if sys.platform.startswith("linux"):
        check("child_library_path", child_environment)
    check("pillow", pillow)
    check("qt", qt)
    check("spelling", spelling)
    check("phones", phones)
    check("keychain", keychain)
    check("clean", cleaning)
    check("language", language)
    report["modules"] = sorted(name for name in sys.modules
                               if name.split(".")[0] in {"PySide6", "cryptography", "numpy"})
    buffer = io.StringIO()
    json.dump(report, buffer, indent=2, default=str)
    Path(target).write_text(buffer.getvalue(), encoding="utf-8")
    sys.exit(0)


def _audit_network(log: str) -> None:
    """Write every socket connection and name lookup the app's Python code makes to ``log``.

    The second witness next to strace (which also sees native code): QtNetwork is not in
    the bundle, so any connection to the internet would have to come through Python.
    """
    import sys

    watched = {"socket.connect", "socket.sendto", "socket.getaddrinfo",
               "socket.gethostbyname", "urllib.Request"}

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event in watched:
            address = args[1] if event in {"socket.connect", "socket.sendto"} else args[0]
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(f"{event} {address!r}\n")

    sys.addaudithook(hook)
    with open(log, "a", encoding="utf-8"):
        pass  # an empty file proves the hook was installed and saw nothing


if os.environ.get("SELLER_COMPOSER_AUDIT_NETWORK"):
    _audit_network(os.environ["SELLER_COMPOSER_AUDIT_NETWORK"])
_target = os.environ.get("SELLER_COMPOSER_SELFTEST")
if _target:
    _run(_target)
