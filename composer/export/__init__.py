"""Everything that lets a checked message leave the app: the guard, the .eml, SMTP, the outbox.

Pure core (no Qt). The UI (``composer.ui.exportflow``) and the CLI
(``seller-composer export``) both go through :func:`composer.export.guard.guard`
first, on the exact content being exported, so a blocked message can never be
copied, saved or sent by accident.
"""

from __future__ import annotations

from composer.words import Words

ROUTES = ("seller-central", "rich-text", "email-app", "eml-file", "smtp")


def route_words(language: str = "en") -> dict[str, str]:
    """How each route's export is named in the sent log, in ``language`` (export.json)."""
    said = Words("export", language)
    return {route: said(f"route.{route}") for route in ROUTES}


ROUTE_WORDS: dict[str, str] = route_words()  # English, as the sent log's records keep them
