"""What a fix does, as typed records: the one place a :class:`Fix` is read for dispatch.

A :class:`~composer.policy.model.Fix` keeps its ``field`` string because that is its
JSON form (``seller-composer check --json`` prints it, and scripts read it). Nothing
else reads that string: checkers make fixes with the constructors below, and the app
asks :func:`action_of` what a fix does and dispatches on the record's type.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from composer.policy.model import Finding, Fix

_FORMAT = "format:"
_FILE = "attachment:"
_TEMPLATE = "template"
ASK_FIELD = "ask:"  # the app asks the seller for the words (a buyer's name) and puts them in
MARK_FIELD = "mark"  # the app highlights the words for the seller to rewrite, changing none
READ_FIELD = "reread"  # the seller has read again the sentence a fix changed: nothing changes
_REPLACE_IN = "replace:"  # the app replaces words in a header field ("replace:subject")
SETTINGS_FIELDS = frozenset({"business_name"})  # fixed in Settings, not in the header


class FormatKind(str, Enum):
    """A format the styling rules ask to clear (the editor does it, as one undo step)."""

    ALIGNMENT = "alignment"
    FONT = "font"
    SIZE = "size"


class FileAction(str, Enum):
    """What can be done to an attachment (``composer.attachments.fixes`` makes the copy)."""

    RENAME = "rename"
    SHRINK = "shrink"
    CONVERT = "convert"
    STRIP_METADATA = "strip-metadata"
    REMOVE = "remove"
    UNDO = "undo"  # put back the file as attached before a fix (no finding offers it)


@dataclass(frozen=True)
class ReplaceText:
    """Replace ``text[start:end]`` with ``replacement`` (Python string offsets)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class ClearFormat:
    """Clear one kind of format on the finding's words."""

    kind: FormatKind


@dataclass(frozen=True)
class FixFile:
    """Make a fixed copy of the finding's attachment (or remove it)."""

    action: FileAction
    name: str  # the attachment's file name, as the finding has it
    suggested: str = ""  # the new name a rename suggests


@dataclass(frozen=True)
class GoToField:
    """Move the seller to a header field (a date, the order ID, the language…)."""

    field: str


@dataclass(frozen=True)
class AskText:
    """Ask the seller for words (``what``: "buyer_name") and put them at ``start:end``."""

    what: str
    start: int
    end: int


@dataclass(frozen=True)
class MarkText:
    """Highlight ``text[start:end]`` for the seller to rewrite; no word changes."""

    start: int
    end: int


@dataclass(frozen=True)
class ConfirmRead:
    """The seller read again the sentence a removal left (``start``–``end``): it reads right."""

    start: int
    end: int


@dataclass(frozen=True)
class ReplaceInField:
    """Replace ``value[start:end]`` of a header field (the subject) with ``replacement``."""

    field: str
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class OpenSettings:
    """The value lives in Settings (the business name)."""

    setting: str


@dataclass(frozen=True)
class UseTemplate:
    """Start a new draft from a built-in template ("": let the seller choose one)."""

    template_id: str


FixAction = (ReplaceText | ClearFormat | FixFile | GoToField | OpenSettings | UseTemplate
             | AskText | MarkText | ReplaceInField | ConfirmRead)


def action_of(finding: Finding) -> FixAction | None:
    """What the finding's fix does, or None when it has none (or one this app cannot do)."""
    fix = finding.fix
    if fix is None:
        return None
    field = fix.field
    if field is None:
        return ReplaceText(fix.start, fix.end, fix.replacement)
    try:
        if field.startswith(_FORMAT):
            return ClearFormat(FormatKind(field[len(_FORMAT):]))
        if field.startswith(_FILE):
            return FixFile(FileAction(field[len(_FILE):]), finding.attachment or "",
                           fix.replacement)
    except ValueError:
        return None
    if field.startswith(ASK_FIELD):
        return AskText(field[len(ASK_FIELD):], fix.start, fix.end)
    if field == MARK_FIELD:
        return MarkText(fix.start, fix.end)
    if field == READ_FIELD:
        return ConfirmRead(fix.start, fix.end)
    if field.startswith(_REPLACE_IN):
        return ReplaceInField(field[len(_REPLACE_IN):], fix.start, fix.end, fix.replacement)
    if field in SETTINGS_FIELDS:
        return OpenSettings(field)
    if field == _TEMPLATE:
        return UseTemplate(fix.replacement)
    return GoToField(field)


def format_fix(label: str, start: int, end: int, kind: FormatKind) -> Fix:
    return Fix(label, start, end, field=_FORMAT + kind.value)


def file_fix(label: str, action: FileAction, suggested: str = "") -> Fix:
    return Fix(label, 0, 0, replacement=suggested, field=_FILE + action.value)


def template_fix(label: str, template_id: str = "") -> Fix:
    """A new draft from the template ``template_id``; with none, the template picker."""
    return Fix(label, 0, 0, replacement=template_id, field=_TEMPLATE)


def field_fix(label: str, field: str) -> Fix:
    return Fix(label, 0, 0, field=field)


def mark_fix(label: str, start: int, end: int) -> Fix:
    """Highlight ``text[start:end]`` for the seller to rewrite (when deleting is unsure)."""
    return Fix(label, start, end, field=MARK_FIELD)


def spans_text(fix: Fix) -> bool:
    """True when the fix's start and end are places in the text (they move with it)."""
    return fix.field is None or fix.field == MARK_FIELD or fix.field.startswith(ASK_FIELD)


def field_replace_fix(label: str, field: str, start: int, end: int, replacement: str) -> Fix:
    """Replace ``start``–``end`` of the header field ``field`` (the subject's words)."""
    return Fix(label, start, end, replacement, field=_REPLACE_IN + field)
