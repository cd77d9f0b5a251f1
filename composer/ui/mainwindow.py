"""The main window: the one place that builds the widgets and connects their signals."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QHelpEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from composer import __version__
from composer.atomic import write_text_atomic
from composer.header import Header
from composer.messagetypes import message_type
from composer.policy.ignore import key_of, without_ignored
from composer.policy.model import Finding, Message, verdict
from composer.settings import Settings
from composer.textpos import Utf16Index
from composer.ui import icons
from composer.ui.docmodel import document_message
from composer.ui.editor import ComposerEdit
from composer.ui.findingspanel import SEVERITY_WORDS, FindingsPanel
from composer.ui.formatbar import FormatActions
from composer.ui.headerform import HeaderForm
from composer.ui.highlighter import FindingsHighlighter
from composer.ui.icons import Icon, when_ready
from composer.ui.livecheck import LiveChecker
from composer.ui.statusline import StatusLine

WINDOW_STATE_FILE = "window.json"


class MainWindow(QMainWindow):
    """Header, toolbar and editor on the left, findings on the right, status bar below."""

    def __init__(self, settings: Settings, data_dir: Path | None) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir
        self.setWindowTitle("Seller Composer")
        self.setObjectName("main-window")

        self.header = HeaderForm(self)
        self.editor = ComposerEdit(self)
        self.formats = FormatActions(self.editor, self)
        self.status = StatusLine(self)
        self.setStatusBar(self.status)
        self.findings_panel = FindingsPanel(self)
        self.highlighter = FindingsHighlighter(self.editor.document())
        self.checker = LiveChecker(self.snapshot, parent=self)
        self.ignored: set[str] = set()
        self.last_message: Message | None = None
        self.last_findings: list[Finding] = []
        self._painted = False
        self._settled = False

        compose = QWidget(self)
        compose.setObjectName("compose-area")
        column = QVBoxLayout(compose)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.formats.toolbar(compose))
        column.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(compose)
        self.splitter.addWidget(self.findings_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([840, 380])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._connect()
        self._refresh_counter()
        self.resize(1180, 760)
        self._restore_window_state()

    # --- construction ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setStatusTip("Business name and orders per day")
        when_ready(Icon.SETTINGS, self.settings_action.setIcon)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.formats.undo, self.formats.redo])
        edit_menu.addSeparator()
        for text, slot, keys in (("Cu&t", self.editor.cut, QKeySequence.StandardKey.Cut),
                                 ("&Copy", self.editor.copy, QKeySequence.StandardKey.Copy),
                                 ("&Paste", self.editor.paste, QKeySequence.StandardKey.Paste),
                                 ("Select &All", self.editor.selectAll,
                                  QKeySequence.StandardKey.SelectAll)):
            action = QAction(text, self)
            action.setShortcut(keys)
            # The editor handles these keys itself; the menu shows them and works by mouse.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            edit_menu.addAction(action)

        format_menu = bar.addMenu("F&ormat")
        format_menu.addActions([self.formats.bold, self.formats.italic, self.formats.underline])
        format_menu.addSeparator()
        format_menu.addActions([self.formats.bullets, self.formats.numbers])
        format_menu.addSeparator()
        format_menu.addActions([*self.formats.headings, self.formats.normal_text])

        help_menu = bar.addMenu("&Help")
        about = QAction("&About Seller Composer", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        """Every signal between the window's parts is connected here, and only here."""
        self.editor.textChanged.connect(self._refresh_counter)
        self.editor.textChanged.connect(self.checker.schedule)
        self.editor.pasteCleaned.connect(lambda text: self.status.showMessage(text, 8000))
        self.editor.viewport().installEventFilter(self)
        self.header.changed.connect(self._on_header_changed)
        self.checker.checked.connect(self._on_checked)
        self.findings_panel.selectRequested.connect(self.select_finding)
        self.findings_panel.fixRequested.connect(self.apply_fix)
        self.findings_panel.ignoreRequested.connect(self.ignore_finding)
        self.findings_panel.restoreIgnoredRequested.connect(self.restore_ignored)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action.triggered.connect(self.close)

    # --- behaviour ----------------------------------------------------------------------------
    def _on_header_changed(self, _header: Header) -> None:
        self._refresh_counter()
        self.checker.schedule()

    def snapshot(self) -> Message:
        """The message as it is now: what the live check looks at."""
        return document_message(self.editor.document(), self.header.value(),
                                self.settings.get("business_name"))

    def _on_checked(self, _revision: int, message: Message, findings: list[Finding]) -> None:
        self.last_message = message
        self.last_findings = findings
        self._show_findings()

    def _show_findings(self) -> None:
        if self.last_message is None:
            return
        text = self.last_message.text
        shown, ignored = without_ignored(self.last_findings, text, self.ignored)
        self.highlighter.set_findings(text, shown)
        self.findings_panel.show_findings(shown, verdict(shown), ignored)

    def check_now(self) -> None:
        """Check at once (used before screenshots and by tests), without waiting for a pause."""
        from composer.policy import check

        message = self.snapshot()
        self.checker.revision += 1
        self._on_checked(self.checker.revision, message, check(message))

    def _current_span(self, finding: Finding) -> tuple[int, int] | None:
        """The finding's span in document positions, if the text there is still the same."""
        text = self.editor.toPlainText()
        if text[finding.start:finding.end] != finding.excerpt:
            return None
        index = Utf16Index(text)
        return index.to_utf16(finding.start), index.to_utf16(finding.end)

    def select_finding(self, finding: Finding) -> None:
        """Select the finding's words in the editor (clicking a card does this)."""
        if finding.attachment is not None:
            return
        span = self._current_span(finding)
        if span is None:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def apply_fix(self, finding: Finding) -> None:
        """Apply a finding's fix as one undoable edit, or move to the header field it names."""
        fix = finding.fix
        if fix is None:
            return
        if fix.field is not None:
            if not self.header.focus_field(fix.field):
                self.open_settings()
            return
        text = self.editor.toPlainText()
        if text[finding.start:finding.end] != finding.excerpt:
            self.status.showMessage("The text changed since the check; checking again…", 4000)
            self.check_now()
            return
        index = Utf16Index(text)
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.setPosition(index.to_utf16(fix.start))
        cursor.setPosition(index.to_utf16(fix.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(fix.replacement)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.status.showMessage(f"Fixed: {fix.label}. Press Ctrl+Z to undo.", 6000)

    def ignore_finding(self, finding: Finding) -> None:
        if self.last_message is None:
            return
        try:
            self.ignored.add(key_of(finding, self.last_findings, self.last_message.text))
        except ValueError:
            return
        self._show_findings()

    def restore_ignored(self) -> None:
        self.ignored.clear()
        self._show_findings()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tooltips over underlined words explain the finding."""
        if watched is self.editor.viewport() and event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            position = self.editor.cursorForPosition(help_event.pos()).position()
            mark = self.highlighter.mark_at(position)
            if mark is None:
                QToolTip.hideText()
            else:
                finding = mark.finding
                QToolTip.showText(
                    help_event.globalPos(),
                    f"<b>{SEVERITY_WORDS[finding.severity]}: {finding.title}</b><br>"
                    f"{_html(finding.message)}",
                    self.editor.viewport(),
                )
            return True
        return super().eventFilter(watched, event)

    def _refresh_counter(self) -> None:
        kind = message_type(self.header.value().message_type)
        length = len(self.editor.toPlainText())
        self.status.show_count(length, kind)

    def open_settings(self) -> None:
        from composer.ui.settingsdialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Seller Composer",
            f"<h3>Seller Composer {__version__}</h3>"
            "<p>Write messages to Amazon buyers that pass Amazon's Buyer-Seller Messaging "
            "checks.</p><p>Seller Composer is not made by or affiliated with Amazon. Its rules "
            "are a careful summary of Amazon's published guidelines; when in doubt it takes the "
            "stricter reading.</p>",
        )

    def load_sample(self, header: Header, html: str) -> None:
        """Open a message (header and HTML body) in the editor."""
        self.header.set_value(header)
        self.editor.setHtml(html)
        self._refresh_counter()

    def event(self, event: QEvent) -> bool:
        """After the first paint, finish what start-up left for later (see after_first_paint)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.after_first_paint)
        return handled

    def after_first_paint(self) -> None:
        """Work that can wait until the window is shown: icons, the rules' date, a first check."""
        if self._settled:
            return
        self._settled = True
        from composer.policy.rulebook import rules_dated

        icons.load_icons()
        stamp = rules_dated()
        self.findings_panel.show_rules_dated(stamp)
        self.checker.schedule()

    def prepare_for_screenshot(self) -> None:
        """Finish every pending update so a screenshot shows the settled window."""
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.check_now()

    # --- window state (kept apart from preferences) ---------------------------------------------
    def _state_path(self) -> Path | None:
        return self.data_dir / WINDOW_STATE_FILE if self.data_dir else None

    def _restore_window_state(self) -> None:
        path = self._state_path()
        if path is None or not path.exists():
            return
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
            self.restoreGeometry(QByteArray.fromBase64(state["geometry"].encode("ascii")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return  # a damaged state file only costs the window its old size

    def closeEvent(self, event: QCloseEvent) -> None:
        self.checker.shutdown()
        path = self._state_path()
        if path is not None:
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            # Window size is a convenience: never stop the app from closing over it.
            with contextlib.suppress(OSError):
                write_text_atomic(path, json.dumps({"geometry": geometry}) + "\n")
        super().closeEvent(event)


def sample_header(data: dict) -> Header:
    values = dict(data)
    if values.get("order_date"):
        values["order_date"] = date.fromisoformat(values["order_date"])
    return Header(**values)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
