"""Every kind of finding card fits the panel at 1024×700 and 1280×800: nothing is cut.

One message with attachments gives real findings of most rules (attachment, wrong-language,
header, one ignored block, a card with several reasons); a card is added for each rule the
message cannot give at once, so every rule id of the rule book is on screen. The geometry of
each card's labels and buttons is then checked against the panel's visible width.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from composer.compose.cards import cards_of
from composer.message.header import Header
from composer.policy.model import Fix
from composer.policy.rulebook import finding, rulebook
from tests.attachment_factory import (
    gps_exif,
    noisy_picture,
    picture,
    write_exe,
    write_image,
    write_pdf,
)
from tests.uihelpers import make_window

SIZES = [(1024, 700), (1280, 800)]
BIG_PHOTO = "Foto_Schaden.jpg"
HTML = (
    "<p align='center'>Hello Sarah &#128512;, visit www.oakfield-shop.com or mail "
    "tom@oak-mail.com or call +44 7700 900123.</p>"
    "<p>Leave us a 5-star review and we will refund you, use code SAVE10 on your next order "
    "from our shop, {buyer_name}.</p>"
    "<p><span style='font-family:Comic Sans MS; color:#cc0000'>Thnak you for youre order."
    "</span></p>"
    "<p><img src='http://example.com/logo.gif' width='2000'></p>"
    "<p>Unsubscribe here. You might also like our new collection.</p>"
    "<p>Or write to sales@oakfield-mail.com instead.</p>"
)
# What the message above must give for real (the rest of the rule book is added).
REAL = {"attachment-count", "attachment-size", "attachment-type", "attachment-location",
        "wrong-language", "important-subject", "missing-order-id", "link", "email-address",
        "emoji", "review-incentive", "unfilled-placeholder", "font-override", "spelling"}


def settle(window, size: tuple[int, int]) -> None:
    window.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    assert (window.width(), window.height()) == size


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "data")
    window.load_sample(Header(to="k7x2mq9dfl4wz8p@marketplace.amazon.de",
                              order_date=date(2026, 1, 2), message_type="warranty",
                              buyer_language="de", subject="[Important] Your order"), HTML)
    files = [write_image(tmp_path / BIG_PHOTO, noisy_picture((4000, 3000)), quality=100),
             write_exe(tmp_path / "manual.pdf"),
             write_image(tmp_path / "gps.jpg", picture(), exif=gps_exif()),
             *(write_pdf(tmp_path / f"invoice-{n}.pdf") for n in range(3))]
    with qtbot.waitSignal(window.compose.checker.checked, timeout=20_000):
        window.compose.files.add([str(path) for path in files])
    qtbot.waitUntil(lambda: "attachment-size" in rules_shown(window), timeout=20_000)
    window.check_now()
    # One block ignored through "This is not an e-mail address…".
    panel = window.findings_panel
    panel.confirm_ignore = lambda *_: True
    alone = next(c for c in panel.cards
                 if [f.excerpt for f in c.card.findings] == ["sales@oakfield-mail.com"])
    assert alone.ignore_button is not None
    qtbot.mouseClick(alone.ignore_button, Qt.MouseButton.LeftButton)
    panel.release()
    window.check_now()
    assert panel.ignored_row.isVisibleTo(window)
    real = rules_shown(window)
    assert real >= REAL, REAL - real
    assert any(len(set(c.card.rules)) >= 3 for c in panel.cards)  # a card with many reasons
    # A card for every rule the message could not give at the same time.
    findings, summary, ignored, _cards = panel._last
    text = window.editor.toPlainText()
    extra = [finding(rule_id, text, 0, 0,
                     fix=Fix(f"Rewrite the sentence about {rule.title.lower()} for me", 0, 0))
             for rule_id, rule in rulebook().rules.items() if rule_id not in real]
    everything = [*findings, *extra]
    panel.show_findings(everything, summary, ignored, cards_of(everything, text))
    assert rules_shown(window) == set(rulebook().rules)
    return window


def rules_shown(window) -> set[str]:
    return {f.rule for c in window.findings_panel.cards for f in c.card.findings}


def parts(card: QWidget) -> list[QWidget]:
    found = [*card.findChildren(QLabel), *card.findChildren(QPushButton)]
    return [w for w in found if w.isVisibleTo(card)]


def cut_parts(window) -> list[str]:
    """Each label or button of a card that sticks out of the panel or is cut short."""
    panel = window.findings_panel
    view = panel.scroll.viewport()
    cut: list[str] = []
    for card in panel.cards:
        name = card.finding.rule
        for part in parts(card):
            words = part.text()[:40]
            left = part.mapTo(view, QPoint(0, 0)).x()
            if left < 0 or left + part.width() > view.width():
                cut.append(f"{name}: '{words}' runs past the panel ({left}+{part.width()})")
            if isinstance(part, QLabel) and part.wordWrap() \
                    and part.heightForWidth(part.width()) > part.height():
                cut.append(f"{name}: '{words}' is cut at the bottom")
            if isinstance(part, QLabel) and not part.wordWrap() \
                    and part.sizeHint().width() > part.width():
                cut.append(f"{name}: '{words}' is cut at the right")
            if isinstance(part, QPushButton) and part.sizeHint().width() > part.width() \
                    and getattr(part, "elided", True) and part.text() not in part.toolTip():
                cut.append(f"{name}: button '{words}' is cut without a tooltip")
            if isinstance(part, QPushButton) and part.hasHeightForWidth() \
                    and part.heightForWidth(part.width()) > part.height():
                cut.append(f"{name}: button '{words}' is cut at the bottom")
    return cut


@pytest.mark.parametrize("size", SIZES)
def test_every_finding_card_fits_the_panel(window, size) -> None:
    settle(window, size)
    panel = window.findings_panel
    assert panel.scroll.horizontalScrollBar().maximum() == 0  # never scrolls sideways
    assert not panel.scroll.horizontalScrollBar().isVisible()
    assert panel.list_host.width() <= panel.scroll.viewport().width()
    assert cut_parts(window) == []
    # No empty gap above the first card, nor between cards.
    spacing = panel.cards_layout.spacing()
    assert panel.cards[0].y() == panel.cards_layout.contentsMargins().top()
    for above, below in zip(panel.cards, panel.cards[1:], strict=False):
        assert below.y() - (above.y() + above.height()) == spacing


def test_a_long_fix_label_wraps_and_is_never_cut_without_a_tooltip(window) -> None:
    settle(window, SIZES[0])
    card = next(c for c in window.findings_panel.cards if c.finding.rule == "attachment-size")
    button = card.fix_button
    assert button is not None and BIG_PHOTO in button.text()
    assert button.sizeHint().width() > button.width()  # one line has no room for it here
    shown = button.shown_text()
    assert shown.count("\n") == 1 and not button.elided  # two lines, the whole label
    assert shown.replace("\n", " ") == button.text()
    assert button.height() >= button.heightForWidth(button.width())
    button.resize(120, button.height())  # narrower still: the end is elided, said in full
    assert button.elided and button.shown_text().endswith("…")
    assert button.text() in button.toolTip()
    settle(window, (1600, 900))
    assert not button.elided and button.shown_text() == button.text()


def test_long_words_get_invisible_break_points() -> None:
    from composer.ui.cardparts import BREAK, breakable

    address = "https://www.oakfield-furniture-shop.example.com/warranty/registration"
    shown = breakable(f"Visit {address} today")
    assert shown.replace(BREAK, "") == f"Visit {address} today"
    assert max(len(piece) for piece in shown.replace(BREAK, " ").split()) <= 20
    assert breakable("Sie haben 2,002 Zeichen") == "Sie haben 2,002 Zeichen"
