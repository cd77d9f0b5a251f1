"""Underline findings in the editor, in Qt's spell-check style. Thin: findings in, formats out.

Findings arrive with Python offsets for one revision of the text. They are
converted to UTF-16 document positions once, shifted as the seller types so
underlines stay on their words until the next check, and dropped where an
edit touched them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from composer.policy.model import Finding
from composer.textpos import Utf16Index

UNDERLINE_COLOURS = {"block": QColor("#d32f2f"), "warn": QColor("#ef8f00"),
                     "info": QColor("#1e88e5")}
_RANK = {"info": 0, "warn": 1, "block": 2}


@dataclass
class Mark:
    """A finding's span in document (UTF-16) positions."""

    start: int
    end: int
    finding: Finding


class FindingsHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.marks: list[Mark] = []
        self._starts: list[int] = []
        self._longest = 0
        self._formats: dict[str, QTextCharFormat] = {}
        for severity, colour in UNDERLINE_COLOURS.items():
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(colour)
            self._formats[severity] = fmt
        document.contentsChange.connect(self._shift)

    def set_findings(self, text: str, findings: list[Finding]) -> None:
        """Show ``findings`` (computed on ``text``, the document's current plain text)."""
        index = Utf16Index(text)
        old_blocks = self._blocks_of(self.marks)
        self.marks = sorted(
            (Mark(index.to_utf16(f.start), index.to_utf16(f.end), f)
             for f in findings if f.end > f.start and f.attachment is None),
            key=lambda m: m.start,
        )
        self._index_marks()
        self._rehighlight_blocks(old_blocks | self._blocks_of(self.marks))

    def mark_at(self, position: int) -> Mark | None:
        """The worst finding under a document position, for tooltips."""
        hits = [m for m in self.marks if m.start <= position < m.end]
        return max(hits, key=lambda m: _RANK[m.finding.severity], default=None)

    def _blocks_of(self, marks: list[Mark]) -> set[int]:
        doc = self.document()
        numbers: set[int] = set()
        for mark in marks:
            first = doc.findBlock(mark.start).blockNumber()
            last = doc.findBlock(max(mark.start, mark.end - 1)).blockNumber()
            numbers.update(range(first, last + 1))
        return numbers

    def _rehighlight_blocks(self, numbers: set[int]) -> None:
        doc = self.document()
        if len(numbers) > doc.blockCount() // 2:
            self.rehighlight()
            return
        for number in sorted(numbers):
            block = doc.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def _shift(self, position: int, removed: int, added: int) -> None:
        """Keep marks on their words while the text changes; drop marks the edit touched."""
        if not self.marks or (removed == 0 and added == 0):
            return
        delta = added - removed
        edit_end = position + removed
        kept: list[Mark] = []
        for mark in self.marks:
            if mark.end <= position:
                kept.append(mark)
            elif mark.start >= edit_end and (removed or mark.start > position):
                kept.append(Mark(mark.start + delta, mark.end + delta, mark.finding))
        self.marks = kept
        self._index_marks()

    def _index_marks(self) -> None:
        self._starts = [m.start for m in self.marks]
        self._longest = max((m.end - m.start for m in self.marks), default=0)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start = block.position()
        end = start + block.length()
        first = bisect_left(self._starts, start - self._longest)
        for mark in self.marks[first:]:
            if mark.start >= end:
                break
            if mark.end <= start:
                continue
            a = max(mark.start, start) - start
            b = min(mark.end, end) - start
            self.setFormat(a, b - a, self._merged(a, mark.finding.severity))

    def _merged(self, position: int, severity: str) -> QTextCharFormat:
        fmt = QTextCharFormat(self.format(position))
        fmt.merge(self._formats[severity])
        return fmt
