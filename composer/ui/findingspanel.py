"""The findings panel: a verdict, then cards with their fixes and a way to ignore them.

It only shows findings and forwards what the seller asks for through
``…Requested`` signals; the main window decides what happens. One card is a
:class:`~composer.ui.findingcard.FindingCard`; the panel lays them out, keeps them in
place while the seller clicks, and leaves a stub where a fixed card was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from composer.compose.cards import Card, cards_of
from composer.compose.summary import Summary
from composer.policy.fixaction import ASK_FIELD, FileAction, FixFile, MarkText, action_of
from composer.policy.model import Finding
from composer.ui.cardparts import (
    FOCUS_RING,
    DoneStub,
    StubKeeper,
    card_kind,
    card_words,
    good_news_box,
    same_problems,
)
from composer.ui.findingcard import FindingCard
from composer.ui.translations import number, plural_s

MAX_CARDS = 150  # a long document can have thousands; the rest are summarised
_UNDONE_KEPT = 5  # fixed cards watched for an undo that brings them back


_BADGE_STYLE = {
    "ok": "background:#e8f5e9; color:#1b5e20; border:1px solid #a5d6a7;",
    "warn": "background:#fff4e0; color:#6d4100; border:1px solid #ffcc80;",
    "block": "background:#fdecea; color:#8e1212; border:1px solid #ef9a9a;",
    "idle": "background:#eceff1; color:#37474f; border:1px solid #cfd8dc;",
}


class FindingsPanel(QWidget):
    """Verdict badge and finding cards, beside the editor.

    After a click on a card's button, the cards stay where they are while the pointer is
    over the panel: a card that went away leaves a "Fixed" stub down to just below the
    pointer (one line once the pointer is above it), new cards go to the end. The list
    settles when the pointer leaves. A quick second click can then never land on another
    card's button that moved up under the mouse.
    """

    selectRequested = Signal(object)
    fixRequested = Signal(object)
    ignoreRequested = Signal(object, bool)  # findings; confirmed through "This is not …"
    restoreIgnoredRequested = Signal()
    # A card about the message's words was fixed or ignored with the mouse: the seller's
    # next keystroke belongs in the message (a focused button that goes away would hand
    # the keyboard down the tab chain, to the To field). True: a file was removed (Attach).
    typingBack = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings-panel")
        self.setAccessibleName(self.tr("Policy findings"))
        self.setMinimumWidth(280)
        self.setStyleSheet(FOCUS_RING)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 10, 8, 8)
        outer.setSpacing(8)

        self.badge = QLabel(self.tr("Checking…"), self)
        self.badge.setObjectName("verdict-badge")
        self.badge.setAccessibleName(self.tr("Verdict"))
        self.badge.setWordWrap(True)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the verdict can be read aloud
        self._set_badge(self.tr("Checking…"), "idle")
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
        self.restore_button = QPushButton(self.tr("Show them again"), self.ignored_row)
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
        self.stubs: list[DoneStub] = []
        self.holding = False  # cards keep their places (see the class docstring)
        self.keeper = StubKeeper(self.list_host)  # sizes the stubs of held cards
        self._undone: list[set[tuple[str, str]]] = []  # the words of cards recently fixed
        self._acted: dict[int, str] = {}  # id(card widget) -> what the seller did to it
        self._last: tuple[list[Finding], Summary, int, list[Card]] | None = None
        self._has_cards = False
        self._good = False
        self._total = 0
        # "This is not a link…" asks through this (tests replace it).
        self.confirm_ignore: Callable[[QWidget, Sequence[Finding], str], bool] | None = None

    def show_checking(self) -> None:
        """Another draft is showing: nothing from the previous one may linger."""
        self.holding = False
        self._set_badge(self.tr("Checking…"), "idle")
        self._clear_cards()
        self._has_cards = False
        self._last = None
        self.ignored_row.hide()

    def _clear_cards(self) -> None:
        """Remove every card, stub and note (the stretch at the end stays)."""
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self.stubs = []
        self._acted = {}
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

    # --- what the seller does to a card -----------------------------------------------------
    def _new_card(self, card: Card) -> FindingCard:
        widget = FindingCard(card, self.list_host)
        widget.confirm = self._confirm
        widget.selectRequested.connect(self.selectRequested)
        widget.fixRequested.connect(lambda finding, w=widget: self._fix(w, finding))
        widget.ignoreRequested.connect(lambda findings, confirmed, w=widget: self._ignore(
            w, findings, confirmed))
        return widget

    def _fix(self, widget: FindingCard, finding: Finding) -> None:
        action = action_of(finding)  # a MarkText highlights the words: nothing is fixed
        self._acting(widget, "marked" if isinstance(action, MarkText) else "fixed")
        self.keeper.fixing(lambda: self.fixRequested.emit(finding))  # not the seller's edit
        field = finding.fix.field if finding.fix else None
        # A text or file fix, not a header field or a template (they take the focus).
        if field is None or field.startswith(ASK_FIELD) or isinstance(action, FixFile | MarkText):
            self._hand_back(widget, isinstance(action, FixFile)
                            and action.action is FileAction.REMOVE)

    def _ignore(self, widget: FindingCard, findings: list[Finding], confirmed: bool) -> None:
        self._acting(widget, "ignored")
        self.ignoreRequested.emit(findings, confirmed)
        self._hand_back(widget)

    def _hand_back(self, widget: FindingCard, removed: bool = False) -> None:
        """After a mouse click on a card about the words or a file, the keyboard goes to
        the message, or to Attach after a file's Remove (as the row's Remove does; a card
        that goes away would hand it down the tab chain). Not for a header field's card
        (its fix focuses the field); a keyboard user stays in the list."""
        if widget.by_mouse and all(not f.field for f in widget.card.findings):
            self.typingBack.emit(removed)

    def _confirm(self, parent: QWidget, findings: Sequence[Finding], excerpt: str) -> bool:
        from composer.ui.ignoredialog import ask_not_a

        return (self.confirm_ignore or ask_not_a)(parent, findings, excerpt)

    def _acting(self, widget: FindingCard, what: str) -> None:
        """A card's button was pressed: with the mouse, hold the cards in place."""
        if widget.by_mouse:
            self.holding = True
            self.keeper.hold(widget.pressed_at)
        if what == "fixed":  # if the seller undoes it, its card is brought into view
            self._undone = [*self._undone, card_words(widget.card)][-_UNDONE_KEPT:]
        self._acted[id(widget)] = what

    def leaveEvent(self, event: QEvent) -> None:
        """The pointer left: the list may settle now."""
        self.release()
        super().leaveEvent(event)

    def release(self) -> None:
        """Stop holding the cards in place and lay the list out afresh."""
        if not self.holding:
            return
        self.holding = False
        self.keeper.stop()
        if self._last is not None:
            self._has_cards = False
            self.show_findings(*self._last)

    # --- showing a check ----------------------------------------------------------------------
    def show_findings(self, findings: list[Finding], summary: Summary, ignored: int,
                      cards: list[Card] | None = None) -> None:
        """Replace the cards with ``cards`` (made of ``findings``, already without the ignored).

        While the seller types elsewhere, a new check finds the same problems at shifted
        places: then the cards are kept and only told their new positions.
        """
        if cards is None:
            cards = cards_of(findings)
        self._last = (findings, summary, ignored, cards)
        text, tone = summary.badge, summary.tone
        shown = cards[:MAX_CARDS]
        good_news = not findings and not summary.empty and not summary.header_blocks \
            and not summary.ignored_blocks
        if self._has_cards and good_news == self._good and len(shown) == len(self.cards) \
                and not self.stubs and len(cards) == self._total \
                and all(same_problems(widget.card, item) for widget, item in zip(self.cards, shown,
                                                                         strict=True)):
            for widget, item in zip(self.cards, shown, strict=True):
                widget.card, widget.finding = item, item.first
            self._set_badge(text, tone)
            self._show_ignored(ignored)
            return
        self._set_badge(text, tone)
        self.badge.setAccessibleDescription(text)
        if self.holding and self._has_cards:
            self._show_held(shown)
            self._total = len(cards)
            self._show_ignored(ignored)
            self._bring_back()
            return
        focus = self.window().focusWidget()
        focused = next((n for n, card in enumerate(self.cards)
                        if focus is not None and (card is focus or card.isAncestorOf(focus))),
                       None)
        self._has_cards = True
        self._good = good_news
        self._total = len(cards)
        # Keep every card whose kind is still there (a typed word adds one spelling card,
        # not a rebuild of all the others); only new kinds get new cards.
        spare: dict[tuple[object, ...], list[FindingCard]] = {}
        for widget in self.cards:
            spare.setdefault(card_kind(widget.card), []).append(widget)
        for widget in self.cards:
            self.cards_layout.removeWidget(widget)
        self.cards = []
        self._clear_cards()
        if good_news:
            self.cards_layout.insertWidget(0, good_news_box(self.list_host))
        for card in shown:
            reuse = spare.get(card_kind(card))
            if reuse:
                widget = reuse.pop(0)
                widget.refresh(card)
            else:
                widget = self._new_card(card)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, widget)
            self.cards.append(widget)
        for left in spare.values():
            for widget in left:
                widget.setParent(None)
                widget.deleteLater()
        if len(cards) > MAX_CARDS:
            more = QLabel(self.tr("…and {count} more. Fix the ones above first; the list "
                                  "updates as you go.").format(
                                      count=number(len(cards) - MAX_CARDS)), self.list_host)
            more.setWordWrap(True)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, more)
        self._show_ignored(ignored)
        self._bring_back()
        if focused is not None:
            # A keyboard user who fixed or ignored a finding stays in the list. New cards
            # are shown on the next turn of the event loop, so focus one then.
            target = self.cards[min(focused, len(self.cards) - 1)] if self.cards else self.badge
            self.badge.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, lambda: target in self.cards and target.setFocus(
                Qt.FocusReason.OtherFocusReason))

    def _bring_back(self) -> None:
        """A fixed card that is back (the seller undid the fix) is scrolled into view."""
        for widget in self.cards:
            back = next((p for p in self._undone if p & card_words(widget.card)), None)
            if back is not None:
                self._undone.remove(back)
                QTimer.singleShot(0, lambda w=widget: self._into_view(w))

    def _into_view(self, widget: FindingCard) -> None:
        if widget in self.cards:
            # Its place and the list's height now, not after Qt's own layout pass.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.scroll.ensureWidgetVisible(widget, 0, 8)

    def _show_held(self, shown: list[Card]) -> None:
        """Cards stay in place, new ones go to the end. Of the cards gone, the one acted on
        (else the last; a "read again" card only if acted on) leaves the one stub; a stub
        whose card is back goes, and so does an older stub when a newer one comes."""
        left = list(shown)
        back = [s for s in self.stubs if any(s.words & card_words(c) for c in shown)]
        kept: list[FindingCard] = []
        gone: list[FindingCard] = []
        for widget in list(self.cards):
            match = next((c for c in left if card_words(c) & card_words(widget.card)), None)
            if match is not None and card_kind(match) == card_kind(widget.card):
                left.remove(match)
                widget.refresh(match)
                kept.append(widget)
                continue
            gone.append(widget)
            if match is not None:  # the same words, now a different card: shown once, new
                left.remove(match)
                left.insert(0, match)
        told = [w for w in gone if w.card.first.rule != "reread" or id(w) in self._acted]
        marked = next((w for w in reversed(told) if id(w) in self._acted), (told or [None])[-1])
        going: list[QWidget] = list(dict.fromkeys([*back, *(self.stubs if gone else []), *gone]))
        spacing = self.cards_layout.spacing()
        above = sum(w.height() + spacing for w in going if marked is not None
                    and w is not marked and w.y() < marked.y())
        if marked is not None:
            what = self._acted.pop(id(marked), "")  # said once; a later stub is about edits
            words = {"fixed": self.tr("✓ Fixed. Ctrl+Z undoes it."),
                     "ignored": self.tr("Ignored here.")}.get(what, self.tr("✓ No longer found."))
            stub = self.keeper.make(words, marked.y() - above, marked.height())
            stub.words = card_words(marked.card)
            self.cards_layout.insertWidget(self.cards_layout.indexOf(marked), stub)
        self._drop(going)
        self.stubs = [stub] if marked is not None else [s for s in self.stubs if s not in going]
        self.cards = kept
        for card in left:
            widget = self._new_card(card)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, widget)
            self.cards.append(widget)

    def edited(self) -> None:
        """The seller changed the message (an undo too): the stub has said its piece."""
        self._drop(self.stubs)
        self.stubs = []

    def _drop(self, widgets: Sequence[QWidget]) -> None:
        for widget in widgets:
            self.cards_layout.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()

    def _show_ignored(self, ignored: int) -> None:
        self.ignored_row.setVisible(ignored > 0)
        self.ignored_label.setText(plural_s(self.tr("%n finding(s) ignored here.", "",
                                                    ignored), ignored))

    def show_rules_dated(self, stamp: str) -> None:
        self.rules_note.setText(self.tr(
            "Rules dated {date}. Seller Composer's own summary of Amazon's guidelines; "
            "Amazon does not publish its scanner's rules.").format(date=stamp))
