"""Above the editor of a reply: the buyer's message, read-only, with their pictures.

The buyer's words are shown, never sent: a reply carries only what the seller writes.
"Quote selection" copies the words the seller selected into the reply, on purpose, as a
quoted paragraph. The same strip shows plain notes about the open draft (a message type
Amazon dropped).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.ui.localwords import fill, moment
from composer.ui.wholelabel import keep_brief

if TYPE_CHECKING:
    from composer.store import InboxItem

THUMB = 44
WORDS_LINES = (2, 6)  # the buyer's words get at least two lines, at most six, then scroll
LEAST_LINES = 1  # squeezed (a 700 px screen, a reply with files and a note), one line, scrolling
SHORT_WINDOW = (780, 3)  # a window less tall than this gives the words at most 3 lines
MAX_PICTURE_BYTES = 30_000_000
PANE_STYLE = ("QFrame#buyer-pane { background: #f3f6fa; border-bottom: 1px solid #c9d3df; }"
              "QFrame#draft-note { background: #fff4d6; border-bottom: 1px solid #e0b84f; }"
              "QFrame#draft-note QLabel { color: #4a3800; }")


def when(value: datetime) -> str:
    """A time in the seller's own zone, as people write it: 3 Nov 2026, 15:22 (QLocale)."""
    return moment(value)


def picture(path: str, size: int) -> QPixmap | None:
    """A thumbnail of a picture the buyer sent, decoded by its content; None otherwise."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    if not reader.canRead() or reader.size().width() * reader.size().height() > 80_000_000:
        return None
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(
        QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation)


class OneLine(QLabel):
    """A title of one line, cut with "…" to its width: it never grows the pane.

    Wrapped, the title of a reply took three lines at 1024×700, and the buyer's question
    below it got one ("Bonjour,").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._whole = ""

    def show_text(self, text: str) -> None:
        self._whole = text
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._whole) + 4,
                     super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight,
                                              max(0, self.contentsRect().width()))
        if shown != self.text():
            self.setText(shown)


