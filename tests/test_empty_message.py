"""An empty message has nothing to send (fourth walkthrough).

An empty reply with a photo that carries a GPS location showed "⚠ Can be sent · 1
warning" and, under the export buttons, "Note: None". An empty message now says there is
nothing to send yet, the export buttons are off with that reason in their tooltips, and no
"None" is ever formatted into what the seller reads.
"""

from __future__ import annotations

from composer.compose.summary import summarise
from composer.policy.model import Finding
from tests.attachment_factory import gps_exif, picture, write_image
from tests.uihelpers import make_window

WARNING = Finding("attachment-location", "warn", 0, 0, "", "The photo holds a location.",
                  attachment="parcel.jpg")


def test_an_empty_message_with_a_warning_is_not_sendable() -> None:
    summary = summarise([WARNING], empty=True)
    assert summary.state == "empty" and not summary.sendable
    assert summary.reason and "None" not in summary.reason
    assert "Can be sent" not in summary.badge and "nothing to send" in summary.badge.lower()
    assert summary.warnings == 1  # still counted, and its card still shown


def test_the_badge_says_so_in_every_language() -> None:
    for language in ("de", "fr", "es", "it"):
        english = summarise([], empty=True)
        said = summarise([WARNING], empty=True, language=language)
        assert said.badge != english.badge and said.state == "empty", language
        assert said.reason and said.reason != english.reason, language


def test_the_export_bar_never_says_none(qtbot) -> None:
    from composer.ui.exportbar import ExportBar

    bar = ExportBar()
    qtbot.addWidget(bar)
    bar.show_state(None, dict.fromkeys(bar.actions_by_route, None))
    assert "None" not in bar.reason.text()
    assert all("None" not in a.toolTip() for a in bar.actions_by_route.values())


def test_an_empty_reply_with_a_photo_has_nothing_to_send(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path / "data")
    window.header.message_type.setCurrentIndex(window.header.message_type.findData("reply"))
    window.editor.setPlainText("")
    photo = write_image(tmp_path / "parcel.jpg", picture((300, 200)), exif=gps_exif())
    window.compose.files.add([str(photo)])
    qtbot.waitUntil(lambda: bool(window.compose.files.refs), timeout=10_000)
    window.check_now()
    panel, bar = window.findings_panel, window.export.bar
    assert any(c.card.first.rule == "attachment-location" for c in panel.cards)
    assert "Can be sent" not in panel.badge.text()
    assert "nothing to send" in panel.badge.text().lower()
    assert not any(a.isEnabled() for a in bar.actions_by_route.values())
    assert all("Write the message first" in a.toolTip() for a in bar.actions_by_route.values())
    shown = [bar.reason.text(), panel.badge.text(), window.status.currentMessage(),
             *(c.findChild(type(panel.badge)).text() for c in panel.cards)]
    assert not any("None" in words for words in shown)


def test_the_export_guard_sends_nothing_empty() -> None:
    from composer.export.guard import ExportContent, guard
    from composer.message.header import Header

    decision = guard(ExportContent(Header(to="k2x9@marketplace.amazon.com"), "<p></p>", ""))
    assert not decision.ok and not decision.allows("clipboard")
    assert decision.reason("clipboard").startswith("Write the message first")
