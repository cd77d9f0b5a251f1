"""Fixes are dispatched by type: every kind a checker makes reads back as one typed action."""

from __future__ import annotations

from composer.policy.fixaction import (
    ClearFormat,
    FileAction,
    FixFile,
    FormatKind,
    GoToField,
    OpenSettings,
    ReplaceText,
    action_of,
    field_fix,
    file_fix,
    format_fix,
)
from composer.policy.model import Finding, Fix


def on(fix: Fix | None, attachment: str | None = None) -> Finding:
    return Finding("rule", "warn", 0, 4, "text", "Why.", fix=fix, attachment=attachment)


def test_each_kind_of_fix_has_its_record() -> None:
    assert action_of(on(Fix("Remove", 1, 3, "x"))) == ReplaceText(1, 3, "x")
    assert action_of(on(format_fix("Clear", 0, 4, FormatKind.FONT))) == ClearFormat(
        FormatKind.FONT)
    assert action_of(on(file_fix("Rename", FileAction.RENAME, "a.png"), "a.jpg")) == FixFile(
        FileAction.RENAME, "a.jpg", "a.png")
    assert action_of(on(field_fix("Fill in", "order_id"))) == GoToField("order_id")
    assert action_of(on(field_fix("Change", "business_name"))) == OpenSettings("business_name")
    assert action_of(on(None)) is None


def test_the_json_form_is_unchanged() -> None:
    """``check --json`` prints ``field``: scripts read it, so the typed fixes keep its form."""
    assert format_fix("Clear", 0, 4, FormatKind.SIZE).to_dict()["field"] == "format:size"
    assert file_fix("Shrink", FileAction.SHRINK).to_dict()["field"] == "attachment:shrink"


def test_an_unknown_kind_is_no_action_not_an_error() -> None:
    assert action_of(on(Fix("?", 0, 0, field="format:sparkle"))) is None


def test_the_checkers_fixes_all_read_back() -> None:
    from composer.compose.engine import check
    from composer.policy.model import Element, Message

    text = "Visit https://shop.example now, call +1 415 555 0100 🙂 from Oakfield."
    message = Message(text=text, elements=(Element("font", 0, 5, (("face", "Comic Sans"),)),),
                      business_name="Oakfield Furniture", message_type="reply")
    fixes = [f for f in check(message) if f.fix is not None]
    assert fixes, "the message should offer fixes"
    assert all(action_of(f) is not None for f in fixes)
