"""Drafts in the window: autosave, switching, restoring, the drafts panel and templates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from composer.message.header import Header
from composer.store import InstanceLock, open_store
from composer.ui.draftsession import AUTOSAVE_MS
from composer.ui.draftspanel import ID_ROLE
from tests.uihelpers import make_window


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path / "data")


def stored_text(window, draft_id: int | None = None) -> str:
    draft_id = draft_id or window.session.current.id
    return window.store.get_draft(draft_id).body_text


def list_ids(window) -> list[int]:
    items = [window.drafts_panel.list.item(i) for i in range(window.drafts_panel.list.count())]
    return [int(item.data(ID_ROLE)) for item in items if item.data(ID_ROLE) is not None]


def test_typing_is_saved_within_two_seconds_without_asking(window, qtbot) -> None:
    assert AUTOSAVE_MS < 2000
    qtbot.keyClicks(window.editor, "Your table ships on Friday.")
    assert stored_text(window) == ""  # not yet: the seller is still typing
    qtbot.waitUntil(lambda: stored_text(window) == "Your table ships on Friday.", timeout=2000)


def test_header_changes_are_saved_too(window, qtbot) -> None:
    qtbot.keyClicks(window.header.subject, "Delivery booking")
    qtbot.waitUntil(
        lambda: window.store.get_draft(window.session.current.id).header.subject ==
        "Delivery booking", timeout=2000)


def test_switching_drafts_saves_at_once(window, qtbot) -> None:
    first = window.session.current.id
    qtbot.keyClicks(window.editor, "first draft text")
    window.draft_actions.new_draft()
    assert stored_text(window, first) == "first draft text"
    qtbot.keyClicks(window.editor, "second")
    window.session.open(first)
    assert window.editor.toPlainText() == "first draft text"
    assert window.windowTitle().startswith("first draft text")


def test_closing_saves_and_the_next_start_reopens_the_draft_with_its_cursor(qtbot,
                                                                              tmp_path) -> None:
    data = tmp_path / "data"
    window = make_window(qtbot, data)
    window.header.subject.setText("Customisation")
    qtbot.keyClicks(window.editor, "Which name should we engrave?")
    cursor = window.editor.textCursor()
    cursor.setPosition(6)
    window.editor.setTextCursor(cursor)
    draft_id = window.session.current.id
    window.close()
    window.store.close()
    again = make_window(qtbot, data)
    assert again.session.current.id == draft_id
    assert again.editor.toPlainText() == "Which name should we engrave?"
    assert again.header.subject.text() == "Customisation"
    assert again.editor.textCursor().position() == 6


def test_new_duplicate_rename_delete_and_undo(window, qtbot, monkeypatch) -> None:
    qtbot.keyClicks(window.editor, "Original text")
    original = window.session.current.id
    qtbot.mouseClick(window.drafts_panel.duplicate_button, Qt.MouseButton.LeftButton)
    copy = window.session.current.id
    assert copy != original and window.editor.toPlainText() == "Original text"
    assert window.store.get_draft(copy).display_title == "Original text (copy)"

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Engraving question", True))
    window.draft_actions.rename_draft(copy)
    assert window.store.get_draft(copy).display_title == "Engraving question"
    item = window.drafts_panel.list.currentItem()
    assert item.text() == "Engraving question"

    window.drafts_panel.list.setFocus()
    qtbot.keyClick(window.drafts_panel.list, Qt.Key.Key_Delete)
    assert copy not in list_ids(window)
    assert window.store.get_draft(copy).in_trash
    assert window.drafts_panel.undo_strip.isVisibleTo(window)
    qtbot.mouseClick(window.drafts_panel.undo_button, Qt.MouseButton.LeftButton)
    assert copy in list_ids(window) and not window.store.get_draft(copy).in_trash
    assert window.session.current.id == copy


def test_trash_lists_deleted_drafts_and_restores_them(window, qtbot) -> None:
    qtbot.keyClicks(window.editor, "to be deleted")
    doomed = window.session.current.id
    window.draft_actions.delete_draft(doomed)
    window.drafts_panel.trash.setChecked(True)
    assert list_ids(window) == [doomed]
    window.drafts_panel.list.setCurrentRow(0)
    qtbot.mouseClick(window.drafts_panel.restore_button, Qt.MouseButton.LeftButton)
    assert not window.drafts_panel.trash.isChecked()
    assert window.session.current.id == doomed
    assert window.editor.toPlainText() == "to be deleted"


def test_search_filters_the_list(window, qtbot) -> None:
    qtbot.keyClicks(window.editor, "About your oak table")
    window.draft_actions.new_draft()
    qtbot.keyClicks(window.editor, "About the lamp")
    window.session.save_now()
    qtbot.keyClicks(window.drafts_panel.search, "OAK")
    assert len(list_ids(window)) == 1
    window.drafts_panel.search.clear()
    assert len(list_ids(window)) == 2


def test_keyboard_moves_through_drafts(window, qtbot) -> None:
    qtbot.keyClicks(window.editor, "older")
    window.draft_actions.new_draft()
    qtbot.keyClicks(window.editor, "newer")
    window.session.save_now()
    panel = window.drafts_panel.list
    panel.setFocus()
    panel.setCurrentRow(0)
    qtbot.keyClick(panel, Qt.Key.Key_Down)
    assert window.editor.toPlainText() == "older"
    qtbot.keyClick(panel, Qt.Key.Key_Up)
    assert window.editor.toPlainText() == "newer"


def test_the_verdict_badge_is_kept_with_the_draft(window, qtbot) -> None:
    window.editor.setPlainText("Email me at tom@oakfield-mail.com")
    window.check_now()
    assert window.store.get_draft(window.session.current.id).verdict == "blocked"
    window.editor.setPlainText("Your table left our workshop today.")
    window.check_now()
    assert window.store.get_draft(window.session.current.id).verdict == "ready"


def test_ignores_and_attachments_are_kept_with_the_draft(window, qtbot, tmp_path) -> None:
    pdf = tmp_path / "warranty.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    window.editor.setPlainText("Write to a@oakfield-mail.com or b@oakfield-mail.com")
    window.check_now()
    window.compose.ignore(window.findings_panel.cards[0].finding, confirmed=True)
    window.compose.files.add([str(pdf)])
    window.session.save_now()
    draft = window.store.get_draft(window.session.current.id)
    assert len(draft.ignored) == 1
    assert [a.name for a in draft.attachments] == ["warranty.pdf"]
    other = window.session.current.id
    window.draft_actions.new_draft()
    window.session.open(other)
    assert window.compose.ignored == draft.ignored
    assert [r.path.name for r in window.compose.files.refs] == ["warranty.pdf"]


def test_a_template_opens_as_a_new_draft_in_the_buyers_language(window, qtbot) -> None:
    from composer.message.templates import get_template
    from composer.ui.templatepicker import TemplatePicker

    window.settings.set("business_name", "Oakfield Furniture")
    window.header.set_value(Header(order_id="113-4567890-1234567", buyer_language="de",
                                   message_type="reply"))
    picker = TemplatePicker(window.store, "de", window)
    qtbot.addWidget(picker)
    first = picker.tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
    assert first.language == "de"  # the buyer's language comes first
    window.draft_actions.use_template(get_template("delivery-problem.de"))
    text = window.editor.toPlainText()
    assert "113-4567890-1234567" in text
    assert window.header.value().buyer_language == "de"
    assert window.header.value().message_type == "unexpectedProblem"
    window.check_now()
    rules = {c.finding.rule for c in window.findings_panel.cards}
    assert "unfilled-placeholder" in rules  # the product and new date are still to fill in


def test_a_seller_can_save_and_reuse_their_own_template(window, qtbot, monkeypatch) -> None:
    window.header.subject.setText("Your engraving")
    window.editor.setHtml("<p>Hello, which <b>name</b> for order {order_id}?</p>")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Engraving ask", True))
    window.draft_actions.save_as_template()
    saved = window.store.list_templates()
    assert [t.name for t in saved] == ["Engraving ask"]
    window.header.order_id.setText("113-4567890-1234567")
    window.draft_actions.use_template(saved[0])
    assert "order 113-4567890-1234567" in window.editor.toPlainText()
    assert "<b>" in window.session.current.body_html or "<strong>" in \
        window.session.current.body_html


def test_a_second_copy_on_the_same_folder_is_told_and_stops(qtbot, tmp_path, monkeypatch) -> None:
    from composer.ui import app as app_module

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    data = tmp_path / "data"
    data.mkdir()
    holder = InstanceLock(data)
    assert holder.acquire()
    try:
        assert app_module.run_app(str(data)) == 1
    finally:
        holder.release()
    assert shown and "already open" in shown[0]
    assert not (data / "drafts.sqlite3").exists()  # nothing was touched


def test_the_drafts_command_shows_what_was_typed(window, qtbot) -> None:
    import json
    import subprocess
    import sys

    window.header.subject.setText("Delay notice")
    qtbot.keyClicks(window.editor, "Sorry, a short delay.")
    window.session.save_now()
    result = subprocess.run([sys.executable, "-m", "composer", "--data-dir",
                             str(window.data_dir), "drafts", "list", "--json"],
                            capture_output=True, text=True, timeout=60, check=True)
    rows = json.loads(result.stdout)
    assert rows[0]["title"] == "Delay notice"
    shown = subprocess.run([sys.executable, "-m", "composer", "--data-dir",
                            str(window.data_dir), "drafts", "show", str(rows[0]["id"]), "--json"],
                           capture_output=True, text=True, timeout=60, check=True)
    data = json.loads(shown.stdout)
    assert data["text"] == "Sorry, a short delay." and data["subject"] == "Delay notice"
    assert data["html"] == "<p>Sorry, a short delay.</p>"
    open_store(window.data_dir).close()


def test_an_untouched_empty_draft_is_not_kept_when_leaving_it(window, qtbot) -> None:
    qtbot.keyClicks(window.editor, "a real message")
    kept = window.session.current.id
    window.draft_actions.new_draft()
    empty = window.session.current.id
    window.session.open(kept)
    assert not window.store.has_draft(empty)
    assert list_ids(window) == [kept]


def test_a_reopened_draft_gets_no_styling_findings_from_the_editors_own_font(window, qtbot) -> None:
    qtbot.keyClicks(window.editor, "Your table left our workshop today.")
    first = window.session.current.id
    window.draft_actions.new_draft()
    qtbot.keyClicks(window.editor, "another")
    window.session.open(first)
    window.check_now()
    rules = {c.finding.rule for c in window.findings_panel.cards}
    assert not rules & {"font-override", "font-sizes"}, rules
    assert window.findings_panel.tone == "ok"


def test_switching_drafts_during_a_long_paste_keeps_all_of_it(window, qtbot) -> None:
    from PySide6.QtCore import QMimeData

    line = "Line of a very long pasted delivery note.\n"
    text = line * (300_000 // len(line))
    mime = QMimeData()
    mime.setText(text)
    pasted_into = window.session.current.id
    window.editor.insertFromMimeData(mime)
    assert window.editor.pasting
    window.draft_actions.new_draft()  # before the paste has finished coming in
    assert stored_text(window, pasted_into) == text
    assert window.editor.toPlainText() == "" and not window.editor.isReadOnly()


def test_a_seller_can_edit_and_delete_their_own_template(window, qtbot, monkeypatch) -> None:
    from composer.ui.templatepicker import TemplateEditor, TemplatePicker

    record = window.store.create_template("Engraving", "Which name for {order_id}?",
                                          subject="Engraving", language="en")
    picker = TemplatePicker(window.store, "en", window)
    qtbot.addWidget(picker)
    assert picker.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == record
    editor = TemplateEditor(record, picker)
    editor.name.setText("Engraving name")
    editor.body.setPlainText("Which name should we engrave for order {order_id}?")
    window.store.save_template(editor.edited())
    saved = window.store.list_templates()[0]
    assert (saved.name, saved.body) == ("Engraving name",
                                        "Which name should we engrave for order {order_id}?")
    picker.fill()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    picker._delete()
    assert window.store.list_templates() == []


def test_a_new_draft_starts_from_the_defaults_not_the_last_drafts_kind(window) -> None:
    fresh = window.header.value()
    window.header.set_value(Header(message_type="unexpectedProblem", buyer_language="de",
                                   order_id="302-1234567-1234567"))
    window.draft_actions.new_draft()
    header = window.header.value()
    assert (header.message_type, header.buyer_language) == (Header().message_type,
                                                            Header().buyer_language)
    assert (header.message_type, header.buyer_language) == (fresh.message_type,
                                                            fresh.buyer_language)
    assert header.order_id == ""
    window.header.set_value(Header(message_type="unexpectedProblem", buyer_language="de"))
    window.draft_actions.open_text("Hello", html=False)
    assert window.header.value().message_type == Header().message_type


def test_a_new_drafts_language_follows_the_buyers_marketplace_until_chosen(window,
                                                                          qtbot) -> None:
    window.draft_actions.new_draft()
    to = window.header.to
    to.setFocus()
    qtbot.keyClicks(to, "k7x2mq9dfl4wz8p@marketplace.amazon.de")
    to.editingFinished.emit()
    assert window.header.value().buyer_language == "de"
    window.draft_actions.new_draft()
    window.header.language.setCurrentIndex(window.header.language.findData("fr"))
    window.header.language.activated.emit(window.header.language.currentIndex())
    qtbot.keyClicks(to, "k7x2mq9dfl4wz8p@marketplace.amazon.de")
    to.editingFinished.emit()
    assert window.header.value().buyer_language == "fr"  # the seller's choice stays
