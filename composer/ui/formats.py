"""Character formats the editor gives its headings, shared by the toolbar and paste cleaning."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextFormat


def heading_char_format(level: int) -> QTextCharFormat:
    """The look of a heading: bold and larger, as Qt's own HTML headings are (0: normal text)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 - level if level else 0)
    return fmt
