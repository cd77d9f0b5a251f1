"""Settings fit a 1024×700 screen in every language, with nothing cut.

In German the result of "Test connection" (Settings › Sending) was cut at the top and the
bottom: a wrapping label beside the button got one line's height for three or four lines.
Each tab is shown here in all five languages, with the longest result the test can say in
that language, at 1024×700 and 1280×800.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QTabWidget,
)

from composer.export.smtp import SendError
from composer.ui.translations import say
from composer.words import Words
from tests.uihelpers import app_language, make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
SIZES = [(1024, 700), (1280, 800)]
HOST = "smtp.mail-provider-example.co.uk"


@pytest.fixture(params=["en", "de", "fr", "es", "it"])
def language(request, qapp):
    with app_language(qapp, request.param) as chosen:
        yield chosen


def longest_failure() -> str:
    """The English words of the sending failure that is longest in the app's language."""
    english = Words("export", "en")
    said = [english(f"smtp.{key}", host=HOST, port=587, code=421, field="From")
            for key in _smtp_keys()]
    return max(said, key=lambda text: len(say(text)))


def _smtp_keys() -> list[str]:
    import json

    from composer.appdata.resources import resource_path

    data = json.loads(resource_path("messages", "export.json").read_text(encoding="utf-8"))
    steps = {"connecting", "securing", "signing_in", "sending"}  # progress, not results
    return [key for key in data["smtp"] if key not in steps]


def cut(dialog) -> list[str]:
    """Words shown shorter or narrower than they need, and sideways scrolling."""
    found = []
    for area in dialog.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(f"scrolls sideways: {area.objectName()}")
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text() or not label.pixmap().isNull():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                found.append(f"cut: {label.text()[:50]} ({label.height()} px for "
                             f"{label.heightForWidth(label.width())})")
        elif label.width() < label.minimumSizeHint().width():
            found.append(f"cut: {label.text()[:50]}")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.width() < button.minimumSizeHint().width():
            found.append(f"button cut: {button.text()[:40]}")
    return found


@pytest.mark.parametrize("result", ["failure", "success"])
def test_settings_fit_with_the_longest_test_result(language, result, qtbot, tmp_path,
                                                   monkeypatch) -> None:
    from composer.export import smtp
    from composer.ui.settingsdialog import SettingsDialog

    def answer(_config) -> None:
        if result == "failure":
            raise SendError("network", longest_failure())

    monkeypatch.setattr(smtp, "check_connection", answer)  # no network: the longest words

    window = make_window(qtbot, tmp_path / "data")
    window.resize(1024, 700)
    dialog = SettingsDialog(window.settings, window, whitelist=window.compose.whitelist(),
                            data_dir=window.data_dir)
    qtbot.addWidget(dialog)
    page = dialog.sending
    page.host.setText(HOST)
    dialog.show_page("sending")
    dialog.show()  # as Settings opens: its own size, Sending shown, then the test's result
    qtbot.waitExposed(dialog)
    page.test_button.click()
    qtbot.waitUntil(page.test_button.isEnabled, timeout=10_000)
    assert page.test_result.text().startswith("✖" if result == "failure" else "✔")
    for _ in range(3):
        QApplication.processEvents()
    where = (language, "as opened", dialog.size().toTuple())
    assert cut(dialog) == [], where
    for width, height in SIZES:
        hint = dialog.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (language, hint)
        wanted = dialog.sizeHint().expandedTo(dialog.size())
        dialog.resize(min(wanted.width(), width), min(wanted.height(), height))
        for _ in range(3):
            QApplication.processEvents()
        tabs = dialog.findChild(QTabWidget)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            for _ in range(3):
                QApplication.processEvents()
            where = (language, (width, height), tabs.tabText(index))
            assert dialog.width() <= width and dialog.height() <= height, where
            assert cut(dialog) == [], where
