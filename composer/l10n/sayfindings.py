"""Findings in the seller's language: the same records, with their words said again.

The rule, severity, span, excerpt and fix action stay as the checker made them; only
the title, message, source and fix label change. ``check --json`` never calls this.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from composer.l10n.catalog import Catalog
from composer.policy.model import Finding


def localise(finding: Finding, catalog: Catalog) -> Finding:
    """``finding`` with its words in ``catalog``'s language (English where none is known)."""
    if catalog.language == "en":
        return finding
    fix = finding.fix
    if fix is not None and fix.label:
        fix = replace(fix, label=catalog.say(fix.label))
    more = tuple(replace(item, label=catalog.say(item.label)) for item in finding.more_fixes)
    return replace(finding, title=catalog.say(finding.title),
                   message=catalog.say(finding.message),
                   source=catalog.say(finding.source), fix=fix, more_fixes=more)


def localise_all(findings: Iterable[Finding], catalog: Catalog) -> list[Finding]:
    return [localise(finding, catalog) for finding in findings]
