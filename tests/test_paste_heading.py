"""A heading pasted from a web page stays its own paragraph in what the buyer gets.

Pasted under text already in the editor, an ``<h1>``/``<h2>`` lost its heading and ran into
the next paragraph of the plain text (copy for Seller Central, the .eml's text part). A line
a web page set in bold on its own, followed straight by text, gets the same blank line.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from composer.export.outgoing import prepare
from composer.ui.docmodel import snapshot_document
from composer.ui.editor import ComposerEdit

WEB_H1 = ('<html><body><!--StartFragment--><h1 style="font-family: Arial">Returns</h1>'
          '<p style="margin: 0 0 10px">Send it back within 30 days.</p>'
          '<!--EndFragment--></body></html>')
DOCS_H2 = ('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
           '<h2 dir="ltr" style="margin-top:18pt;margin-bottom:6pt;"><span '
           'style="font-size:16pt;font-weight:400;">Returns</span></h2><p dir="ltr" '
           'style="margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;">'
           'Send it back within 30 days.</span></p></b>')
BOLD_LINE = "<b>Returns</b><div>Send it back within 30 days.</div>"


def pasted_plain(qtbot, before: str, html: str) -> str:
    editor = ComposerEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(before)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    source = QMimeData()
    source.setHtml(html)
    source.setText("Returns\nSend it back within 30 days.")
    editor.insertFromMimeData(source)
    return prepare(snapshot_document(editor.document()).blocks).plain


@pytest.mark.parametrize("html", [WEB_H1, DOCS_H2, BOLD_LINE])
@pytest.mark.parametrize("before", ["", "Hello Anna,\n", "Hello Anna,\n\n", "Hello Anna,"])
def test_a_pasted_heading_is_its_own_paragraph(qtbot, before: str, html: str) -> None:
    plain = pasted_plain(qtbot, before, html)
    assert plain.endswith("Returns\n\nSend it back within 30 days.")
    if before.strip():
        assert plain.startswith("Hello Anna,")
        if html != BOLD_LINE:  # bold words pasted after words join the line, as typed
            assert "Hello Anna,Returns" not in plain


def test_bold_words_inside_a_line_are_no_heading(qtbot) -> None:
    html = "<div><b>Note:</b> send it back.</div><div>Thanks</div>"
    assert pasted_plain(qtbot, "", html) == "Note: send it back.\nThanks"


def test_bold_lines_one_after_another_stay_lines(qtbot) -> None:
    html = "<div><b>Order 1</b></div><div><b>Order 2</b></div>"
    assert pasted_plain(qtbot, "", html) == "Order 1\nOrder 2"
