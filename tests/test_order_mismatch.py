"""A message that names another order than the header's must not go out as ready.

Found in a walkthrough: a template filled from an open reply kept that reply's order in its
text; the seller typed another order ID in the header and the badge said "Ready to send".
"""

from __future__ import annotations

import pytest

from composer.compose.engine import check
from composer.policy import Message

HEADER = "028-5512093-7731145"
OTHER = "302-4829173-5510342"


def found(text: str, order_id: str = HEADER, message_type: str | None = "otherProactive"):
    return [f for f in check(Message(text=text, order_id=order_id, message_type=message_type,
                                     buyer_language="de"))
            if f.rule == "order-id-mismatch"]


@pytest.mark.parametrize("message_type", ["otherProactive", "reply", "unexpectedProblem"])
def test_another_orders_id_in_the_text_blocks(message_type: str) -> None:
    text = f"Guten Tag Lena,\n\nIhre Bestellung {OTHER} wurde vor Kurzem zugestellt."
    [finding] = found(text, message_type=message_type)
    assert finding.severity == "block"
    assert text[finding.start:finding.end] == OTHER
    assert OTHER in finding.message and HEADER in finding.message
    assert finding.fix is not None and finding.fix.replacement == HEADER
    assert (finding.fix.start, finding.fix.end) == (finding.start, finding.end)


def test_the_headers_order_named_too_is_fine() -> None:
    assert found(f"Your orders {OTHER} and {HEADER} left today together.") == []


@pytest.mark.parametrize("order_id", ["", "028-55120", "not an id"])
def test_without_a_whole_order_id_in_the_header_nothing_is_compared(order_id: str) -> None:
    assert found(f"Your order {OTHER} left today.", order_id=order_id) == []


def test_dashes_of_another_kind_are_the_same_order() -> None:
    assert found("Your order 028–5512093–7731145 left today.") == []


def test_the_finding_is_said_in_german() -> None:
    from composer.l10n.catalog import Catalog
    from composer.l10n.sayfindings import localise

    [finding] = found(f"Ihre Bestellung {OTHER} wurde zugestellt.")
    german = localise(finding, Catalog("de"))
    assert "Bestellnummer im Kopf ist 028-5512093-7731145" in german.message
    assert german.title == "Bestellnummer einer anderen Bestellung"
    assert german.fix is not None and german.fix.label.startswith("Bestellnummer")


# ---- the subject names another order (fourth walkthrough) -----------------------------------
def subject_found(subject: str, order_id: str = HEADER, text: str = "Hello, your parcel left."):
    return [f for f in check(Message(text=text, subject=subject, order_id=order_id,
                                     message_type="otherProactive", buyer_language="de"))
            if f.rule == "order-id-mismatch"]


def test_another_orders_id_in_the_subject_blocks_and_its_fix_puts_in_the_header_id() -> None:
    from composer.policy.fixaction import ReplaceInField, action_of

    subject = f"Ihre Bestellung {OTHER}"
    [finding] = subject_found(subject)
    assert finding.severity == "block" and finding.field == "subject"
    assert subject[finding.start:finding.end] == OTHER
    assert OTHER in finding.message and HEADER in finding.message
    assert action_of(finding) == ReplaceInField("subject", finding.start, finding.end, HEADER)
    assert finding.fix is not None and finding.fix.label == f"Put in the order ID: {HEADER}"


def test_the_subject_naming_the_headers_order_is_fine() -> None:
    assert subject_found(f"Ihre Bestellung {HEADER}") == []
    assert subject_found(f"Ihre Bestellung {OTHER}", order_id="") == []


def test_the_subject_finding_is_said_in_german() -> None:
    from composer.l10n.catalog import Catalog
    from composer.l10n.sayfindings import localise

    [finding] = subject_found(f"Ihre Bestellung {OTHER}")
    german = localise(finding, Catalog("de"))
    assert "Bestellnummer im Kopf ist 028-5512093-7731145" in german.message
    assert german.fix is not None and german.fix.label.startswith("Bestellnummer")


def test_in_the_window_the_fix_corrects_the_subject(qtbot, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    window.header.order_id.setText(HEADER)
    window.header.subject.setText(f"Ihre Bestellung {OTHER} 📦")
    window.editor.setPlainText(f"Guten Tag, Ihre Bestellung {HEADER} ist unterwegs.")
    window.check_now()
    card = next(c for c in window.findings_panel.cards if c.card.first.rule == "order-id-mismatch")
    assert window.compose.summary.state == "blocked"
    qtbot.mouseClick(card.fix_button, Qt.MouseButton.LeftButton,
                     pos=card.fix_button.rect().center())
    assert window.header.subject.text() == f"Ihre Bestellung {HEADER} 📦"
    window.check_now()
    assert not any(f.rule == "order-id-mismatch" for f in window.compose.last.findings)
    window.header.subject.undo()
    assert window.header.subject.text() == f"Ihre Bestellung {OTHER} 📦"


# ---- Product filled in for the earlier order -------------------------------------------------
def test_a_product_filled_for_another_order_is_a_field_warning() -> None:
    from composer.message.header import check_product, product_filled_extra, product_filled_from

    filled = product_filled_from(product_filled_extra(OTHER, "Brass desk lamp"))
    assert filled == (OTHER, "Brass desk lamp")
    assert check_product("Brass desk lamp", OTHER, filled) is None
    problem = check_product("Brass desk lamp", HEADER, filled)
    assert problem is not None and not problem.blocking and OTHER in problem.text
    assert check_product("Oak side table", HEADER, filled) is None  # the seller changed it
    assert check_product("Brass desk lamp", "028-55", filled) is None  # still typing
    assert "Bestellung" in check_product("Brass desk lamp", HEADER, filled, "de").text
    assert product_filled_extra("", "Brass desk lamp") == {}


def test_in_the_window_changing_the_order_warns_on_the_templates_product(qtbot, tmp_path) -> None:
    from composer.message.templates import get_template
    from tests.uihelpers import make_window

    window = make_window(qtbot, tmp_path / "data")
    window.header.order_id.setText(OTHER)
    window.header.product_name.setText("Brass desk lamp")
    window.draft_actions.use_template(get_template("delivery-problem.de"))
    message = window.header.messages["product_name"]
    assert message.full_text == ""
    window.header.order_id.setText(HEADER)
    assert f"Filled in for order {OTHER}" in message.full_text
    window.header.product_name.setText("Oak side table")
    assert message.full_text == ""
    window.header.product_name.setText("Brass desk lamp")
    window.session.save_now()
    reopened = window.store.get_draft(window.session.current.id)
    window.compose.load(reopened)
    assert f"Filled in for order {OTHER}" in window.header.messages["product_name"].full_text
