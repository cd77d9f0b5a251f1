"""The wrong-language warning offers a template in the buyer's language first (issue 15, 7).

Then "Change the buyer's language". A type with one template in that language names it;
a type with several opens the template picker; a type with none keeps the language fix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from composer.compose.cards import single
from composer.l10n.catalog import Catalog
from composer.l10n.sayfindings import localise
from composer.message.header import Header
from composer.policy.fixaction import GoToField, UseTemplate, action_of
from composer.policy.model import Message
from composer.spelling.speller import check_wrong_language
from tests.uihelpers import make_window

ENGLISH = ("Hello Anna, we need to agree a delivery day for your wardrobe with the carrier. "
           "Please tell us which day suits you best.")


def offered(message_type: str | None, buyer: str = "de") -> list[object]:
    found = list(check_wrong_language(Message(text=ENGLISH, buyer_language=buyer,
                                              message_type=message_type)))
    assert [f.rule for f in found] == ["wrong-language"]
    return [action_of(item) for item in single(found[0]).fixes()]


def test_the_buyers_template_comes_first_then_the_language() -> None:
    assert offered("confirmDeliveryDetails") == [UseTemplate("delivery-scheduling.de"),
                                                 GoToField("language")]
    assert offered("invoice", "fr") == [UseTemplate("invoice.fr"), GoToField("language")]


def test_several_templates_of_the_type_open_the_picker() -> None:
    assert offered("reply") == [UseTemplate(""), GoToField("language")]


def test_without_a_template_of_the_type_only_the_language_is_offered() -> None:
    assert offered("legalDisclosure") == [GoToField("language")]
    assert offered(None) == [GoToField("language")]


def test_the_labels_name_the_template_in_every_language() -> None:
    finding = next(check_wrong_language(Message(text=ENGLISH, buyer_language="de",
                                                message_type="confirmDeliveryDetails")))
    labels = [f.fix.label for f in single(finding).fixes()]
    assert labels == ["Use the German template “Liefertermin vereinbaren”",
                      "Change the buyer's language"]
    said = [f.fix.label for f in single(localise(finding, Catalog("de"))).fixes()]
    assert said == ["Vorlage auf Deutsch verwenden: „Liefertermin vereinbaren“",
                    "Sprache des Käufers ändern"]
    assert finding.to_dict()["more_fixes"][0]["field"] == "language"
    assert finding.to_dict()["fix"] == {"label": labels[0], "start": 0, "end": 0,
                                        "replacement": "delivery-scheduling.de",
                                        "field": "template"}


def wrong_language_card(window):
    window.check_now()
    return next(c for c in window.findings_panel.cards if c.finding.rule == "wrong-language")


def test_in_the_window_the_template_button_starts_a_german_draft(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(buyer_language="de", message_type="confirmDeliveryDetails",
                              order_id="302-1184420-5531287", subject="Delivery day"),
                       f"<p>{ENGLISH}</p>")
    written = window.session.current.id
    card = wrong_language_card(window)
    assert [b.text() for b in card.fix_buttons] == [
        "Use the German template “Liefertermin vereinbaren”", "Change the buyer's language"]
    qtbot.mouseClick(card.fix_buttons[0], Qt.MouseButton.LeftButton)
    assert window.session.current.id != written  # a new draft; the written one is kept
    header = window.header.value()
    assert (header.buyer_language, header.message_type, header.order_id) == (
        "de", "confirmDeliveryDetails", "302-1184420-5531287")
    assert window.editor.toPlainText().startswith("Guten Tag")
    assert window.header.subject.text() != "Delivery day"  # the template's subject
    assert written in [draft.id for draft in window.session.store.list_drafts()]


def test_in_the_window_the_second_button_goes_to_the_language(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(buyer_language="de", message_type="reply", subject="Hi"),
                       f"<p>{ENGLISH}</p>")
    card = wrong_language_card(window)
    picked: list[bool] = []
    window.draft_actions.new_from_template = lambda: picked.append(True)
    qtbot.mouseClick(card.fix_buttons[0], Qt.MouseButton.LeftButton)
    assert picked == [True]  # several German replies: the picker opens
    window.findings_panel.release()
    card = wrong_language_card(window)
    qtbot.mouseClick(card.fix_buttons[1], Qt.MouseButton.LeftButton)
    assert window.header.language.hasFocus()
