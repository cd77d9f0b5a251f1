"""A huge, hostile paste: the window keeps running while it is checked, and the check ends."""

from __future__ import annotations

import threading

from PySide6.QtCore import QMimeData, QTimer

from tests.uihelpers import make_window


def test_a_huge_paste_is_checked_while_the_window_keeps_running(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    busy = threading.Event()
    check = window.compose.checker._checker

    def watched(message):
        busy.set()
        try:
            return check(message)
        finally:
            busy.clear()

    window.compose.checker._checker = watched
    ticks_while_busy: list[int] = []
    timer = QTimer(window)
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks_while_busy.append(1) if busy.is_set() else None)
    timer.start()
    # Runs of dots and of "x" held the checker (and Python's lock) for minutes and took
    # gigabytes; the link at the very end must still be found.
    text = "Hello Sarah,\n" + "." * 60_000 + "\n" + "x" * 60_000 + "\n" \
        + "Thanks for your order.\n" * 8_000 + "Visit www.example.com"
    mime = QMimeData()
    mime.setText(text)
    window.editor.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: not window.editor.pasting, timeout=30_000)

    def link_found() -> bool:
        last = window.compose.last
        return last is not None and last.message.text == text and \
            any(f.rule == "link" and f.excerpt == "www.example.com" for f in last.findings)

    qtbot.waitUntil(link_found, timeout=60_000)
    timer.stop()
    assert ticks_while_busy  # the window ran while the check was under way
    assert not window.editor.isReadOnly()
