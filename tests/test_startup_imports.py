"""What the window needs for its first frame must stay light (see docs/decisions.md)."""

from __future__ import annotations

import subprocess
import sys

DEFERRED = ("PIL", "qtawesome", "qtpy", "phonenumbers", "bleach", "sqlite3",
            "composer.compose.engine", "composer.policy.detectors", "composer.policy.content",
            "composer.store.db")


def test_opening_the_window_defers_heavy_imports(tmp_path) -> None:
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from composer.cli import build_parser\n"
        "build_parser()\n"
        "from composer.appdata.settings import Settings\n"
        "from composer.ui.app import build_window\n"
        f"window = build_window(Path({str(tmp_path)!r}), Settings(Path({str(tmp_path)!r})))\n"
        "window.show()\n"
        f"print(','.join(m for m in {DEFERRED!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "", f"loaded before the first frame: {result.stdout}"


def test_the_first_frame_does_not_build_the_qt_namespace(tmp_path) -> None:
    """PySide6 builds every enum of ``Qt`` on first use (about 45 ms): not before the paint."""
    code = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6 import QtCore\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from composer.appdata.settings import Settings\n"
        "from composer.ui.app import build_window\n"
        f"window = build_window(Path({str(tmp_path)!r}), Settings(Path({str(tmp_path)!r})))\n"
        "window.show()\n"
        "print('Qt' in vars(QtCore))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "False"


def test_the_first_frame_does_not_load_the_text_format_classes(tmp_path) -> None:
    """The first frame shows an empty, read-only editor: the classes that format text (and
    their enums, about 4 ms) load after the paint. PySide6 adds a class to its module's
    namespace when it is first used."""
    classes = ("QTextCharFormat", "QTextListFormat", "QTextFormat", "QTextBlockFormat",
               "QFont", "QTextLayout", "QTextOption", "QMimeData")
    code = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6 import QtCore, QtGui\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from composer.appdata.settings import Settings\n"
        "from composer.ui.app import build_window\n"
        f"window = build_window(Path({str(tmp_path)!r}), Settings(Path({str(tmp_path)!r})))\n"
        "window.show()\n"
        f"print(','.join(c for c in {classes!r} if c in vars(QtGui) or c in vars(QtCore)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "", f"loaded before the first frame: {result.stdout}"
