"""Which message types take files: said in the Type list, and why Attach is off.

Amazon refuses attachments on some types ("Arrange delivery", "Unexpected problem
with the order"…). The Type list shows beside each type how many files it takes,
and the attachment list turns Attach off, with the reason, while such a type is
chosen (a dropped file is refused with the same words).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem

from composer.message.messagetypes import MessageType, message_type
from composer.ui.listnames import type_label
from composer.ui.translations import plural_s

# Plain numbers: touching the Qt namespace before the first paint costs 45 ms.
FILES_ROLE = 257  # Qt.ItemDataRole.UserRole + 1
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole


class _Words(QObject):
    """The files words (a QObject: lupdate sees Qt's plural forms only in ``self.tr``)."""

    def files(self, kind: MessageType) -> str:
        n = kind.attachments_max
        if n == 0:
            return self.tr("no files")
        if kind.attachments_min > 0:
            return self.tr("needs a file (up to %n)", "", n)
        return plural_s(self.tr("up to %n file(s)", "", n), n)

    def takes(self, kind: MessageType) -> str:
        n = kind.attachments_max
        if n == 0:
            return self.tr("Takes no files.")
        if kind.attachments_min > 0:
            return self.tr("Needs a file; takes up to %n.", "", n)
        return plural_s(self.tr("Takes up to %n file(s).", "", n), n)


_WORDS = _Words()


def files_words(kind: MessageType) -> str:
    """How many files a type takes, in a few words for the Type list."""
    return _WORDS.files(kind)


def _takes(kind: MessageType) -> str:
    """The tooltip's sentence on files."""
    return _WORDS.takes(kind)


def refusal(type_id: str | None) -> str:
    """Why files cannot be attached to this type, or "" when they can."""
    try:
        kind = message_type(type_id or "")
    except KeyError:
        return ""
    if kind.attachments_max > 0:
        return ""
    return QCoreApplication.translate(
        "TypeFiles", "“{type}” messages take no files. To attach one, choose a type that "
        "takes files, such as Invoice or Warranty information.").format(
                   type=type_label(kind.id, kind.label))


class _TypeFilesDelegate(QStyledItemDelegate):
    """Each type in the open list with its files note: "Arrange delivery — no files"."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        note = index.data(FILES_ROLE)
        if note:
            option.text = f"{option.text} — {note}"


def mark_types(combo: QComboBox) -> None:
    """Add the files note to each type of ``combo`` (items carry the type id as data)."""
    for row in range(combo.count()):
        try:
            kind = message_type(str(combo.itemData(row)))
        except KeyError:
            continue
        words = files_words(kind)
        combo.setItemData(row, words, FILES_ROLE)
        tip = combo.itemData(row, TOOLTIP_ROLE) or ""
        combo.setItemData(row, f"{tip} {_takes(kind)}".strip(), TOOLTIP_ROLE)
    delegate = _TypeFilesDelegate(combo)
    combo.setItemDelegate(delegate)
    widen_list(combo)


def widen_list(combo: QComboBox) -> None:
    """The open list as wide as its longest entry with its note (the closed list keeps its
    width): "Other message you start (no Amazon type) — up to 5 files" was cut in half."""
    from PySide6.QtWidgets import QStyle

    view = combo.view()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    delegate = combo.itemDelegate()
    widest = max((delegate.sizeHint(option, combo.model().index(row, 0)).width()
                  for row in range(combo.count())), default=0)
    scroll = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    screen = combo.screen()
    most = screen.availableGeometry().width() if screen is not None else widest + scroll
    view.setMinimumWidth(min(most, widest + scroll + 2 * view.frameWidth() + 8))
