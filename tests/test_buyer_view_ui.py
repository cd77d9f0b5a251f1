"""The buyer's view in the window, the whitelist in Settings, and styling fixes in the editor."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from composer.message.header import Header
from composer.ui.buyerview import placeholder
from tests.uihelpers import make_window

STYLED = ('<p>Hello Sarah,</p><p align="center" style="color:#c00;font-family:Georgia">'
          'Thank you for shopping with us!</p><p>See <a href="http://oakfield.example/care">'
          'the care guide</a>.</p><ul><li>Oil it monthly</li></ul>')


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path / "data")


def show_buyer_view(qtbot, window) -> None:
    with qtbot.waitSignal(window.buyer_view.worker.destroyed, timeout=50, raising=False):
        pass
    window.tabs.setCurrentWidget(window.buyer_view)
    qtbot.waitUntil(lambda: window.buyer_view.html != "", timeout=5000)


def test_the_buyer_view_shows_the_cleaned_message_and_what_was_removed(window, qtbot) -> None:
    window.load_sample(Header(), STYLED)
    show_buyer_view(qtbot, window)
    view = window.buyer_view
    assert "<li>Oil it monthly</li>" in view.html
    assert "http://" not in view.html and "style=" not in view.html and "align" not in view.html
    assert "the care guide" in view.browser.toPlainText()
    rows = [view.removed.item(i).text() for i in range(view.removed.count())]
    assert any(row.startswith("A link to http://oakfield.example/care") for row in rows)
    assert any(row.startswith("Centred text") for row in rows)
    assert any("the font georgia" in row.lower() for row in rows), rows


def test_plain_text_toggle_shows_the_seller_central_text(window, qtbot) -> None:
    window.load_sample(Header(), STYLED)
    show_buyer_view(qtbot, window)
    qtbot.mouseClick(window.buyer_view.plain_button, Qt.MouseButton.LeftButton)
    assert window.buyer_view.mode == "plain"
    assert "- Oil it monthly" in window.buyer_view.browser.toPlainText()


def test_the_view_follows_edits_and_keeps_its_scroll_position(window, qtbot) -> None:
    window.load_sample(Header(), "".join(f"<p>Paragraph {n}</p>" for n in range(300)))
    show_buyer_view(qtbot, window)
    bar = window.buyer_view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(" and one more line")
    qtbot.waitUntil(lambda: "and one more line" in window.buyer_view.html, timeout=5000)
    assert abs(bar.value() - kept) <= 2


def test_remote_pictures_are_never_fetched(window) -> None:
    browser = window.buyer_view.browser
    image = browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                 QUrl("https://m.media-amazon.com/images/I/x.jpg"))
    assert isinstance(image, QImage) and image.size().width() == placeholder("x").width()
    assert browser.loadResource(QTextDocument.ResourceType.StyleSheetResource.value,
                                QUrl("https://evil.example/x.css")) is None


def test_align_fix_clears_centring_and_undo_restores_it(window) -> None:
    window.load_sample(Header(), STYLED)
    window.check_now()
    window.compose.apply_fix(next(f for c in window.findings_panel.cards
                                  for f in c.card.findings if f.rule == "text-alignment"))
    centred = window.editor.toPlainText().splitlines().index("Thank you for shopping with us!")
    block = window.editor.document().findBlockByNumber(centred)
    assert not block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    window.check_now()
    assert "text-alignment" not in {r for c in window.findings_panel.cards for r in c.card.rules}
    window.editor.undo()
    block = window.editor.document().findBlockByNumber(centred)
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter


def test_font_fix_clears_font_and_colour(window) -> None:
    window.load_sample(Header(), STYLED)
    window.check_now()
    window.compose.apply_fix(next(f for c in window.findings_panel.cards
                                  for f in c.card.findings if f.rule == "font-override"))
    window.check_now()
    assert "font-override" not in {r for c in window.findings_panel.cards for r in c.card.rules}


def test_settings_show_the_whitelist_and_a_broken_file_falls_back(window, qtbot) -> None:
    (window.data_dir / "whitelist.json").write_text("{broken", encoding="utf-8")
    window.compose._whitelist = None
    loaded = window.compose.whitelist()
    assert loaded.error is not None and "not valid JSON" in loaded.error
    assert "p" in loaded.whitelist.tags  # the shipped list is used instead
    from composer.ui.settingsdialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window, whitelist=loaded, data_dir=window.data_dir)
    qtbot.addWidget(dialog)
    dialog.show_page("whitelist")
    assert dialog.pages.currentIndex() == 1
    page = dialog.pages.currentWidget()
    texts = " ".join(label.text() for label in page.findChildren(type(dialog.error)))
    assert "not valid JSON" in texts


def test_a_users_own_whitelist_is_used(window) -> None:
    data = {"tags": ["p", "br"], "attributes": {}, "protocols": ["https"]}
    (window.data_dir / "whitelist.json").write_text(json.dumps(data), encoding="utf-8")
    window.compose._whitelist = None
    assert window.compose.whitelist().whitelist.tags == frozenset({"p", "br"})


def run_cli(*args: str, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "composer", *args], capture_output=True,
                          text=True, input=stdin, timeout=60)


def test_clean_command_prints_clean_html_or_text(tmp_path) -> None:
    page = tmp_path / "m.html"
    page.write_text('<div style="text-align:center"><font face="Arial">Hi <b>there</b></font>'
                    '<script>alert(1)</script><ul><li>One</li></ul></div>', encoding="utf-8")
    html = run_cli("clean", str(page))
    assert html.returncode == 0
    assert html.stdout.strip() == "Hi <b>there</b><ul><li>One</li></ul>"
    text = run_cli("clean", "--text", str(page))
    assert text.stdout.strip().splitlines() == ["Hi there", "", "- One"]
    stdin = run_cli("clean", "-", stdin="<p onclick='x()'>Hi</p>")
    assert stdin.stdout.strip() == "<p>Hi</p>"


def test_clean_command_unreadable_input_exits_2(tmp_path) -> None:
    result = run_cli("clean", str(tmp_path / "missing.html"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no such file" in result.stderr


def test_settings_warn_about_a_business_name_amazon_blocks(window, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from composer.ui.settingsdialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    field = dialog.editors["business_name"]
    assert isinstance(field, QLineEdit)
    field.setText("BestDeals.com")
    assert dialog.name_warning.isVisibleTo(dialog) and ".com" in dialog.name_warning.text()
    field.setText("Oakfield Furniture")
    assert not dialog.name_warning.isVisibleTo(dialog)


def test_the_plain_text_shortcut_matches_the_full_walk(qtbot, monkeypatch) -> None:
    from PySide6.QtGui import QTextDocument

    from composer.ui import docmodel

    document = QTextDocument()
    document.setPlainText("Hello Sarah,\n\nYour table ships today.\n\n\nKind regards 😀\n")
    assert docmodel._only_plain_text(document)
    fast = docmodel.snapshot_document(document)
    monkeypatch.setattr(docmodel, "_only_plain_text", lambda _doc: False)
    slow = docmodel.snapshot_document(document)
    assert (fast.text, fast.elements, fast.blocks) == (slow.text, slow.elements, slow.blocks)
    rich = QTextDocument()
    rich.setHtml("<p>Hi <b>there</b></p>")
    monkeypatch.undo()
    assert not docmodel._only_plain_text(rich)
