"""One finding card: severity, title, the words it is about, its reasons and its buttons.

The findings panel lays the cards out; a card only shows its findings and forwards what
the seller asks for (select, fix, ignore) through ``…Requested`` signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from composer.compose.cards import Card
from composer.policy.model import Finding
from composer.ui.cardparts import ElidingButton, breakable, escape_html
from composer.ui.icons import Icon, when_ready
from composer.ui.translations import say

SEVERITY_WORDS = {"block": QT_TRANSLATE_NOOP("FindingCard", "Blocks sending"),
                  "warn": QT_TRANSLATE_NOOP("FindingCard", "Warning"),
                  "info": QT_TRANSLATE_NOOP("FindingCard", "Note")}
SEVERITY_ICONS = {"block": Icon.BLOCK, "warn": Icon.WARN, "info": Icon.INFO}
SEVERITY_COLOURS = {"block": "#b71c1c", "warn": "#8a5300", "info": "#0d47a1"}
CARD_TINT = {"block": "#fdecea", "warn": "#fff4e0", "info": "#e8f1fc"}


class FindingCard(QFrame):
    """One card: severity, title, the words it is about, its reasons, source and buttons."""

    selectRequested = Signal(object)
    fixRequested = Signal(object)
    ignoreRequested = Signal(object, bool)  # the card's findings; confirmed ("This is not …")

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.finding = card.first
        self.by_mouse = False  # the last button press came from the mouse (see FindingsPanel)
        self.pressed_at: QPoint | None = None  # where (on the screen) that press was
        self.confirm: Callable[[QWidget, Sequence[Finding], str], bool] | None = None
        self.setObjectName("finding-card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        severity = card.severity
        self.setStyleSheet(
            f"QFrame#finding-card {{ background:{CARD_TINT[severity]}; border-radius:6px;"
            f" border-left: 4px solid {SEVERITY_COLOURS[severity]}; }}"
            "QFrame#finding-card:focus { border: 2px solid #1565c0;"
            f" border-left: 4px solid {SEVERITY_COLOURS[severity]}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)

        top = QHBoxLayout()
        top.setSpacing(6)
        icon = QLabel(self)
        icon.setFixedSize(18, 18)
        when_ready(SEVERITY_ICONS[severity], lambda qicon: icon.setPixmap(qicon.pixmap(18, 18)))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        layout.addLayout(top)

        quote = QLabel(self)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setWordWrap(True)
        quote.setStyleSheet("font-style: italic; color:#263238;")
        layout.addWidget(quote)
        message = QLabel(self)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.quote_label, self.message_label = quote, message
        self.source_label = QLabel(self)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color:#546e7a; font-size: 11px;")
        self._show_words(card)

        fixes = card.fixes()
        long_label = any(len(f.fix.label) > 16 for f in fixes if f.fix) or len(fixes) > 1
        buttons = QVBoxLayout() if long_label else QHBoxLayout()
        buttons.setSpacing(6)
        self.fix_buttons: list[QPushButton] = []
        for index, item in enumerate(fixes):
            assert item.fix is not None
            fix = ElidingButton(item.fix.label or self.tr("Fix"), self)
            fix.setAccessibleName(self.tr("Fix: {label}").format(label=item.fix.label))
            fix.setToolTip(self.tr("Apply this fix. Ctrl+Z undoes it."))
            when_ready(Icon.FIX, fix.setIcon)
            # The card's findings now, not when it was made: a kept card is told where its
            # words moved, and a fix aimed at the old place would be refused as stale.
            fix.clicked.connect(lambda _checked=False, n=index: self._fix(n))
            buttons.addWidget(fix)
            self.fix_buttons.append(fix)
        self.fix_button: QPushButton | None = self.fix_buttons[0] if self.fix_buttons else None
        way = card.ignoring()
        self.ignore_button: QPushButton | None = None
        self.never_label: QLabel | None = None
        if way.kind == "never":
            self.never_label = QLabel(say(way.reason), self)
            self.never_label.setWordWrap(True)
            self.never_label.setStyleSheet("color:#546e7a; font-size: 11px;")
        else:
            ignore = ElidingButton(self.tr("Ignore here") if way.kind == "click"
                                   else self._not_a_label(card), self)
            if way.kind == "click":
                ignore.setToolTip(self.tr("Hide this one occurrence. The rule still checks the "
                                          "rest of the message."))
                when_ready(Icon.IGNORE, ignore.setIcon)
                ignore.clicked.connect(lambda: self.ignoreRequested.emit(
                    list(self.card.findings), False))
            else:
                ignore.setToolTip(self.tr("Tell Seller Composer these words are not what it "
                                          "found. You are asked to confirm, with what is at "
                                          "risk."))
                ignore.clicked.connect(self._not_a)
            self.ignore_button = ignore
            buttons.addWidget(ignore)
        for button in (*self.fix_buttons, self.ignore_button):
            if button is not None:
                button.installEventFilter(self)
        if long_label:
            for number in range(buttons.count()):
                buttons.setAlignment(buttons.itemAt(number).widget(), Qt.AlignmentFlag.AlignLeft)
        else:
            buttons.addStretch(1)
        layout.addLayout(buttons)
        if self.never_label is not None:
            layout.addWidget(self.never_label)
        # Under the buttons: five sources pushed them out of view at 1024×700.
        layout.addWidget(self.source_label)
        # Not Maximum: that caps the height at the one for the widest layout, and a card
        # made narrower needs more lines (its words were cut off at the bottom).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _not_a_label(self, card: Card) -> str:
        """"This is not a link or marketing…", its nouns in the app's language."""
        from composer.policy.ignore import ignore_way
        from composer.ui.ignoredialog import ignore_words

        nouns = list(dict.fromkeys(ignore_words(way)[0] for way in map(ignore_way, card.findings)
                                   if way.kind == "confirm"))
        joined = nouns[0] if len(nouns) == 1 else \
            ", ".join(nouns[:-1]) + self.tr(" or ") + nouns[-1]
        return self.tr("This is not {nouns}…").format(nouns=joined)

    def _show_words(self, card: Card) -> None:
        first = card.first
        severity = card.severity
        word = self.tr(SEVERITY_WORDS[severity])
        title = first.title or first.rule
        self.heading.setText(f"<b style='color:{SEVERITY_COLOURS[severity]}'>{word}</b>"
                             f" · <b>{escape_html(title)}</b>")
        self.setAccessibleName(f"{word}: {title}")
        shown = card.excerpt.replace("\ufffc", self.tr("[picture]")).strip()
        quoted = bool(shown) and all(card.excerpt not in f.message for f in card.findings)
        if quoted:
            excerpt = shown if len(shown) <= 80 else shown[:77] + "…"
            self.quote_label.setText(breakable(f"“{excerpt}”"))
        self.quote_label.setVisible(quoted)
        text = _reasons(card)
        self.message_label.setText(breakable(text))
        self.setAccessibleDescription(text)
        sources = list(dict.fromkeys(f.source for f in card.findings if f.source))
        self.source_label.setText(breakable(self.tr("Source: {sources}").format(
            sources="; ".join(sources))) if sources else "")
        self.source_label.setVisible(bool(sources))

    def _fix(self, number: int) -> None:
        fixes = self.card.fixes()
        if number < len(fixes):
            self.fixRequested.emit(fixes[number])

    def refresh(self, card: Card) -> None:
        """Show a same-kind card whose quote or words changed (cheaper than a new card)."""
        if _words(card) != _words(self.card):
            self._show_words(card)
        for button, item in zip(self.fix_buttons, card.fixes(), strict=False):
            if item.fix is not None:
                button.setText(item.fix.label or self.tr("Fix"))
                button.setAccessibleName(self.tr("Fix: {label}").format(label=item.fix.label))
        self.card = card
        self.finding = card.first

    def _not_a(self) -> None:
        """"This is not a link…": ask, with the risk, before the block is set aside."""
        from composer.ui.ignoredialog import ask_not_a

        ask = self.confirm or ask_not_a
        if ask(self.window(), self.card.findings, self.card.excerpt):
            self.ignoreRequested.emit(list(self.card.findings), True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.by_mouse = True
            self.pressed_at = event.globalPosition().toPoint()  # type: ignore[attr-defined]
        elif kind == QEvent.Type.KeyPress:
            self.by_mouse = False
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.selectRequested.emit(self.selection())
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.selectRequested.emit(self.selection())
            return
        super().keyPressEvent(event)

    def selection(self) -> Finding:
        """What clicking the card selects: the words of all its findings."""
        card = self.card
        if len(card.findings) == 1:
            return card.first
        return replace(card.first, start=card.start, end=card.end, excerpt=card.excerpt)


def _reasons(card: Card) -> str:
    many = "\n".join(f"• {f.title or f.rule}: {f.message}" for f in card.findings)
    return card.first.message if len(card.findings) == 1 else many


def _words(card: Card) -> tuple[object, ...]:
    return (card.excerpt, tuple((f.title, f.message, f.source) for f in card.findings))
