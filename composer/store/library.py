"""The seller's own templates and dictionary words: methods of :class:`composer.store.db.Store`.

Kept apart from the drafts code: each is a small table of its own, read by the
template picker and the spell-checker.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any

from composer.store.errors import TemplateNotFoundError
from composer.store.records import TemplateRecord


class LibraryMixin:
    """Template and dictionary methods of :class:`composer.store.db.Store`."""

    connection: sqlite3.Connection
    transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]
    _now: Callable[[], str]

    # ------------------------------------------------------------------ templates

    def create_template(self, name: str, body: str, *, purpose: str = "", language: str = "en",
                        subject: str = "", message_type: str | None = None,
                        body_html: str | None = None) -> TemplateRecord:
        now = self._now()
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO templates (name, purpose, language, subject, body_text, body_html, "
                "message_type, builtin, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (name, purpose, language, subject, body, body_html, message_type, now, now),
            )
            template_id = int(cursor.lastrowid or 0)
        return self.get_template(template_id)

    def get_template(self, template_id: int) -> TemplateRecord:
        row = self.connection.execute(
            "SELECT * FROM templates WHERE id = ? AND builtin = 0", (template_id,)).fetchone()
        if row is None:
            raise TemplateNotFoundError(template_id)
        return _template(row)

    def list_templates(self, language: str | None = None) -> list[TemplateRecord]:
        sql = "SELECT * FROM templates WHERE builtin = 0"
        params: tuple[Any, ...] = ()
        if language:
            sql += " AND language = ?"
            params = (language,)
        sql += " ORDER BY name COLLATE NOCASE, id"
        return [_template(r) for r in self.connection.execute(sql, params)]

    def save_template(self, template: TemplateRecord) -> TemplateRecord:
        now = self._now()
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE templates SET name = ?, purpose = ?, language = ?, subject = ?, "
                "body_text = ?, body_html = ?, message_type = ?, updated_at = ? "
                "WHERE id = ? AND builtin = 0",
                (template.name, template.purpose, template.language, template.subject,
                 template.body, template.body_html, template.message_type, now, template.id),
            )
            if cursor.rowcount == 0:
                raise TemplateNotFoundError(template.id)
        return replace(template, updated_at=now)

    def delete_template(self, template_id: int) -> None:
        with self.transaction() as db:
            cursor = db.execute("DELETE FROM templates WHERE id = ? AND builtin = 0",
                                (template_id,))
            if cursor.rowcount == 0:
                raise TemplateNotFoundError(template_id)

    # ------------------------------------------------------------------ dictionary

    def add_word(self, language: str, word: str) -> None:
        """Teach the spell-checker a word (adding it twice is harmless)."""
        word = word.strip()
        if not word:
            return
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO dictionary (language, word) VALUES (?, ?)",
                       (language, word))

    def words(self, language: str) -> list[str]:
        return [r[0] for r in self.connection.execute(
            "SELECT word FROM dictionary WHERE language = ? ORDER BY word", (language,))]

    def remove_word(self, language: str, word: str) -> bool:
        with self.transaction() as db:
            cursor = db.execute("DELETE FROM dictionary WHERE language = ? AND word = ?",
                                (language, word.strip()))
            return cursor.rowcount > 0


def _template(row: sqlite3.Row) -> TemplateRecord:
    return TemplateRecord(
        id=row["id"],
        name=row["name"],
        purpose=row["purpose"],
        language=row["language"],
        subject=row["subject"],
        body=row["body_text"],
        message_type=row["message_type"],
        body_html=row["body_html"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )
