"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 loses one reference to ``None`` on every call of
a method that returns nothing; after a few thousand keystrokes ``None`` is
freed and the app aborts. pyproject.toml excludes that release; this test
fails if such a build is installed again.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QTextEdit


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    editor = QTextEdit()
    qtbot.addWidget(editor)
    before = sys.getrefcount(None)
    for _ in range(1000):
        editor.setEnabled(True)
        editor.insertPlainText("a")
    assert sys.getrefcount(None) - before > -50, (
        "this PySide6 build drops references to None; install another version")
