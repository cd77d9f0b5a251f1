"""The attachments list keeps in sight what the seller needs: the file with a problem and
the row that holds the keyboard focus, after Attach, Make smaller and Undo.

A seller saw the list jump to its top after each of these: the two fine files showed,
the 23.7 MB photo and the focused row were scrolled away, and at 1024×700 the fine file
showed while the problem photo was folded away; after Make smaller a blank band stayed
under the folded title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from composer.message.header import Header
from tests.attachment_factory import noisy_picture, write_image, write_pdf
from tests.uihelpers import check_now, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
SIZES = [(1024, 700), (1280, 800)]


@pytest.fixture(scope="module")
def big_photo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    return write_image(folder / "big_photo.jpg", noisy_picture((4000, 3000)), quality=95)


def settle(qtbot, window) -> None:
    check_now(qtbot, window)
    qtbot.wait(50)


def open_window(qtbot, tmp_path, size):
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(to="k7x2mq9dfl4wz8p@marketplace.amazon.co.uk",
                              order_id="203-5839104-7712845", message_type="warranty",
                              subject="Your lamp"), "<p>Hello,</p><p>Your lamp ships.</p>")
    window.resize(*size)
    settle(qtbot, window)
    return window


def whole_in_view(row) -> bool:
    viewport = row.window().attachments_panel.rows_scroll.viewport()
    if not row.isVisibleTo(viewport):
        return False
    seen = QRect(row.mapTo(viewport, QPoint(0, 0)), row.size()).intersected(viewport.rect())
    return seen.height() == row.height() > 0


@pytest.mark.parametrize("size", SIZES)
def test_the_file_with_a_problem_shows_after_fine_files(qtbot, tmp_path, big_photo,
                                                        size) -> None:
    window = open_window(qtbot, tmp_path, size)
    fine = [write_image(tmp_path / "candle_photo.jpg"), write_pdf(tmp_path / "Rechnung.pdf")]
    window.compose.files.add([str(p) for p in fine])
    settle(qtbot, window)
    window.compose.files.add([str(big_photo)])
    settle(qtbot, window)
    settle(qtbot, window)
    panel = window.attachments_panel
    big = next(row for row in panel.rows if row.path.name == "big_photo.jpg")
    assert big.tone == "block"
    qtbot.waitUntil(lambda: whole_in_view(big), timeout=2_000)
    if size[1] < 740:  # the fine files fold, the problem's row shows
        assert panel.fold_button.isVisibleTo(panel)
        assert not any(row.isVisibleTo(panel) for row in panel.rows if row is not big)


@pytest.mark.parametrize("size", SIZES)
def test_the_focused_row_stays_in_view_after_make_smaller(qtbot, tmp_path, big_photo,
                                                          size) -> None:
    window = open_window(qtbot, tmp_path, size)
    fine = [write_image(tmp_path / "candle_photo.jpg"), write_pdf(tmp_path / "Rechnung.pdf")]
    window.compose.files.add([str(p) for p in [*fine, big_photo]])
    settle(qtbot, window)
    settle(qtbot, window)
    panel = window.attachments_panel
    big = panel.rows[2]
    big.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=30_000):
        big.fix_buttons[0].click()
    settle(qtbot, window)
    settle(qtbot, window)
    focused = next(row for row in panel.rows if row.hasFocus())
    assert focused is panel.rows[2] and focused.tone in ("ok", "info")
    qtbot.waitUntil(lambda: whole_in_view(focused), timeout=2_000)


def test_no_blank_band_under_the_folded_files_after_make_smaller(qtbot, tmp_path,
                                                                 big_photo) -> None:
    window = open_window(qtbot, tmp_path, (1024, 700))
    window.compose.files.add([str(write_image(tmp_path / "candle_photo.jpg")), str(big_photo)])
    settle(qtbot, window)
    settle(qtbot, window)
    panel = window.attachments_panel
    with qtbot.waitSignal(window.compose.files.jobs.finished, timeout=30_000):
        panel.rows[1].fix_buttons[0].click()
    settle(qtbot, window)
    settle(qtbot, window)
    assert panel.folded() and not panel.rows_scroll.isVisibleTo(panel)
    host = window.attachments_host
    bottom = panel.fold_button.mapTo(host, QPoint(0, panel.fold_button.height())).y()
    qtbot.waitUntil(lambda: host.height() - bottom <= 12, timeout=2_000)
