"""The main window: the one place that builds the widgets and connects their signals."""

from __future__ import annotations

import contextlib
import html as html_lib
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QHelpEvent,
    QKeySequence,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from composer import __version__
from composer.atomic import write_text_atomic
from composer.header import Header
from composer.messagetypes import message_type
from composer.settings import Settings
from composer.ui import icons
from composer.ui.editor import ComposerEdit
from composer.ui.formatbar import FormatActions
from composer.ui.headerform import HeaderForm
from composer.ui.icons import Icon, when_ready
from composer.ui.statusline import StatusLine

if TYPE_CHECKING:
    from composer.attachments.inspection import AttachmentInfo, InspectCache
    from composer.attachments.refs import AttachmentRef
    from composer.outgoing import Outgoing
    from composer.policy.model import Finding, Message
    from composer.quota import QuotaStatus
    from composer.review import Review
    from composer.sanitize import WhitelistLoad
    from composer.store import Draft, Store
    from composer.templates import Template
    from composer.ui.docmodel import DocumentSnapshot, TemplateRecord

WINDOW_STATE_FILE = "window.json"
PREVIEW_DEBOUNCE_MS = 300
TRASH_DAYS = 30  # deleted drafts can be restored for this long
DRAFTS_WIDTH = 200
FINDINGS_WIDTH = 280
ATTACHMENTS_HEIGHT = 64
EXPORT_HEIGHT = 36
QWIDGETSIZE_MAX = (1 << 24) - 1


class StoreUnavailable(RuntimeError):
    """The drafts database could not be opened; the seller has been told."""


def _set_keys(action: QAction, keys: QKeySequence.StandardKey | str,
              fallback: str | None = None) -> None:
    """Give an action its shortcut, or the fallback where the platform has no standard one.

    setShortcuts, not setShortcut: resolving setShortcut's overloads builds PySide6's
    whole Qt namespace, which the first frame avoids (see FIRST_FRAME_NOTE).
    """
    sequence = QKeySequence(keys)
    if sequence.isEmpty() and fallback:
        sequence = QKeySequence(fallback)
    action.setShortcuts([sequence])


_BODY_STYLE = re.compile(r'<body style="[^"]*">')


def editor_html(editor: ComposerEdit) -> str:
    """The editor's own HTML for reopening a draft exactly, minus the editor's default font.

    Qt writes its default font on ``<body>``; read back, that becomes explicit font
    formatting on every character, which the styling rules would then report.
    """
    return _BODY_STYLE.sub("<body>", editor.toHtml(), count=1)


def _host(parent: QWidget, width: int = 0, height: int = 0) -> QWidget:
    """An empty place, already the right size, that a panel is put into after the first paint."""
    host = QWidget(parent)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    if width:
        host.setMinimumWidth(width)
    if height:
        host.setFixedHeight(height)
    return host


