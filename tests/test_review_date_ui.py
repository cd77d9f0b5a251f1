"""A review request without a delivery date asks for it; its fix goes to Delivered."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from composer.appdata.settings import Settings
from composer.message.header import Header
from composer.store import open_store
from composer.ui.composecontroller import ComposeController
from composer.ui.editor import ComposerEdit
from composer.ui.headerform import HeaderForm

TEXT = ("Your order 113-4567890-1234567 was delivered recently. If you have a moment, "
        "could you leave a review of the lamp on Amazon?")


@pytest.fixture
def compose(qtbot, tmp_path):
    editor, header = ComposerEdit(), HeaderForm()
    qtbot.addWidget(editor)
    qtbot.addWidget(header)
    store = open_store(tmp_path)
    draft = store.create_draft(Header(to="k2x9@marketplace.amazon.com",
                                      order_id="113-4567890-1234567",
                                      message_type="otherProactive"), "", "")
    controller = ComposeController(editor, header, Settings(tmp_path), store, tmp_path,
                                   lambda: draft.id)
    controller.load(draft)
    yield controller
    controller.shutdown()
    store.close()


def test_the_delivery_date_hint_focuses_delivered_and_goes_once_it_is_set(compose,
                                                                         monkeypatch) -> None:
    compose.editor.setPlainText(TEXT)
    compose.check_now()
    [hint] = [f for f in compose.last.findings if f.rule == "review-date"]
    assert hint.fix is not None and hint.fix.label == "Enter the delivery date"
    asked: list[str] = []
    real = compose.header.focus_field
    monkeypatch.setattr(compose.header, "focus_field",
                        lambda key: asked.append(key) or real(key))
    compose.apply_fix(hint)
    assert asked == ["delivery_date"]
    assert compose.editor.toPlainText() == TEXT
    compose.header.delivery_date.setDate(date.today() - timedelta(days=8))
    compose.check_now()
    assert "review-date" not in {f.rule for f in compose.last.findings}
