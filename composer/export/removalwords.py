"""What cleaning removed, in words a seller reads: "a red text colour", "a link to …".

The buyer's view lists these under the preview. The records come from
:func:`composer.sanitize.clean_html` and :func:`composer.export.outgoing.prepare`;
nothing here says "attribute", "tag" or shows CSS.
"""

from __future__ import annotations

import colorsys
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from composer.sanitize import Removal

TAG_WORDS = {
    "span": "a text style", "font": "a font setting", "div": "a page section",
    "table": "a table", "tr": "a table row", "td": "a table cell", "th": "a table cell",
    "img": "a picture", "iframe": "an embedded web page", "form": "a form",
    "input": "a form field", "button": "a button", "video": "a video", "audio": "a sound",
    "center": "centring", "blockquote": "an indented quote", "pre": "fixed-width text",
    "h4": "a small heading", "h5": "a small heading", "h6": "a small heading",
    "s": "crossed-out text", "strike": "crossed-out text", "sup": "raised text",
    "sub": "lowered text", "mark": "highlighting", "small": "small text", "big": "big text",
    "hr": "a dividing line", "code": "code formatting",
}
ATTRIBUTE_WORDS = {
    "style": "a text style (colour, font or size)", "class": "a style name",
    "align": "an alignment", "color": "a text colour", "bgcolor": "a background colour",
    "face": "a font", "size": "a text size", "width": "a width", "height": "a height",
    "target": "“open in a new window”", "title": "a hover text", "id": "a page marker",
}
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\b")
_STYLE_IN_TAG = re.compile(r"""style\s*=\s*["']([^"']*)""", re.IGNORECASE)
_DECLARATION = re.compile(r"([A-Za-z-]+)\s*:\s*([^;]+)")


def colour_name(value: str) -> str:
    """A plain colour word for a CSS colour ("#cc0000" → "red"); the value when unknown."""
    match = _HEX.search(value)
    if not match:
        word = value.strip().lower()
        return word if word.isalpha() else "coloured"
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    r, g, b = (int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, saturation = colorsys.rgb_to_hls(r, g, b)
    if light < 0.15:
        return "black"
    if light > 0.9:
        return "white"
    if saturation < 0.15:
        return "grey"
    degrees = hue * 360
    for limit, name in ((15, "red"), (45, "orange"), (70, "yellow"), (170, "green"),
                        (260, "blue"), (320, "purple"), (345, "pink"), (360, "red")):
        if degrees < limit:
            return name
    return "coloured"


def style_words(style: str) -> list[str]:
    """Each CSS declaration of ``style`` as words: "a red text colour", "the font Georgia"."""
    words: list[str] = []
    for name, value in _DECLARATION.findall(style):
        name, value = name.lower(), value.strip()
        if name == "color":
            words.append(f"a {colour_name(value)} text colour")
        elif name in ("background", "background-color"):
            words.append(f"a {colour_name(value)} background")
        elif name == "font-family":
            family = value.split(",")[0].strip(" '\"")
            words.append(f"the font {family}")
        elif name == "font-size":
            words.append(f"a text size of {value}")
        elif name in ("text-align",):
            words.append(f"{value} alignment")
        else:
            words.append(f"a {name.replace('-', ' ')} setting")
    return words


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def removal_words(item: Removal) -> str:
    """One line for the seller: what was not sent, how often, and where it helps, the words."""
    example = item.example
    times = _times(item.count)
    if item.kind == "url":
        if item.name == "src":
            return f"A picture from {example or 'an address'} ({times}): only secure " \
                   "https:// pictures are sent"
        return (f"A link to {example or 'an address'} ({times}): only secure https:// links "
                "are sent; its words stay")
    if item.kind == "format":
        if item.name == "alignment":
            where, _, words = example.partition(": ")
            what = {"center": "Centred text", "right": "Right-aligned text"}.get(
                where, "Aligned text")
            shown = f" (“{words}”)" if words.strip(" .…") else ""
            return f"{what}{shown}, {times}: sent aligned to the left"
        found = style_words(example)
        what = ", ".join(dict.fromkeys(found)) if found else "a colour, font or size"
        return f"{what[0].upper()}{what[1:]} ({times}): the words stay, in the normal style"
    styled = _STYLE_IN_TAG.search(example)
    if item.kind == "tag" and styled and style_words(styled.group(1)):
        what = ", ".join(dict.fromkeys(style_words(styled.group(1))))
        return f"{what[0].upper()}{what[1:]} ({times}): the words stay"
    if item.kind == "tag":
        what = TAG_WORDS.get(item.name, "formatting email does not allow")
        return f"{what[0].upper()}{what[1:]} ({times}): the words stay"
    if item.kind == "attribute":
        if item.name == "style":
            found = style_words(styled.group(1) if styled else example)
            what = ", ".join(dict.fromkeys(found)) if found else ATTRIBUTE_WORDS["style"]
        else:
            what = ATTRIBUTE_WORDS.get(item.name, "a formatting setting")
        return f"{what[0].upper()}{what[1:]} ({times}): the words stay"
    if item.kind == "script":
        what = "A style sheet" if item.name == "style" else "A script or hidden part"
        return f"{what}, with everything in it ({times})"
    return f"A hidden note in the page ({times})"
