"""The findings panel: a verdict, then one card per finding with Fix and Ignore here.

It only shows findings and forwards what the seller asks for through
``…Requested`` signals; the main window decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from composer.compose.summary import Summary
from composer.policy.model import Finding
from composer.ui.icons import Icon, when_ready

SEVERITY_WORDS = {"block": "Blocks sending", "warn": "Warning", "info": "Note"}
SEVERITY_ICONS = {"block": Icon.BLOCK, "warn": Icon.WARN, "info": Icon.INFO}
SEVERITY_COLOURS = {"block": "#b71c1c", "warn": "#8a5300", "info": "#0d47a1"}
CARD_TINT = {"block": "#fdecea", "warn": "#fff4e0", "info": "#e8f1fc"}
MAX_CARDS = 150  # a long document can have thousands; the rest are summarised


_BADGE_STYLE = {
    "ok": "background:#e8f5e9; color:#1b5e20; border:1px solid #a5d6a7;",
    "warn": "background:#fff4e0; color:#6d4100; border:1px solid #ffcc80;",
    "block": "background:#fdecea; color:#8e1212; border:1px solid #ef9a9a;",
    "idle": "background:#eceff1; color:#37474f; border:1px solid #cfd8dc;",
}


class FindingCard(QFrame):
    """One finding: severity icon and word, title, excerpt, explanation, source, buttons."""

    selectRequested = Signal(object)
    fixRequested = Signal(object)
    ignoreRequested = Signal(object)

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("finding-card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        severity = finding.severity
        word = SEVERITY_WORDS[severity]
        self.setAccessibleName(f"{word}: {finding.title or finding.rule}")
        self.setAccessibleDescription(finding.message)
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
        top.addWidget(icon)
        heading = QLabel(f"<b style='color:{SEVERITY_COLOURS[severity]}'>{word}</b>"
                         f" · <b>{_escape(finding.title or finding.rule)}</b>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        top.addWidget(heading, 1)
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
        self._show_words(finding)
        if finding.source:
            source = QLabel(f"Source: {finding.source}", self)
            source.setTextFormat(Qt.TextFormat.PlainText)
            source.setWordWrap(True)
            source.setStyleSheet("color:#546e7a; font-size: 11px;")
            layout.addWidget(source)

        long_label = finding.fix is not None and len(finding.fix.label) > 16
        buttons = QVBoxLayout() if long_label else QHBoxLayout()
        buttons.setSpacing(6)
        if finding.fix is not None:
            fix = QPushButton(finding.fix.label or "Fix", self)
            fix.setAccessibleName(f"Fix: {finding.fix.label}")
            fix.setToolTip("Apply this fix. Ctrl+Z undoes it.")
            when_ready(Icon.FIX, fix.setIcon)
            fix.clicked.connect(lambda: self.fixRequested.emit(self.finding))
            buttons.addWidget(fix)
            self.fix_button: QPushButton | None = fix
        else:
            self.fix_button = None
        ignore = QPushButton("Ignore here", self)
        ignore.setToolTip("Hide this one occurrence. The rule still checks the rest of the "
                          "message.")
        when_ready(Icon.IGNORE, ignore.setIcon)
        ignore.clicked.connect(lambda: self.ignoreRequested.emit(self.finding))
        self.ignore_button = ignore
        buttons.addWidget(ignore)
        if long_label:
            for number in range(buttons.count()):
                buttons.setAlignment(buttons.itemAt(number).widget(), Qt.AlignmentFlag.AlignLeft)
        else:
            buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _show_words(self, finding: Finding) -> None:
        shown = finding.excerpt.replace("\ufffc", "[picture]").strip()
        quoted = bool(shown) and finding.excerpt not in finding.message
        if quoted:
            excerpt = shown if len(shown) <= 80 else shown[:77] + "…"
            self.quote_label.setText(f"“{excerpt}”")
        self.quote_label.setVisible(quoted)
        self.message_label.setText(finding.message)
        self.setAccessibleDescription(finding.message)

    def refresh(self, finding: Finding) -> None:
        """Show a same-kind finding whose quote or words changed (cheaper than a new card)."""
        if (finding.excerpt, finding.message) != (self.finding.excerpt, self.finding.message):
            self._show_words(finding)
        if self.fix_button is not None and finding.fix is not None:
            self.fix_button.setText(finding.fix.label or "Fix")
            self.fix_button.setAccessibleName(f"Fix: {finding.fix.label}")
        self.finding = finding

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.selectRequested.emit(self.finding)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.selectRequested.emit(self.finding)
            return
        super().keyPressEvent(event)


def _same(a: Finding, b: Finding) -> bool:
    """The same problem, wherever it now sits in the text."""
    return (a.rule, a.severity, a.excerpt, a.message, a.attachment, a.fix is None) == \
        (b.rule, b.severity, b.excerpt, b.message, b.attachment, b.fix is None)


def _kind(finding: Finding) -> tuple[object, ...]:
    """What a card's shape depends on; the quote and words can be refreshed in place."""
    fix = finding.fix
    return (finding.rule, finding.severity, finding.title, finding.source, finding.attachment,
            None if fix is None else len(fix.label) > 16)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FindingsPanel(QWidget):
    """Verdict badge and finding cards, beside the editor."""

    selectRequested = Signal(object)
    fixRequested = Signal(object)
    ignoreRequested = Signal(object)
    restoreIgnoredRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings-panel")
        self.setAccessibleName("Policy findings")
        self.setMinimumWidth(280)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 10, 8, 8)
        outer.setSpacing(8)

        self.badge = QLabel("Checking…", self)
        self.badge.setObjectName("verdict-badge")
        self.badge.setAccessibleName("Verdict")
        self.badge.setWordWrap(True)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the verdict can be read aloud
        self._set_badge("Checking…", "idle")
        outer.addWidget(self.badge)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_host = QWidget(self.scroll)
        self.cards_layout = QVBoxLayout(self.list_host)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.setSpacing(8)
        self.cards_layout.addStretch(1)
        self.scroll.setWidget(self.list_host)
        outer.addWidget(self.scroll, 1)

        self.ignored_row = QWidget(self)
        row = QHBoxLayout(self.ignored_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.ignored_label = QLabel(self.ignored_row)
        self.ignored_label.setStyleSheet("color:#546e7a;")
        self.restore_button = QPushButton("Show them again", self.ignored_row)
        self.restore_button.setFlat(True)
        self.restore_button.setStyleSheet("color:#1565c0; text-decoration: underline;")
        self.restore_button.clicked.connect(self.restoreIgnoredRequested)
        row.addWidget(self.ignored_label, 1)
        row.addWidget(self.restore_button)
        self.ignored_row.hide()
        outer.addWidget(self.ignored_row)

        self.rules_note = QLabel(self)
        self.rules_note.setWordWrap(True)
        self.rules_note.setStyleSheet("color:#78909c; font-size: 11px;")
        outer.addWidget(self.rules_note)
        self.cards: list[FindingCard] = []
        self._has_cards = False
        self._good = False
        self._total = 0

    def show_checking(self) -> None:
        """Another draft is showing: nothing from the previous one may linger."""
        self._set_badge("Checking…", "idle")
        self._clear_cards()
        self._has_cards = False
        self.ignored_row.hide()

    def _clear_cards(self) -> None:
        """Remove every card and note (the stretch at the end stays)."""
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        while self.cards_layout.count() > 1:
            item = self.cards_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _set_badge(self, text: str, tone: str) -> None:
        self.badge.setText(text)
        self.badge.setStyleSheet(
            f"QLabel#verdict-badge {{ {_BADGE_STYLE[tone]} border-radius: 6px; padding: 8px;"
            " font-size: 14px; font-weight: 600; }")
        self.tone = tone

    def show_findings(self, findings: list[Finding], summary: Summary, ignored: int) -> None:
        """Replace the cards with ``findings`` (already without the ignored ones).

        While the seller types elsewhere, a new check finds the same problems at shifted
        places: then the cards are kept and only told their new positions.
        """
        text, tone = summary.badge, summary.tone
        shown = findings[:MAX_CARDS]
        good_news = not findings and not summary.empty and not summary.header_blocks
        if self._has_cards and good_news == self._good and len(shown) == len(self.cards) \
                and len(findings) == self._total \
                and all(_same(card.finding, item) for card, item in zip(self.cards, shown,
                                                                        strict=True)):
            for card, item in zip(self.cards, shown, strict=True):
                card.finding = item
            self._set_badge(text, tone)
            self._show_ignored(ignored)
            return
        focus = self.window().focusWidget()
        focused = next((n for n, card in enumerate(self.cards)
                        if focus is not None and (card is focus or card.isAncestorOf(focus))),
                       None)
        self._has_cards = True
        self._good = good_news
        self._total = len(findings)
        self._set_badge(text, tone)
        self.badge.setAccessibleDescription(text)
        # Keep every card whose kind is still there (a typed word adds one spelling card,
        # not a rebuild of all the others); only new kinds get new cards.
        spare: dict[tuple[object, ...], list[FindingCard]] = {}
        for card in self.cards:
            spare.setdefault(_kind(card.finding), []).append(card)
        for card in self.cards:
            self.cards_layout.removeWidget(card)
        self.cards = []
        self._clear_cards()
        if good_news:
            self.cards_layout.insertWidget(0, self._good_news())
        for finding in shown:
            reuse = spare.get(_kind(finding))
            if reuse:
                card = reuse.pop(0)
                card.refresh(finding)
            else:
                card = FindingCard(finding, self.list_host)
                card.selectRequested.connect(self.selectRequested)
                card.fixRequested.connect(self.fixRequested)
                card.ignoreRequested.connect(self.ignoreRequested)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        for left in spare.values():
            for card in left:
                card.setParent(None)
                card.deleteLater()
        if len(findings) > MAX_CARDS:
            more = QLabel(f"…and {len(findings) - MAX_CARDS:,} more. Fix the ones above first; "
                          "the list updates as you go.", self.list_host)
            more.setWordWrap(True)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, more)
        self._show_ignored(ignored)
        if focused is not None:
            # A keyboard user who fixed or ignored a finding stays in the list. New cards
            # are shown on the next turn of the event loop, so focus one then.
            target = self.cards[min(focused, len(self.cards) - 1)] if self.cards else self.badge
            self.badge.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, lambda: target in self.cards and target.setFocus(
                Qt.FocusReason.OtherFocusReason))

    def _show_ignored(self, ignored: int) -> None:
        self.ignored_row.setVisible(ignored > 0)
        self.ignored_label.setText(
            f"{ignored} finding{'s' if ignored != 1 else ''} ignored here.")

    def _good_news(self) -> QWidget:
        box = QFrame(self.list_host)
        box.setObjectName("good-news")
        box.setStyleSheet("QFrame#good-news { background:#f1f8e9; border-radius: 6px; }")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 18, 14, 18)
        icon = QLabel(box)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        when_ready(Icon.OK, lambda qicon: icon.setPixmap(qicon.pixmap(40, 40)))
        layout.addWidget(icon)
        title = QLabel("<b>No problems found</b>", box)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        body = QLabel("Nothing in this message breaks Amazon's messaging rules that Seller "
                      "Composer knows of. Read it once more as your buyer would, then send it.",
                      box)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(body)
        return box

    def show_rules_dated(self, stamp: str) -> None:
        self.rules_note.setText(
            f"Rules dated {stamp}. Seller Composer's own summary of Amazon's guidelines; "
            "Amazon does not publish its scanner's rules.")
