"""Text and JSON for ``seller-composer drafts list`` / ``drafts show``.

Unknown ids raise :class:`~composer.store.errors.DraftNotFoundError`, whose
message can be printed as it is.
"""

from __future__ import annotations

import json
from typing import Any

from composer.store.db import Store
from composer.store.records import Draft, DraftSummary


def clean_html(html: str) -> str:
    """The HTML exactly as it would be sent."""
    from composer.sanitize import clean_html as clean

    return clean(html).html


def _summary_dict(item: DraftSummary) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "order_id": item.order_id,
        "type": item.message_type,
        "updated": item.updated_at,
        "verdict": item.verdict,
    }


def drafts_list(store: Store, as_json: bool = False, search: str = "") -> str:
    """Every draft not in the trash, newest change first."""
    items = store.list_drafts(search)
    if as_json:
        return json.dumps([_summary_dict(item) for item in items], ensure_ascii=False, indent=2)
    if not items:
        return "No drafts yet." if not search else f"No drafts match “{search}”."
    rows = [("ID", "Updated", "Type", "Order ID", "Verdict", "Title")]
    for item in items:
        rows.append((str(item.id), item.updated_at[:16].replace("T", " "), item.message_type,
                     item.order_id or "-", item.verdict or "-", item.title))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:5], widths, strict=True)]
        lines.append("  ".join([*cells, row[5]]))
    return "\n".join(lines)


def _draft_dict(draft: Draft) -> dict[str, Any]:
    header = draft.header
    return {
        "id": draft.id,
        "title": draft.display_title,
        "to": header.to,
        "order_id": header.order_id,
        "order_date": header.order_date.isoformat() if header.order_date else None,
        "type": header.message_type,
        "language": header.buyer_language,
        "subject": header.subject,
        "updated": draft.updated_at,
        "verdict": draft.verdict,
        "in_trash": draft.in_trash,
        "attachments": [a.name for a in draft.attachments],
        "text": draft.body_text,
        "html": clean_html(draft.body_html),
    }


# SQLite's largest row id: a number past it is no draft (and would overflow the query).
MAX_DRAFT_ID = 2**63 - 1


def drafts_show(store: Store, draft_id: int, as_json: bool = False) -> str:
    """One draft: header, plain text and the clean HTML."""
    from composer.store.errors import DraftNotFoundError

    if not 1 <= draft_id <= MAX_DRAFT_ID:
        raise DraftNotFoundError(draft_id)
    data = _draft_dict(store.get_draft(draft_id))
    if as_json:
        return json.dumps(data, ensure_ascii=False, indent=2)
    labels = (("Title", "title"), ("To", "to"), ("Order ID", "order_id"),
              ("Order date", "order_date"), ("Type", "type"), ("Language", "language"),
              ("Subject", "subject"), ("Updated", "updated"), ("Verdict", "verdict"))
    lines = [f"{label + ':':<12}{data[key] if data[key] not in (None, '') else '-'}"
             for label, key in labels]
    if data["in_trash"]:
        lines.append(f"{'Status:':<12}in the trash")
    if data["attachments"]:
        lines.append(f"{'Files:':<12}{', '.join(data['attachments'])}")
    lines += ["", data["text"].rstrip("\n")]
    return "\n".join(lines)
