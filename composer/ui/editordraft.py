"""A draft put into the header and the editor, and read back out of them.

The compose controller calls these when a draft is opened and when autosave writes it;
the controller's own state (files, ignores, the last check) it loads and captures itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from composer.store import Draft
    from composer.ui.docmodel import DocumentSnapshot
    from composer.ui.editor import ComposerEdit
    from composer.ui.headerform import HeaderForm


def put_in(editor: ComposerEdit, header: HeaderForm, draft: Draft) -> None:
    """The draft in the header and the editor, the cursor where the seller left it and
    nothing to undo."""
    from composer.message.header import product_filled_from, to_filled_from

    header.product_filled_for = product_filled_from(draft.extra)
    header.to_filled_for = to_filled_from(draft.extra)
    header.set_value(draft.header)
    html = draft.extra.get("editor_html") or draft.body_html
    if html:
        editor.setHtml(html)
    else:
        editor.clear()
    document = editor.document()
    document.clearUndoRedoStacks()
    cursor = editor.textCursor()
    cursor.setPosition(min(max(0, draft.cursor_position), document.characterCount() - 1))
    editor.setTextCursor(cursor)


def read_out(editor: ComposerEdit, header: HeaderForm, snap: DocumentSnapshot,
             draft: Draft) -> None:
    """The header and the editor's text, as they are now, into ``draft``."""
    from composer.message.richtext import blocks_to_html

    draft.header = header.value()
    draft.body_html = blocks_to_html(snap.blocks)  # what is sent, for the CLI and export
    draft.body_text = snap.text
    draft.cursor_position = editor.textCursor().position()
    draft.extra = {**draft.extra, "editor_html": editor.draft_html()}  # exact reopening
