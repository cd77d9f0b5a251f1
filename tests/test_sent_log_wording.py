"""The sent log says what happened by each route: a copy was copied, not sent, and its files
are still to be attached where it is pasted; in every language of the app."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel

from composer.export.requestbutton import record_button
from composer.message.header import Header
from composer.ui.translations import SETTING, install_translators
from tests.attachment_factory import write_pdf
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
ALIAS = "k2x9q7abcdefghij@marketplace.amazon.co.uk"
ROUTES = ("seller-central", "rich-text", "email-app", "eml-file", "smtp")
COPIES = ("seller-central", "rich-text")
# route: window title, the note, the files' label, the log's Attachments cell
ENGLISH = {
    "seller-central": ("Copied message", "This is the message as it was copied.",
                       "To attach in Seller Central:", "To attach in Seller Central: invoice.pdf"),
    "rich-text": ("Copied message", "This is the message as it was copied.",
                  "To attach in your email app:", "To attach in your email app: invoice.pdf"),
    "email-app": ("Message opened in your email app",
                  "This is the message as it was opened in your email app.", "Files:",
                  "invoice.pdf"),
    "eml-file": ("Saved message", "This is the message as it was saved.", "Files:",
                 "invoice.pdf"),
    "smtp": ("Sent message", "This is the message as it was sent.", "Files:", "invoice.pdf"),
}
SENT = re.compile(r"\bsent\b", re.IGNORECASE)


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.export.confirm = lambda route, lines: True
    win.load_sample(Header(to=ALIAS, order_id="113-4567890-1234567", subject="Your invoice"),
                    "<p>Hello,</p><p>your invoice is attached.</p>")
    win.compose.files.add([str(write_pdf(tmp_path / "invoice.pdf"))])
    win.session.save_now()
    win.check_now()
    win.export.export("seller-central")
    qtbot.waitUntil(lambda: not win.export._running, timeout=10_000)
    [copied] = win.store.sent_log()
    for route in ROUTES[1:]:  # the same message by every other route
        win.store.record_sent(replace(copied, id=None, route=route))
    return win


def entries(window) -> dict[str, dict[str, str]]:
    """Per route: the log row's cells and what its opened entry says."""
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    table = dialog.log_table
    found: dict[str, dict[str, str]] = {}
    for row, record in enumerate(dialog.records):
        dialog.show_record(row)
        shown = dialog.shown_message
        labels = [label.text() for label in shown.findChildren(QLabel)]
        found[record.route] = {
            "how": table.item(row, 1).text(), "files": table.item(row, 5).text(),
            "title": shown.windowTitle(), "note": shown.note.text(),
            "files label": shown.files_label, "labels": " | ".join(labels),
            "reader": shown.browser.accessibleName()}
        shown.close()
    dialog.close()
    return found


def test_each_route_says_what_happened_and_a_copy_was_not_sent(window) -> None:
    found = entries(window)
    assert set(found) == set(ROUTES)
    for route, (title, note, files_label, cell) in ENGLISH.items():
        said = found[route]
        assert (said["title"], said["note"], said["files label"], said["files"]) == (
            title, note, files_label, cell), route
    for route in COPIES:
        said = found[route]
        assert not SENT.search(" ".join([said["title"], said["note"], said["labels"],
                                         said["reader"], said["files"]])), said


def test_a_copy_changed_later_says_copied_not_sent(window) -> None:
    window.editor.setPlainText("Changed after copying.")
    window.session.save_now()
    said = entries(window)
    assert said["seller-central"]["note"] == ("Its draft was changed after it was copied: this "
                                             "is how the draft reads now, not exactly what was "
                                             "copied.")
    assert said["smtp"]["note"].startswith("Its draft was changed after it was sent")


def test_ignored_problems_are_not_said_to_be_sent_with_a_copy(window) -> None:
    [copied] = [r for r in window.store.sent_log() if r.route == "seller-central"]
    window.store.record_sent(replace(copied, id=None, ignored=("A link",)))
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    hows = [dialog.log_table.item(row, 1).text() for row in range(len(dialog.records))
            if dialog.records[row].ignored]
    assert hows == ["Copied for Seller Central, with 1 ignored problem"]
    dialog.close()


def test_amazon_s_button_is_named_in_words_not_by_its_id(window) -> None:
    record_button(window.store, "113-4567890-1234567")
    window.export.open_sent_log()
    dialog = window.export.log_dialog
    [row] = [r for r, rec in enumerate(dialog.records) if rec.route == "request-a-review"]
    assert dialog.log_table.item(row, 1).text() == "Recorded: Amazon's Request a Review"
    dialog.show_record(row)
    assert dialog.shown_message.note.text() == (
        "You used Amazon's own Request a Review button for this order. It is recorded so that "
        "no second review request is sent; there is no message to show.")
    dialog.shown_message.close()
    dialog.close()


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_every_route_s_words_are_translated(window, qapp, language: str) -> None:
    english = entries(window)
    loaded = install_translators(qapp, language)
    try:
        said = entries(window)
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        qapp.setProperty(SETTING, "en")
    for route in ROUTES:
        for key in ("how", "title", "note", "files label", "reader"):
            assert said[route][key] != english[route][key], (route, key, said[route][key])
        assert "invoice.pdf" in said[route]["files"]
    for copy in COPIES:  # a copy never reads as the message that was sent
        for key in ("title", "note", "reader"):
            assert said[copy][key] != said["smtp"][key], (copy, key)
        assert said[copy]["files"] != said["smtp"]["files"]
