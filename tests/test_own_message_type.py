"""A message the seller starts that fits none of Amazon's types (the review request).

It used to take the current type, usually "Reply to a buyer's message", and a reply escapes
the rules for messages a seller starts (30-day window, order ID, no bare thank-you).
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from composer.appdata.resources import resource_path
from composer.message.messagetypes import OTHER_PROACTIVE, message_type
from composer.message.templates import get_template
from tests.uihelpers import make_window

ORDER_ID = "302-4417289-6651923"


def test_the_type_is_a_message_the_seller_starts() -> None:
    kind = message_type(OTHER_PROACTIVE)
    assert OTHER_PROACTIVE == "otherProactive"
    assert kind.proactive and kind.text_limit == 2000 and not kind.order_critical
    assert kind.attachments_min == 0 and kind.attachments_max == 5
    assert "no Amazon type" in kind.label


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_its_label_and_purpose_are_translated(language: str) -> None:
    path = resource_path("locale", language, "policy", "message_types.json")
    texts = json.loads(path.read_text(encoding="utf-8"))
    assert texts["types.otherProactive.label"] and texts["types.otherProactive.purpose"]


def test_the_command_line_accepts_the_type(tmp_path) -> None:
    from composer.cli import main

    message = tmp_path / "m.txt"
    message.write_text(f"Hello, your order {ORDER_ID} was delivered. We hope all is well "
                       "and the lamp works.", encoding="utf-8")
    assert main(["check", "--type", OTHER_PROACTIVE, str(message)]) in (0, 1)


@pytest.fixture
def window(qtbot, tmp_path):
    return make_window(qtbot, tmp_path / "data")


def test_a_template_with_no_type_opens_as_a_message_you_start(window, qtbot) -> None:
    template = get_template("review-request.en")
    assert template.message_type is None
    window.draft_actions.use_template(template)
    header = window.header
    assert header.value().message_type == OTHER_PROACTIVE
    assert "no Amazon type" in header.message_type.currentText()
    delivered = (window.compose.quota.today() - timedelta(days=2)).isoformat()
    for field, text in ((header.order_id, ORDER_ID), (header.delivery_date.edit, delivered)):
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        field.clear()
        qtbot.keyClicks(field, text)
        field.editingFinished.emit()
    window.editor.setFocus(Qt.FocusReason.MouseFocusReason)
    window.compose.check_now()
    rules = {f.rule for f in window.compose.last.findings}
    assert "review-window" in rules
