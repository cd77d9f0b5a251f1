"""The buyer's message above the Write / Buyer's view tabs, with a handle between them.

At 1024×700 the buyer's words had two or three lines and the preview two, each capped
by a fixed height. Now the handle sets how much the buyer's words get, the window
remembers it (window.json), and the editor and the preview take the rest. Hidden
words (Hide, or the buyer's view, where the seller reads their own message) leave
only the pane's title row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from composer.ui.buyerpane import BuyerMessagePane
from composer.ui.windowparts import read_state, remember

SHORT_WINDOW = 740  # px: below it the message comes before rows of the list of files
EDITOR_FIRST = 22  # px over the tabs' least height (an editor of 70 px): five lines and a bit
EDITOR_LINES = 5  # the lines of the editor kept before the buyer's words get more
PANE_HEIGHT = "buyer_message_height"  # window.json: the height the seller gave the message
QWIDGETSIZE_MAX = 16_777_215


class BuyerSplit(QSplitter):
    """Holds ``pane`` above ``below`` in ``below``'s place in its parent's layout."""

    def __init__(self, pane: BuyerMessagePane, below: QWidget, state: Path | None) -> None:
        host = below.parentWidget()
        super().__init__(Qt.Orientation.Vertical, host)
        self.setObjectName("buyer-split")
        self.setChildrenCollapsible(False)
        self.setHandleWidth(7)
        self.pane = pane
        self.state = state
        saved = read_state(state).get(PANE_HEIGHT)
        self.pane_height = saved if isinstance(saved, int) and saved > 0 else None
        layout = host.layout()
        index = layout.indexOf(below)
        # Moving a widget drops the focus inside it (the editor had it): the window would
        # then give it to the first field, To, where a removed file's Ctrl+Z went.
        focused = host.window().focusWidget()
        inside = focused is not None and (focused is below or below.isAncestorOf(focused))
        self.addWidget(pane)
        self.addWidget(below)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        layout.insertWidget(index, self, 1)
        if inside and focused is not None:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self.splitterMoved.connect(self._moved)
        pane.shapeChanged.connect(self.refit)

    def sizeHint(self) -> QSize:
        """In a short window (a 700 px screen) ask for all the height there is."""
        hint = super().sizeHint()
        if self.window().height() >= SHORT_WINDOW:
            return hint
        return QSize(hint.width(), max(hint.height(), self.window().height()))

    def follow_window(self, height: int) -> None:
        """Below SHORT_WINDOW the message comes before rows of the list of files.

        When the window's column is short of room, Qt gives a part with a stretch factor
        only its least height, and takes the shortage equally from the others. With a
        stretch the message got its least (two lines of preview) while the list of files
        kept two rows; without one, and asking for all the height, the list keeps its
        least (one row, it scrolls) and the message the rest. A tall window keeps the
        stretch: the files list shows its three rows and the message takes what is left.
        """
        layout = self.parentWidget().layout()
        layout.setStretchFactor(self, 1 if height >= SHORT_WINDOW else 0)
        self.updateGeometry()

    def refit(self) -> None:
        """Give the pane what its words need: the seller's height, else what they fill."""
        pane = self.pane
        if pane.isHidden():
            return
        pane.setMaximumHeight(pane.minimumSizeHint().height() if pane.words.isHidden()
                              else QWIDGETSIZE_MAX)
        self._share(sum(self.sizes()) or self.height())

    def _share(self, total: int) -> None:
        """Split ``total`` between the pane (what ``refit`` gives it) and the tabs.

        The editor comes first: while the tabs would get less than about five lines of text,
        the buyer's words give up height, down to their least (one line, it scrolls). In
        German at 1024×700 a reply with files had left the editor three lines.
        """
        pane = self.pane
        least = pane.minimumSizeHint().height()
        if pane.words.isHidden():
            height = least
        else:
            chrome = pane.sizeHint().height() - pane.words.sizeHint().height()
            height = self.pane_height or chrome + pane.fitted_height()
        room = self._editor_room()
        height = min(height, max(least, total - room))
        if self.sizes() != [height, max(0, total - height)]:
            self.setSizes([height, max(0, total - height)])

    def _editor_room(self) -> int:
        """The tabs' height for an editor of five lines: their least height, plus what five
        lines need over the editor's own least. A fixed EDITOR_FIRST kept half a line more
        than that, which the buyer's question lacked under Amazon's banner at 1024×700."""
        tabs = self.widget(1)
        editor = getattr(self.window(), "editor", None)
        if editor is None or not tabs.isAncestorOf(editor):
            return tabs.minimumSizeHint().height() + EDITOR_FIRST
        least = editor.minimumSizeHint().height() - 2 * editor.frameWidth()
        five = EDITOR_LINES * editor.fontMetrics().lineSpacing() + 1
        return tabs.minimumSizeHint().height() + max(0, five - least)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Taller or shorter (the window, a note above), the pane gets its share anew."""
        super().resizeEvent(event)
        self._reshare()

    def event(self, event: QEvent) -> bool:
        """A part asks for another least height (the toolbar's icons arrive): share anew."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._reshare()
        return handled

    def _reshare(self) -> None:
        total = sum(self.sizes())
        if not self.pane.isHidden() and total:
            self._share(total)

    def _moved(self, _pos: int, _index: int) -> None:
        if self.pane.words.isHidden():
            return
        self.pane_height = self.pane.height()
        remember(self.state, **{PANE_HEIGHT: self.pane_height})
