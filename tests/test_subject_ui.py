"""A finding about the subject line sends the seller to the Subject field, not the text."""

from __future__ import annotations

import pytest

from composer.appdata.settings import Settings
from composer.message.header import Header
from composer.store import open_store
from composer.ui.composecontroller import ComposeController
from composer.ui.editor import ComposerEdit
from composer.ui.headerform import HeaderForm

ALIAS = "k2x9@marketplace.amazon.com"


@pytest.fixture
def compose(qtbot, tmp_path):
    editor, header = ComposerEdit(), HeaderForm()
    qtbot.addWidget(editor)
    qtbot.addWidget(header)
    store = open_store(tmp_path)
    draft = store.create_draft(Header(to=ALIAS, order_id="113-4567890-1234567"), "", "")
    controller = ComposeController(editor, header, Settings(tmp_path), store, tmp_path,
                                   lambda: draft.id)
    controller.load(draft)
    yield controller
    controller.shutdown()
    store.close()


def test_a_subject_finding_focuses_the_subject_field(compose, monkeypatch) -> None:
    text = "Your parcel needs a signature on Tuesday."
    compose.editor.setPlainText(text)
    compose.header.subject.setText("Your order {order_id}")
    compose.check_now()
    [item] = [f for f in compose.last.findings if f.field == "subject"]
    assert item.rule == "unfilled-placeholder" and item.severity == "block"
    asked: list[str] = []
    monkeypatch.setattr(compose.header, "focus_field", lambda key: asked.append(key) or True)
    compose.apply_fix(item)
    compose.select(item)  # clicking the card goes there too, and selects no body text
    assert asked == ["subject", "subject"]
    assert compose.editor.toPlainText() == text
    assert not compose.editor.textCursor().hasSelection()
