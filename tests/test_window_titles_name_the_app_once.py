"""Every window's title names the app once, as the platform shows it.

The Help window read "Seller Composer – Hilfe — Seller Composer": Qt puts the
application's display name after a window's title (unless the title already ends with
it), so a title that names the app itself shows the name twice.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = "Seller Composer"
SEPARATOR = " \u2014 "
# A title given through tr()/translate(), or the title of QMessageBox.about/question.
TITLE = re.compile(r'(?:setWindowTitle\(\s*(?:self\.tr|_tr|QCoreApplication\.translate)\('
                   r'(?:\s*"\w+",)?\s*"([^"]+)"'
                   r'|QMessageBox\.\w+\(\s*\w+,\s*QCoreApplication\.translate\(\s*"\w+",\s*'
                   r'"([^"]+)"\))')


def shown(title: str) -> str:
    """The title as Qt's platform windows format it (QPlatformWindow::formatWindowTitle)."""
    return title if title.endswith(APP) else f"{title}{SEPARATOR}{APP}"


def titles() -> list[str]:
    found = []
    for path in sorted((ROOT / "composer" / "ui").glob("*.py")):
        for match in TITLE.finditer(path.read_text(encoding="utf-8")):
            found.append(match.group(1) or match.group(2))
    return found


def translated(language: str) -> dict[str, str]:
    tree = ET.parse(ROOT / "translations" / f"seller_composer_{language}.ts")
    return {m.findtext("source"): m.findtext("translation") or m.findtext("source")
            for m in tree.iter("message")}


def test_the_window_titles_are_found() -> None:
    assert {"Settings", "Buyer messages"} <= set(titles())
    assert len(titles()) >= 10


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_no_title_names_the_app_twice(language) -> None:
    words = {} if language == "en" else translated(language)
    doubled = [shown(words.get(title, title)) for title in titles()
               if shown(words.get(title, title)).count(APP) > 1]
    assert not doubled, doubled


def test_the_help_window_title_is_short(qtbot) -> None:
    from composer.ui.helpdialog import HelpDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    assert shown(dialog.windowTitle()).count(APP) == 1, dialog.windowTitle()
