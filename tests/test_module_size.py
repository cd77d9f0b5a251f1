"""Modules stay small enough to read: the limits issue #17 set, enforced.

A module over 600 lines has grown two jobs; the main window only builds and wires
widgets (≤ 500 lines), and the compose controller delegates fixes, ignoring and drawing
to modules of their own (≤ 350 lines).
"""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "composer"
LIMIT = 600
TIGHTER = {"ui/mainwindow.py": 500, "ui/composecontroller.py": 350}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_600_lines() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 100  # the package really was found
    too_long = {str(p.relative_to(PACKAGE)): _lines(p) for p in modules if _lines(p) > LIMIT}
    assert too_long == {}


@pytest.mark.parametrize(("module", "limit"), sorted(TIGHTER.items()))
def test_the_window_and_the_controller_stay_thin(module: str, limit: int) -> None:
    assert _lines(PACKAGE / module) <= limit
