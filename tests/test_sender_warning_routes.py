"""The "sent from another address" warning concerns e-mail only: it is confirmed for Open in
email app, Save as .eml and Send, never for a copy, and it is a note by the export bar,
not a tint over the message."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.export.guard import EMAIL_ROUTES, ExportContent, guard
from composer.inbox.importing import import_files
from composer.message.header import Header
from composer.policy.inboxrules import DELIVERED_TO_KEY, FROM_KEY
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"
REGISTERED = "orders@brightlamp.example"  # where Amazon's notification went
OTHER = "someone@else.example"
RULE = "other-sender-address"
COPIES = ("seller-central", "rich-text")


def content() -> ExportContent:
    return ExportContent(Header(to="k7x2m9q4r8tw3vz+A1B2C3D4E5F6G7@marketplace.amazon.com",
                                message_type="reply", subject="Re: Your question"),
                         "<p>Yes, it works with 230 V.</p>", "Yes, it works with 230 V.",
                         facts={DELIVERED_TO_KEY: REGISTERED, FROM_KEY: OTHER})


def test_the_guard_asks_about_the_sender_only_for_the_email_routes() -> None:
    decision = guard(content())
    assert all(f.rule != RULE for f in decision.warnings)  # not a warning of the text
    assert decision.summary is not None and decision.summary.stored == "ready"
    for route in COPIES:
        assert not any(OTHER in line for line in decision.to_confirm(route)), route
    for route in EMAIL_ROUTES:
        assert any(OTHER in line and REGISTERED in line
                   for line in decision.to_confirm(route)), route


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    win.settings.set("from_address", OTHER)
    import_files(win.store, [CORPUS / "en-com-text.eml"], win.data_dir)
    win.inbox.reply(1)
    qtbot.keyClicks(win.editor, "Yes, it works with 230 V.")
    win.check_now()
    win.asked = []
    win.export.confirm = lambda route, lines: win.asked.append((route, lines)) or True
    return win


def test_no_tint_and_no_card_only_a_note_by_the_export_bar(window) -> None:
    assert window.compose.last is not None
    assert any(f.rule == RULE for f in window.compose.last.findings)  # the check sees it
    assert not [m for m in window.compose.underlines.marks if m.finding.rule == RULE]
    assert not [s for s in window.editor.extraSelections()
                if s.format.background().color().alpha()
                and s.cursor.selectedText() == "Yes, it works with 230 V."]
    assert window.compose.summary is not None and window.compose.summary.stored == "ready"
    assert not [card for card in window.findings_panel.cards
                if card.finding.rule == RULE]
    note = window.export.bar.reason
    assert note.isVisible() if window.isVisible() else not note.isHidden()
    assert OTHER in note.text() and REGISTERED in note.text()
    assert all(action.isEnabled() for action in window.export.bar.actions_by_route.values())


def export(qtbot, window, route: str) -> None:
    window.export.export(route)
    qtbot.waitUntil(lambda: not window.export._running, timeout=10_000)


def test_copy_for_seller_central_asks_nothing_about_the_sender(window, qtbot,
                                                                tmp_path) -> None:
    export(qtbot, window, "seller-central")
    assert not [lines for _route, lines in window.asked if any(OTHER in x for x in lines)]
    assert [r.route for r in window.store.sent_log()] == ["seller-central"]
    target = tmp_path / "reply.eml"
    window.export.ask_save_path = lambda _name: str(target)
    export(qtbot, window, "eml-file")
    [(route, lines)] = window.asked
    assert route == "eml-file" and any(OTHER in x and REGISTERED in x for x in lines)
    assert target.exists()
