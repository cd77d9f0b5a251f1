"""The export bar: one click per route out of the app, disabled while Amazon would block.

The bar only shows and asks: each button emits ``exportRequested(route)`` and
the :class:`~composer.ui.exportflow.ExportController` does the work. While a
blocking problem remains, every route is disabled and the reason is written
next to the buttons (with an icon and words, never colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.ui.icons import Icon, when_ready
from composer.ui.wholelabel import fit, keep_whole

# route, button text, shortcut, icon, tooltip (translated where shown: context "ExportBar")
ROUTES: tuple[tuple[str, str, str, Icon, str], ...] = (
    ("seller-central", QT_TRANSLATE_NOOP("ExportBar", "Copy for Seller Central"), "Ctrl+Shift+C",
     Icon.COPY_PLAIN, QT_TRANSLATE_NOOP(
         "ExportBar", "Copy the plain text, ready to paste into Contact Buyer in Seller Central")),
    ("rich-text", QT_TRANSLATE_NOOP("ExportBar", "Copy formatted"), "Ctrl+Alt+C", Icon.COPY_RICH,
     QT_TRANSLATE_NOOP(
         "ExportBar", "Copy the message with its bold, lists and headings, for an email app")),
    ("email-app", QT_TRANSLATE_NOOP("ExportBar", "Open in email app"), "Ctrl+Shift+E",
     Icon.EMAIL_APP, QT_TRANSLATE_NOOP(
         "ExportBar", "Open the message as a ready-to-send draft in your email app, to the "
         "buyer's Amazon address")),
    ("eml-file", QT_TRANSLATE_NOOP("ExportBar", "Save as .eml…"), "Ctrl+Shift+S", Icon.SAVE_EML,
     QT_TRANSLATE_NOOP(
         "ExportBar", "Save the message as an email file (.eml) that any email app can open")),
    ("smtp", QT_TRANSLATE_NOOP("ExportBar", "Send…"), "Ctrl+Return", Icon.SEND,
     QT_TRANSLATE_NOOP("ExportBar", "Send it now through your own email account (set it up in "
                       "Settings › Sending)")),
)
# On a narrow window (a laptop at 1024 px) the routes a seller uses least lose their words
# first and show their icon alone, with the name in the tooltip: one set of names everywhere
# (bar, menu, README, messages), never shorter words. A wider window whose names do not fit
# on one row (German and French at 1280 px) puts the routes on two rows, every name shown.
ICON_ONLY_ORDER = ("eml-file", "rich-text", "email-app", "smtp", "seller-central")
NARROW = 600  # px of bar: below it (a 1024 px screen) a second row costs the editor a line
BLOCK_STYLE = "color: #b71c1c;"
NOTE_STYLE = "color: #546e7a;"
WARN_STYLE = "color: #8a5300;"  # a warning for some routes: amber words with their ⚠


class ExportBar(QWidget):
    """Buttons for each route, a line saying why they are off, and the sent-log link."""

    exportRequested = Signal(str)
    sentLogRequested = Signal()
    outboxRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-bar")
        self.actions_by_route: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 4, 2, 4)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(2)
        for route, english, keys, key, english_tip in ROUTES:
            text, tip = self.tr(english), self.tr(english_tip)
            action = QAction(text, self)
            action.setIconText(text)  # Qt would drop the "…" that says a dialog follows
            action.setShortcuts([QKeySequence(keys)])
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown}): {tip}")
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, r=route: self.exportRequested.emit(r))
            when_ready(key, action.setIcon)
            self.addAction(action)  # the shortcut works wherever the focus is in the window
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setObjectName(f"export-{route}")
            button.setAccessibleName(text.rstrip("…"))  # the name, with or without words
            # Full names when there is room; on a small screen the icon alone (the tooltip
            # keeps the name) rather than a window wider than the screen.
            button.setMinimumWidth(40)
            row.addWidget(button)
            self.actions_by_route[route] = action
            self.buttons[route] = button
        row.addStretch(1)
        column.addLayout(row)
        # A second row of routes, used when the names do not fit on one (German, French).
        self.row_b = QHBoxLayout()
        self.row_b.setSpacing(2)
        self.row_b.addStretch(1)
        column.addLayout(self.row_b)
        self.row_a = row
        self.first_row = len(self.buttons)  # how many routes the first row holds
        # The reason and the sent-log link share the second line, so the five routes
        # keep their full names in the writing column's width.
        second = QHBoxLayout()
        second.setSpacing(4)
        self.log_action = QAction(self.tr("Sent log"), self)
        self.log_action.setToolTip(
            self.tr("Everything you copied, saved or sent, and the Outbox"))
        self.log_action.triggered.connect(self.sentLogRequested)
        when_ready(Icon.SENT_LOG, self.log_action.setIcon)
        self.log_button = QToolButton(self)
        self.log_button.setDefaultAction(self.log_action)
        self.log_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.log_button.setAutoRaise(True)
        # Beside the sent log while messages wait, never in its place.
        self.outbox_action = QAction(self)
        self.outbox_action.setToolTip(self.tr("Messages waiting to be sent: send them now or "
                                              "delete them"))
        self.outbox_action.triggered.connect(self.outboxRequested)
        self.outbox_action.setVisible(False)
        when_ready(Icon.OUTBOX, self.outbox_action.setIcon)
        self.outbox_button = QToolButton(self)
        self.outbox_button.setDefaultAction(self.outbox_action)
        self.outbox_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.outbox_button.setAutoRaise(True)
        self.outbox_button.hide()
        self.reason = QLabel(self)
        self.reason.setObjectName("export-reason")
        self.reason.setWordWrap(True)
        # As tall as its lines at its width, no taller: asked for at Qt's guess of a width
        # (three lines at 250 px), the bar kept a 1024×700 window from fitting the screen.
        keep_whole(self.reason)
        self.reason.hide()
        second.addWidget(self.reason, 1)
        second.addStretch(0)
        top_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        second.addWidget(self.outbox_button, 0, top_right)
        second.addWidget(self.log_button, 0, top_right)
        column.addLayout(second)
        self._route_reasons: dict[str, str] = {}
        self._tooltips: dict[str, str] = {}
        self.label_style = "full"

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Full names when they fit, shorter ones when not, icons alone as a last resort."""
        super().resizeEvent(event)
        self.fit_labels(event.size().width())

    def fit_labels(self, width: int) -> str:
        """Names beside every icon when they fit; else two rows; else drop the least used.

        Returns "full" (every name, one row), "two rows" (every name, two rows), "mixed"
        (some icons alone) or "icons".
        """
        room = width - 4 - 2 * len(self.buttons)  # the margins and the spacing
        for button in self.buttons.values():
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        widths = [b.sizeHint().width() for b in self.buttons.values()]
        split = len(widths)
        if sum(widths) > room and width >= NARROW:
            split = next((k for k in range(len(widths) - 1, 0, -1)
                          if sum(widths[:k]) <= room and sum(widths[k:]) <= room), split)
        self._put_rows(split)
        if split < len(widths):
            self.label_style = "two rows"
            return self.label_style
        dropped = 0
        while sum(b.sizeHint().width() for b in self.buttons.values()) > room \
                and dropped < len(ICON_ONLY_ORDER):
            self.buttons[ICON_ONLY_ORDER[dropped]].setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly)
            dropped += 1
        self.label_style = ("full" if not dropped else
                            "icons" if dropped == len(ICON_ONLY_ORDER) else "mixed")
        return self.label_style

    def _put_rows(self, split: int) -> None:
        """The first ``split`` routes on the first row, the rest on the second."""
        if split == self.first_row:
            return
        self.first_row = split
        buttons = list(self.buttons.values())
        for button in buttons:
            for layout in (self.row_a, self.row_b):
                layout.removeWidget(button)
        for index, button in enumerate(buttons):
            target, at = (self.row_a, index) if index < split else (self.row_b, index - split)
            target.insertWidget(at, button)

    def show_state(self, blocked_reason: str | None,
                   route_reasons: dict[str, str] | None = None, note: str = "",
                   note_tip: str = "") -> None:
        """Enable what may be used now; say why the rest is off, next to the buttons.

        ``note``: something only some routes need to know (another sender address for the
        e-mail routes), with ``note_tip`` as its tooltip; it disables nothing.
        """
        # A route without words for its reason is not held back (never "Note: None").
        self._route_reasons = {route: why for route, why in (route_reasons or {}).items() if why}
        for route, action in self.actions_by_route.items():
            why = blocked_reason or self._route_reasons.get(route)
            action.setEnabled(not why)
            base = self._tooltips.setdefault(route, action.toolTip())
            action.setToolTip(self.tr("{tip}. Not available: {reason}").format(tip=base, reason=why)
                             if why else base)
        self.reason.setToolTip("")
        if blocked_reason:
            self.reason.setText(f"✖ {blocked_reason}")
            self.reason.setStyleSheet(BLOCK_STYLE)
            self.reason.show()
        elif self._route_reasons or note:
            lines = [self.tr("Note: {reason}").format(reason=reason)
                     for reason in list(self._route_reasons.values())[:1]]
            lines += [note] if note else []
            self.reason.setText("\n".join(lines))
            self.reason.setToolTip(note_tip)
            self.reason.setStyleSheet(WARN_STYLE if note else NOTE_STYLE)
            self.reason.show()
        else:
            self.reason.hide()
        fit(self.reason)  # other words, other lines

    def show_outbox(self, waiting: int) -> None:
        """While messages wait, "Outbox: n" beside the Sent log button (which stays)."""
        self.outbox_action.setText(self.tr("Outbox: %n", "", waiting))
        self.outbox_action.setVisible(bool(waiting))
        self.outbox_button.setVisible(bool(waiting))
