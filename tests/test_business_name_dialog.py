"""The first-run business-name question checks the name as Settings does (issue 15, item 10).

It says why a name cannot be used, under the field, before accepting; neither it nor
Settings tells the seller to "change the name in Settings" while they are there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from composer.appdata.settings import Settings
from composer.policy.content import business_name_problem, check_business_name
from composer.policy.model import Message
from composer.ui.app import ask_business_name
from composer.ui.businessname import BusinessNameDialog
from tests.uihelpers import make_window

BAD = "Amazon Official Store"


def test_the_dialog_says_why_and_waits_for_a_usable_name(qtbot) -> None:
    dialog = BusinessNameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()  # empty: "Later" is the way out
    qtbot.keyClicks(dialog.field, BAD)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.warning.isHidden()
    assert "mistaken for Amazon" in dialog.warning.text()
    assert "Settings" not in dialog.warning.text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == 0 and dialog.isVisible()  # Enter does not take it either
    dialog.field.setText("shop.com")
    assert "web address" in dialog.warning.text()
    dialog.field.setText("Oakfield Furniture")
    assert dialog.ok_button.isEnabled() and dialog.warning.isHidden()


def test_the_first_run_never_saves_a_name_settings_rejects(qtbot, tmp_path, monkeypatch) -> None:
    window = make_window(qtbot, tmp_path / "data")
    settings = Settings(tmp_path / "fresh")

    def typed(name: str):
        def run(dialog: BusinessNameDialog) -> int:
            dialog.field.setText(name)
            dialog.accept()
            return dialog.result()
        return run

    monkeypatch.setattr(BusinessNameDialog, "exec", typed(BAD))
    ask_business_name(window, settings)
    assert settings.get("business_name") == ""
    monkeypatch.setattr(BusinessNameDialog, "exec", typed("Oakfield Furniture"))
    ask_business_name(window, settings)
    assert settings.get("business_name") == "Oakfield Furniture"


def test_settings_says_what_to_do_there_not_to_go_to_settings(qtbot, tmp_path) -> None:
    from composer.ui.settingsdialog import SettingsDialog

    window = make_window(qtbot, tmp_path / "data")
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    editor = dialog.editors["business_name"]
    editor.setText(BAD)
    text = dialog.name_warning.text()
    assert "mistaken for Amazon" in text and "in Settings" not in text
    editor.setText("my-shop.de")
    assert "web address" in dialog.name_warning.text()
    assert "in Settings" not in dialog.name_warning.text()


def test_the_message_check_still_points_to_settings() -> None:
    [finding] = list(check_business_name(Message(text="Kind regards, Amazon Official Store",
                                                 business_name=BAD)))
    assert "Settings" in finding.message
    assert business_name_problem("Oakfield Furniture") is None
