"""The window and a store it cannot open normally: a dialog, then read-only or a repaired copy.

Every broken state is made for real in the data folder (garbage over a page, a 0-byte
file, a folder where the lock belongs). A read-only file is opened ``mode=ro`` through
the opener's seam, because root (CI) may write any file whatever its mode.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from composer.appdata.settings import Settings
from composer.store import DB_NAME, InstanceLock, open_store
from composer.store.problems import (
    DAMAGED,
    EMPTY,
    FOREIGN,
    LOCK_UNUSABLE,
    NEWER,
    READ_ONLY_FILE,
    StoreProblem,
)
from composer.ui import icons
from composer.ui.app import build_window
from composer.ui.draftspanel import ID_ROLE
from composer.ui.storeproblem import (
    NOTICE,
    QUIT,
    READ_ONLY,
    REPAIR,
    RETRY,
    StoreOpener,
    StoreProblemDialog,
)
from tests.test_store_problems import garble_page, make_store, read_only_opener, root_page


def press_when_shown(choices: list[str], seen: list[str]) -> QTimer:
    """Answer each store-problem dialog (and close each message box) as it appears."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, StoreProblemDialog) and choices:
            seen.append(modal.problem.kind)
            modal.buttons[choices.pop(0)].click()
        elif isinstance(modal, QMessageBox):
            seen.append(modal.text())
            modal.accept()

    timer.timeout.connect(look)
    timer.start()
    return timer


def open_window(qtbot, folder: Path, choices: list[str], lock_problem=None, **options):
    """The app's start-up: window first, then the store after the first paint."""
    seen: list[str] = []
    clicker = press_when_shown(choices, seen)
    lock = InstanceLock(folder)
    window = build_window(folder, Settings(folder), lock=lock, lock_problem=lock_problem)
    if options:
        window.store.open_options = options
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.after_first_paint()
    qtbot.waitUntil(lambda: not callable(window.store) or not window.isVisible(),
                    timeout=10000)
    clicker.stop()
    icons.load_icons()
    return window, seen, lock


def test_the_dialog_says_what_and_where_and_offers_what_fits(qtbot, tmp_path: Path) -> None:
    cases = {
        DAMAGED: ["Open read-only", "Make a repaired copy", "Try again", "Quit"],
        EMPTY: ["Start a new drafts file", "Try again", "Quit"],
        READ_ONLY_FILE: ["Open read-only", "Try again", "Quit"],
        LOCK_UNUSABLE: ["Open read-only", "Try again", "Quit"],
        NEWER: ["Quit"],
    }
    for kind, labels in cases.items():
        problem = StoreProblem(kind, tmp_path / DB_NAME, "the system's words")
        dialog = StoreProblemDialog(problem)
        qtbot.addWidget(dialog)
        assert [b.text() for b in dialog.buttons.values()] == labels
        assert dialog.path.text() == str(tmp_path / DB_NAME)
        labels_text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert problem.headline in labels_text
        assert "Details: the system's words" in labels_text
        assert "Traceback" not in labels_text
        dialog.reject()
        assert dialog.choice == QUIT


def test_open_read_only_shows_the_drafts_and_refuses_edits(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ids = make_store(folder, drafts=40)
    with open_store(folder) as store:
        store.remember_open_draft(ids[0])
    path = folder / DB_NAME
    garble_page(path, root_page(path, "dictionary"))  # damaged, drafts still readable
    before = path.read_bytes()
    window, seen, lock = open_window(qtbot, folder, [READ_ONLY])
    assert seen == [DAMAGED]
    assert window.store.read_only
    listed = [window.drafts_panel.list.item(i).data(ID_ROLE)
              for i in range(window.drafts_panel.list.count())]
    assert sorted(listed) == ids  # never an empty list standing in for drafts that exist
    assert window.session.current.id == ids[0]
    shown = window.editor.toPlainText()
    assert shown == "Hello 0"
    assert window.editor.isReadOnly()
    banner = window.read_only_banner
    assert banner.isVisible()
    assert "the drafts file is damaged" in banner.findChild(QLabel, "read-only-text").text()
    # Typing, pasting, menu commands and the panels' buttons change nothing.
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "changed")
    QApplication.clipboard().setText("pasted")
    window.editor.paste()
    assert window.editor.toPlainText() == shown
    assert not window.new_action.isEnabled() and not window.delete_action.isEnabled()
    assert not window.drafts_panel.new_button.isEnabled()
    window.drafts_panel.deleteRequested.emit(ids[1])
    assert window.status.currentMessage() == NOTICE
    window.drafts_panel.openRequested.emit(ids[1])  # reading another draft still works
    assert window.editor.toPlainText() == "Hello 1"
    assert not window.session.dirty and window.session.save_now()
    window.close()
    lock.release()
    window.store.close()
    assert path.read_bytes() == before
    assert not (folder / f"{DB_NAME}-wal").exists() or \
        (folder / f"{DB_NAME}-wal").stat().st_size == 0


