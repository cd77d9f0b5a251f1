"""The live check: debounced, off the UI thread, and stale results are dropped."""

from __future__ import annotations

import threading

from composer.policy.model import Finding, Message
from composer.ui.livecheck import LiveChecker


def finding_for(message: Message) -> list[Finding]:
    return [Finding("link", "block", 0, len(message.text), message.text, "test")] \
        if message.text else []


def test_many_edits_in_a_burst_give_one_check(qtbot) -> None:
    texts = iter([f"v{i}" for i in range(100)])
    current = {"text": ""}
    calls: list[str] = []

    def checker(message: Message) -> list[Finding]:
        calls.append(message.text)
        return finding_for(message)

    live = LiveChecker(lambda: Message(text=current["text"]), checker, debounce_ms=50)
    for _ in range(5):
        current["text"] = next(texts)
        live.schedule()
    with qtbot.waitSignal(live.checked, timeout=2000) as blocker:
        pass
    revision, findings = blocker.args
    assert calls == ["v4"]
    assert revision == live.revision == 5
    assert findings[0].excerpt == "v4"
    live.shutdown()


def test_the_check_runs_off_the_ui_thread(qtbot) -> None:
    threads: list[threading.Thread] = []

    def checker(message: Message) -> list[Finding]:
        threads.append(threading.current_thread())
        return []

    live = LiveChecker(lambda: Message(text="x"), checker, debounce_ms=0)
    with qtbot.waitSignal(live.checked, timeout=2000):
        live.schedule()
    assert threads and threads[0] is not threading.main_thread()
    live.shutdown()


def test_a_result_for_an_older_revision_is_dropped_and_the_newest_is_checked(qtbot) -> None:
    release = threading.Event()
    current = {"text": "old"}
    seen: list[str] = []

    def checker(message: Message) -> list[Finding]:
        if message.text == "old":
            release.wait(2)
        return finding_for(message)

    live = LiveChecker(lambda: Message(text=current["text"]), checker, debounce_ms=0)
    live.checked.connect(lambda rev, found: seen.append(found[0].excerpt))
    live.run_now()  # starts checking "old" and blocks in the worker
    current["text"] = "new"
    live.schedule()  # an edit while the old check runs
    release.set()
    qtbot.waitUntil(lambda: seen == ["new"], timeout=3000)
    qtbot.wait(100)
    assert seen == ["new"]  # the stale "old" result never reached the view
    live.shutdown()
