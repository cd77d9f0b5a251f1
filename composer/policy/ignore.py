""""Ignore here": hide one occurrence of a finding without switching its rule off.

An occurrence is named by its rule, its words and which occurrence of the same words it
is (the first "parcle", the second), never by where it sits: an ignore survives any edit
elsewhere in the message, even right next to the words, but not a change to the words
themselves (which deserve a fresh look). A finding about the whole message (a wrong
language, a missing order ID) points at the first line only to be seen; its words are
not what it is about, so its key leaves them out (``ignoring.json``: "whole_message").

A blocking finding is never set aside with one click: a placeholder, a count or a
format can't be ignored at all, and anything else needs the seller to state "This is
not a link" after reading what it risks (:func:`ignore_way`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from composer.appdata.resources import load_json
from composer.policy.model import Finding

_SEP = "\x1f"
_KEY_PARTS = 5  # rule, file, field, words, occurrence
_OLD_KEY_PARTS = 6  # rule, file, words, text before, text after, occurrence (kept drafts)


def _words_of(item: Finding) -> str:
    if item.rule in _ignoring()["whole_message"]:
        return ""
    return " ".join(item.excerpt.split()).casefold()


def occurrence_keys(findings: Iterable[Finding], text: str = "") -> list[str]:
    """One stable key per finding, in the same order (``text`` is not read: the key holds
    no place in it)."""
    keys: list[str] = []
    seen: Counter[str] = Counter()
    for item in findings:
        base = _SEP.join((item.rule, item.attachment or "", item.field, _words_of(item)))
        keys.append(f"{base}{_SEP}{seen[base]}")
        seen[base] += 1
    return keys


def current_keys(ignored: Iterable[str]) -> set[str]:
    """``ignored`` with the keys an earlier version wrote (with the text around the
    words) read as keys of today (a draft keeps its ignores)."""
    keys: set[str] = set()
    whole = _ignoring()["whole_message"]
    for key in ignored:
        parts = key.split(_SEP)
        if len(parts) == _OLD_KEY_PARTS:
            rule, attachment, words = parts[0], parts[1], parts[2]
            words = "" if rule in whole else " ".join(words.split())
            key = _SEP.join((rule, attachment, "", words, parts[-1]))
        keys.add(key)
    return keys


def _ignored_flags(findings: list[Finding], ignored: Iterable[str]) -> list[bool]:
    keys = current_keys(ignored)
    return [key in keys for key in occurrence_keys(findings)]


def without_ignored(findings: list[Finding], text: str,
                    ignored: set[str]) -> tuple[list[Finding], int]:
    """The findings still to show, and how many were ignored here."""
    if not ignored:
        return findings, 0
    shown = [f for f, gone in zip(findings, _ignored_flags(findings, ignored), strict=True)
             if not gone]
    return shown, len(findings) - len(shown)


def key_of(finding: Finding, findings: list[Finding], text: str = "") -> str:
    """The key of one finding from a check's full list."""
    for item, key in zip(findings, occurrence_keys(findings), strict=True):
        if item == finding:
            return key
    raise ValueError("finding is not in the list")


# ---------------------------------------------------------------- setting a block aside

@dataclass(frozen=True)
class IgnoreWay:
    """How a finding may be set aside.

    ``kind`` is "click" (a warning or a note: "Ignore here"), "confirm" (a blocking
    finding: the seller states "This is not {noun}" after reading ``risk``) or "never"
    (``reason`` says what to do instead).
    """

    kind: Literal["click", "confirm", "never"]
    noun: str = ""
    risk: str = ""
    reason: str = ""
    entry: str = ""  # where noun and risk are in ignoring.json ("not_a.link", "default")


@cache
def _ignoring() -> dict[str, Any]:
    return dict(load_json("policy", "ignoring.json"))


def ignore_way(finding: Finding) -> IgnoreWay:
    """What "ignore" means for this finding (``resources/policy/ignoring.json``)."""
    if finding.severity != "block":
        return IgnoreWay("click")
    data = _ignoring()
    reason = data["never"].get(finding.rule)
    if reason is not None:
        return IgnoreWay("never", reason=reason)
    entry = f"not_a.{finding.rule}" if finding.rule in data["not_a"] else "default"
    words = data["not_a"].get(finding.rule, data["default"])
    return IgnoreWay("confirm", noun=words["noun"], risk=words["risk"], entry=entry)


def not_a_label(findings: Iterable[Finding]) -> str:
    """"This is not a link or marketing…" for the blocking findings that can be confirmed."""
    nouns = list(dict.fromkeys(way.noun for way in map(ignore_way, findings)
                               if way.kind == "confirm"))
    if not nouns:
        return ""
    joined = nouns[0] if len(nouns) == 1 else ", ".join(nouns[:-1]) + " or " + nouns[-1]
    return f"This is not {joined}…"


def ignored_findings(findings: list[Finding], text: str,
                     ignored: Iterable[str]) -> list[Finding]:
    """The findings the seller set aside here (the badge and the sent log name the blocks)."""
    if not ignored:
        return []
    return [f for f, gone in zip(findings, _ignored_flags(findings, ignored), strict=True)
            if gone]
