"""The buyer's view: the message exactly as it will be sent, and what cleaning removed.

Remote pictures are never fetched (no network, no tracking): each shows as a
labelled box instead. The view only shows what the core produced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.export.removalwords import removal_words
from composer.ui.background import Background
from composer.ui.translations import number

if TYPE_CHECKING:
    from composer.sanitize import Removal

PLACEHOLDER_SIZE = (260, 90)
PREVIEW_DEBOUNCE_MS = 300

# An empty paragraph is sent as <p><br></p>, which a mail program shows one line tall; Qt
# reads it as a paragraph holding a line break, two lines tall. Qt's own mark for an empty
# paragraph makes the view show the gap the editor and the buyer's mail program show.
_EMPTY_PARAGRAPH = "<p><br></p>"
_QT_EMPTY_PARAGRAPH = '<p style="-qt-paragraph-type:empty"><br></p>'


class PreviewBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything: pictures become labelled boxes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Buyer's view of the message"))
        self.document().setDocumentMargin(16)

    def show_html(self, html: str) -> None:
        """Show a cleaned message as the buyer's mail program does: a sent empty paragraph
        (``<p><br></p>``, a typed blank line) one line tall, not a line break two lines tall.
        The buyer's view and the sent log's message both show it this way."""
        self.setHtml(html.replace(_EMPTY_PARAGRAPH, _QT_EMPTY_PARAGRAPH))

    def loadResource(self, kind: int, name: QUrl) -> object:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return placeholder(name.toString())
        return None  # style sheets or anything else: nothing is fetched


def placeholder(address: str) -> QImage:
    """A grey box that says which picture would be here, and that it was not loaded."""
    width, height = PLACEHOLDER_SIZE
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#eceff1"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#90a4ae"), 1, Qt.PenStyle.DashLine))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.setPen(QColor("#455a64"))
    font = QFont()
    font.setPointSize(9)
    painter.setFont(font)
    shown = address if len(address) <= 60 else address[:57] + "…"
    painter.drawText(QRectF(8, 8, width - 16, height - 16),
                     Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                     QCoreApplication.translate("PreviewBrowser",
                                                "Picture (not loaded in the preview)")
                     + f"\n{shown}")
    painter.end()
    return image


class BuyerView(QWidget):
    """Formatted or plain-text rendering, plus the list of what was removed."""

    modeChanged = Signal(str)
    whitelistRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("buyer-view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        bar = QFrame(self)
        bar.setObjectName("buyer-view-bar")
        bar.setStyleSheet("QFrame#buyer-view-bar { background:#eef3f6;"
                          " border-bottom: 1px solid #cfd8dc; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        caption = QLabel("<b>" + self.tr("What your buyer receives") + "</b>", bar)
        row.addWidget(caption)
        row.addStretch(1)
        self.mode_group = QButtonGroup(self)
        self.formatted_button = QPushButton(self.tr("For&matted"), bar)
        self.plain_button = QPushButton(self.tr("Plain te&xt"), bar)
        for button, tip in ((self.formatted_button, self.tr("The HTML message after cleaning")),
                            (self.plain_button, self.tr("The text to paste into Seller "
                                                        "Central's plain-text form"))):
            button.setCheckable(True)
            button.setToolTip(tip)
            self.mode_group.addButton(button)
            row.addWidget(button)
        self.formatted_button.setChecked(True)
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        layout.addWidget(bar)

        # The subject, as the buyer's inbox shows it above the message.
        self.subject = QLabel(self)
        self.subject.setObjectName("buyer-view-subject")
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setWordWrap(True)
        self.subject.setContentsMargins(16, 8, 16, 4)
        self.subject.setStyleSheet("font-weight: 600; background: white;")
        self.subject.setAccessibleName(self.tr("Subject the buyer sees"))
        layout.addWidget(self.subject)

        self.browser = PreviewBrowser(self)
        self.browser.setMinimumHeight(40)  # a small screen keeps the window whole; it scrolls
        layout.addWidget(self.browser, 1)  # the preview takes most of the space

        removed_box = QFrame(self)
        removed_box.setObjectName("removed-box")
        removed_box.setStyleSheet("QFrame#removed-box { background:#fafafa;"
                                  " border-top: 1px solid #cfd8dc; }")
        box = QVBoxLayout(removed_box)
        box.setContentsMargins(6, 2, 10, 4)
        box.setSpacing(2)
        top = QHBoxLayout()
        # A closed list under the preview: a click (or Space) opens it.
        self.removed_toggle = QToolButton(removed_box)
        self.removed_toggle.setObjectName("removed-toggle")
        self.removed_toggle.setCheckable(True)
        self.removed_toggle.setAutoRaise(True)
        self.removed_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.removed_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.removed_toggle.toggled.connect(self._show_removed)
        top.addWidget(self.removed_toggle)
        top.addStretch(1)
        about = QPushButton(self.tr("What is allowed…"), removed_box)
        about.setFlat(True)
        about.setStyleSheet("color:#1565c0; text-decoration: underline;")
        about.setToolTip(self.tr("Amazon does not publish its list of allowed formatting; "
                                 "Seller Composer uses its own careful list. See it in "
                                 "Settings."))
        about.clicked.connect(self.whitelistRequested)
        top.addWidget(about)
        box.addLayout(top)
        self.removed = QListWidget(removed_box)
        self.removed.setAccessibleName(self.tr("Not sent to the buyer"))
        self.removed.setMaximumHeight(110)
        self.removed.setWordWrap(True)
        self.removed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.removed.hide()
        box.addWidget(self.removed)
        layout.addWidget(removed_box)
        self._set_removed_title(0)

        self.html = ""
        self.plain = ""
        # What to clean: (blocks, dropped, whitelist), set by the window. Debounced while
        # the seller types; cleaned on a worker.
        self.source: Callable[[], tuple[Any, Any, Any]] | None = None
        self.subject_source: Callable[[], str] | None = None  # the header's subject
        self.worker = Background(self, "preview")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        """Clean the message off the UI thread and show it as the buyer will get it."""
        from composer.export.outgoing import prepare

        if self.source is None:
            return
        blocks, dropped, whitelist = self.source()
        if self.subject_source is not None:
            self.show_subject(self.subject_source())
        self.worker.submit(prepare, blocks, dropped, whitelist,
                           on_success=lambda out: self.show_result(out.html, out.plain,
                                                                   out.removed))

    @property
    def mode(self) -> str:
        return "plain" if self.plain_button.isChecked() else "formatted"

    def _mode_toggled(self) -> None:
        self._render()
        self.modeChanged.emit(self.mode)

    def show_result(self, html: str, plain: str, removed: Sequence[Removal]) -> None:
        """Show the cleaned message; the scroll position stays where the seller left it."""
        self.html, self.plain = html, plain
        self._render()
        self.removed.clear()
        for item in removed:
            from composer.ui.translations import current_language

            row = QListWidgetItem(removal_words(item, current_language()))
            row.setToolTip(item.example)
            self.removed.addItem(row)
        if not removed:
            self.removed.addItem(QListWidgetItem(self.tr("Nothing: the message is sent as you "
                                                         "wrote it.")))
        self._set_removed_title(sum(r.count for r in removed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The open list never takes more than a quarter of the view: the preview comes first."""
        super().resizeEvent(event)
        self.removed.setMaximumHeight(max(48, min(110, event.size().height() // 4)))

    def show_subject(self, subject: str) -> None:
        """The subject line the buyer sees above the message."""
        self.subject.setText(self.tr("Subject: {subject}").format(subject=subject)
                             if subject.strip()
                             else self.tr("Subject: (none yet: fill in Subject above)"))

    def _set_removed_title(self, count: int) -> None:
        self.removed_toggle.setText(self.tr("Left out of what is sent ({count})").format(
            count=number(count)) if count else self.tr("Nothing left out of what is sent"))
        self.removed_toggle.setToolTip(self.tr("Show or hide what is left out of the message "
                                               "the buyer gets"))

    def _show_removed(self, shown: bool) -> None:
        self.removed.setVisible(shown)
        self.removed_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)

    def _render(self) -> None:
        scroll = self.browser.verticalScrollBar()
        position = scroll.value()
        if self.mode == "plain":
            self.browser.setPlainText(self.plain)
        else:
            self.browser.show_html(self.html)
        scroll.setValue(min(position, scroll.maximum()))
