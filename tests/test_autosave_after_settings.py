"""Words typed right after Settings closes (OK or Cancel) reach the disk like any others.

The store is read back by a second Store on the same folder, as the app would read it
after a crash, once the autosave has run.
"""

from __future__ import annotations

import pytest

from composer.store import open_store
from composer.ui.settingsdialog import SettingsDialog
from tests.uihelpers import make_window


def _saved_text(data_dir, draft_id: int) -> str:
    other = open_store(data_dir)
    try:
        return other.get_draft(draft_id).body_text
    finally:
        other.close()


@pytest.mark.parametrize("button", ["ok", "cancel"])
def test_typing_after_settings_is_autosaved(qtbot, tmp_path, monkeypatch, button):
    def run(dialog: SettingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.accept() if button == "ok" else dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", run)
    data_dir = tmp_path / "data"
    window = make_window(qtbot, data_dir)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Before settings. ")
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)

    window.open_settings()
    window.activateWindow()
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Typed after closing.")
    assert window.session.dirty
    assert window.session.timer.isActive() and window.session.deadline.isActive()
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)

    draft_id = window.session.current.id
    assert _saved_text(data_dir, draft_id) == "Before settings. Typed after closing."
