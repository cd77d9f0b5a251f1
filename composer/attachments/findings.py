"""Turn inspected files into findings: type, damage, size budget, count and privacy.

Findings are the same plain records the text checkers return, with an empty
span (0, 0) and ``attachment`` set to the file's name. A fix on an attachment
finding changes no text: it is a :func:`composer.policy.fixaction.file_fix` with a
:class:`~composer.policy.fixaction.FileAction` (``rename``, ``shrink``, ``convert``,
``strip-metadata``, ``remove``) and the suggested new file name when there is one.
The app routes these to :mod:`composer.attachments.fixes`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from composer.attachments.config import AttachmentPolicy, format_bytes, policy
from composer.attachments.inspection import AttachmentInfo, InspectCache, inspect_file
from composer.message.messagetypes import message_type as lookup_type
from composer.policy.fixaction import FileAction, file_fix
from composer.policy.model import Finding, Fix, Message, Severity
from composer.policy.rulebook import finding as rule_finding


def _finding(
    rule: str,
    message: str,
    attachment: str | None,
    fix: Fix | None = None,
    severity: Severity | None = None,
) -> Finding:
    base = rule_finding(rule, "", 0, 0, message=message, fix=fix, severity=severity)
    return Finding(
        rule=base.rule,
        severity=base.severity,
        start=0,
        end=0,
        excerpt="",
        message=base.message,
        fix=base.fix,
        title=base.title,
        source=base.source,
        attachment=attachment,
    )


def _fix(action: str, info: AttachmentInfo, suggested: str = "") -> Fix:
    label = policy().fix_labels[action].format(name=info.name, suggested=suggested)
    return file_fix(label, FileAction(action), suggested)


def suggested_name(info: AttachmentInfo) -> str:
    """The file's name with the extension its real content calls for (``photo.png``)."""
    ext = policy().kind(info.real_kind).extension or info.extension
    return f"{Path(info.name).stem if info.extension else info.name}{ext}"


def _type_findings(info: AttachmentInfo, rules: AttachmentPolicy) -> list[Finding]:
    """Compare what the file is with what its name says (POLICY.md §6)."""
    kind = rules.kind(info.real_kind)
    claimed = rules.allowed_extensions.get(info.extension)
    values = {"name": info.name, "real": kind.words, "ext": info.extension or "(none)"}
    if info.real_kind == "unknown" and claimed is not None:
        key = "text-binary" if claimed == "text" else "not-what-it-claims"
        claimed_words = rules.kind(claimed).words.removeprefix("a ").removeprefix("an ")
        text = rules.say(key, claimed_words=claimed_words, **values)
        return [_finding("attachment-type", text, info.name, _fix("remove", info))]
    if not kind.allowed:
        key = "disguised" if claimed is not None else "not-allowed"
        text = rules.say(key, advice=kind.advice, **values)
        return [_finding("attachment-type", text, info.name, _fix("remove", info))]
    suggested = suggested_name(info)
    if claimed is None:
        key = "bad-extension" if info.extension else "no-extension"
        text = rules.say(key, suggested=suggested, **values)
        return [_finding("attachment-type", text, info.name, _fix("rename", info, suggested))]
    if claimed != info.real_kind:
        same = rules.kind(claimed).family == kind.family
        key = "mismatch-same-family" if same else "mismatch-other-family"
        text = rules.say(key, suggested=suggested, **values)
        severity: Severity = "warn" if same else "block"
        fix = _fix("rename", info, suggested)
        return [_finding("attachment-type", text, info.name, fix, severity=severity)]
    return []


def file_findings(info: AttachmentInfo) -> list[Finding]:
    """Findings about one file on its own: can it be read, is it allowed, does it leak GPS."""
    rules = policy()
    if not info.readable:
        fix = _fix("remove", info)
        return [_finding("attachment-unreadable", info.problem or "", info.name, fix)]
    found: list[Finding] = []
    if info.problem_key == "pdf-cut-off":
        found.append(
            _finding("attachment-unreadable", info.problem or "", info.name, severity="warn")
        )
    found += _type_findings(info, rules)
    found += concern_findings(info)
    if info.has_gps:
        text = rules.say("location", name=info.name)
        found.append(_finding("attachment-location", text, info.name, _fix("strip-metadata", info)))
    return found


def concern_findings(info: AttachmentInfo) -> list[Finding]:
    """What the file hides or where its link leads, in plain words (see ``hidden.py``).

    A file already refused for its kind gets no second finding about what it hides.
    """
    rules = policy()
    found = []
    refused = not rules.kind(info.real_kind).allowed
    for concern in info.concerns:
        if refused and concern.rule == "attachment-type":
            continue
        values = dict(concern.values)
        hidden = values.pop("hidden_kind", None)
        if hidden is not None:
            values["hidden"] = rules.kind(hidden).words
        text = rules.say(concern.key, name=info.name, real=rules.kind(info.real_kind).words,
                         **values)
        severity: Severity = "block" if concern.severity == "block" else "warn"
        found.append(_finding(concern.rule, text, info.name, _fix("remove", info),
                              severity=severity))
    return found


def _budget_words(size: int, limit: int) -> tuple[str, str]:
    """Show exact bytes when rounding would make 10,000,001 look like the 10 MB limit."""
    total, cap = format_bytes(size), format_bytes(limit)
    if total == cap:
        return f"{size:,} bytes", f"{limit:,} bytes"
    return total, cap


