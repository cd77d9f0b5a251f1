"""What cleaning removed, in words a seller reads: "a red text colour", "a link to …".

The buyer's view lists these under the preview. The records come from
:func:`composer.sanitize.clean_html` and :func:`composer.export.outgoing.prepare`;
nothing here says "attribute", "tag" or shows CSS.
"""

from __future__ import annotations

import colorsys
import re
from typing import TYPE_CHECKING

from composer.words import Words

if TYPE_CHECKING:
    from composer.sanitize import Removal

_WORDS = Words("export")
# What each left-out tag and attribute is, in English (export.json "removal"): the buyer's
# view passes the app language to removal_words.
TAG_WORDS = {name: _WORDS(f"removal.tag.{name}") for name in (
    "span", "font", "div", "table", "tr", "td", "th", "img", "iframe", "form", "input",
    "button", "video", "audio", "center", "blockquote", "pre", "h4", "h5", "h6", "s", "strike",
    "sup", "sub", "mark", "small", "big", "hr", "code")}
ATTRIBUTE_WORDS = {name: _WORDS(f"removal.attribute.{name}") for name in (
    "style", "class", "align", "color", "bgcolor", "face", "size", "width", "height", "target",
    "title", "id")}
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


def style_words(style: str, language: str = "en") -> list[str]:
    """Each CSS declaration of ``style`` as words: "a red text colour", "the font Georgia"."""
    said = Words("export", language)
    words: list[str] = []
    for name, value in _DECLARATION.findall(style):
        name, value = name.lower(), value.strip()
        if name == "color":
            words.append(said("removal.style.color", colour=_colour(value, said)))
        elif name in ("background", "background-color"):
            words.append(said("removal.style.background", colour=_colour(value, said)))
        elif name == "font-family":
            family = value.split(",")[0].strip(" '\"")
            words.append(said("removal.style.font", family=family))
        elif name == "font-size":
            words.append(said("removal.style.size", value=value))
        elif name in ("text-align",):
            words.append(said("removal.style.align", value=value))
        else:
            words.append(said("removal.style.other", name=name.replace("-", " ")))
    return words


def _colour(value: str, said: Words) -> str:
    name = colour_name(value)
    key = f"removal.colour.{name}"
    return said(key) if key in _COLOURS else name


_COLOURS = frozenset(f"removal.colour.{name}" for name in (
    "black", "white", "grey", "red", "orange", "yellow", "green", "blue", "purple", "pink",
    "coloured"))


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _listed(words: list[str]) -> str:
    return ", ".join(dict.fromkeys(words))


def removal_words(item: Removal, language: str = "en") -> str:
    """One line for the seller: what was not sent, how often, and where it helps, the words."""
    said = Words("export", language)
    example = item.example
    times = said.plural("removal.times", item.count)
    if item.kind == "url":
        address = example or said("removal.an_address")
        key = "removal.insecure_picture" if item.name == "src" else "removal.insecure_link"
        return said(key, address=address, times=times)
    if item.kind == "format":
        if item.name == "alignment":
            where, _, words = example.partition(": ")
            what = said({"center": "removal.centred", "right": "removal.right"}.get(
                where, "removal.aligned"))
            if words.strip(" .…"):
                return said("removal.aligned_words_line", what=what, words=words, times=times)
            return said("removal.aligned_line", what=what, times=times)
        found = style_words(example, language)
        what = _listed(found) if found else said("removal.any_style")
        return said("removal.styled_line", what=_upper_first(what), times=times)
    styled = _STYLE_IN_TAG.search(example)
    if item.kind == "tag" and styled and style_words(styled.group(1)):
        what = _listed(style_words(styled.group(1), language))
        return said("removal.stays_line", what=_upper_first(what), times=times)
    if item.kind == "tag":
        what = said(f"removal.tag.{item.name}") if item.name in TAG_WORDS \
            else said("removal.other_tag")
        return said("removal.stays_line", what=_upper_first(what), times=times)
    if item.kind == "attribute":
        if item.name == "style":
            found = style_words(styled.group(1) if styled else example, language)
            what = _listed(found) if found else said("removal.attribute.style")
        else:
            what = said(f"removal.attribute.{item.name}") if item.name in ATTRIBUTE_WORDS \
                else said("removal.other_attribute")
        return said("removal.stays_line", what=_upper_first(what), times=times)
    if item.kind == "script":
        what = said("removal.style_sheet" if item.name == "style" else "removal.script")
        return said("removal.hidden_line", what=what, times=times)
    return said("removal.hidden_note", times=times)