class BuyerMessagePane(QFrame):
    """The buyer's message a reply answers; hidden for drafts that answer none."""

    quoteRequested = Signal(str)
    foldChosen = Signal(bool)  # the seller hid (True) or showed the message: kept for next time
    shapeChanged = Signal()  # the words were shown, hidden or refilled (composer.ui.buyersplit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buyer-pane")
        self.setStyleSheet(PANE_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 4, 10, 4)
        column.setSpacing(2)
        top = QHBoxLayout()
        self.title = OneLine(self)
        self.title.setObjectName("buyer-pane-title")
        top.addWidget(self.title, 1)
        self.quote = QPushButton(self.tr("&Quote selection"), self)
        self.quote.setToolTip(self.tr("Copy the words you selected in the buyer's message into "
                                      "your reply, as a quote. Nothing of their message is "
                                      "sent otherwise."))
        self.quote.clicked.connect(self._quote)
        top.addWidget(self.quote)
        self.fold = QToolButton(self)
        self.fold.setText(self.tr("Hide"))
        self.fold.setCheckable(True)
        self.fold.setToolTip(self.tr("Hide or show the buyer's message"))
        self.fold.toggled.connect(self._folded)
        self.fold.clicked.connect(self.foldChosen)
        top.addWidget(self.fold)
        column.addLayout(top)
        self.words = QPlainTextEdit(self)
        self.words.setObjectName("buyer-words")
        self.words.setReadOnly(True)
        self.words.setAccessibleName(self.tr("The buyer's message (read-only, not sent)"))
        self.words.setTabChangesFocus(True)
        column.addWidget(self.words)
        self.files_row = QHBoxLayout()
        self.files_row.setSpacing(6)
        files_host = QWidget(self)
        files_host.setLayout(self.files_row)
        self.files_area = QScrollArea(self)
        self.files_area.setWidget(files_host)
        self.files_area.setWidgetResizable(True)
        self.files_area.setFrameShape(QFrame.Shape.NoFrame)
        self.files_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_area.setFixedHeight(THUMB + 12)
        column.addWidget(self.files_area)
        self.item: InboxItem | None = None
        self.keep_folded = False  # the seller's last choice of Hide/Show, for every reply
        self._fitted = 0  # the height the words need, within WORDS_LINES
        self._compact = False
        self._titles = ("", "")  # the whole title, and who wrote when (the buyer's view)
        self._most = WORDS_LINES[1]
        self.hide()

    def show_item(self, item: InboxItem | None) -> None:
        """Show the buyer message ``item`` (None hides the pane)."""
        self.item = item
        if item is None:
            self.hide()
            return
        mail = item.mail
        who = mail.buyer_name or mail.relay
        parts = [fill(self.tr("✉ %1 wrote on %2"), who, when(mail.received_at))]
        if mail.product_title:
            parts.append(mail.product_title)
        # One line: who wrote when, that it is not sent, then the product (also in the
        # header), cut first when the row is narrow; all of it in the tooltip. In the
        # buyer's view the row says who wrote when.
        self._titles = (" · ".join([self.tr("%1 (not sent with your reply)").replace(
            "%1", parts[0]), *parts[1:]]), parts[0])
        order = self.tr("Order %1").replace("%1", mail.order_id) if mail.order_id else ""
        self.title.setToolTip("\n".join(filter(None, (self._titles[0], order))))
        self._show_title()
        self.words.setPlainText(mail.text or self.tr("(The e-mail had no words from the "
                                                     "buyer.)"))
        self._fit_words()
        self._show_files(item)
        self.fold.setChecked(self.keep_folded)
        self.show()
        self.shapeChanged.emit()

    def _fit_words(self) -> None:
        """As tall as the words need, within WORDS_LINES, so a short message takes little."""
        width = max(200, self.words.viewport().width() or self.width() - 40)
        metrics = self.words.fontMetrics()
        lines = 0
        for paragraph in self.words.toPlainText().split("\n"):
            lines += max(1, -(-metrics.horizontalAdvance(paragraph) // width))
            if lines > self._most:
                break
        lines = min(max(lines, WORDS_LINES[0]), self._most)
        self._fitted = self._lines_height(lines)
        self._cap_words()

    def _lines_height(self, lines: int) -> int:
        margins = self.words.contentsMargins()
        return (lines * self.words.fontMetrics().lineSpacing() + 2 * int(
            self.words.document().documentMargin()) + margins.top() + margins.bottom())

    def _cap_words(self) -> None:
        """Two lines or more when there is room (fitted_height); one when the window has to
        squeeze, so that it still fits the screen. The handle above the tabs gives more."""
        self.words.setMinimumHeight(self._lines_height(LEAST_LINES))

    def fitted_height(self) -> int:
        """The height the words fill, within WORDS_LINES (fewer lines in a short window)."""
        return max(self._fitted, self._lines_height(WORDS_LINES[0]))

    def fit_window(self, height: int) -> None:
        """A short window (a 700 px screen) keeps the editor before the buyer's words."""
        most = SHORT_WINDOW[1] if height < SHORT_WINDOW[0] else WORDS_LINES[1]
        if most != self._most:
            self._most = most
            if self.item is not None:
                self._fit_words()
                self.shapeChanged.emit()

    def compact(self, on: bool) -> None:
        """The title row only, so the buyer's view below takes the space."""
        self._compact = on
        self._folded(self.fold.isChecked())

    def _show_files(self, item: InboxItem) -> None:
        while self.files_row.count():
            widget = self.files_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for saved in item.files:
            button = QToolButton(self)
            button.setToolTip(self.tr("%1: click to see it larger").replace("%1", saved.name))
            button.setAccessibleName(self.tr("Buyer's file %1").replace("%1", saved.name))
            thumb = picture(saved.path, THUMB) if saved.size <= MAX_PICTURE_BYTES else None
            if thumb is not None:
                button.setIcon(thumb)
                button.setIconSize(QSize(THUMB, THUMB))
                button.clicked.connect(lambda _=False, s=saved: self._enlarge(s.path, s.name))
            else:  # not a picture: named only, never opened from here
                button.setText(saved.name)
                button.setToolTip(self.tr("%1 (kept in your data folder; not a picture)")
                                  .replace("%1", saved.name))
            self.files_row.addWidget(button)
        self.files_row.addStretch(1)
        self.files_area.setVisible(bool(item.files) and not self.fold.isChecked()
                                   and not self._compact)

    def _enlarge(self, path: str, name: str) -> None:
        big = picture(path, 720)
        if big is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(name)
        layout = QVBoxLayout(dialog)
        label = QLabel(dialog)
        label.setPixmap(big)
        layout.addWidget(label)
        close = QPushButton(self.tr("Close"), dialog)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.exec()

    def _show_title(self) -> None:
        self.title.show_text(self._titles[1] if self._compact else self._titles[0])

    def _folded(self, folded: bool) -> None:
        self.fold.setText(self.tr("Show") if folded else self.tr("Hide"))
        self._show_title()
        shown = not folded and not self._compact
        self.fold.setVisible(not self._compact)
        self.words.setVisible(shown)
        self.quote.setVisible(shown)
        self.files_area.setVisible(shown and bool(self.item and self.item.files))
        self.shapeChanged.emit()

    def _quote(self) -> None:
        selected = self.words.textCursor().selectedText().replace("\u2029", "\n").strip()
        if selected:
            self.quoteRequested.emit(selected)


class DraftNote(QFrame):
    """A plain note about the open draft (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-note")
        self.setStyleSheet(PANE_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.text, 1)
        close = QToolButton(self)
        close.setText(self.tr("OK"))
        close.setToolTip(self.tr("Hide this note"))
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self.hide()

    def show_note(self, text: str | None) -> None:
        if not text:
            self.hide()
            return
        keep_brief(self.text, text)  # two lines at most, else the first sentence (wholelabel)
        self.show()
