"""The HTML whitelist: which tags, attributes and link schemes survive cleaning.

Amazon does not publish its list, so the app ships its own conservative one
(``resources/policy/whitelist.json``). A seller may put a ``whitelist.json`` in
their data folder to replace it. A broken or unsafe user file never stops the
app: the shipped list is used and the problem is returned in plain words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.appdata.resources import load_json, resource_path

FILE_NAME = "whitelist.json"

#: Tags that may never be allowed, whatever a user file says: they run code, load
#: other pages, or change how Amazon's page looks.
FORBIDDEN_TAGS = frozenset(
    [
        "script",
        "style",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "template",
        "noscript",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "option",
        "svg",
        "math",
        "audio",
        "video",
        "canvas",
        "source",
        "track",
        "font",
        "center",
        "marquee",
    ]
)
#: Attributes that may never be allowed (besides every ``on…`` event handler).
FORBIDDEN_ATTRIBUTES = frozenset(
    {
        "style",
        "class",
        "id",
        "srcdoc",
        "formaction",
        "action",
        "srcset",
        "background",
        "xmlns",
        "xlink:href",
        "face",
        "color",
        "size",
        "align",
    }
)
#: Link schemes a user list may allow; ``javascript:``, ``data:`` and friends never.
ALLOWABLE_PROTOCOLS = frozenset({"https", "http"})
_KNOWN_KEYS = frozenset({"version", "note", "tags", "attributes", "protocols"})
_NAME = re.compile(r"^[a-z][a-z0-9]*$")


@dataclass(frozen=True)
class Whitelist:
    """What cleaning keeps. ``attributes`` maps a tag to the attribute names it may carry."""

    tags: frozenset[str]
    attributes: dict[str, frozenset[str]]
    protocols: frozenset[str]
    version: str = ""
    note: str = ""

    def allows_attribute(self, tag: str, name: str) -> bool:
        return name in self.attributes.get(tag, frozenset())


@dataclass(frozen=True)
class WhitelistLoad:
    """The list in use, where it came from, and what was wrong with a user file (if anything)."""

    whitelist: Whitelist
    error: str | None
    path: Path


def _from_data(data: Any) -> Whitelist:
    """Validate ``data`` and build a whitelist; raise ``ValueError`` with plain words."""
    if not isinstance(data, dict):
        raise ValueError('it should be a JSON object with "tags", "attributes" and "protocols"')
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise ValueError(f"it has entries the app does not know: {', '.join(unknown)}")
    for key in ("tags", "attributes", "protocols"):
        if key not in data:
            raise ValueError(f"the “{key}” entry is missing")
    tags = data["tags"]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError('"tags" should be a list of tag names, like ["p", "br"]')
    tag_set = frozenset(t.strip().lower() for t in tags)
    for tag in sorted(tag_set):
        if not _NAME.match(tag):
            raise ValueError(f"“{tag}” is not a tag name")
        if tag in FORBIDDEN_TAGS:
            raise ValueError(f"it allows <{tag}>, which can never be sent safely")
    attributes = data["attributes"]
    if not isinstance(attributes, dict):
        raise ValueError('"attributes" should map a tag to a list of attribute names')
    attr_map: dict[str, frozenset[str]] = {}
    for tag, names in attributes.items():
        tag_name = str(tag).strip().lower()
        if tag_name not in tag_set:
            raise ValueError(f"it lists attributes for <{tag_name}>, which is not an allowed tag")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError(f"the attributes of <{tag_name}> should be a list of names")
        clean = frozenset(n.strip().lower() for n in names)
        for name in sorted(clean):
            if name.startswith("on") or name in FORBIDDEN_ATTRIBUTES:
                raise ValueError(
                    f"it allows the “{name}” attribute, which is never safe or never kept by Amazon"
                )
            if not re.match(r"^[a-z][a-z0-9-]*$", name):
                raise ValueError(f"“{name}” is not an attribute name")
        attr_map[tag_name] = clean
    protocols = data["protocols"]
    if not isinstance(protocols, list) or not all(isinstance(p, str) for p in protocols):
        raise ValueError('"protocols" should be a list, like ["https"]')
    proto_set = frozenset(p.strip().lower().rstrip(":") for p in protocols)
    bad = sorted(proto_set - ALLOWABLE_PROTOCOLS)
    if bad:
        raise ValueError(f"it allows links starting “{bad[0]}:”, which is never safe to send")
    for key in ("version", "note"):
        if key in data and not isinstance(data[key], str):
            raise ValueError(f"“{key}” should be text")
    return Whitelist(
        tags=tag_set,
        attributes=attr_map,
        protocols=proto_set,
        version=data.get("version", ""),
        note=data.get("note", ""),
    )


_shipped: Whitelist | None = None


def shipped_whitelist() -> Whitelist:
    """The list that comes with the app (validated once; a bad shipped file is a bug)."""
    global _shipped
    if _shipped is None:
        _shipped = _from_data(load_json("policy", FILE_NAME))
    return _shipped


def load_whitelist(user_dir: Path | None = None) -> WhitelistLoad:
    """Use the seller's ``whitelist.json`` from ``user_dir`` if present and sound.

    Never raises: a broken file gives the shipped list plus a sentence saying why.
    """
    shipped_path = resource_path("policy", FILE_NAME)
    if user_dir is None:
        return WhitelistLoad(shipped_whitelist(), None, shipped_path)
    path = Path(user_dir) / FILE_NAME
    if not path.is_file():
        return WhitelistLoad(shipped_whitelist(), None, shipped_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        reason = f"it could not be read ({exc.__class__.__name__})"
    except json.JSONDecodeError as exc:
        reason = f"it is not valid JSON (line {exc.lineno}, column {exc.colno})"
    else:
        try:
            return WhitelistLoad(_from_data(data), None, path)
        except ValueError as exc:
            reason = str(exc)
    message = (
        f"Your own HTML whitelist ({path}) was not used because {reason}. "
        "Seller Composer is using its built-in list instead. Fix or delete the file to "
        "remove this message."
    )
    return WhitelistLoad(shipped_whitelist(), message, path)
