"""The template library: compliant built-in messages in five languages, and filling them in.

Built-in templates are data (``resources/templates/<lang>.json``, one file per
language, each with a ``version`` stamp), so wording can change without code.
Bodies are plain text: a blank line between paragraphs, a single newline is a
line break (:func:`body_to_html` makes editor HTML of it). The seller's own
templates live in the store (:class:`composer.store.TemplateRecord`).

Placeholders are ``{name}`` (see ``resources/templates/placeholders.json``).
:func:`fill_template` fills what is known and leaves the rest as written, so the
policy checker's ``unfilled-placeholder`` rule stops the message until the seller
fills them in. No Qt here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Protocol

from composer.appdata.resources import load_json
from composer.message.header import Header
from composer.message.languages import LANGUAGES

PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Template:
    """One ready-to-use message: what it is for, its header values and its text."""

    id: str
    purpose: str
    language: str
    name: str
    message_type: str | None  # None: Amazon has no type for it (the review request)
    subject: str
    body: str
    note: str = ""
    builtin: bool = True

    @property
    def placeholders(self) -> list[str]:
        return placeholders_in(self.subject + "\n" + self.body)


class Fillable(Protocol):
    """Anything with a subject and a body: a built-in or a seller's saved template."""

    @property
    def subject(self) -> str: ...

    @property
    def body(self) -> str: ...


@dataclass(frozen=True)
class FilledTemplate:
    subject: str
    body: str
    unfilled: list[str] = field(default_factory=list)  # placeholder names left, in order


@cache
def placeholder_descriptions() -> dict[str, str]:
    """What each placeholder stands for, for the template picker's help text."""
    return dict(load_json("templates", "placeholders.json")["placeholders"])


def placeholders_in(text: str) -> list[str]:
    """Placeholder names in order of first appearance, each once."""
    return list(dict.fromkeys(PLACEHOLDER_RE.findall(text)))


@cache
def _library(language: str) -> tuple[str, tuple[Template, ...]]:
    if language not in LANGUAGES:
        raise KeyError(f"No built-in templates in {language!r}. Languages: {', '.join(LANGUAGES)}")
    data = load_json("templates", f"{language}.json")
    items = tuple(
        Template(
            id=entry["id"],
            purpose=entry["purpose"],
            language=language,
            name=entry["name"],
            message_type=entry["message_type"],
            subject=entry["subject"],
            body=entry["body"],
            note=entry.get("note", ""),
        )
        for entry in data["templates"]
    )
    return str(data["version"]), items


def library_version(language: str = "en") -> str:
    return _library(language)[0]


def templates_for(language: str) -> list[Template]:
    """The built-in templates in one language, in the library's order."""
    return list(_library(language)[1])


def all_templates(prefer_language: str | None = None) -> list[Template]:
    """Every built-in template; the buyer's language first when it is one we have."""
    order = list(LANGUAGES)
    if prefer_language in order:
        order.remove(prefer_language)
        order.insert(0, prefer_language)
    return [template for language in order for template in templates_for(language)]


def get_template(template_id: str) -> Template:
    """A built-in template by id, e.g. ``"invoice.de"``."""
    language = template_id.rsplit(".", 1)[-1]
    if language in LANGUAGES:
        for template in templates_for(language):
            if template.id == template_id:
                return template
    raise KeyError(f"No built-in template {template_id!r}")


def purposes() -> list[str]:
    return [template.purpose for template in templates_for("en")]


def fill_template(template: Fillable, values: Mapping[str, str]) -> FilledTemplate:
    """Put known values into the subject and body; leave unknown or empty ones as ``{name}``.

    One pass with ``re.sub``: a value that itself contains ``{x}`` is not filled again.
    """
    unfilled: dict[str, None] = {}

    def put(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None or not str(value).strip():
            unfilled[match.group(1)] = None
            return match.group(0)
        return str(value).strip()

    subject = PLACEHOLDER_RE.sub(put, template.subject)
    body = PLACEHOLDER_RE.sub(put, template.body)
    return FilledTemplate(subject=subject, body=body, unfilled=list(unfilled))


def values_from_header(header: Header, seller_name: str = "", **more: str) -> dict[str, str]:
    """The placeholder values the app already knows from the header and settings.

    A date is written the way the buyer's language writes it ("20. November 2026").
    """
    values = {"order_id": header.order_id.strip(), "seller_name": seller_name.strip(),
              "product": header.product_name.strip(), "product_name": header.product_name.strip(),
              "delivery_date": (write_date(header.delivery_date, header.buyer_language)
                                if header.delivery_date else "")}
    values.update(more)
    return {key: value for key, value in values.items() if value}


@cache
def _dates() -> dict[str, dict[str, object]]:
    return dict(load_json("templates", "dates.json")["languages"])


def write_date(day: date, language: str) -> str:
    """A date as a message in ``language`` writes it; English for a language not known."""
    way = _dates().get(language) or _dates()["en"]
    months = way["months"]
    number = str(way.get("first", "1")) if day.day == 1 else str(day.day)
    return str(way["pattern"]).format(day=number, month=months[day.month - 1],  # type: ignore[index]
                                      year=day.year)


@cache
def header_placeholders() -> dict[str, tuple[str, ...]]:
    """Header field (or ``business_name``) -> the placeholder names it fills."""
    data = load_json("templates", "placeholders.json")["header_fields"]
    return {field_name: tuple(names) for field_name, names in data.items()}


def placeholder_spans(text: str, names: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Where ``{name}`` placeholders with a value in ``names`` are: (start, end, value).

    Used to fill an open draft when the seller fills a header field after choosing
    the template; a value is put in as written, never filled again.
    """
    spans = []
    for match in PLACEHOLDER_RE.finditer(text):
        value = names.get(match.group(1), "").strip()
        if value:
            spans.append((match.start(), match.end(), value))
    return spans


def body_to_html(body: str) -> str:
    """Plain template text as simple editor HTML: ``<p>`` per paragraph, ``<br>`` per line."""
    paragraphs = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
