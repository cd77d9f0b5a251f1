"""Every text a window shows, and the ones still in English (the German sweep's reader).

A window's labels, buttons, actions and menus, tooltips, placeholders, accessible names,
tab and header texts and list, table and combo items are read; a text counts as English
when it has no German letter and holds one of a few common English words once the names
Amazon and the app use in every language (Seller Central, Amazon, file names, e-mail
addresses) are taken out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_WORDS = """
the your you to add file files with this from not is are and of for be will has reply
message messages draft drafts send sent click open choose order orders buyer buyers
answered ago yesterday just late ready blocked warnings checked none nothing new copy
save close cancel help settings edit view about check remove undo search find date type
types today left when what where which here there no yes please day days hour now
"""
ENGLISH_WORDS = frozenset(_WORDS.split())
_KEPT = re.compile(
    r"Seller Central|Seller Composer|Amazon(?:\.[a-z.]+)?|Buyer-Seller|"
    r"[\w.+-]+@[\w.…-]+|\S+\.(?:txt|eml|json|csv|pdf|jpe?g|png|html?|db|qm|log)\b|"
    r"https?://\S+|\b[A-Z][A-Za-z]+/[\w/+-]+|"  # a time zone (Europe/Berlin)
    r"Ctrl\+\S+|Alt\+\S+|Shift\+\S+|F\d+\b|<[^>]+>|&[a-z]+;", re.I)
_GERMAN = re.compile(r"[äöüÄÖÜß„]|\b(?:und|der|die|das|ist|nicht|Sie|Ihre?|kann|werden)\b")


def is_english(text: str) -> bool:
    """Whether ``text`` reads as English (no German letter, common English words)."""
    rest = _KEPT.sub(" ", text.replace("&&", "&").replace("&", ""))
    if _GERMAN.search(rest):
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z']+", rest)}
    return bool(words & ENGLISH_WORDS)


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    for row in range(min(model.rowCount(root), 50)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.UserRole + 1):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def _action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield action.toolTip()
    yield action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for inner in menu.actions():
            yield from _action_texts(inner)


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``root`` and its children show or say."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        found: list[str] = [widget.windowTitle() if widget.isWindow() else "",
                            widget.toolTip(), widget.accessibleName(),
                            widget.accessibleDescription(), widget.statusTip()]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        if isinstance(widget, QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
            found += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            found += list(_model_texts(widget.model()))
        for action in widget.actions():
            found += list(_action_texts(action))
        for text in found:
            if text and text.strip():
                yield where, text


def english_left(root: QWidget) -> list[str]:
    """The texts of ``root`` that still read as English, each once, with where it is."""
    seen: dict[str, str] = {}
    for where, text in texts(root):
        if is_english(text) and text not in seen:
            seen[text] = where
    return [f"{where}: {text!r}" for text, where in seen.items()]