def changed_finding(info: AttachmentInfo) -> Finding:
    """The file on disk is not the one the seller attached: report it rather than send it."""
    text = policy().say("changed", name=info.name)
    return _finding("attachment-unreadable", text, info.name, _fix("remove", info))


def shrink_estimate(info: AttachmentInfo) -> int:
    """About how many bytes "Make smaller" leaves of a picture: its long side at most
    ``max_long_side`` pixels (the bytes fall with the pixels), and no more than
    ``target_bytes``. An estimate for the label; the copy says what it really is."""
    rules = policy()
    long_side = max(info.width or 0, info.height or 0)
    scaled = info.size * min(1.0, (rules.max_long_side / long_side) ** 2) if long_side else \
        info.size
    return int(min(info.size, rules.target_bytes, scaled))


def large_photo_finding(info: AttachmentInfo) -> Finding | None:
    """A note, with "Make smaller", for a photo within the limits that is still large (over
    ``offer_over_bytes`` or ``offer_over_long_side`` pixels) when a copy would be clearly
    smaller."""
    rules = policy()
    if not (info.is_image and info.readable and info.real_kind in rules.offer_kinds):
        return None
    long_side = max(info.width or 0, info.height or 0)
    if info.size <= rules.offer_over_bytes and long_side <= rules.offer_over_long_side:
        return None
    estimate = shrink_estimate(info)
    if estimate > info.size * 0.8:  # not worth a copy
        return None
    size, about = format_bytes(info.size), format_bytes(estimate)
    label = rules.fix_labels["shrink-large"].format(name=info.name, size=size, estimate=about)
    text = rules.say("large-photo", name=info.name, size=size)
    return _finding("attachment-large-photo", text, info.name,
                    file_fix(label, FileAction.SHRINK))


def remaining_budget(infos: Iterable[AttachmentInfo], for_name: str | None = None) -> int:
    """Bytes left for ``for_name`` (or a new file) once the other files are counted.

    Use it as ``max_bytes`` for :func:`composer.attachments.fixes.shrink_image`.
    """
    used = sum(info.size for info in infos if info.name != for_name)
    return max(0, policy().max_total_bytes - used)


def check_attachments(
    items: Sequence[AttachmentInfo | str | os.PathLike[str]],
    message_type: str | None = None,
    cache: InspectCache | None = None,
) -> list[Finding]:
    """Check a message's attachments against Amazon's limits and the message type.

    ``message_type`` None means "type not given": only the general limits apply
    (5 files, 10 MB). Unknown type ids raise ``KeyError``.
    """
    rules = policy()
    infos = [
        item if isinstance(item, AttachmentInfo) else inspect_file(item, cache) for item in items
    ]
    found: list[Finding] = []
    for info in infos:
        found += file_findings(info)

    max_files, min_files, type_label = rules.max_files, 0, ""
    if message_type is not None:
        kind = lookup_type(message_type)
        max_files = min(max_files, kind.attachments_max)
        min_files, type_label = kind.attachments_min, kind.label
    if infos and max_files == 0:  # every file is refused: each one says so on its row
        for info in infos:
            text = rules.say("none-allowed", type_label=type_label, name=info.name)
            item = _finding("attachment-count", text, info.name, _fix("remove", info))
            found.append(replace(item, title=rules.say("none-allowed-title")))
    elif len(infos) > max_files:
        first_extra = infos[max_files]
        limit_words = f"Amazon accepts at most {max_files}"
        if max_files < rules.max_files:
            limit_words += f" for a “{type_label}” message"
        text = rules.say(
            "too-many",
            count=len(infos),
            limit_words=limit_words,
            extra=len(infos) - max_files,
            name=first_extra.name,
        )
        found.append(
            _finding("attachment-count", text, first_extra.name, _fix("remove", first_extra))
        )
    if len(infos) < min_files:
        text = rules.say("required", type_label=type_label, min=min_files)
        found.append(_finding("attachment-required", text, None))

    total = sum(info.size for info in infos)
    offered: AttachmentInfo | None = None  # the file the size finding offers to shrink
    if total > rules.max_total_bytes:
        largest = max(infos, key=lambda info: info.size)
        total_words, limit_words = _budget_words(total, rules.max_total_bytes)
        text = rules.say(
            "total-size",
            total=total_words,
            limit=limit_words,
            largest=largest.name,
            largest_size=format_bytes(largest.size),
        )
        action = "remove"
        if largest.is_image and largest.readable:
            action = "convert" if largest.real_kind in ("bmp", "tiff") else "shrink"
        found.append(_finding("attachment-size", text, largest.name, _fix(action, largest)))
        offered = largest
    for info in infos:
        note = large_photo_finding(info) if info is not offered else None
        if note is not None:
            found.append(note)
    return found


def check_message(message: Message) -> list[Finding]:
    """An engine checker: reads ``message.extra["attachments"]`` (paths or infos).

    When the key is absent the caller isn't tracking attachments (e.g. the CLI
    checking text only), so nothing is reported, not even a missing invoice.
    """
    items = message.extra.get("attachments")
    if items is None:
        return []
    return check_attachments(list(items), message.message_type)


CHECKERS = (check_message,)