def test_a_read_only_file_opens_read_only(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ids = make_store(folder)
    window, seen, lock = open_window(qtbot, folder, [READ_ONLY], opener=read_only_opener)
    assert seen == [READ_ONLY_FILE]
    assert window.store.read_only and window.drafts_panel.list.count() == len(ids)
    assert "the drafts file is read-only" in window.store.read_only_reason
    assert str(folder / DB_NAME) in window.store.read_only_reason
    window.close()
    lock.release()


def test_a_folder_in_place_of_the_lock(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_store(folder)
    (folder / "instance.lock").mkdir()
    from composer.store import StoreProblemError

    with pytest.raises(StoreProblemError) as info:
        InstanceLock(folder).acquire()
    window, seen, _lock = open_window(qtbot, folder, [READ_ONLY],
                                      lock_problem=info.value.problem)
    assert seen == [LOCK_UNUSABLE] and window.store.read_only
    assert window.drafts_panel.list.count() == 6
    window.close()


def test_make_a_repaired_copy_gives_a_working_store_and_keeps_the_original(
        qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ids = make_store(folder, drafts=40)
    path = folder / DB_NAME
    garble_page(path, root_page(path, "dictionary"))
    damaged = path.read_bytes()
    window, seen, lock = open_window(qtbot, folder, [REPAIR])
    assert seen[0] == DAMAGED
    assert seen[1].startswith(f"The repaired copy holds {len(ids)} drafts")
    assert not window.store.read_only and not window.editor.isReadOnly()
    assert window.drafts_panel.list.count() == len(ids)
    kept = [p for p in folder.iterdir() if p.name.startswith("drafts-damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    qtbot.keyClicks(window.editor, " and more")
    assert window.session.save_now()
    draft_id = window.session.current.id
    window.close()
    lock.release()
    window.store.close()
    with open_store(folder) as store:
        assert " and more" in store.get_draft(draft_id).body_text
        assert store.integrity_ok()


def test_an_empty_file_starts_a_new_one_only_when_asked(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"")
    window, seen, lock = open_window(qtbot, folder, [RETRY, REPAIR])
    assert seen[:2] == [EMPTY, EMPTY]  # Try again: still empty, still asked
    assert seen[2].startswith("Seller Composer started a new, empty drafts file.")
    assert [p.stat().st_size for p in folder.glob("drafts-empty-*.sqlite3")] == [0]
    assert not window.store.read_only
    window.close()
    lock.release()


def test_quit_closes_the_window_without_a_traceback(qtbot, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"not a database at all" * 10)
    window, seen, lock = open_window(qtbot, folder, [QUIT])
    qtbot.waitUntil(lambda: not window.isVisible())
    assert seen == ["foreign"] and callable(window.store)
    assert "Traceback" not in capsys.readouterr().err
    assert (folder / DB_NAME).read_bytes() == b"not a database at all" * 10
    lock.release()


def test_the_opener_keeps_asking_until_something_works(tmp_path: Path) -> None:
    """Read-only is chosen but cannot be done: the seller is told why, not crashed."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"Dear buyer, " * 20)
    (folder / "instance.lock").mkdir()
    asked: list[tuple[str, bool]] = []
    answers = [READ_ONLY, READ_ONLY, QUIT]  # the second is not on offer: asked again

    def ask(problem, _parent):
        asked.append((problem.kind, problem.can_read))
        return answers.pop(0)

    from composer.store import StoreProblemError
    from composer.ui.mainwindow import StoreUnavailable

    with pytest.raises(StoreProblemError) as info:
        InstanceLock(folder).acquire()
    with pytest.raises(StoreUnavailable):
        StoreOpener(folder, InstanceLock(folder), info.value.problem, ask=ask)()
    assert asked == [(LOCK_UNUSABLE, True), (FOREIGN, False), (FOREIGN, False)]
    assert (folder / DB_NAME).read_bytes() == b"Dear buyer, " * 20


def test_read_only_mode_starts_without_a_status_bar_warning(qtbot, qtlog, tmp_path: Path) -> None:
    """The "Read-only" badge joins the status bar's permanent widgets in order: Qt warns
    "index out of range" when one is inserted at 0 while a passing message's widget sits
    there, and the badge then lands at the far right."""
    folder = tmp_path / "data"
    make_store(folder)
    window, seen, lock = open_window(qtbot, folder, [READ_ONLY], opener=read_only_opener)
    assert seen == [READ_ONLY_FILE] and window.store.read_only
    warnings = [record.message for record in qtlog.records
                if "QStatusBar" in record.message or "out of range" in record.message]
    assert warnings == []
    badge = window.status.findChild(QLabel, "read-only-badge")
    assert badge is not None and badge.isVisible() and badge.text() == "Read-only"
    window.close()
    lock.release()
