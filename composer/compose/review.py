"""Review a whole message: its text and its attachments, as they are on disk now.

This is what the live check, the findings panel and (later) the export guard
use, so they can never disagree. Attachments are given as the references a
draft keeps; each is inspected afresh (a cache makes that cheap when nothing
changed) and compared with the hash it had when attached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from composer.attachments.findings import changed_finding
from composer.attachments.inspection import AttachmentInfo, InspectCache, inspect_file
from composer.attachments.refs import AttachmentRef
from composer.compose.engine import check
from composer.compose.state import REFS_KEY
from composer.policy.model import Finding, Message, sort_findings

__all__ = ["REFS_KEY", "Review", "review"]


@dataclass(frozen=True)
class Review:
    """The message as checked (attachments inspected) and everything found in it."""

    message: Message
    findings: list[Finding]
    attachments: tuple[AttachmentInfo, ...] = ()


def review(message: Message, cache: InspectCache | None = None) -> Review:
    """Check ``message``; ``message.extra["attachment_refs"]`` lists its attachments, if any."""
    refs: Sequence[AttachmentRef] | None = message.extra.get(REFS_KEY)
    if refs is None:
        return Review(message, check(message))
    infos = tuple(inspect_file(ref.path, cache) for ref in refs)
    extra = {k: v for k, v in message.extra.items() if k != REFS_KEY}
    extra["attachments"] = list(infos)
    checked = replace(message, extra=extra)
    findings = check(checked)
    for ref, info in zip(refs, infos, strict=True):
        if ref.sha256 and info.readable and info.sha256 and info.sha256 != ref.sha256:
            findings.append(changed_finding(info))
    return Review(checked, sort_findings(findings), infos)
