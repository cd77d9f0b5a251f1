"""Every language shows the export routes' names at 1280 px (walkthrough 2, #30).

German and French names did not fit on one row of the writing column, so "Formatiert
kopieren" and "Als .eml speichern…" showed their icon alone. A bar wide enough for two
rows now puts the names on two rows; icons alone are for a narrow window only.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from composer.ui import icons
from composer.ui.exportbar import NARROW, ExportBar
from composer.ui.translations import SETTING, install_translators

ICON_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


@pytest.fixture(params=["de", "fr", "es", "it"])
def language(request, qapp):
    loaded = install_translators(qapp, request.param)
    yield request.param
    for translator in loaded:
        qapp.removeTranslator(translator)
    qapp.setProperty(SETTING, "en")


def test_names_take_two_rows_before_any_becomes_an_icon(qtbot, language) -> None:
    icons.load_icons()
    bar = ExportBar()
    qtbot.addWidget(bar)
    assert bar.fit_labels(10_000) == "full"
    total = sum(b.sizeHint().width() for b in bar.buttons.values())
    width = max(NARROW + 20, total - 40)  # one row is too narrow for these names
    assert bar.fit_labels(width) in ("two rows", "full")
    assert all(b.toolButtonStyle() != ICON_ONLY for b in bar.buttons.values())
    bar.resize(width, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    for button in bar.buttons.values():
        assert button.geometry().right() <= bar.width()
    assert bar.fit_labels(NARROW - 80) in ("mixed", "icons", "full")  # a 1024 px window


def test_german_at_the_walkthroughs_width_keeps_every_name(qtbot, qapp) -> None:
    loaded = install_translators(qapp, "de")
    try:
        icons.load_icons()
        bar = ExportBar()
        qtbot.addWidget(bar)
        bar.fit_labels(10_000)
        total = sum(b.sizeHint().width() for b in bar.buttons.values())
        assert bar.fit_labels(total - 60) == "two rows"  # was "mixed": two icons alone
        assert bar.buttons["rich-text"].toolButtonStyle() != ICON_ONLY
        assert bar.buttons["eml-file"].toolButtonStyle() != ICON_ONLY
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        qapp.setProperty(SETTING, "en")
