"""Every placeholder fix says exactly what its click does (issue 15, item 5).

A value the header holds is put in and named; an empty field is typed into; a field
whose value cannot be used is corrected; a buyer's name is asked for, never by
selecting the To field, which holds the buyer's address.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from composer.l10n.catalog import Catalog
from composer.policy.content import check_order_id
from composer.policy.fixaction import AskText, GoToField, OpenSettings, ReplaceText, action_of
from composer.policy.model import Message
from composer.policy.placeholders import check_placeholders
from tests.uihelpers import make_window

ORDER_ID = "113-4567890-1234567"


def fix_of(text: str, **header) -> tuple[str, object]:
    [finding] = list(check_placeholders(Message(text=text, **header)))
    assert finding.fix is not None
    return finding.fix.label, action_of(finding)


def test_a_set_order_id_is_put_in_and_named() -> None:
    label, action = fix_of("Your order {order_id} is on its way.", order_id=ORDER_ID)
    assert label == f"Put in the order ID: {ORDER_ID}"
    assert action == ReplaceText(11, 21, ORDER_ID)


def test_an_empty_or_broken_order_id_says_where_the_click_goes() -> None:
    label, action = fix_of("Your order {order_id} is on its way.")
    assert label == "Type the order ID in the header"
    assert action == GoToField("order_id")
    label, _ = fix_of("Your order {order_id} is on its way.", order_id="113-45")
    assert label == "Correct the order ID in the header"


def test_a_set_delivery_date_is_put_in_the_buyers_way() -> None:
    text = "Wir liefern am {delivery_date}."
    label, action = fix_of(text, buyer_language="de",
                           extra={"delivery_date": date(2026, 11, 20)})
    assert label == "Put in the delivery date: 20. November 2026"
    assert isinstance(action, ReplaceText) and action.replacement == "20. November 2026"
    label, action = fix_of(text, buyer_language="de")
    assert label == "Type the delivery date in the header"
    assert action == GoToField("delivery_date")


def test_a_buyers_name_is_asked_for_never_the_to_field() -> None:
    for placeholder in ("{buyer_name}", "[Buyer Name]", "{{customer_name}}"):
        text = f"Hello {placeholder}, thank you."
        label, action = fix_of(text)
        assert label == "Type the buyer's name…"
        assert action == AskText("buyer_name", 6, 6 + len(placeholder))


def test_the_business_name_is_set_in_settings_or_put_in() -> None:
    label, action = fix_of("Kind regards, {seller_name}")
    assert (label, action) == ("Set your business name in Settings",
                               OpenSettings("business_name"))
    label, _ = fix_of("Kind regards, {seller_name}", business_name="Lamp Shop")
    assert label == "Put in the business name: Lamp Shop"


def test_no_label_says_fill_in_when_the_value_is_known() -> None:
    message = Message(text="Hello, we sent your lamp.", message_type="unexpectedProblem",
                      order_id="113-45")
    [finding] = [f for f in check_order_id(message)]
    assert finding.fix is not None and finding.fix.label == "Correct the order ID in the header"


@pytest.mark.parametrize("label", [
    f"Put in the order ID: {ORDER_ID}", "Type the order ID in the header",
    "Correct the delivery date in the header", "Type the buyer's name…",
    "Set your business name in Settings"])
def test_new_labels_are_said_in_each_language(label: str) -> None:
    for language in ("de", "fr", "es", "it"):
        said = Catalog(language).say(label)
        assert said != label
        if ORDER_ID in label:
            assert ORDER_ID in said


def test_the_buyer_name_fix_asks_and_keeps_the_address(qtbot, tmp_path, monkeypatch) -> None:
    from composer.ui import askwords

    window = make_window(qtbot, tmp_path / "data")
    window.header.to.setText("abc123@marketplace.amazon.de")
    window.editor.setPlainText("Hello {buyer_name}, your lamp is on its way.")
    window.check_now()
    qtbot.waitUntil(lambda: any(c.card.findings[0].rule == "unfilled-placeholder"
                                for c in window.findings_panel.cards), timeout=10_000)
    card = next(c for c in window.findings_panel.cards
                if c.card.findings[0].rule == "unfilled-placeholder")
    button = card.fix_buttons[0]
    assert button.text() == "Type the buyer's name…"
    asked: list[str] = []

    def answer(parent, title, prompt, *args):
        asked.append(prompt)
        return "  Jane  ", True

    monkeypatch.setattr(askwords.QInputDialog, "getText", answer)
    button.click()
    assert asked and "Buyer's name" in asked[0]
    assert window.editor.toPlainText() == "Hello Jane, your lamp is on its way."
    assert window.header.to.text() == "abc123@marketplace.amazon.de"
    assert QApplication.focusWidget() is not window.header.to
    assert not window.header.to.hasSelectedText()
    window.editor.undo()
    assert window.editor.toPlainText() == "Hello {buyer_name}, your lamp is on its way."


def test_a_date_only_the_seller_knows_is_asked_for_not_taken_from_delivered() -> None:
    for key, label_wanted in (("new_date", "Type the new delivery date…"),
                              ("proposed_date", "Type the delivery day you propose…")):
        text = f"It will arrive on {{{key}}}."
        label, action = fix_of(text, extra={"delivery_date": date(2026, 11, 20)})
        assert label == label_wanted
        assert action == AskText(key, 18, 18 + len(key) + 2)
