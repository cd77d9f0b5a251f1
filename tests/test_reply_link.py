"""A reply written as a new draft can be linked to the buyer's waiting message (same order)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from composer.inbox.importing import import_files
from composer.message.header import Header
from tests.uihelpers import make_window

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")
CORPUS = Path(__file__).parent / "data" / "inbox"


def test_only_one_waiting_message_of_the_order_is_offered(tmp_path) -> None:
    from composer.store import open_store
    from composer.store.inboxstore import waiting_for_order

    store = open_store(tmp_path)
    import_files(store, [CORPUS / "en-com-text.eml"], tmp_path)
    [item] = store.inbox_list()
    assert waiting_for_order([item], item.order_id) == item
    assert waiting_for_order([item], f" {item.order_id} ") == item
    assert waiting_for_order([item], "") is None
    assert waiting_for_order([item], "113-0000000-0000000") is None
    assert waiting_for_order([replace(item, state="answered")], item.order_id) is None
    assert waiting_for_order([item, replace(item, id=item.id + 1)], item.order_id) is None
    store.close()


@pytest.fixture
def window(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path / "data")
    import_files(win.store, [CORPUS / "en-com-text.eml"], win.data_dir)
    return win


def test_a_new_reply_to_the_same_order_is_offered_the_link_and_it_can_be_undone(window):
    [item] = window.store.inbox_list()
    window.session.new(Header(to=item.relay, order_id=item.order_id, message_type="reply"))
    link = window.inbox.link.button
    assert not link.isHidden()
    assert link.text().startswith("Link to the buyer's message from")
    assert link.focusPolicy() & link.focusPolicy().TabFocus  # keyboard reachable
    assert window.compose.thread is None
    link.click()
    assert window.compose.thread is not None
    assert window.compose.thread.buyer_message_id == item.id
    assert window.compose.thread.message_id
    draft = window.store.get_draft(window.session.current.id)
    assert draft.extra["reply_to"]["buyer_message_id"] == item.id
    assert window.store.reply_draft_for(item.id) == draft.id
    assert window.header.value().buyer_message_at is not None  # the 24-hour clock starts
    # The same button undoes it.
    assert not link.isHidden() and "Undo" in link.text()
    link.click()
    assert window.compose.thread is None
    assert "reply_to" not in window.store.get_draft(window.session.current.id).extra
    assert window.header.value().buyer_message_at is None
    assert link.text().startswith("Link to the buyer's message from")


def test_no_link_offered_for_another_order_or_a_linked_reply(window):
    [item] = window.store.inbox_list()
    window.session.new(Header(to=item.relay, order_id="113-0000000-0000000",
                              message_type="reply"))
    assert window.inbox.link.button.isHidden()
    window.inbox.reply(item.id)  # Reply links it already
    assert window.inbox.link.button.isHidden()
