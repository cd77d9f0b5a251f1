"""One answer to "can this be sent?", in the words every view shows.

The findings panel's badge, the drafts list's status, the export bar, the export
guard's refusal and the command line's exit code all come from :func:`summarise`.
The words themselves are data (``resources/policy/summary.json``, and per language in
``resources/locale/<lang>/policy/summary.json``); the caller passes the seller's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from composer.l10n.catalog import Catalog
from composer.message.header import Problem
from composer.policy.model import Finding

State = Literal["empty", "blocked", "warnings", "ready"]
Tone = Literal["idle", "block", "warn", "ok"]
TONES: Mapping[str, Tone] = {"empty": "idle", "blocked": "block", "warnings": "warn",
                             "ready": "ok"}


WORDS = "policy/summary.json"
# Header fields only this app reads (Amazon never sees them): their blocking problem is
# named in the reason ("reason_<field>" in the words), not "Amazon would not deliver".
LOCAL_FIELDS = ("buyer_message_at",)


class _Words:
    """The verdict's words in one language, with that language's plural forms."""

    def __init__(self, language: str) -> None:
        self.catalog = Catalog(language)

    def __getitem__(self, key: str) -> str:
        return self.catalog.text(WORDS, key)

    def plural(self, n: int, word: str) -> str:
        return self.catalog.plural(WORDS, f"{word}_one", f"{word}_many", n).format(n=n)

    def title(self, finding: Finding) -> str:
        return self.catalog.say(_title(finding))


@dataclass(frozen=True)
class Summary:
    """The verdict on one message: what the badge says and what stops it being sent."""

    state: State
    badge: str
    blocks: int = 0  # blocking findings in the text and the files
    warnings: int = 0
    infos: int = 0
    header_blocks: int = 0  # header fields that stop sending
    reason: str | None = None  # why it cannot be sent (None: it can)
    first_block: str = ""  # the title of the first blocking finding, if any
    empty: bool = False  # no words yet
    ignored_blocks: int = 0  # blocking findings the seller set aside ("This is not …")

    @property
    def tone(self) -> Tone:
        return TONES[self.state]

    @property
    def sendable(self) -> bool:
        return self.reason is None

    @property
    def stored(self) -> str | None:
        """The drafts list's status: "blocked", "warnings", "ready", or None while empty."""
        return None if self.state == "empty" else self.state


def _title(finding: Finding) -> str:
    return finding.title or finding.message.split(".")[0]


def summarise(findings: Iterable[Finding], header_problems: Mapping[str, Problem] | None = None,
              *, empty: bool = False, ignored_blocks: int = 0,
              language: str = "en") -> Summary:
    """The verdict on ``findings`` (ignored ones already left out) and the header's problems.

    ``empty`` is a message with no words yet: nothing to send, whatever else is found
    (a file's warning is still counted and shown, but never makes it "Can be sent").
    ``ignored_blocks`` counts blocking findings the seller set aside: the message can be
    sent, but the badge keeps saying so ("Would be sent with 1 ignored problem").
    ``language`` is the seller's (the app's) language for the badge and the reason; the
    state and the counts never depend on it.
    """
    items = list(findings)
    blocks = [f for f in items if f.severity == "block"]
    warnings = sum(f.severity == "warn" for f in items)
    infos = sum(f.severity == "info" for f in items)
    blocking_fields = [key for key, p in (header_problems or {}).items() if p.blocking]
    header_blocks = len(blocking_fields)
    words = _Words(language)
    counts = dict(blocks=len(blocks), warnings=warnings, infos=infos,
                  header_blocks=header_blocks, empty=empty, ignored_blocks=ignored_blocks)
    reason = None
    if blocks:
        more = len(blocks) - 1 + header_blocks
        tail = words["more"].format(problems=words.plural(more, "problem")) if more else ""
        reason = words["reason_blocks"].format(title=words.title(blocks[0]), more=tail)
    elif header_blocks and all(key in LOCAL_FIELDS for key in blocking_fields):
        reason = words[f"reason_{blocking_fields[0]}"]
    elif header_blocks:
        reason = words["reason_header"]
    first = words.title(blocks[0]) if blocks else ""
    if empty:  # nothing to send, whatever the files or the header hold: never "Can be sent"
        return Summary("empty", words["badge_empty"], reason=words["reason_empty"],
                       first_block=first, **counts)
    if header_blocks and not blocks:
        badge = words["badge_header"].format(fields=words.plural(header_blocks, "field"))
        return Summary("blocked", badge, reason=reason, first_block=first, **counts)
    if blocks:
        parts = [words.plural(len(blocks), "blocks")]
        if warnings:
            parts.append(words.plural(warnings, "warning"))
        return Summary("blocked", "✖ " + " · ".join(parts), reason=reason, first_block=first,
                       **counts)
    if ignored_blocks:
        badge = words["badge_ignored"].format(ignored=words.plural(ignored_blocks, "ignored"))
        if warnings:
            badge += " · " + words.plural(warnings, "warning")
        return Summary("warnings", badge, **counts)
    if warnings:
        badge = words["badge_warnings"].format(warnings=words.plural(warnings, "warning"))
        return Summary("warnings", badge, **counts)
    return Summary("ready", words["badge_ready"], **counts)


def confirm_heading(summary: Summary | None, language: str = "en") -> str:
    """The "Check first" box's first line, counting the warnings as the badge does.

    The box lists one line per kind of warning (naming each sentence it is about), and adds
    what concerns the route alone; counting its lines said "2 things" beside a badge's "3
    warnings". The number now comes from the same verdict as the badge.
    """
    words = _Words(language)
    if summary is None or not summary.warnings:
        return words["confirm_other"]
    return words["confirm_warnings"].format(warnings=words.plural(summary.warnings, "warning"))
