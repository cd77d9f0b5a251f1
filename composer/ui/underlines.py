"""Underline findings in the editor, in Qt's spell-check style. Thin: findings in, formats out.

The underlines are the editor's *extra selections*, not a QSyntaxHighlighter:
re-highlighting makes Qt lay the affected paragraphs out again, which took
seconds on a large pasted document, while extra selections are only painted.
Each underline is a QTextCursor, so Qt keeps it on its words as the seller
types until the next check replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from composer.message.textpos import Utf16Index
from composer.policy.model import Finding

UNDERLINE_COLOURS = {"block": QColor("#d32f2f"), "warn": QColor("#ef8f00"),
                     "info": QColor("#1e88e5")}
# Policy findings also get a faint tint of their colour, so that a spelling mistake (the red
# wavy line alone, as in a word processor) never looks like a problem that blocks sending.
TINTS = {"block": QColor("#fde7e5"), "warn": QColor("#fff3dc"), "info": QColor("#e8f1fc")}
SPELLING_COLOUR = QColor("#e0201b")
REREAD_COLOUR = QColor("#fff59d")  # a highlighter pen: words to read again
SPELLING_RULE = "spelling"
_RANK = {"info": 0, "warn": 1, "block": 2}


@dataclass
class Mark:
    """A finding and the cursor that spans its words in the document."""

    cursor: QTextCursor
    finding: Finding

    @property
    def start(self) -> int:
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        return self.cursor.selectionEnd()


class FindingsUnderlines:
    """Draws findings as spell-check underlines: red blocks, amber warns, blue notes.

    Policy findings sit on a faint tint of their colour; spelling mistakes get only a
    red wavy line, like a word processor's.
    """

    def __init__(self, editor: QTextEdit) -> None:
        self.editor = editor
        self.marks: list[Mark] = []
        # Made at the first underline: a brush builds PySide6's Qt namespace (about 16 ms),
        # which the editor does not need before it takes keys.
        self._formats: dict[str, QTextCharFormat] = {}
        # Words a fix asks the seller to read again: highlighted, never selected, so the
        # next keystroke types at the cursor instead of replacing them.
        self.reread: QTextCursor | None = None

    def _make_formats(self) -> dict[str, QTextCharFormat]:
        for severity, colour in UNDERLINE_COLOURS.items():
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(colour)
            fmt.setBackground(TINTS[severity])
            self._formats[severity] = fmt
        spelling = QTextCharFormat()
        spelling.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        spelling.setUnderlineColor(SPELLING_COLOUR)
        self._formats[SPELLING_RULE] = spelling
        return self._formats

    def format_for(self, finding: Finding) -> QTextCharFormat:
        """The look of one finding's underline."""
        formats = self._formats or self._make_formats()
        if finding.rule == SPELLING_RULE:
            return formats[SPELLING_RULE]
        return formats[finding.severity]

    def set_findings(self, text: str, findings: list[Finding]) -> None:
        """Show ``findings`` (computed on ``text``, the document's current plain text)."""
        index = Utf16Index(text)
        document = self.editor.document()
        limit = document.characterCount() - 1
        marks: list[Mark] = []
        # Worst last, so a block's red is painted over a warning's amber on the same words;
        # spelling last of all, so its wavy line shows inside a tinted sentence.
        for finding in sorted(findings, key=lambda f: (f.rule == SPELLING_RULE,
                                                       _RANK[f.severity])):
            if finding.end <= finding.start or finding.attachment is not None or finding.field:
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(min(index.to_utf16(finding.start), limit))
            cursor.setPosition(min(index.to_utf16(finding.end), limit),
                               QTextCursor.MoveMode.KeepAnchor)
            marks.append(Mark(cursor, finding))
        self.marks = marks
        self._paint()

    def show_reread(self, cursor: QTextCursor | None) -> None:
        """Highlight ``cursor``'s words for the seller to read again (None: stop)."""
        self.reread = cursor
        self._paint()

    def reread_holds(self, position: int) -> bool:
        """True while the highlighted words hold ``position`` (the seller is still there)."""
        cursor = self.reread
        return cursor is not None and cursor.selectionStart() <= position <= cursor.selectionEnd()

    def _paint(self) -> None:
        marks = self.marks
        selections = []
        for mark in marks:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = mark.cursor
            selection.format = self.format_for(mark.finding)
            selections.append(selection)
        if self.reread is not None and self.reread.hasSelection():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.reread
            pen = QTextCharFormat()
            pen.setBackground(REREAD_COLOUR)
            selection.format = pen
            selections.insert(0, selection)
        self.editor.setExtraSelections(selections)

    def mark_at(self, position: int, rule: str | None = None) -> Mark | None:
        """The worst finding under a document position (of ``rule``, if given), for tooltips."""
        hits = [m for m in self.marks if m.start <= position < m.end
                and (rule is None or m.finding.rule == rule)]
        return max(hits, key=lambda m: _RANK[m.finding.severity], default=None)
