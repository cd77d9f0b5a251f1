"""Start-up in stages: the editor takes keys before the panels exist, and nothing typed is lost.

After the first paint the window brings back the open draft and makes the editor
writable (``_build_editing``); the side panels, buyer messages and the quota meter
follow on later turns of the event loop. Keys typed in between must be saved and
checked like any others.
"""

from __future__ import annotations

from composer.appdata.settings import Settings
from composer.store import open_store
from composer.ui.mainwindow import MainWindow

TYPED = "Please leave us a 5-star review."


def _window(qtbot, folder) -> MainWindow:
    folder.mkdir(parents=True, exist_ok=True)
    window = MainWindow(Settings(folder), folder, open_store(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_keys_typed_before_the_panels_are_saved_and_checked(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path / "data")
    window.after_first_paint(staged=True)  # as after the first paint, without a turn yet
    assert window.is_ready() and not window.editor.isReadOnly()
    assert not hasattr(window, "findings_panel"), "the panels came before the editor"
    qtbot.keyClicks(window.editor, TYPED)  # no event-loop turn: the panels are still to come
    assert not hasattr(window, "findings_panel")
    qtbot.waitUntil(lambda: window.export is not None)  # the panels, then the export bar
    qtbot.waitUntil(lambda: window.compose.last is not None
                    and TYPED in window.compose.last.message.text, timeout=10_000)
    assert "review-manipulation" in {f.rule for f in window.compose.last.findings}
    assert window.findings_panel.cards, "the panel shows the check of what was typed"
    assert window.session.save_now()
    draft = window.store.get_draft(window.session.current.id)
    assert TYPED in draft.body_text


def test_the_panels_show_the_draft_that_was_opened_before_them(qtbot, tmp_path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    store = open_store(folder)
    from composer.message.header import Header

    draft = store.create_draft(Header(order_id="123-1234567-1234567"), "<p>Hello</p>", "Hello")
    store.rename_draft(draft.id, "Oak table")
    store.remember_open_draft(draft.id)
    store.close()
    window = _window(qtbot, folder)
    window.after_first_paint(staged=True)
    assert window.session.current.id == draft.id
    qtbot.waitUntil(lambda: window.export is not None)
    titles = [window.drafts_panel.list.item(n).text()
              for n in range(window.drafts_panel.list.count())]
    assert any("Oak table" in title for title in titles), titles
    assert window.windowTitle().startswith("Oak table")


def test_a_reopened_draft_with_a_misspelling_at_the_cursor_is_not_ready(qtbot, tmp_path) -> None:
    """After a crash the draft comes back with the cursor at the end of a cut-off word:
    that word is not being typed, so its mistake is shown and the badge is not Ready."""
    folder = tmp_path / "data"
    folder.mkdir()
    store = open_store(folder)
    from composer.message.header import Header

    text = "Der Ersatzdeckel geht morgen mit DHL raus, Sendun"
    draft = store.create_draft(Header(buyer_language="de"), f"<p>{text}</p>", text)
    draft.cursor_position = len(text)  # where the seller stopped typing
    store.save_draft(draft)
    store.set_verdict(draft.id, "ready")  # the verdict stored before the crash
    store.remember_open_draft(draft.id)
    store.close()
    window = _window(qtbot, folder)
    window.after_first_paint(staged=True)
    qtbot.waitUntil(lambda: window.export is not None)
    qtbot.waitUntil(lambda: window.compose.last is not None, timeout=10_000)
    assert window.editor.textCursor().position() == len(text)
    assert "Sendun" in [f.excerpt for f in window.compose.last.findings]
    qtbot.waitUntil(lambda: "Ready" not in window.findings_panel.badge.text(), timeout=5_000)
    assert any(card for card in window.findings_panel.cards)
    assert "Ready" not in window.findings_panel.badge.text()
