"""A real app process is killed with SIGKILL while typing; nothing saved may be lost or damaged.

The driver below is the real window (built as ``seller-composer`` builds it)
with keystrokes sent by QTest at a steady pace. It prints how much it had
typed and when; the test kills it at varied moments, including while an
autosave is due, reopens the data folder and checks the draft.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from composer.store import open_store

DRIVER = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from composer.appdata.settings import Settings
from composer.store import open_store
from composer.ui.app import build_window, make_app

folder = Path(sys.argv[1])
text = sys.argv[2]
app = make_app()
window = build_window(folder, Settings(folder), open_store(folder))
window.show()
window.after_first_paint()
window.editor.setFocus()
typed = [0]

def tick():
    if typed[0] >= len(text):
        return
    QTest.keyClicks(window.editor, text[typed[0]])
    typed[0] += 1
    print(f"typed {typed[0]} {time.time():.4f}", flush=True)
    QTimer.singleShot(40, tick)

print(f"draft {window.session.current.id}", flush=True)
QTimer.singleShot(0, tick)
app.exec()
"""

TEXT = ("Hello Sarah, your oak table left our workshop today and will arrive on Friday. "
        "Reply here if Friday does not suit you and we will book another day. Kind regards ")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
@pytest.mark.parametrize("kill_after", [0.9, 1.7, 2.4, 3.1, 3.8, 4.6])
def test_kill_minus_nine_loses_at_most_two_seconds(tmp_path, kill_after: float) -> None:
    folder = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-c", DRIVER, str(folder), TEXT],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=env)
    assert process.stdout is not None
    draft_id = None
    progress: list[tuple[int, float]] = []
    started = None
    try:
        for line in process.stdout:
            kind, *rest = line.split()
            if kind == "draft":
                draft_id = int(rest[0])
            elif kind == "typed":
                progress.append((int(rest[0]), float(rest[1])))
                started = started or progress[0][1]
                if progress[-1][1] - started >= kill_after:
                    break
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        killed_at = time.time()
    assert draft_id is not None and progress

    store = open_store(folder)
    try:
        assert store.integrity_ok()
        saved = store.get_draft(draft_id).body_text
    finally:
        store.close()
    typed_total = progress[-1][0]
    # Everything typed more than two seconds before the kill must be in the store.
    must_have = max((n for n, at in progress if at <= killed_at - 2.0), default=0)
    assert TEXT.startswith(saved), f"damaged: {saved!r}"
    assert must_have <= len(saved) <= typed_total, (must_have, len(saved), typed_total)
