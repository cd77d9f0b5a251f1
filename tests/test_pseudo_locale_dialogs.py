"""The windows around the open message in a pseudo-language 40 % longer, with accents.

Settings (every tab), the sent log and a sent message, buyer messages (both tabs), the
order import, the store problem, the first-run business name, what changed in Amazon's
rules and the Help window: each at 1024×700 and 1280×800, with nothing cut off and no
horizontal scroll bar (see tests/test_pseudo_locale.py for the pseudo-language).
"""

from __future__ import annotations

from datetime import date, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QTabWidget,
)

from composer.inbox.importing import import_files
from composer.message.header import Header
from tests.test_pseudo_locale import pseudo_language  # noqa: F401  (the fixture)
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"
SIZES = [(1024, 700), (1280, 800)]
REPORT = Path(__file__).parent / "data" / "orders" / "all_orders_gb.txt"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def pages(dialog: QDialog) -> list[tuple[QTabWidget | None, int]]:
    """Each tab of each tab widget (one entry for a dialog without tabs)."""
    tabs = [t for t in dialog.findChildren(QTabWidget) if t.window() is dialog]
    return [(t, i) for t in tabs for i in range(t.count())] or [(None, 0)]


def problems(dialog: QDialog) -> list[str]:
    """What is cut off or scrolls sideways in the dialog as it is shown now."""
    found = []
    for area in dialog.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(f"scrolls sideways: {area.accessibleName() or area.objectName()}")
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.text() \
                and label.pixmap().isNull() and label.width() < label.minimumSizeHint().width():
            found.append(f"label cut: {label.text()[:40]}")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.width() < button.minimumSizeHint().width():
            found.append(f"button cut: {button.text()[:40]}")
    return found


def assert_fits(qtbot, dialog: QDialog, size: tuple[int, int]) -> None:
    """At most ``size``, as the seller's screen allows, every tab shown once."""
    width, height = size
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, (dialog.windowTitle(), hint)
    wanted = dialog.sizeHint().expandedTo(dialog.size())
    dialog.resize(min(wanted.width(), width), min(wanted.height(), height))
    settle()
    for tabs, index in pages(dialog):
        if tabs is not None:
            tabs.setCurrentIndex(index)
            settle()
        assert dialog.width() <= width and dialog.height() <= height
        said = problems(dialog)
        where = tabs.tabText(index) if tabs is not None else dialog.windowTitle()
        assert not said, (size, where, said)


@pytest.fixture
def window(qtbot, tmp_path, pseudo_language):  # noqa: F811
    win = make_window(qtbot, tmp_path / "data")
    win.export.confirm = lambda route, lines: True
    return win


def test_the_pseudo_language_is_in_use_in_the_dialogs(window) -> None:
    from composer.ui.settingsdialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window, data_dir=window.data_dir)
    assert dialog.windowTitle().endswith("ẍ")
    assert dialog.pages.tabText(1).endswith("ẍ")
    dialog.close()


@pytest.mark.parametrize("size", SIZES)
def test_settings_fit_with_every_tab(window, qtbot, size) -> None:
    from composer.ui.settingsdialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window, whitelist=window.compose.whitelist(),
                            data_dir=window.data_dir)
    dialog.name_warning.setText("✖ " + "Wörter " * 30)  # a long warning wraps
    dialog.name_warning.show()
    assert_fits(qtbot, dialog, size)
    dialog.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_order_import_fits_with_its_figures(window, qtbot, size) -> None:
    from composer.ui.orderimport import OrderImportDialog

    dialog = OrderImportDialog(window, days=30, today=date(2026, 11, 26), tz=timezone.utc)
    dialog.load(REPORT)
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=5000)
    assert "ẍ" in dialog.figures.text()
    assert_fits(qtbot, dialog, size)
    dialog.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_sent_log_and_a_sent_message_fit(window, qtbot, size) -> None:
    window.load_sample(Header(to="k2x9q7abcdefghij@marketplace.amazon.co.uk",
                              order_id="113-4567890-1234567",
                              subject="Your parcel left our warehouse this morning"),
                       "<p>Hello,</p><p>Your parcel left our warehouse this morning.</p>")
    window.check_now()
    window.export.export("seller-central")
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    assert dialog.log_table.rowCount() == 1
    assert_fits(qtbot, dialog, size)
    dialog.show_record(0)
    message = dialog.shown_message
    assert message is not None
    assert_fits(qtbot, message, size)
    message.close()
    dialog.close()


@pytest.mark.parametrize("size", SIZES)
def test_buyer_messages_fit_with_notices_and_a_restriction(window, qtbot, tmp_path,
                                                           size) -> None:
    until = date.today() + timedelta(days=5)
    notice = EmailMessage()
    notice["From"] = "Amazon <seller-notification@marketplace.amazon.com>"
    notice["Subject"] = "Proactive messaging restricted"
    notice["Date"] = "Tue, 03 Nov 2026 14:22:05 +0000"
    notice.set_content("Your account was restricted from sending proactive messages until "
                       f"{until.isoformat()}.")
    path = tmp_path / "restricted.eml"
    path.write_bytes(notice.as_bytes())
    import_files(window.store, [CORPUS / "en-com-photos.eml", CORPUS / "de-html-qp.eml",
                                CORPUS / "notice-refused-en.eml",
                                CORPUS / "notice-optout-en.eml", path], window.data_dir)
    window.inbox.open_list()
    dialog = window.inbox.dialog
    assert dialog.banner.isVisible() and dialog.notices.rowCount() >= 2
    assert_fits(qtbot, dialog, size)
    dialog.close()


@pytest.mark.parametrize("size", SIZES)
def test_the_store_problem_fits(qtbot, pseudo_language, tmp_path, size) -> None:  # noqa: F811
    from composer.store import DB_NAME
    from composer.store.problems import DAMAGED, StoreProblem
    from composer.ui.storeproblem import StoreProblemDialog

    dialog = StoreProblemDialog(StoreProblem(DAMAGED, tmp_path / DB_NAME, "the system's words"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith("ẍ")
    assert_fits(qtbot, dialog, size)


@pytest.mark.parametrize("size", SIZES)
def test_first_run_rules_changes_and_help_fit(window, qtbot, size) -> None:
    from composer.ui.businessname import BusinessNameDialog
    from composer.ui.helpdialog import HelpDialog
    from composer.ui.ruleschanges import RulesChangesDialog

    first = BusinessNameDialog("shop.com", window)
    assert first.warning.text()
    changes = RulesChangesDialog(window)
    help_window = HelpDialog(window)
    for dialog in (first, changes, help_window):
        assert dialog.windowTitle().endswith("ẍ")
        assert_fits(qtbot, dialog, size)
        dialog.close()


def test_in_english_a_wide_list_shortens_no_notice(qtbot, tmp_path) -> None:
    """Fitting the columns gives up width only when it is short (here: room to spare)."""
    english = make_window(qtbot, tmp_path / "english")
    import_files(english.store, [CORPUS / "notice-refused-en.eml",
                                 CORPUS / "notice-optout-en.eml"], english.data_dir)
    english.inbox.open_list()
    dialog = english.inbox.dialog
    dialog.resize(1200, 560)
    dialog.tabs.setCurrentIndex(1)
    settle()
    table = dialog.notices
    for column in (1, 4):
        assert table.horizontalHeader().sectionSize(column) >= table.sizeHintForColumn(column)
    dialog.close()