class MainWindow(QMainWindow):
    """Header, toolbar and editor on the left, findings on the right, status bar below."""

    def __init__(self, settings: Settings, data_dir: Path | None,
                 store: Store | Callable[[], Store]) -> None:
        super().__init__()
        self.settings = settings
        self.data_dir = data_dir
        self.store = store
        self.setWindowTitle("Seller Composer")
        self.setObjectName("main-window")

        # The first frame needs only the header, the toolbar and the editor; the side panels
        # are built right after it is painted (see finish_building), into hosts that already
        # have their size, so nothing moves when they arrive.
        self.header = HeaderForm(self)
        self.editor = ComposerEdit(self)
        self.editor.setReadOnly(True)  # until the open draft is back (finish_building)
        self.formats = FormatActions(self.editor, self)
        self.status = StatusLine(self)
        self.setStatusBar(self.status)
        self._painted = False
        self._settled = False
        self._built = False
        self._snapshot_cache: tuple[tuple[int, int], DocumentSnapshot] | None = None

        compose = QWidget(self)
        compose.setObjectName("compose-area")
        column = QVBoxLayout(compose)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        write_page = QWidget(self)
        write_column = QVBoxLayout(write_page)
        write_column.setContentsMargins(0, 0, 0, 0)
        write_column.setSpacing(0)
        write_column.addWidget(self.formats.toolbar(write_page))
        write_column.addWidget(self.editor, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("compose-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(write_page, "Write")
        self.tabs.addTab(QWidget(self), "Buyer's view")
        self.tabs.setTabToolTip(0, "Write and format the message")
        self.tabs.setTabToolTip(1, "The message exactly as the buyer will receive it "
                                   "(Ctrl+Shift+B)")
        when_ready(Icon.WRITE, lambda icon: self.tabs.setTabIcon(0, icon))
        when_ready(Icon.PREVIEW, lambda icon: self.tabs.setTabIcon(1, icon))
        column.addWidget(self.tabs, 1)
        self.attachments_host = _host(self, height=ATTACHMENTS_HEIGHT)
        column.addWidget(self.attachments_host)
        self.export_host = _host(self, height=EXPORT_HEIGHT)  # the export bar (exportflow)
        column.addWidget(self.export_host)
        self.drafts_host = _host(self, width=DRAFTS_WIDTH)
        self.findings_host = _host(self, width=FINDINGS_WIDTH)
        # Keyword, not positional: QSplitter(parent) is resolved against QSplitter(orientation,
        # parent), which builds the Qt namespace (see FIRST_FRAME_NOTE). Horizontal by default.
        self.splitter = QSplitter(parent=self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.drafts_host)
        self.splitter.addWidget(compose)
        self.splitter.addWidget(self.findings_host)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([250, 700, 360])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self.resize(1180, 760)
        self._restore_window_state()

    def finish_building(self) -> None:
        """Build the side panels and the live machinery, then bring back the open draft."""
        if self._built:
            return
        self._built = True
        from composer.ui.attachmentspanel import AttachmentsPanel
        from composer.ui.background import Background
        from composer.ui.buyerview import BuyerView
        from composer.ui.draftsession import DraftSession
        from composer.ui.draftspanel import DraftsPanel
        from composer.ui.filejobs import FileJobs
        from composer.ui.findingspanel import FindingsPanel
        from composer.ui.livecheck import LiveChecker
        from composer.ui.underlines import FindingsUnderlines

        if callable(self.store):  # opened here, after the first paint (see app.run_app)
            try:
                self.store = self.store()
            except StoreUnavailable:  # the seller chose Quit in the store-problem dialog
                self._built = False
                QTimer.singleShot(0, self.close)
                raise
            except Exception as exc:
                self._built = False
                QMessageBox.critical(self, "Seller Composer",
                                     f"Your drafts could not be opened: {exc}")
                QTimer.singleShot(0, self.close)
                raise StoreUnavailable(str(exc)) from exc

        self.findings_panel = FindingsPanel(self)
        self.findings_host.layout().addWidget(self.findings_panel)
        self.drafts_panel = DraftsPanel(self)
        self.drafts_host.layout().addWidget(self.drafts_panel)
        self.attachments_panel = AttachmentsPanel(self)
        self.attachments_host.layout().addWidget(self.attachments_panel)
        self.attachments_host.setFixedHeight(QWIDGETSIZE_MAX)
        self.attachments_host.setMinimumHeight(0)
        from composer.ui.exportflow import ExportController, window_source

        self.export = ExportController(self, window_source(self), self.store, self.settings,
                                       self.data_dir)
        self.export_host.layout().addWidget(self.export.bar)
        self.export_host.setFixedHeight(QWIDGETSIZE_MAX)
        self.export_host.setMinimumHeight(0)
        self.export.statusMessage.connect(self.status.showMessage)
        self.export.settingsRequested.connect(self.open_settings)
        self.export.exported.connect(lambda _route: self.refresh_quota())
        self.send_menu.addActions(list(self.export.bar.actions_by_route.values()))
        self.send_menu.addSeparator()
        self.send_menu.addAction(self.export.bar.log_action)
        self.buyer_view = BuyerView(self)
        placeholder = self.tabs.widget(1)
        self.tabs.removeTab(1)
        placeholder.deleteLater()
        self.tabs.insertTab(1, self.buyer_view, "Buyer's view")
        self.tabs.setTabToolTip(1, "The message exactly as the buyer will receive it "
                                   "(Ctrl+Shift+B)")
        when_ready(Icon.PREVIEW, lambda icon: self.tabs.setTabIcon(1, icon))
        self.session = DraftSession(self.store, self._capture_draft, self._show_draft, self)
        self.preview_worker = Background(self, "preview")
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._whitelist: WhitelistLoad | None = None
        self.attachment_refs: list[AttachmentRef] = []
        self.attachment_infos: dict[str, AttachmentInfo] = {}
        self._file_jobs_for: dict[str, int] = {}  # file being fixed -> the draft it belongs to
        self.file_jobs = FileJobs(self)
        self.underlines = FindingsUnderlines(self.editor)
        self.inspect_cache: InspectCache | None = None  # made on the worker: Pillow loads late
        self.checker = LiveChecker(self.snapshot, self._review, parent=self)
        from composer.ui.quotameter import QuotaMeter

        self.quota_meter = QuotaMeter(self.status)
        self.status.insertPermanentWidget(0, self.quota_meter)
        self.quota_timer = QTimer(self)  # "today" rolls over at midnight: look each minute
        self.quota_timer.setInterval(60_000)
        from composer.ui.quotasupport import QuotaSupport

        self.quota = QuotaSupport(
            self.store, self.settings,
            lambda: self.session.current.id if self.session.current else None)
        self.ignored: set[str] = set()
        from composer.ui.spellingsupport import SpellingSupport

        self.spelling = SpellingSupport(self.store, self.underlines,
                                        lambda: self.header.value().buyer_language,
                                        lambda: self.last_message)
        self._shown_revision: int | None = None
        self.last_message: Message | None = None
        self.last_findings: list[Finding] = []
        self._connect()
        self.refresh_quota()
        self.quota_timer.start()
        if self.store.read_only:
            self.enter_read_only_mode()
            return
        self.store.purge_trash(older_than_days=TRASH_DAYS)
        self.session.restore_last()
        self.editor.setReadOnly(False)
        self.editor.setFocus()
        self._refresh_counter()

    def enter_read_only_mode(self) -> None:
        """The store could only be opened read-only: show the drafts with editing off."""
        from composer.ui.storeproblem import enter_read_only_mode

        enter_read_only_mode(self)

    # --- construction ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.new_action = self._menu_action(file_menu, "&New Draft", "Ctrl+N",
                                            "Start a new, empty message", self.new_draft)
        self.template_action = self._menu_action(
            file_menu, "New from &Template…", "Ctrl+Shift+N",
            "Start from a compliant template in the buyer's language", self.new_from_template)
        self.open_action = self._menu_action(
            file_menu, "&Open Message File…", "Ctrl+O",
            "Open an HTML or text file as a new draft, with its formatting", self.open_file)
        file_menu.addSeparator()
        self.duplicate_action = self._menu_action(
            file_menu, "&Duplicate Draft", "Ctrl+Shift+D", "Make a copy of this draft",
            lambda: self.session.current and self.session.duplicate(self.session.current.id))
        self.rename_action = self._menu_action(
            file_menu, "&Rename Draft…", "F2", "Give this draft a name in the list",
            lambda: self.session.current and self.rename_draft(self.session.current.id))
        self.save_template_action = self._menu_action(
            file_menu, "Save as Te&mplate…", None, "Keep this message as one of your templates",
            self.save_as_template)
        self.delete_action = self._menu_action(
            file_menu, "Move Draft to Tras&h", None, "Delete this draft (it can be restored)",
            lambda: self.session.current and self.delete_draft(self.session.current.id))
        file_menu.addSeparator()
        self.settings_action = QAction("&Settings…", self)
        _set_keys(self.settings_action, QKeySequence.StandardKey.Preferences, "Ctrl+,")
        self.settings_action.setStatusTip(
            "Business name, orders per day, time zone and how messages are sent")
        when_ready(Icon.SETTINGS, self.settings_action.setIcon)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = QAction("&Quit", self)
        _set_keys(self.quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.formats.undo, self.formats.redo])
        edit_menu.addSeparator()
        for text, slot, keys in (("Cu&t", self.editor.cut, QKeySequence.StandardKey.Cut),
                                 ("&Copy", self.editor.copy, QKeySequence.StandardKey.Copy),
                                 ("&Paste", self.editor.paste, QKeySequence.StandardKey.Paste),
                                 ("Select &All", self.editor.selectAll,
                                  QKeySequence.StandardKey.SelectAll)):
            # The editor handles these keys itself, so the menu only shows them (after a tab)
            # instead of registering a second, ambiguous shortcut.
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action = QAction(f"{text}\t{shown}", self)
            action.triggered.connect(slot)
            edit_menu.addAction(action)

        format_menu = bar.addMenu("Fo&rmat")
        format_menu.addActions([self.formats.bold, self.formats.italic, self.formats.underline])
        format_menu.addSeparator()
        format_menu.addActions([self.formats.bullets, self.formats.numbers])
        format_menu.addSeparator()
        format_menu.addActions([*self.formats.headings, self.formats.normal_text])

        view_menu = bar.addMenu("&View")
        self.buyer_view_action = QAction("&Buyer's View", self)
        _set_keys(self.buyer_view_action, "Ctrl+Shift+B")
        self.buyer_view_action.setStatusTip("Switch between writing and the buyer's view")
        self.buyer_view_action.triggered.connect(self.toggle_buyer_view)
        view_menu.addAction(self.buyer_view_action)

        # Filled after the first paint with the export bar's own actions (one set of
        # actions, two ways in: the bar under the text and this menu).
        self.send_menu = bar.addMenu("&Send")

        help_menu = bar.addMenu("&Help")
        about = QAction("&About Seller Composer", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _menu_action(self, menu: QMenu, text: str, keys: str | None, tip: str,
                     slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if keys:
            _set_keys(action, keys)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _connect(self) -> None:
        """Every signal between the window's parts is connected here, and only here."""
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.cursorPositionChanged.connect(self._on_cursor_moved)
        self.editor.pasteCleaned.connect(lambda text: self.status.showMessage(text, 8000))
        self.editor.viewport().installEventFilter(self)
        self.header.changed.connect(self._on_header_changed)
        self.checker.checked.connect(self._on_checked)
        self.findings_panel.selectRequested.connect(self.select_finding)
        self.findings_panel.fixRequested.connect(self.apply_fix)
        self.findings_panel.ignoreRequested.connect(self.ignore_finding)
        self.findings_panel.restoreIgnoredRequested.connect(self.restore_ignored)
        self.attachments_panel.addRequested.connect(self.add_attachments)
        self.attachments_panel.removeRequested.connect(self.remove_attachment)
        self.attachments_panel.fixRequested.connect(self.fix_attachment)
        self.editor.filesDropped.connect(self.add_attachments)
        self.file_jobs.finished.connect(self._on_file_job)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.session.listChanged.connect(self.refresh_drafts)
        self.session.failed.connect(self._save_failed)
        self.drafts_panel.openRequested.connect(self.session.open)
        self.drafts_panel.newRequested.connect(self.new_draft)
        self.drafts_panel.templateRequested.connect(self.new_from_template)
        self.drafts_panel.duplicateRequested.connect(self.session.duplicate)
        self.drafts_panel.renameRequested.connect(self.rename_draft)
        self.drafts_panel.deleteRequested.connect(self.delete_draft)
        self.drafts_panel.restoreRequested.connect(self.restore_draft)
        self.drafts_panel.searchChanged.connect(lambda _text: self.refresh_drafts())
        self.drafts_panel.trashToggled.connect(lambda _on: self.refresh_drafts())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.buyer_view.whitelistRequested.connect(lambda: self.open_settings("whitelist"))
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action.triggered.connect(self.close)
        self.quota_meter.settingsRequested.connect(self.open_settings)
        self.quota_timer.timeout.connect(self.refresh_quota)
        self.editor.fixRequested.connect(self.apply_fix)  # the spelling right-click menu
        self.editor.ignoreRequested.connect(self.ignore_finding)
        self.editor.addWordRequested.connect(self.add_word)
        self.editor.spelling_at = self.spelling.finding_at
        self.editor.suggest = self.spelling.suggest

    # --- behaviour ----------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self._refresh_counter()
        self.checker.schedule()
        self.session.touch()
        if self.tabs.currentWidget() is self.buyer_view:
            self.preview_timer.start()

    # --- the buyer's view -----------------------------------------------------------------------
    def whitelist(self) -> WhitelistLoad:
        """The tag whitelist in use: the seller's own file in the data folder, or the shipped."""
        if self._whitelist is None:
            from composer.sanitize import load_whitelist

            self._whitelist = load_whitelist(self.data_dir)
            if self._whitelist.error:
                self.status.showMessage(self._whitelist.error, 15000)
        return self._whitelist

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.buyer_view:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Clean the message off the UI thread and show it as the buyer will get it."""
        from composer.outgoing import prepare

        snap = self.document_snapshot()
        whitelist = self.whitelist().whitelist
        self.preview_worker.submit(prepare, snap.blocks, snap.dropped, whitelist,
                                   on_success=self._show_preview)

    def _show_preview(self, outgoing: Outgoing) -> None:
        self.buyer_view.show_result(outgoing.html, outgoing.plain, outgoing.removed)

    def toggle_buyer_view(self) -> None:
        self.tabs.setCurrentIndex(0 if self.tabs.currentIndex() == 1 else 1)

    def _on_header_changed(self, _header: Header) -> None:
        self._refresh_counter()
        self.checker.schedule()
        self.session.touch()

    def document_snapshot(self) -> DocumentSnapshot:
        """The editor's document as data, walked once per revision (check and autosave share)."""
        from composer.ui.docmodel import snapshot_document

        document = self.editor.document()
        # setHtml starts the revision count again, so the length is part of the key and
        # loading a draft clears the cache (_show_draft, open_text).
        revision = (document.revision(), document.characterCount())
        if self._snapshot_cache is None or self._snapshot_cache[0] != revision:
            self._snapshot_cache = (revision, snapshot_document(self.editor.document()))
        return self._snapshot_cache[1]

    def snapshot(self) -> Message:
        """The message as it is now: what the live check looks at."""
        from composer.ui.docmodel import document_message

        header = self.header.value()
        message = document_message(self.editor.document(), header,
                                   self.settings.get("business_name"), self.document_snapshot())
        return replace(message, extra={"attachment_refs": tuple(self.attachment_refs),
                                       **self.quota.window_facts(header),
                                       "dictionary": self.spelling.personal_words()})

    # --- quota and time windows -------------------------------------------------------------
    def prior_requests(self, order_id: str) -> tuple[tuple[date, str], ...]:
        """Earlier review and feedback requests for this order (the export check reads them)."""
        if not self._built or callable(self.store):
            return ()
        return self.quota.prior_requests(order_id)

    def quota_status(self) -> QuotaStatus:
        """Today's quota: what export and send check before a message leaves."""
        from composer.quota import quota_left

        if callable(self.store):
            return quota_left(None, self.settings)
        return self.quota.status()

    def refresh_quota(self) -> None:
        """Re-read the sent log: the meter, and earlier requests for the window rules."""
        self.quota.forget()
        try:
            status = self.quota_status()
        except Exception as exc:  # a damaged log or setting must not take the window down
            self.quota_meter.setToolTip(f"The sent log could not be read: {exc}")
            return
        self.quota_meter.show_status(status, str(self.settings.get("time_zone") or ""))

    def _review(self, message: Message) -> Review:
        """Runs on the checker's worker thread: pure core only."""
        from composer.attachments.inspection import InspectCache
        from composer.review import review  # the rule modules load here, not at start-up

        if self.inspect_cache is None:
            self.inspect_cache = InspectCache()
        return review(message, self.inspect_cache)

    def _on_checked(self, revision: int, result: Review) -> None:
        self._shown_revision = revision
        self.last_message = result.message
        self.last_findings = result.findings
        self._remember_attachments(result.attachments)
        self._show_findings()

    def _show_findings(self) -> None:
        from composer.policy.ignore import without_ignored
        from composer.policy.model import verdict

        if self.last_message is None:
            return
        text = self.last_message.text
        shown, ignored = without_ignored(self.last_findings, text, self.ignored)
        shown = self.spelling.hold_back(shown, text, self.editor.textCursor().position())
        self.underlines.set_findings(text, shown)
        summary = verdict(shown)
        header_blocks = sum(1 for p in self.header.problems().values() if p.blocking)
        empty = not text.strip()
        self.findings_panel.show_findings(shown, summary, ignored, header_blocks, empty)
        if summary.blocks or header_blocks:
            state: str | None = "blocked"
        elif summary.warnings:
            state = "warnings"
        else:
            state = None if empty else "ready"
        self.session.record_verdict(state)
        self._show_attachments(shown)
        self.export.show_verdict(shown, header_blocks, self.header.value(), empty)

    # --- attachments ----------------------------------------------------------------------------
    def _remember_attachments(self, infos: tuple[AttachmentInfo, ...]) -> None:
        """Keep what the review saw; a newly added file gets its hash from its first check."""
        from composer.attachments.refs import AttachmentRef

        self.attachment_infos = {str(info.path): info for info in infos}
        for number, ref in enumerate(self.attachment_refs):
            info = self.attachment_infos.get(str(ref.path))
            if not ref.sha256 and info is not None and info.readable and info.sha256:
                self.attachment_refs[number] = AttachmentRef(ref.path, info.size, info.sha256)
                self.session.touch()

    def _show_attachments(self, findings: list[Finding]) -> None:
        self.attachments_panel.show_files([r.path for r in self.attachment_refs],
                                          self.attachment_infos, findings)

    def add_attachments(self, paths: list[str]) -> None:
        """Attach files (from the button, a drop or a paste); the check then inspects them."""
        from composer.attachments.refs import AttachmentRef

        known = {ref.path for ref in self.attachment_refs}
        names = {ref.path.name for ref in self.attachment_refs}
        added = 0
        for raw in paths:
            path = Path(raw).expanduser().absolute()
            if path in known:
                self.status.showMessage(f"“{path.name}” is already attached.", 5000)
                continue
            if path.name in names:
                # The buyer sees only names: two files called the same would be confusing.
                self.status.showMessage(f"A file called “{path.name}” is already attached. "
                                        "Rename one of them first.", 8000)
                continue
            known.add(path)
            names.add(path.name)
            self.attachment_refs.append(AttachmentRef(path, 0, ""))
            added += 1
        if added:
            self._show_attachments(self.last_findings)
            self.checker.schedule()
            self.session.touch()

    def remove_attachment(self, path: str) -> None:
        self.attachment_refs = [r for r in self.attachment_refs if str(r.path) != path]
        self.attachment_infos.pop(path, None)
        self._show_attachments(self.last_findings)
        self.checker.schedule()
        self.session.touch()

    def fix_attachment(self, path: str, action: str) -> None:
        """Make a fixed copy (smaller, converted, without location…) off the UI thread."""
        if action == "remove":
            self.remove_attachment(path)
            return
        if path in self._file_jobs_for or self.session.current is None:
            return  # already being fixed: one copy is enough
        infos = list(self.attachment_infos.values())
        self._file_jobs_for[path] = self.session.current.id
        self.status.showMessage(f"Working on “{Path(path).name}”…")
        self.file_jobs.run(Path(path), action, self._copies_folder(), infos)

    def _copies_folder(self) -> Path:
        if self.data_dir is not None:
            return self.data_dir / "attachments"
        return Path(tempfile.gettempdir()) / "seller-composer-attachments"

    def _on_file_job(self, original: str, result: object) -> None:
        from composer.attachments.refs import AttachmentRef
        from composer.store import AttachmentRecord

        draft_id = self._file_jobs_for.pop(original, None)
        if isinstance(result, Exception):
            QMessageBox.warning(self, "The file could not be changed", str(result))
            self.status.clearMessage()
            return
        copy = Path(str(result))
        current = self.session.current
        if current is not None and current.id == draft_id:
            if not any(str(r.path) == original for r in self.attachment_refs):
                self.status.showMessage("The file was removed before its copy was ready; the "
                                        "copy was not attached.", 8000)
                return
            self.attachment_refs = [AttachmentRef(copy, 0, "") if str(r.path) == original
                                    else r for r in self.attachment_refs]
            self.checker.schedule()
            self.session.touch()
        elif draft_id is not None and self.store.has_draft(draft_id):
            # The seller moved to another draft meanwhile: fix the one the file belongs to.
            draft = self.store.get_draft(draft_id)
            draft.attachments = [AttachmentRecord(str(copy), copy.name) if a.path == original
                                 else a for a in draft.attachments]
            self.store.save_draft(draft)
        self.status.showMessage(f"Attached a fixed copy, “{copy.name}”. Your original file is "
                                "unchanged.", 8000)

    def check_now(self) -> None:
        """Check at once (used before screenshots and by tests), without waiting for a pause."""
        self.checker.revision += 1
        self._on_checked(self.checker.revision, self._review(self.snapshot()))

    def _current_span(self, finding: Finding) -> tuple[int, int] | None:
        """The finding's span in document positions, if the text there is still the same."""
        from composer.textpos import Utf16Index

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
        from composer.textpos import Utf16Index

        fix = finding.fix
        if fix is None:
            return
        if fix.field is not None and fix.field.startswith("attachment:"):
            target = next((r.path for r in self.attachment_refs
                           if r.path.name == finding.attachment), None)
            if target is not None:
                self.fix_attachment(str(target), fix.field.split(":", 1)[1])
            return
        if fix.field is not None and fix.field.startswith("format:"):
            self._clear_format(finding, fix.field.split(":", 1)[1])
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

    def _clear_format(self, finding: Finding, what: str) -> None:
        """Styling fixes change formats, not words: one undoable edit on the finding's span."""
        span = self._current_span(finding)
        if span is None:
            self.check_now()
            return
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.setPosition(span[0])
        cursor.setPosition(max(span[1], span[0]), QTextCursor.MoveMode.KeepAnchor)
        if what == "alignment":
            fmt = cursor.blockFormat()
            fmt.clearProperty(QTextFormat.Property.BlockAlignment)
            cursor.setBlockFormat(fmt)
        else:
            properties = {
                "font": (QTextFormat.Property.FontFamilies, QTextFormat.Property.FontFamily,
                         QTextFormat.Property.ForegroundBrush,
                         QTextFormat.Property.BackgroundBrush),
                "size": (QTextFormat.Property.FontPointSize, QTextFormat.Property.FontPixelSize),
            }.get(what, ())
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            block = self.editor.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                iterator = block.begin()
                while not iterator.atEnd():
                    fragment = iterator.fragment()
                    iterator += 1
                    if fragment.position() + fragment.length() <= start or \
                            fragment.position() >= end:
                        continue
                    piece = QTextCursor(self.editor.document())
                    piece.setPosition(max(start, fragment.position()))
                    piece.setPosition(min(end, fragment.position() + fragment.length()),
                                      QTextCursor.MoveMode.KeepAnchor)
                    fmt = fragment.charFormat()
                    for prop in properties:
                        fmt.clearProperty(prop)
                    piece.setCharFormat(fmt)
                block = block.next()
        cursor.endEditBlock()
        self.status.showMessage(f"Fixed: {finding.fix.label if finding.fix else what}. "
                                "Press Ctrl+Z to undo.", 6000)

    # --- spelling -------------------------------------------------------------------------------
    def add_word(self, word: str) -> None:
        """Add to dictionary: keep the word, drop its underlines now, and check again."""
        self.status.showMessage(self.spelling.add_word(word), 5000)
        self.last_findings = [f for f in self.last_findings if not (
            f.rule == "spelling" and f.excerpt.lower() == word.lower())]
        self._show_findings()
        self.checker.schedule()

    def _on_cursor_moved(self) -> None:
        """The cursor left the word being typed without an edit: show its mistake now."""
        if self.checker.revision != self._shown_revision:
            return  # an edit is on its way to the check
        if self.spelling.cursor_left_word(self.editor.textCursor().position()):
            self._show_findings()

    def ignore_finding(self, finding: Finding) -> None:
        from composer.policy.ignore import key_of

        if self.last_message is None:
            return
        try:
            self.ignored.add(key_of(finding, self.last_findings, self.last_message.text))
        except ValueError:
            return
        self._show_findings()
        self.session.touch()

    def restore_ignored(self) -> None:
        self.ignored.clear()
        self._show_findings()
        self.session.touch()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tooltips over underlined words explain the finding."""
        if watched is self.editor.viewport() and event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            position = self.editor.cursorForPosition(help_event.pos()).position()
            mark = self.underlines.mark_at(position)
            if mark is None:
                QToolTip.hideText()
            else:
                finding = mark.finding
                from composer.ui.findingspanel import SEVERITY_WORDS

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
        # characterCount counts UTF-16 units plus the final paragraph separator; it avoids
        # copying the whole text on every keystroke.
        length = max(0, self.editor.document().characterCount() - 1)
        self.status.show_count(length, kind)

    def open_settings(self, page: str = "general") -> None:
        from composer.ui.settingsdialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, whitelist=self.whitelist(),
                                data_dir=self.data_dir)
        dialog.show_page(page)
        if dialog.exec():
            self._whitelist = None  # a replaced whitelist file is read again
            self.refresh_quota()
            self.checker.schedule()
            if self.tabs.currentWidget() is self.buyer_view:
                self.refresh_preview()

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
        """Open a message (header and HTML body) in the editor, as a new draft."""
        self.session.new(header, html)

    # --- drafts ---------------------------------------------------------------------------------
    def _capture_draft(self, draft: Draft) -> Draft:
        """The open draft as it is now: what autosave writes (a paste still coming in first)."""
        self.editor.finish_paste()
        from composer.richtext import blocks_to_html
        from composer.store import AttachmentRecord

        snap = self.document_snapshot()
        draft.header = self.header.value()
        draft.body_html = blocks_to_html(snap.blocks)  # what is sent, for the CLI and export
        draft.body_text = snap.text
        draft.cursor_position = self.editor.textCursor().position()
        draft.extra = {**draft.extra, "editor_html": editor_html(self.editor)}  # exact reopening
        draft.attachments = [AttachmentRecord(str(r.path), r.path.name, r.size, r.sha256)
                             for r in self.attachment_refs]
        draft.ignored = set(self.ignored)
        return draft

    def _show_draft(self, draft: Draft) -> None:
        """Put a draft in the window, with the cursor where the seller left it."""
        self._snapshot_cache = None
        from composer.attachments.refs import AttachmentRef

        self.header.set_value(draft.header)
        html = draft.extra.get("editor_html") or draft.body_html
        if html:
            self.editor.setHtml(html)
        else:
            self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
        cursor = self.editor.textCursor()
        cursor.setPosition(min(max(0, draft.cursor_position),
                               self.editor.document().characterCount() - 1))
        self.editor.setTextCursor(cursor)
        self.attachment_refs = [AttachmentRef(Path(a.path), a.size, a.sha256)
                                for a in draft.attachments]
        self.attachment_infos = {}
        self.ignored = set(draft.ignored)
        self.last_message, self.last_findings = None, []
        self.underlines.set_findings("", [])
        self.findings_panel.show_checking()
        self._show_attachments([])
        self._refresh_counter()
        self.setWindowTitle(f"{draft.display_title} – Seller Composer")
        self.checker.schedule()
        if self.tabs.currentWidget() is self.buyer_view:
            self.preview_timer.start()

    def _save_failed(self, text: str) -> None:
        """Autosave failed: say so until a save works again (the text stays in the editor)."""
        self.status.showMessage(f"⚠ {text}")

    def refresh_drafts(self) -> None:
        panel = self.drafts_panel
        summaries = self.session.summaries(panel.search.text(), panel.trash.isChecked())
        current = self.session.current.id if self.session.current else None
        panel.show_drafts(summaries, current)
        if self.session.current is not None:
            self.setWindowTitle(f"{self.session.current.display_title} – Seller Composer")

    def new_draft(self) -> None:
        header = self.header.value()
        # A new message keeps the type and language the seller was using, nothing else.
        self.session.new(Header(message_type=header.message_type,
                                buyer_language=header.buyer_language))
        self.header.to.setFocus()

    def rename_draft(self, draft_id: int) -> None:
        draft = self.store.get_draft(draft_id)
        title, ok = QInputDialog.getText(self, "Rename draft", "Name in the drafts list "
                                         "(leave empty to use the subject):",
                                         text=draft.title or "")
        if ok:
            self.session.rename(draft_id, title)

    def delete_draft(self, draft_id: int) -> None:
        title = self.store.get_draft(draft_id).display_title
        self.session.delete(draft_id)
        self.drafts_panel.offer_undo(draft_id, title)
        self.status.showMessage(f"“{title}” moved to the trash. Undo it in the drafts list.",
                                8000)

    def restore_draft(self, draft_id: int) -> None:
        self.drafts_panel.hide_undo()
        self.session.restore(draft_id)
        if self.drafts_panel.trash.isChecked():
            self.drafts_panel.trash.setChecked(False)

    def open_file(self) -> None:
        """Open an HTML or text file as a new draft; its formatting is kept so it is checked."""
        from PySide6.QtWidgets import QFileDialog

        from composer.commands.check import InputError, read_input

        path, _ = QFileDialog.getOpenFileName(self, "Open a message file", "",
                                              "Messages (*.html *.htm *.txt);;All files (*)")
        if not path:
            return
        try:
            raw = read_input(path)
        except InputError as exc:
            QMessageBox.warning(self, "The file could not be opened", str(exc).capitalize() + ".")
            return
        self.open_text(raw, html=path.lower().endswith((".html", ".htm")))

    def open_text(self, raw: str, html: bool) -> None:
        header = self.header.value()
        draft = self.session.new(Header(message_type=header.message_type,
                                        buyer_language=header.buyer_language))
        if draft is None:
            return  # the open draft could not be saved; the seller stays on it
        self._snapshot_cache = None
        if html:
            self.editor.setHtml(raw)
        else:
            self.editor.setPlainText(raw)
        self.session.touch()
        self.status.showMessage(f"Opened as a new draft (#{draft.id}).", 6000)

    def new_from_template(self) -> None:
        from composer.ui.templatepicker import TemplatePicker

        picker = TemplatePicker(self.store, self.header.value().buyer_language, self)
        if picker.exec() and picker.chosen is not None:
            self.use_template(picker.chosen)

    def use_template(self, template: Template | TemplateRecord) -> None:
        """Start a new draft from a template, filling what the header and Settings know."""
        from composer.templates import body_to_html, fill_template, values_from_header

        current = self.header.value()
        values = values_from_header(current, self.settings.get("business_name"))
        filled = fill_template(template, values)
        saved_html = getattr(template, "body_html", None)  # a seller's own, with formatting
        if saved_html:
            safe = {key: html_lib.escape(value) for key, value in values.items()}
            body_html = fill_template(_HtmlBody(template.subject, saved_html), safe).body
        else:
            body_html = body_to_html(filled.body)
        header = Header(to=current.to, order_id=current.order_id,
                        order_date=current.order_date,
                        message_type=template.message_type or current.message_type,
                        buyer_language=template.language or current.buyer_language,
                        subject=filled.subject)
        self.session.new(header, body_html)
        if filled.unfilled:
            names = ", ".join("{" + name + "}" for name in filled.unfilled)
            self.status.showMessage(f"Fill in {names}: the findings panel shows where.", 10000)

    def save_as_template(self) -> None:

        self.session.save_now()
        current = self.session.current
        if current is None:
            return
        name, ok = QInputDialog.getText(self, "Save as template", "Template name:",
                                        text=current.display_title)
        if not ok or not name.strip():
            return
        header = self.header.value()
        snap = self.document_snapshot()
        self.store.create_template(name.strip(), snap.text, language=header.buyer_language,
                                   subject=header.subject, message_type=header.message_type,
                                   body_html=current.body_html)
        self.status.showMessage(f"Saved as your template “{name.strip()}”.", 6000)

    def event(self, event: QEvent) -> bool:
        """After the first paint, finish what start-up left for later (see after_first_paint)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.after_first_paint)
        return handled

    def save_now(self) -> None:
        """Write the open draft now (the app calls this as it quits)."""
        if self._built:
            self.session.save_now()

    def after_first_paint(self) -> None:
        """Work that can wait until the window is shown: icons, the rules' date, a first check."""
        if self._settled:
            return
        self._settled = True
        from composer.policy.rulebook import rules_dated

        try:
            self.finish_building()
        except StoreUnavailable:
            return
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
        if not self._built:
            super().closeEvent(event)
            return
        try:
            self.session.save_now()
        except Exception as exc:
            answer = QMessageBox.critical(
                self, "Your draft could not be saved",
                f"Saving failed: {exc}\n\nClose anyway? Your last changes would be lost.",
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.checker.shutdown()
        self.preview_worker.shutdown()
        self.file_jobs.shutdown()
        self.attachments_panel.shutdown()
        self.export.shutdown()
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


@dataclass(frozen=True)
class _HtmlBody:
    """A saved template's formatted body, filled like a plain one."""

    subject: str
    body: str
