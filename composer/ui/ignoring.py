"""Which findings the seller may set aside here, and what they are told about the others.

The compose controller owns the ignored keys; this reads the keys of the findings asked
for. A blocking finding is set aside only when ``confirmed`` ("This is not a link"), and
never a placeholder, a count or a format (:func:`composer.policy.ignore.ignore_way`).
Its words keep the controller's translation context, so the translations stay found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from composer.ui.translations import say

if TYPE_CHECKING:
    from collections.abc import Sequence

    from composer.compose.review import Review
    from composer.policy.model import Finding


def ignore_keys(findings: Sequence[Finding], last: Review,
                confirmed: bool) -> tuple[list[str], list[str]]:
    """The keys of ``findings`` that may be set aside after the check ``last``, and what
    to tell the seller about each one that may not be, in order."""
    from composer.policy.ignore import ignore_way, key_of

    keys: list[str] = []
    refused: list[str] = []
    for finding in findings:
        way = ignore_way(finding)
        if way.kind == "never" or (way.kind == "confirm" and not confirmed):
            refused.append(say(way.reason) or QCoreApplication.translate(
                "ComposeController",
                "A blocking problem is ignored only through “This is not …” on its card."))
            continue
        try:
            keys.append(key_of(finding, last.findings, last.message.text))
        except ValueError:
            continue
    return keys, refused
