"""Attaching follows the message type (issue 15, item 11).

The Type list says which types take files; Attach is off, with the reason, for a type
that takes none (a drop is refused with the same words); one file on such a type is
explained plainly, never as "Too many attachments" or 'A "Unexpected problem…"'.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from composer.attachments.findings import check_attachments
from tests.attachment_factory import write_pdf
from tests.uihelpers import make_window


def test_one_file_on_a_type_without_files_is_said_plainly(tmp_path) -> None:
    pdf = write_pdf(tmp_path / "photo.pdf")
    [finding] = [f for f in check_attachments([pdf], "unexpectedProblem")
                 if f.rule == "attachment-count"]
    assert finding.title == "This message type takes no files"
    assert "Too many" not in finding.title
    assert not finding.message.startswith("A “")
    assert finding.message.startswith("“Unexpected problem with the order” messages take no "
                                      "files")
    [many] = [f for f in check_attachments([pdf] * 6, "reply") if f.rule == "attachment-count"]
    assert many.title == "Too many attachments"  # more than five still reads so


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path / "data")


def choose(window, type_id: str) -> None:
    combo = window.header.message_type
    combo.setCurrentIndex(combo.findData(type_id))


def shown_in_list(combo, type_id: str) -> str:
    index = combo.model().index(combo.findData(type_id), 0)
    option = QStyleOptionViewItem()
    combo.itemDelegate().initStyleOption(option, index)
    return option.text


def test_the_type_list_says_which_types_take_files(window) -> None:
    combo = window.header.message_type
    assert shown_in_list(combo, "confirmDeliveryDetails").endswith("— no files")
    assert shown_in_list(combo, "invoice").endswith("— needs a file (up to 5)")
    assert shown_in_list(combo, "reply").endswith("— up to 5 files")
    tip = combo.itemData(combo.findData("unexpectedProblem"), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("Takes no files.")
    assert combo.itemText(combo.findData("invoice")) == "Invoice"  # the field itself is short


def test_attach_is_off_with_the_reason_and_a_drop_is_refused(window, tmp_path) -> None:
    panel = window.attachments_panel
    choose(window, "unexpectedProblem")
    assert not panel.add_button.isEnabled()
    assert "take no files" in panel.add_button.toolTip()
    assert "take no files" in panel.empty.text()
    pdf = write_pdf(tmp_path / "photo.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    panel.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    window.inbox.files_dropped([str(pdf)])  # a drop on the editor
    assert window.compose.files.refs == []
    assert "take no files" in window.status.currentMessage()
    choose(window, "invoice")
    assert panel.add_button.isEnabled()
    assert "Alt+A" in panel.add_button.toolTip()
    window.compose.files.add([str(pdf)])
    assert [r.path.name for r in window.compose.files.refs] == ["photo.pdf"]
