"""Attach follows the type of a draft that is reopened, not only a Type change."""

from __future__ import annotations

from tests.attachment_factory import write_pdf
from tests.uihelpers import make_window


def choose(window, type_id: str) -> None:
    combo = window.header.message_type
    combo.setCurrentIndex(combo.findData(type_id))


def test_after_a_restart_a_type_without_files_keeps_attach_off(qtbot, tmp_path) -> None:
    data = tmp_path / "data"
    window = make_window(qtbot, data)
    choose(window, "confirmDeliveryDetails")
    qtbot.keyClicks(window.editor, "When may we deliver your table?")
    assert not window.attachments_panel.add_button.isEnabled()
    window.close()
    window.store.close()
    again = make_window(qtbot, data)
    assert again.header.value().message_type == "confirmDeliveryDetails"
    panel = again.attachments_panel
    assert not panel.add_button.isEnabled()
    assert "take no files" in panel.empty.text()
    assert "take no files" in panel.add_button.toolTip()


def test_switching_drafts_sets_attach_for_each_draft(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    choose(window, "unexpectedProblem")
    qtbot.keyClicks(window.editor, "Sorry, the parcel was damaged.")
    no_files = window.session.current.id
    window.draft_actions.new_draft()
    choose(window, "invoice")
    qtbot.keyClicks(window.editor, "Your invoice is attached.")
    with_files = window.session.current.id
    panel = window.attachments_panel
    window.session.open(no_files)
    assert not panel.add_button.isEnabled()
    window.session.open(with_files)
    assert panel.add_button.isEnabled()
    window.session.open(no_files)
    assert not panel.add_button.isEnabled()


def test_the_reason_shows_in_the_panel_with_files_listed(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    choose(window, "invoice")
    window.compose.files.add([str(write_pdf(tmp_path / "invoice.pdf"))])
    panel = window.attachments_panel
    assert not panel.empty.isVisible()  # files listed, nothing to say
    choose(window, "confirmDeliveryDetails")
    window.compose.files.add([str(write_pdf(tmp_path / "label.pdf"))])
    assert [ref.path.name for ref in window.compose.files.refs] == ["invoice.pdf"]
    assert panel.empty.isVisible() and panel.empty.wordWrap()
    assert "take no files" in panel.empty.text()
    choose(window, "invoice")
    assert not panel.empty.isVisible()
