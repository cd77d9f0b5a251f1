"""Each attachment row shows its own status, with several bad files attached at once."""

from __future__ import annotations

import pytest

from tests.attachment_factory import write_docx, write_exe, write_image, write_pdf
from tests.uihelpers import check_now, make_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    form = win.header
    form.message_type.setCurrentIndex(form.message_type.findData("invoice"))
    win.editor.setPlainText("Hello, the invoice for order 113-4567890-1234567 is attached.")
    return win


def rows_text(window) -> dict[str, str]:
    return {row.path.name: row.status.text() for row in window.attachments_panel.rows}


def settle(qtbot, window) -> None:
    check_now(qtbot, window)


def test_every_bad_file_says_so_on_its_own_row(window, qtbot, tmp_path) -> None:
    dos = tmp_path / "Handbuch.pdf"
    dos.write_bytes(b"MZ" + b"\x00" * 62 + b"\xb4\x09\xcd\x21" * 40)
    paths = [write_image(tmp_path / "photo.jpg"), write_pdf(tmp_path / "Rechnung.pdf"),
             write_docx(tmp_path / "Anleitung.pdf"), dos, write_exe(tmp_path / "Setup.pdf")]
    window.compose.files.add([str(p) for p in paths])
    settle(qtbot, window)
    status = rows_text(window)
    assert status["photo.jpg"] == "✔ Ready to send"
    assert status["Rechnung.pdf"] == "✔ Ready to send"
    for name in ("Anleitung.pdf", "Handbuch.pdf", "Setup.pdf"):
        assert status[name].startswith("✖ "), (name, status[name])


def test_a_type_without_files_marks_every_row(window, qtbot, tmp_path) -> None:
    paths = [write_pdf(tmp_path / "Rechnung.pdf"), write_image(tmp_path / "photo.jpg")]
    window.compose.files.add([str(p) for p in paths])
    settle(qtbot, window)
    form = window.header
    form.message_type.setCurrentIndex(form.message_type.findData("confirmDeliveryDetails"))
    settle(qtbot, window)
    status = rows_text(window)
    assert all(text.startswith("✖ ") for text in status.values()), status
