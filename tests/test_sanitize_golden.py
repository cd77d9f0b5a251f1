"""Golden files: pasted HTML → the cleaned HTML export sends, and its plain rendering.

Regenerate after a deliberate change with ``UPDATE_GOLDEN=1 .venv/bin/pytest
tests/test_sanitize_golden.py`` and review the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from composer.sanitize import clean_html, render_plain

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(path.name[: -len(".in.html")] for path in GOLDEN.glob("*.in.html"))
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _compare(path: Path, actual: str) -> None:
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path.name} is missing: run with UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 4


@pytest.mark.parametrize("name", CASES)
def test_clean_matches_golden(name: str) -> None:
    source = (GOLDEN / f"{name}.in.html").read_text(encoding="utf-8")
    cleaned = clean_html(source).html
    _compare(GOLDEN / f"{name}.clean.html", cleaned)
    _compare(GOLDEN / f"{name}.txt", render_plain(cleaned) + "\n")


@pytest.mark.parametrize("name", CASES)
def test_golden_is_idempotent(name: str) -> None:
    cleaned = (GOLDEN / f"{name}.clean.html").read_text(encoding="utf-8")
    assert clean_html(cleaned).html == cleaned
    assert clean_html(cleaned).removed == ()
