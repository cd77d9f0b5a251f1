"""Every Tab stop of the window shows that it has the keyboard: a seller pressing Tab from
the message must see where the focus went (three Tabs from the editor, the findings list,
showed nothing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.attachment_factory import write_pdf
from tests.uihelpers import check_now, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")


def looks(widget: QWidget):
    return widget.grab().toImage()


def test_each_tab_stop_from_the_editor_shows_the_focus(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    form = window.header
    form.message_type.setCurrentIndex(form.message_type.findData("warranty"))
    window.editor.setPlainText("Hello, the warranty for your lamp is attached.")
    window.compose.files.add([str(write_pdf(tmp_path / "warranty.pdf"))])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    check_now(qtbot, window)
    qtbot.wait(50)
    window.editor.setFocus()
    unseen = []
    seen: set[int] = set()
    for _stop in range(16):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.wait(10)
        focus = QApplication.focusWidget()
        if focus is None or focus is window.editor or id(focus) in seen:
            break
        seen.add(id(focus))
        with_focus = looks(focus)
        window.editor.setFocus()
        qtbot.wait(10)
        without = looks(focus)
        if with_focus == without:
            unseen.append(f"{type(focus).__name__} {focus.objectName()} "
                          f"{focus.accessibleName()}".strip())
        focus.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(10)
    assert len(seen) >= 5
    assert unseen == [], unseen
