"""The Qt user interface: widgets show data and forward user intent; the core decides.

Importing this package also makes PySide6's import hook cheaper (see
:func:`_cheaper_feature_hook`): every module imported after PySide6 passes through it.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shiboken's import hook, replaced below)


def _cheaper_feature_hook() -> None:
    """PySide6 asks of each newly imported module whether its source mentions "PySide6"
    (for ``from __feature__ import …``, which the app does not use). It reads the source
    with ``inspect.getsource``, whose module lookup walks ``sys.modules`` every time:
    about 7 ms before the first paint. Reading the file gives the same answer. Left as it
    is when this PySide6 has no such function."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "cheaper", False):
        return

    stdlib = os.path.dirname(os.__file__) + os.sep
    ui = os.path.dirname(__file__) + os.sep
    core = os.path.dirname(os.path.dirname(__file__)) + os.sep

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        standard = path.startswith(stdlib) and "-packages" not in path  # not site-packages
        if standard or (path.startswith(core) and not path.startswith(ui)):
            # The same answer without reading the file: the standard library and the
            # app's core (tests/test_core_has_no_qt.py) never name PySide6.
            return False
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:  # no source beside it (a frozen bundle): ask PySide6's own way
            return bool(original(module))

    uses_pyside.cheaper = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_cheaper_feature_hook()
