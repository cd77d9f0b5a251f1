"""The drafts list: every message in progress, with its verdict badge, search and trash.

It shows summaries and forwards what the seller asks for (open, new, duplicate,
rename, delete, restore) as ``…Requested`` signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.clock.replyclock import ReplyClock, reply_clock, urgency_key
from composer.clock.timefmt import ago
from composer.message.messagetypes import REPLY, message_types
from composer.store import DraftSummary
from composer.ui.icons import Icon, when_ready
from composer.ui.translations import current_language, say

VERDICT_WORDS = {"ready": QT_TRANSLATE_NOOP("DraftsPanel", "Ready to send"),
                 "warnings": QT_TRANSLATE_NOOP("DraftsPanel", "Warnings to review"),
                 "blocked": QT_TRANSLATE_NOOP("DraftsPanel", "Blocked"),
                 None: QT_TRANSLATE_NOOP("DraftsPanel", "Not checked yet")}
VERDICT_MARKS = {"ready": ("✔", "#2e7d32"), "warnings": ("⚠", "#b26a00"),
                 "blocked": ("✖", "#c62828"), None: ("…", "#90a4ae")}
ID_ROLE = Qt.ItemDataRole.UserRole
META_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2
CLOCK_ROLE = Qt.ItemDataRole.UserRole + 3  # a reply's buyer_message_at (aware datetime)
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # the type's label: the free text of the second line
CLOCK_COLOURS = {"ok": "#37474f", "amber": "#8a5300", "late": "#b71c1c"}
# Urgent replies (amber, or late by less than this) are listed first, most urgent on top.
PIN_LATE_FOR = timedelta(days=3)
CLOCK_TICK_MS = 60_000


def clock_for(summary: DraftSummary, now: datetime) -> ReplyClock | None:
    """The 24-hour clock of a reply draft that knows when the buyer wrote; else ``None``."""
    if summary.message_type != REPLY or summary.buyer_message_at is None or \
            summary.answered_at is not None:  # answered (copied, exported or sent): no clock
        return None
    if summary.buyer_message_at > now:  # a typed time in the future: the field says so
        return None
    return reply_clock(summary.buyer_message_at, now)


def urgent_first(summaries: Sequence[DraftSummary], now: datetime) -> list[DraftSummary]:
    """Replies running out of time (amber, or recently late) on top, most urgent first.

    Everything else keeps the store's order (newest first).
    """
    def pinned(summary: DraftSummary) -> bool:
        clock = clock_for(summary, now)
        return clock is not None and (clock.state == "amber" or (
            clock.state == "late" and -clock.left < PIN_LATE_FOR))

    urgent = sorted((s for s in summaries if pinned(s)),
                    key=lambda s: urgency_key(clock_for(s, now)))
    return urgent + [s for s in summaries if not pinned(s)]


def fit_meta(metrics: QFontMetrics, meta: str, kind: str, width: int) -> str:
    """The second line in ``width`` px: the type's label gives up its middle first, so the
    state, the order and the time stay whole as long as they can."""
    over = metrics.horizontalAdvance(meta) - width
    if over > 0 and kind and kind in meta:
        room = max(0, metrics.horizontalAdvance(kind) - over)
        meta = meta.replace(kind, metrics.elidedText(kind, Qt.TextElideMode.ElideMiddle, room)
                            or "…", 1)
    return metrics.elidedText(meta, Qt.TextElideMode.ElideRight, width)


class DraftDelegate(QStyledItemDelegate):
    """Two lines per draft: the title in bold, then order ID · type · when; a badge at right.

    A reply draft starts its second line with its 24-hour clock, in words and colour.
    """

    now: Callable[[], datetime] = staticmethod(lambda: datetime.now(timezone.utc))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.height()
        # Narrow on purpose: the list is as wide as its panel, and the title and the line under
        # it are shortened with "…", so the badge at the right is never scrolled out of view.
        return QSize(60, height * 2 + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        rect = option.rect.adjusted(10, 6, -8, -6)
        mark, colour = VERDICT_MARKS.get(index.data(VERDICT_ROLE), VERDICT_MARKS[None])
        badge = QRect(rect.right() - 18, rect.top(), 18, rect.height())
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        text_colour = option.palette.highlightedText().color() if selected else \
            option.palette.text().color()
        painter.setPen(text_colour)
        line = option.fontMetrics.height()
        title_rect = QRect(rect.left(), rect.top(), rect.width() - 24, line)
        title = painter.fontMetrics().elidedText(index.data(Qt.ItemDataRole.DisplayRole),
                                                 Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         title)
        painter.setFont(option.font)
        painter.setPen(text_colour if selected else QColor("#607d8b"))
        meta_rect = QRect(rect.left(), rect.top() + line + 2, rect.width() - 24, line)
        received = index.data(CLOCK_ROLE)
        if received is not None:
            clock = reply_clock(received, self.now())
            clock_font = QFont(option.font)
            clock_font.setBold(clock.state != "ok")
            painter.setFont(clock_font)
            painter.setPen(text_colour if selected else QColor(CLOCK_COLOURS[clock.state]))
            words = clock.short_words(current_language()) + "  "
            painter.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             words)
            used = painter.fontMetrics().horizontalAdvance(words)
            meta_rect.setLeft(meta_rect.left() + used)
            painter.setFont(option.font)
            painter.setPen(text_colour if selected else QColor("#607d8b"))
        meta = fit_meta(painter.fontMetrics(), index.data(META_ROLE) or "",
                        index.data(KIND_ROLE) or "", meta_rect.width())
        painter.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         meta)
        badge_font = QFont(option.font)
        badge_font.setPointSizeF(option.font.pointSizeF() * 1.2)
        badge_font.setBold(True)
        painter.setFont(badge_font)
        painter.setPen(text_colour if selected else QColor(colour))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, mark)
        painter.restore()


class DraftList(QListWidget):
    """The list itself; Delete and F2 act on the selected draft."""

    deleteRequested = Signal(int)
    renameRequested = Signal(int)

    in_trash = False  # set by the panel: trashed drafts are restored, not renamed or deleted

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if self.in_trash or item is None or item.data(ID_ROLE) is None:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.deleteRequested.emit(int(item.data(ID_ROLE)))
            return
        if event.key() == Qt.Key.Key_F2:
            self.renameRequested.emit(int(item.data(ID_ROLE)))
            return
        super().keyPressEvent(event)


class DraftsPanel(QWidget):
    """Search, the list, the trash switch and an undo strip after a delete."""

    openRequested = Signal(int)
    newRequested = Signal()
    templateRequested = Signal()
    duplicateRequested = Signal(int)
    renameRequested = Signal(int)
    deleteRequested = Signal(int)
    restoreRequested = Signal(int)
    searchChanged = Signal(str)
    trashToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafts-panel")
        self.setAccessibleName(self.tr("Drafts"))
        self.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 4, 8)
        layout.setSpacing(6)

        top = QHBoxLayout()
        title = QLabel("<b>" + self.tr("Drafts") + "</b>", self)
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = self._tool(self.tr("New draft (Ctrl+N)"), Icon.NEW)
        self.new_button.clicked.connect(self.newRequested)
        self.template_button = self._tool(self.tr("New from a template (Ctrl+Shift+N)"),
                                          Icon.TEMPLATE)
        self.template_button.clicked.connect(self.templateRequested)
        self.duplicate_button = self._tool(self.tr("Duplicate the selected draft"),
                                           Icon.DUPLICATE)
        self.duplicate_button.clicked.connect(lambda: self._emit_selected(
            self.duplicateRequested))
        self.delete_button = self._tool(self.tr("Move the selected draft to the trash (Delete)"),
                                        Icon.DELETE)
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.deleteRequested))
        for button in (self.new_button, self.template_button, self.duplicate_button,
                       self.delete_button):
            top.addWidget(button)
        layout.addLayout(top)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search drafts…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search drafts"))
        self.search.textChanged.connect(self.searchChanged)
        layout.addWidget(self.search)

        self.list = DraftList(self)
        self.list.setAccessibleName(self.tr("Draft list"))
        self.list.setItemDelegate(DraftDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.deleteRequested.connect(self.deleteRequested)
        self.list.renameRequested.connect(self.renameRequested)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.list, 1)

        self.undo_strip = QWidget(self)
        strip = QHBoxLayout(self.undo_strip)
        strip.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.undo_strip)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_strip)
        strip.addWidget(self.undo_label, 1)
        strip.addWidget(self.undo_button)
        self.undo_strip.hide()
        self._undo_id: int | None = None
        self.undo_button.clicked.connect(self._undo_delete)
        layout.addWidget(self.undo_strip)

        self.trash = QCheckBox(self.tr("Sho&w trash"), self)
        self.trash.setToolTip(self.tr("Deleted drafts stay in the trash for 30 days. Select one "
                                      "and choose Restore."))
        self.trash.toggled.connect(self._trash_toggled)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.hide()
        self.restore_button.clicked.connect(lambda: self._emit_selected(self.restoreRequested))
        # One under the other: side by side the panel's 200 px cut "Papierkorb zeigen" to
        # "Papierkorb zei" beside "Wiederherstellen".
        layout.addWidget(self.trash)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._showing_id: int | None = None
        self._filling = False
        self._type_labels = {t.id: t.label for t in message_types()}
        self.now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
        self.list.itemDelegate().now = lambda: self.now()  # type: ignore[attr-defined]
        # Reply clocks move on by themselves: repaint them each minute.
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_TICK_MS)
        self.clock_timer.timeout.connect(self.list.viewport().update)

    def _tool(self, tip: str, icon: Icon) -> QToolButton:
        button = QToolButton(self)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        when_ready(icon, button.setIcon)
        return button

    def _emit_selected(self, signal: Signal) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(int(item.data(ID_ROLE)))  # type: ignore[attr-defined]

    def _current_changed(self, item: QListWidgetItem | None, _old: object) -> None:
        if self._filling or item is None or self.trash.isChecked():
            return
        draft_id = int(item.data(ID_ROLE))
        if draft_id != self._showing_id:
            self.openRequested.emit(draft_id)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        if not self.trash.isChecked() and item.data(ID_ROLE) is not None:
            self.renameRequested.emit(int(item.data(ID_ROLE)))

    def _trash_toggled(self, on: bool) -> None:
        self.list.in_trash = on
        self.restore_button.setVisible(on)
        self.duplicate_button.setEnabled(not on)
        self.delete_button.setEnabled(not on)
        self.trashToggled.emit(on)

    def show_drafts(self, summaries: Sequence[DraftSummary], current_id: int | None) -> None:
        """Fill the list, keeping the open draft selected."""
        self._filling = True
        self._showing_id = current_id
        now = self.now()
        if not self.trash.isChecked():
            summaries = urgent_first(summaries, now)
        clocks = False
        try:
            self.list.clear()
            for summary in summaries:
                item = QListWidgetItem(summary.title)
                kind = say(self._type_labels.get(summary.message_type,
                                                 summary.message_type or ""))
                answered = self.tr("Answered") if summary.message_type == REPLY and \
                    summary.answered_at is not None else ""
                # the state first, where a waiting reply shows its clock; the type's label
                # gives way in a narrow list
                parts = [p for p in (answered, summary.order_id, kind,
                                     self.ago(summary.updated_at)) if p]
                item.setData(ID_ROLE, summary.id)
                item.setData(KIND_ROLE, kind)
                item.setData(META_ROLE, " · ".join(parts))
                item.setData(VERDICT_ROLE, summary.verdict)
                verdict = self.tr(VERDICT_WORDS.get(summary.verdict, VERDICT_WORDS[None]))
                clock = clock_for(summary, now)
                said = [summary.title, verdict, " · ".join(parts)]
                if clock is not None and not self.trash.isChecked():
                    clocks = True
                    item.setData(CLOCK_ROLE, summary.buyer_message_at)
                    said.insert(1, clock.words(current_language()))
                item.setToolTip("\n".join(said))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(said))
                self.list.addItem(item)
                if summary.id == current_id:
                    self.list.setCurrentItem(item)
            if not summaries:
                empty = self.tr("The trash is empty.") if self.trash.isChecked() else \
                    (self.tr("No drafts match.") if self.search.text()
                     else self.tr("No drafts yet."))
                placeholder = QListWidgetItem(empty)
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                placeholder.setData(META_ROLE, "")
                self.list.addItem(placeholder)
        finally:
            self._filling = False
        if clocks:
            self.clock_timer.start()
        else:
            self.clock_timer.stop()

    def ago(self, moment: str | datetime, now: datetime | None = None) -> str:
        """How long ago a draft changed, in the app's language (the core's ago() in English)."""
        language = current_language()
        now = now or datetime.now(timezone.utc)
        if language == "en":
            return ago(moment, now)
        when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (now - when).total_seconds()
        if seconds < 45:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n min ago", "", max(1, round(seconds / 60)))
        if seconds < 86400:
            return self.tr("%n h ago", "", round(seconds / 3600))
        if seconds < 2 * 86400:
            return self.tr("yesterday")
        local = when.astimezone()
        locale = QLocale(language)
        if seconds < 7 * 86400:
            return locale.dayName(local.isoweekday())
        return locale.toString(QDate(local.year, local.month, local.day), "d MMM yyyy")

    def offer_undo(self, draft_id: int, title: str) -> None:
        self._undo_id = draft_id
        self.undo_label.setText(self.tr("“{title}” moved to the trash.").format(title=title))
        self.undo_strip.show()

    def _undo_delete(self) -> None:
        if self._undo_id is not None:
            self.restoreRequested.emit(self._undo_id)
        self._undo_id = None
        self.undo_strip.hide()

    def hide_undo(self) -> None:
        self._undo_id = None
        self.undo_strip.hide()
