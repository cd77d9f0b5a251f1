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


def test_a_huge_hostile_text_is_checked_while_the_window_keeps_running(qtbot) -> None:
    from PySide6.QtCore import QTimer

    from composer.compose.review import review

    # 100,000 dots held the checker's thread (and Python's lock) for minutes; now the text
    # is checked in parts and the window's own timer keeps running meanwhile.
    text = "Hello.\n" + "." * 100_000 + "\n" + "Thanks for your order.\n" * 2_000 \
        + "Visit www.example.com"
    busy = threading.Event()
    ticks_while_busy: list[int] = []

    def checker(message: Message):
        busy.set()
        try:
            return review(message)
        finally:
            busy.clear()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks_while_busy.append(1) if busy.is_set() else None)
    timer.start()
    live = LiveChecker(lambda: Message(text=text, buyer_language="en"), checker, debounce_ms=0)
    with qtbot.waitSignal(live.checked, timeout=60_000) as blocker:
        live.schedule()
    timer.stop()
    result = blocker.args[1]
    link = [f for f in result.findings if f.rule == "link"]
    assert [f.excerpt for f in link] == ["www.example.com"]
    assert ticks_while_busy  # the window ran while the check was under way
    live.shutdown()


def test_an_edit_stops_a_long_check_and_the_newest_text_is_checked(qtbot) -> None:
    from composer.compose.review import review

    long_text = "Hi,\n" + "Your lamp left our workshop today.\n" * 30_000 + "ann@shop.com"
    current = {"text": long_text}
    results: list = []
    started = threading.Event()

    def checker(message: Message):
        started.set()
        result = review(message)
        results.append(result)
        return result

    live = LiveChecker(lambda: Message(text=current["text"], buyer_language="en"), checker,
                       debounce_ms=0)
    seen: list = []
    live.checked.connect(lambda rev, result: seen.append(result))
    live.run_now()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    current["text"] = "Write to bob@shop.com"
    live.schedule()  # an edit while the long check runs: it is stale now
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=60_000)
    qtbot.wait(50)
    assert len(results) == 2
    stale, newest = results
    assert newest is seen[0]  # only the newest text's result reached the view
    assert "email-address" not in {f.rule for f in stale.findings}  # stopped before the end
    assert [f.excerpt for f in seen[0].findings if f.rule == "email-address"] == \
        ["bob@shop.com"]
    live.shutdown()
