"""What leaves the app: the editor's message as cleaned HTML and as plain text.

The buyer's view shows exactly this, and export sends exactly this, so the
seller never sees one thing and sends another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from composer.message.richtext import Block, blocks_to_html
from composer.sanitize import Removal, Whitelist, clean_html, render_plain

# Formatting the editor can hold but export never sends (see composer.ui.docmodel).
FORMAT_WORDS = {"alignment": "alignment", "text styling": "font, colour or size"}


@dataclass(frozen=True)
class Outgoing:
    html: str  # the cleaned HTML: what export sends
    plain: str  # the plain-text rendering for Seller Central's form
    removed: tuple[Removal, ...]


def prepare(blocks: Sequence[Block], dropped: Mapping[str, Sequence[str]] | None = None,
            whitelist: Whitelist | None = None) -> Outgoing:
    """Turn the editor's blocks into what is sent, noting everything left out on the way."""
    result = clean_html(blocks_to_html(blocks), whitelist)
    removed = list(result.removed)
    for key, examples in (dropped or {}).items():
        if key in FORMAT_WORDS and examples:
            removed.append(Removal("format", FORMAT_WORDS[key], len(examples),
                                   examples[0][:60]))
    return Outgoing(result.html, render_plain(result.html), tuple(removed))


def prepare_html(html: str, whitelist: Whitelist | None = None) -> Outgoing:
    """The same for an HTML file from outside the editor (``seller-composer clean``)."""
    result = clean_html(html, whitelist)
    return Outgoing(result.html, render_plain(result.html), result.removed)
