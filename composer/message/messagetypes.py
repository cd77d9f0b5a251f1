"""The message types Amazon's messaging API knows, read from ``resources/policy``."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from composer.appdata.resources import load_json

REPLY = "reply"
# A message the seller starts that fits none of Amazon's types (a review request): it keeps
# every rule for messages a seller starts, where "reply" would escape them (docs/decisions.md).
OTHER_PROACTIVE = "otherProactive"


class MessageType(NamedTuple):
    """One kind of message, with its limits (POLICY.md §2).

    Named tuples here, not dataclasses: the Type list is in the first frame, where a frozen
    dataclass costs about 0.6 ms to create (docs/decisions.md, Start-up).
    """

    id: str
    label: str
    purpose: str
    text_limit: int | None  # None: no limit; 0: no body allowed
    attachments_min: int
    attachments_max: int
    proactive: bool
    limit_is_warning: bool = False
    order_critical: bool = False  # delivered even to a buyer who opted out (POLICY.md §8)


@cache
def message_types() -> tuple[MessageType, ...]:
    """All message types, in the order the app offers them."""
    entries = load_json("policy", "message_types.json")["types"]
    return tuple(MessageType(**entry) for entry in entries)


def message_type(type_id: str) -> MessageType:
    """Look up a type by id; unknown ids raise ``KeyError`` with the known ones listed."""
    for entry in message_types():
        if entry.id == type_id:
            return entry
    known = ", ".join(t.id for t in message_types())
    raise KeyError(f"Unknown message type {type_id!r}. Known types: {known}")


class RetiredType(NamedTuple):
    """A type Amazon's Messaging API no longer has; an old draft may still name it."""

    id: str
    label: str
    retired: str  # "2025-08"
    note: str


@cache
def retired_types() -> dict[str, RetiredType]:
    entries = load_json("policy", "message_types.json").get("retired", [])
    return {entry["id"]: RetiredType(**entry) for entry in entries}


def retired_note(type_id: str | None) -> str | None:
    """A plain note for a draft saved with a type Amazon dropped; None for a current one."""
    old = retired_types().get(type_id or "")
    if old is None:
        return None
    return (f"This draft was saved as “{old.label}”, a message type Amazon no longer offers "
            f"(dropped {old.retired}). It opens as a reply; choose another type if it is not "
            f"one. {old.note}")
