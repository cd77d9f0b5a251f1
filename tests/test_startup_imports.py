"""What the window needs for its first frame must stay light (see docs/decisions.md)."""

from __future__ import annotations

import subprocess
import sys

DEFERRED = ("PIL", "qtawesome", "qtpy", "phonenumbers", "bleach", "sqlite3",
            "composer.compose.engine", "composer.policy.detectors", "composer.policy.content",
            "composer.store.db", "composer.mail.syntax", "composer.ui.focusreturn")


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


def test_the_first_frame_compiles_no_pattern_and_has_no_item_delegate(tmp_path) -> None:
    """Before the first frame no regex of ours is compiled (the date and mail-syntax ones
    compile when a date or an address is first read), and the Type list's item delegate,
    whose Qt classes nothing else in the first frame needs, comes after the paint."""
    delegate_classes = ("QStyledItemDelegate", "QAbstractItemDelegate", "QStyleOptionViewItem")
    code = (
        "import os, re, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "compiled = []\n"
        "real_compile = re.compile\n"
        "def compile(pattern, flags=0):\n"
        "    where = sys._getframe(1).f_code.co_filename\n"
        "    if os.sep + 'composer' + os.sep in where:\n"
        "        compiled.append(os.path.basename(where))\n"
        "    return real_compile(pattern, flags)\n"
        "re.compile = compile\n"
        "from PySide6 import QtWidgets\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from composer.appdata.settings import Settings\n"
        "from composer.ui.app import build_window\n"
        f"window = build_window(Path({str(tmp_path)!r}), Settings(Path({str(tmp_path)!r})))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('compiled:', ','.join(sorted(set(compiled))))\n"
        f"print('classes:', ','.join(c for c in {delegate_classes!r} if c in vars(QtWidgets)))\n"
        "window.after_first_paint()\n"
        "combo = window.header.message_type\n"
        "print('delegate:', type(combo.itemDelegate()).__name__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    assert lines["compiled"].strip() == "", "patterns compiled before the first frame"
    assert lines["classes"].strip() == "", "delegate classes before the first frame"
    assert lines["delegate"].strip() == "_TypeFilesDelegate"  # still there after the paint


def test_ready_does_not_build_the_qt_namespace_or_every_widget_class(tmp_path) -> None:
    """Between the first paint and "ready" (the reopened draft in a writable editor) nothing
    builds ``Qt``'s enums (about 15 ms) or asks for the editor's viewport, whose first call
    makes PySide6 build every QWidget subclass (about 5 ms): both come after."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6 import QtCore, QtWidgets\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from composer.appdata.settings import Settings\n"
        "from composer.message.header import Header\n"
        "from composer.store import open_store\n"
        "from composer.ui.app import build_window\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "store = open_store(folder)\n"
        "draft = store.create_draft(Header(), '<p>Hello</p>', 'Hello')\n"
        "store.remember_open_draft(draft.id)\n"
        "store.close()\n"
        "window = build_window(folder, Settings(folder))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "window.after_first_paint(staged=True)\n"
        "print('ready:', window.is_ready() and not window.editor.isReadOnly())\n"
        "print('qt:', 'Qt' in vars(QtCore))\n"
        "print('wizard:', 'QWizard' in vars(QtWidgets))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert lines["ready"] == "True"
    assert lines["qt"] == "False", "Qt's enums were built before ready"
    assert lines["wizard"] == "False", "every widget class was built before ready"


def test_the_first_frame_makes_no_icon_and_few_dataclasses(tmp_path) -> None:
    """``QIcon`` and its enums (about 2 ms) load with the other icons after the paint, and
    the records the first frame reads are named tuples (a frozen dataclass costs 0.5–1 ms
    to create); only the header and the store's problem stay dataclasses. The app's icon
    still arrives, with the others."""
    code = (
        "import dataclasses, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "made = []\n"
        "real = dataclasses._process_class\n"
        "def process(cls, *args, **kwargs):\n"
        "    made.append(cls.__qualname__)\n"
        "    return real(cls, *args, **kwargs)\n"
        "dataclasses._process_class = process\n"
        "from pathlib import Path\n"
        "from PySide6 import QtGui\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from composer.appdata.settings import Settings\n"
        "from composer.ui.app import build_window\n"
        f"window = build_window(Path({str(tmp_path)!r}), Settings(Path({str(tmp_path)!r})))\n"
        "window.show()\n"
        "print('icon:', 'QIcon' in vars(QtGui))\n"
        "print('dataclasses:', ','.join(sorted(made)))\n"
        "window.after_first_paint()\n"
        "app.processEvents()\n"
        "print('app icon:', not app.windowIcon().isNull())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    assert lines["icon"].strip() == "False", "QIcon loaded before the first frame"
    assert set(lines["dataclasses"].strip().split(",")) <= {"Header", "StoreProblem"}
    assert lines["app icon"].strip() == "True"
