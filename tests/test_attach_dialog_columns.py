"""The Attach file dialog shows whole sizes and types (the walkthrough of 2026-12-05, row 28).

Qt's own file dialog (used where the desktop offers none) gave Size and Type a fixed
width: "147…KiB", "604…tes", "PDF…ent". Its columns now fit what they hold.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView

from tests.attachment_factory import write_pdf
from tests.uihelpers import make_window


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_sizes_and_types_are_not_cut(qtbot, tmp_path, size) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.resize(*size)
    folder = tmp_path / "Documents"
    folder.mkdir()
    write_pdf(folder / "garantie.pdf")
    (folder / "anleitung.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 150_700)
    (folder / "deckel-foto.jpg").write_bytes(b"\xff\xd8\xff" + b"1" * 3_730_000)
    (folder / "handbuch-gross.docx").write_bytes(b"PK" + b"2" * 12_800_000)
    panel = window.attachments_panel
    panel.last_folder = str(folder)
    cut: dict[str, list[tuple[str, int, int]]] = {}
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        view = dialog.findChild(QTreeView) if isinstance(dialog, QFileDialog) else None
        root = view.rootIndex() if view is not None else None
        if view is None or not view.isVisible() or view.model().rowCount(root) < 4:
            tries[0] += 1
            QTimer.singleShot(50, look) if tries[0] < 100 else (dialog and dialog.reject())
            return
        header = view.header()
        found = []
        for column in (1, 2):  # Size, Type
            need = view.sizeHintForColumn(column)
            if header.sectionSize(column) < need:
                found.append((view.model().headerData(column, header.orientation()),
                              header.sectionSize(column), need))
        if found and tries[0] < 40:  # the sizes come in from a worker: give them a moment
            tries[0] += 1
            QTimer.singleShot(50, look)
            return
        cut["columns"] = found
        dialog.reject()

    QTimer.singleShot(0, look)
    panel.choose_files()
    assert "columns" in cut, "the dialog never showed its files"
    assert cut["columns"] == []
