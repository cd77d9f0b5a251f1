"""The app's cheaper answer to PySide6's "does this module use PySide6?" is the same answer.

composer/ui/__init__.py answers without reading the file for the standard library and the
app's core; it must still say what reading the file says (PySide6 marks a module that
does not name it as one its __feature__ switches leave alone).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import composer.ui  # noqa: F401  (installs the hook)


def _hook():
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


def test_the_hook_is_the_apps() -> None:
    assert getattr(_hook(), "cheaper", False)


def test_it_says_what_the_source_says() -> None:
    hook = _hook()
    names = ["json.decoder", "textwrap", "composer.policy.purpose", "composer.message.header",
             "composer.ui.editor", "composer.ui.windowparts"]
    for name in names:
        module = importlib.import_module(name)
        named = b"PySide6" in Path(module.__file__).read_bytes()
        assert hook(module) is named, name
    assert any(hook(importlib.import_module(n)) for n in names)  # both answers were seen
