"""The drafts panel's trash switch and Restore button show whole in every language.

In German "Papierkorb zeigen" was cut to "Papierkorb zei" with "Wiederherstellen" beside it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from tests.uihelpers import app_language, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


def whole(widget) -> bool:
    """Given its full width, and inside the panel."""
    panel = widget.parentWidget()
    inside = QRect(widget.mapTo(panel, QPoint(0, 0)), widget.size())
    return widget.width() >= widget.sizeHint().width() and panel.rect().contains(inside)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_show_trash_and_restore_are_whole(language, size, qapp, qtbot, tmp_path) -> None:
    with app_language(qapp, language):
        window = make_window(qtbot, tmp_path / "data")
        window.resize(*size)
        panel = window.drafts_panel
        panel.trash.setChecked(True)
        for _ in range(3):
            QApplication.processEvents()
        assert panel.restore_button.isVisible()
        assert whole(panel.trash), (panel.trash.text(), panel.trash.width(),
                                    panel.trash.sizeHint().width())
        assert whole(panel.restore_button), panel.restore_button.text()
