"""Everything that lets a checked message leave the app: the guard, the .eml, SMTP, the outbox.

Pure core (no Qt). The UI (``composer.ui.exportflow``) and the CLI
(``seller-composer export``) both go through :func:`composer.export.guard.guard`
first, on the exact content being exported, so a blocked message can never be
copied, saved or sent by accident.
"""

from __future__ import annotations

ROUTE_WORDS: dict[str, str] = {
    "seller-central": "Copied for Seller Central",
    "rich-text": "Copied formatted",
    "email-app": "Opened in the email app",
    "eml-file": "Saved as .eml",
    "smtp": "Sent by email",
}
