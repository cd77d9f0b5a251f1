"""The attachment list in the window: add, drop, status in words, fixes and the budget bar."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.attachment_factory import (
    gps_exif,
    noisy_picture,
    picture,
    write_exe,
    write_image,
    write_pdf,
)
from tests.uihelpers import check_now, make_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    form = win.header
    form.message_type.setCurrentIndex(form.message_type.findData("warranty"))
    win.editor.setPlainText("Hello, the warranty for order 113-4567890-1234567 is attached.")
    return win


def rows_text(window) -> dict[str, str]:
    return {row.path.name: row.status.text() for row in window.attachments_panel.rows}


def settle(qtbot, window) -> None:
    check_now(qtbot, window)


def test_added_files_are_checked_and_explained(window, qtbot, tmp_path) -> None:
    good = write_pdf(tmp_path / "warranty.pdf")
    fake = write_exe(tmp_path / "manual.pdf")
    window.compose.files.add([str(good), str(fake)])
    assert [r.path.name for r in window.attachments_panel.rows] == ["warranty.pdf", "manual.pdf"]
    settle(qtbot, window)
    status = rows_text(window)
    assert status["warranty.pdf"] == "✔ Ready to send"
    assert status["manual.pdf"].startswith("✖ ") and "Windows program" in status["manual.pdf"]
    rules = {c.finding.rule for c in window.findings_panel.cards}
    assert "attachment-type" in rules
    assert "of 10 MB" in window.attachments_panel.budget_label.text()


def test_a_warranty_without_a_file_is_flagged_and_remove_works(window, qtbot, tmp_path) -> None:
    settle(qtbot, window)
    assert "attachment-required" in {c.finding.rule for c in window.findings_panel.cards}
    pdf = write_pdf(tmp_path / "warranty.pdf")
    window.compose.files.add([str(pdf)])
    settle(qtbot, window)
    assert "attachment-required" not in {c.finding.rule for c in window.findings_panel.cards}
    qtbot.mouseClick(window.attachments_panel.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert window.attachments_panel.rows == []
    assert pdf.exists()  # removing an attachment never deletes the seller's file


def test_dropping_files_on_the_panel_or_the_editor_attaches_them(window, qtbot, tmp_path) -> None:
    one = write_pdf(tmp_path / "one.pdf")
    two = write_pdf(tmp_path / "two.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(one))])
    panel = window.attachments_panel
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    editor_mime = QMimeData()
    editor_mime.setUrls([QUrl.fromLocalFile(str(two))])
    before = window.editor.toPlainText()
    window.editor.insertFromMimeData(editor_mime)
    assert window.editor.toPlainText() == before  # no file path typed into the message
    assert [r.path.name for r in panel.rows] == ["one.pdf", "two.pdf"]


def test_the_same_file_is_not_attached_twice(window, tmp_path) -> None:
    pdf = write_pdf(tmp_path / "w.pdf")
    window.compose.files.add([str(pdf), str(pdf)])
    assert len(window.compose.files.refs) == 1


def test_make_smaller_attaches_a_copy_within_budget(window, qtbot, tmp_path) -> None:
    big = write_image(tmp_path / "photo.jpg", noisy_picture((3600, 2700)), quality=97)
    assert big.stat().st_size > 10_000_000
    original_hash = hashlib.sha256(big.read_bytes()).hexdigest()
    window.compose.files.add([str(big)])
    settle(qtbot, window)
    row = window.attachments_panel.rows[0]
    assert row.fix_buttons and row.fix_buttons[0].text().startswith("Make smaller (")
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=30_000):
        qtbot.mouseClick(row.fix_buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    copy = window.compose.files.refs[0].path
    assert copy != big and copy.parent == window.data_dir / "attachments"
    assert copy.stat().st_size <= 10_000_000
    assert rows_text(window)[copy.name] == "✔ Ready to send"
    assert hashlib.sha256(big.read_bytes()).hexdigest() == original_hash


def test_a_photo_with_location_offers_to_remove_it(window, qtbot, tmp_path) -> None:
    photo = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    window.compose.files.add([str(photo)])
    settle(qtbot, window)
    row = window.attachments_panel.rows[0]
    assert "⚠" in row.status.text()
    assert [b.text() for b in row.fix_buttons] == ["Remove location"]
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=10_000):
        qtbot.mouseClick(row.fix_buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert rows_text(window)[window.compose.files.refs[0].path.name] == "✔ Ready to send"


def test_a_file_changed_after_it_was_attached_is_reported(window, qtbot, tmp_path) -> None:
    pdf = write_pdf(tmp_path / "warranty.pdf")
    window.compose.files.add([str(pdf)])
    settle(qtbot, window)
    assert window.compose.files.refs[0].sha256  # hashed at its first check
    write_pdf(pdf, text="A different document entirely")
    settle(qtbot, window)
    assert "changed since you attached it" in rows_text(window)["warranty.pdf"]


def test_two_files_with_the_same_name_are_not_both_attached(window, tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = write_pdf(tmp_path / "a" / "warranty.pdf")
    two = write_pdf(tmp_path / "b" / "warranty.pdf")
    window.compose.files.add([str(one), str(two)])
    assert [r.path for r in window.compose.files.refs] == [one]
    assert "already attached" in window.status.currentMessage()


def test_a_fixed_copy_reaches_its_own_draft_after_switching(window, qtbot, tmp_path) -> None:
    photo = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    window.compose.files.add([str(photo)])
    settle(qtbot, window)
    owner = window.session.current.id
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=10_000):
        window.compose.files.fix(str(window.compose.files.refs[0].path), "strip-metadata")
        window.draft_actions.new_draft()
    saved = window.store.get_draft(owner).attachments
    assert len(saved) == 1 and saved[0].path != str(photo)
    assert window.compose.files.refs == []  # the new draft got nothing


def test_on_a_short_window_fine_files_fold_and_a_problem_keeps_its_row(qtbot) -> None:
    """Fine files fold to the title row on a 700 px screen; a file with a problem shows."""
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from composer.policy.model import Finding
    from composer.ui.attachmentspanel import SHORT_WINDOW, AttachmentsPanel

    window = QWidget()
    qtbot.addWidget(window)
    panel = AttachmentsPanel(window)
    window.resize(900, SHORT_WINDOW - 40)
    window.show()
    qtbot.waitExposed(window)
    fine = [Path(f"/tmp/photo{n}.png") for n in range(3)]
    panel.show_files(fine, {}, [])
    assert panel.short and panel.folded() and not panel.rows_scroll.isVisibleTo(panel)
    assert panel.fold_button.isVisibleTo(panel) and not panel.title.isVisibleTo(panel)
    with qtbot.waitSignal(panel.roomChanged):
        panel.fold_button.click()
    assert not panel.folded() and panel.rows_scroll.isVisibleTo(panel)
    panel.fold_button.click()
    problem = Finding(rule="attachment_too_large", severity="block", start=0, end=0,
                      excerpt="", message="Too large.", attachment="photo1.png")
    panel.show_files(fine, {}, [problem])  # the problem's row shows, the fine ones fold
    assert panel.folded() and panel.rows_scroll.isVisibleTo(panel)
    assert panel.fold_button.isVisibleTo(panel)
    assert [row.path.name for row in panel.rows if row.isVisibleTo(panel)] == ["photo1.png"]
    with qtbot.waitSignal(panel.roomChanged):
        window.resize(900, SHORT_WINDOW + 60)  # a tall window: the rows, no fold
    panel.show_files(fine, {}, [])
    assert not panel.short and not panel.folded() and panel.rows_scroll.isVisibleTo(panel)
