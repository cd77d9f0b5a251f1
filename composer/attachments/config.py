"""Attachment limits, file kinds and seller-facing wording, read from data.

Everything a policy update might change (sizes, counts, allowed extensions,
the plain words for each kind of file, message templates) lives in
``resources/policy/attachments.json``; this module only gives it types.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from composer.appdata.resources import load_json


@dataclass(frozen=True)
class Kind:
    """One kind of file the sniffer can name, and what to tell a seller about it."""

    id: str
    words: str
    allowed: bool
    family: str | None = None
    extension: str | None = None
    advice: str = ""
    convertible: bool = False


@dataclass(frozen=True)
class AttachmentPolicy:
    version: str
    max_total_bytes: int
    max_files: int
    max_image_pixels: int
    deep_check_max_bytes: int
    text_check_max_bytes: int
    min_long_side: int
    jpeg_qualities: tuple[int, ...]
    scale_step: float
    target_bytes: int  # what "Make smaller" aims at per picture, well under the 10 MB
    max_long_side: int  # a made-smaller picture is at most this many pixels on its long side
    offer_over_bytes: int  # a photo within the limits but larger than this is offered
    offer_over_long_side: int  # "Make smaller" too, as is one longer than this (pixels)
    offer_kinds: frozenset[str]  # the kinds of picture that offer it
    allowed_extensions: dict[str, str]  # ".jpg" -> "jpeg"
    allowed_summary: str
    kinds: dict[str, Kind]
    messages: dict[str, str]
    fix_labels: dict[str, str]

    def kind(self, kind_id: str) -> Kind:
        return self.kinds.get(kind_id) or self.kinds["unknown"]

    def say(self, key: str, **values: Any) -> str:
        """Fill a message template; ``allowed`` is always available."""
        values.setdefault("allowed", self.allowed_summary)
        return self.messages[key].format(**values).strip()


@cache
def policy() -> AttachmentPolicy:
    """Load the attachment policy once (shipped data never changes at run time)."""
    data = load_json("policy", "attachments.json")
    limits, shrink = data["limits"], data["shrink"]
    kinds = {key: Kind(id=key, **value) for key, value in data["kinds"].items()}
    return AttachmentPolicy(
        version=data["version"],
        max_total_bytes=int(limits["max_total_bytes"]),
        max_files=int(limits["max_files"]),
        max_image_pixels=int(limits["max_image_pixels"]),
        deep_check_max_bytes=int(limits["deep_check_max_bytes"]),
        text_check_max_bytes=int(limits["text_check_max_bytes"]),
        min_long_side=int(shrink["min_long_side"]),
        jpeg_qualities=tuple(int(q) for q in shrink["jpeg_qualities"]),
        scale_step=float(shrink["scale_step"]),
        target_bytes=int(shrink["target_bytes"]),
        max_long_side=int(shrink["max_long_side"]),
        offer_over_bytes=int(shrink["offer_over_bytes"]),
        offer_over_long_side=int(shrink["offer_over_long_side"]),
        offer_kinds=frozenset(shrink["offer_kinds"]),
        allowed_extensions=dict(data["allowed_extensions"]),
        allowed_summary=data["allowed_summary"],
        kinds=kinds,
        messages=dict(data["messages"]),
        fix_labels=dict(data["fix_labels"]),
    )


def format_bytes(size: int) -> str:
    """Sizes the way a seller reads them: decimal MB/KB, like Amazon's "10 MB"."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f}".removesuffix(".0") + " MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} KB"
    return f"{size} bytes"
