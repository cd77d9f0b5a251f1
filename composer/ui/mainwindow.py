"""The main window: the one place that builds the widgets and connects their signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from composer.appdata.settings import Settings
from composer.message.header import Header
from composer.message.messagetypes import message_type
from composer.ui import icons, localwords
from composer.ui.editor import ComposerEdit
from composer.ui.formatbar import FormatActions
from composer.ui.headerform import HeaderForm
from composer.ui.icons import Icon
from composer.ui.statusline import StatusLine
from composer.ui.storeproblem import StoreUnavailable, open_or_close
from composer.ui.windowmenus import build_menus
from composer.ui.windowparts import (
    SteadyHost,
    fill,
    fit_on_screen,
    host,
    least_of_shown_page,
    put_tab,
    restore_geometry,
    save_geometry,
    steady_host,
)

if TYPE_CHECKING:
    from composer.compose.shown import Shown
    from composer.compose.summary import Summary
    from composer.policy.model import Finding
    from composer.store import Draft, Store
    from composer.ui.exportflow import ExportController

WINDOW_STATE_FILE = "window.json"
TRASH_DAYS = 30  # deleted drafts can be restored for this long
DRAFTS_WIDTH = 200
FINDINGS_WIDTH = 280
ATTACHMENTS_HEIGHT = 64
EXPORT_HEIGHT = 36
PREVIEW_TIP = QT_TRANSLATE_NOOP(
    "MainWindow", "The message exactly as the buyer will receive it (Ctrl+Shift+B)")


class MainWindow(QMainWindow):
    """Header, toolbar and editor on the left, findings on the right, status bar below."""

    def __init__(self, settings: Settings, data_dir: Path | None,
                 store: Store | Callable[[], Store]) -> None:
        super().__init__()
        self.settings = settings
        localwords.use_settings(settings)  # times are shown in the seller's time zone
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
        self.focus_return: QObject | None = None  # made with the editing (_build_editing)
        self.restart_asked = False  # Settings › Language › "Restart now"
        self.status = StatusLine(self)
        self.setStatusBar(self.status)
        self._painted = False
        self._settled = False
        self._built = False  # the editor's part (_build_editing)
        self._panels = False  # the rest (_build_panels)

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
        put_tab(self.tabs, 0, write_page, self.tr("Write"), Icon.WRITE,
                self.tr("Write and format the message"))
        put_tab(self.tabs, 1, QWidget(self), self.tr("Buyer's view"), Icon.PREVIEW,
                self.tr(PREVIEW_TIP))
        column.addWidget(self.tabs, 1)
        # Steady: removing a file never moves the editor or the text under the caret.
        self.attachments_host = steady_host(self, ATTACHMENTS_HEIGHT)
        column.addWidget(self.attachments_host)
        self.export_host = steady_host(self, EXPORT_HEIGHT)  # (exportflow)
        column.addWidget(self.export_host)
        self.drafts_host = host(self, width=DRAFTS_WIDTH)
        self.findings_host = host(self, width=FINDINGS_WIDTH)
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

        build_menus(self)  # File, Edit, Format, View, Send, Help (composer.ui.windowmenus)
        self.resize(1180, 760)
        restore_geometry(self, self._state_path())

    def finish_building(self) -> None:
        """Everything start-up leaves for after the first paint, at once (tests, screenshots)."""
        self._build_editing()
        self._build_panels()

    def _build_editing(self) -> None:
        """Open the store and bring back the open draft, writable: all typing needs. Edits are
        saved and checked from here on; the panels follow on the next turn (_build_panels)."""
        if self._built:
            return
        self._built = True
        from composer.ui.composecontroller import ComposeController
        from composer.ui.draftsession import DraftSession
        from composer.ui.focusreturn import FocusReturn

        if self.focus_return is None:  # keys back after any dialog, the store's the first
            self.focus_return = FocusReturn(self, self.editor)

        if callable(self.store):  # opened here, after the first paint (see app.run_app)
            try:
                self.store = open_or_close(self, self.store)
            except StoreUnavailable:  # the seller has been told, or chose Quit
                self._built = False
                raise
        self.session = DraftSession(self.store, lambda draft: self.compose.capture(draft),
                                    self._show_draft, self)  # capture: what autosave writes
        self.compose = ComposeController(
            self.editor, self.header, self.settings, self.store, self.data_dir,
            lambda: self.session.current.id if self.session.current else None, self)
        self.export: ExportController | None = None  # built once the editor takes keys
        self._connect_editing()
        if self.store.read_only:  # drafts shown, editing off (see composer.ui.storeproblem)
            from composer.ui.storeproblem import enter_read_only_mode

            self._build_panels()
            self._build_export()
            enter_read_only_mode(self)
            return
        self.store.purge_trash(older_than_days=TRASH_DAYS)
        self.session.restore_last()
        self.editor.setReadOnly(False)
        self.editor.setFocus()
        self._refresh_counter()

    def _build_panels(self) -> None:
        """The side panels, buyer messages, the buyer's view and the quota meter, then shown
        for the draft already open (their signals were not connected when it was loaded)."""
        if self._panels or not self._built:
            return
        self._panels = True
        self.header.show_files_notes()
        self.compose.watch_hover()
        from composer.ui.attachmentspanel import AttachmentsPanel
        from composer.ui.buyerview import BuyerView
        from composer.ui.draftactions import DraftActions
        from composer.ui.draftspanel import DraftsPanel
        from composer.ui.findingspanel import FindingsPanel
        from composer.ui.inboxflow import InboxController
        from composer.ui.quotameter import QuotaMeter

        self.findings_panel = fill(self.findings_host, FindingsPanel(self))
        self.drafts_panel = fill(self.drafts_host, DraftsPanel(self))
        self.attachments_panel = fill(self.attachments_host, AttachmentsPanel(self), True)
        self.attachments_panel.settings = self.settings
        self.draft_actions = DraftActions(self, self.session, self.store, self.settings,
                                          self.header, self.editor, self.compose,
                                          self.drafts_panel, self.status)
        self.inbox = InboxController(self)  # buyer messages: Messages menu, reply pane, drops
        self.buyer_view = BuyerView(self)
        self.tabs.widget(1).deleteLater()  # the placeholder of the first frame
        put_tab(self.tabs, 1, self.buyer_view, self.tr("Buyer's view"), Icon.PREVIEW,
                self.tr(PREVIEW_TIP))
        least_of_shown_page(self.tabs)
        self.quota_meter = QuotaMeter(self.status)
        self.status.addPermanentWidget(self.quota_meter)
        from composer.ui.focusring import show_focus  # Tab stops whose style shows no focus

        show_focus(self.findings_panel.badge, self.findings_panel.scroll, self.drafts_panel.list,
                   self.attachments_panel.rows_scroll, self.quota_meter)
        self.quota_timer = QTimer(self)  # "today" rolls over at midnight: look each minute
        self.quota_timer.setInterval(60_000)
        self._connect()
        self.refresh_quota()
        self.quota_timer.start()
        if self.session.current is not None:
            self.findings_panel.show_checking()
            self.inbox.draft_loaded(self.session.current)
            self.refresh_drafts()
            self._show_attachments()

    # --- construction ---------------------------------------------------------------------------
    def _connect_editing(self) -> None:
        """What typing needs from the first key: save and check (the rest: _connect)."""
        self.editor.textChanged.connect(self._on_edit)
        self.header.changed.connect(lambda _header: self._on_edit())
        self.compose.edited.connect(self.session.touch)
        self.compose.statusMessage.connect(self.status.showMessage)
        self.editor.textChanged.connect(self.status.noted_edit)  # a note's action is over
        self.header.changed.connect(self.status.noted_edit)

    def _connect(self) -> None:
        """Every signal between the window's parts is connected here (the few that typing
        needs from the first key in _connect_editing), and only here."""
        compose, editor, panel, drafts = (self.compose, self.editor, self.findings_panel,
                                          self.drafts_panel)
        acts, session = self.draft_actions, self.session

        def on_current(act: Callable[[int], object]) -> Callable[[], object]:
            return lambda: session.current and act(session.current.id)

        for action, slot in ((self.new_action, acts.new_draft),
                             (self.template_action, acts.new_from_template),
                             (self.open_action, acts.open_file),
                             (self.duplicate_action, on_current(session.duplicate)),
                             (self.rename_action, on_current(acts.rename_draft)),
                             (self.save_template_action, acts.save_as_template),
                             (self.delete_action, on_current(acts.delete_draft))):
            action.triggered.connect(lambda _checked=False, act=slot: act())
        editor.cursorPositionChanged.connect(compose.cursor_moved)
        editor.filesDropped.connect(self.inbox.files_dropped)  # e-mails imported, files attached
        editor.fixRequested.connect(compose.apply_fix)  # the spelling right-click menu
        editor.ignoreRequested.connect(compose.ignore)
        editor.addWordRequested.connect(compose.add_word)
        editor.spelling_at = compose.spelling.finding_at
        editor.suggest = compose.spelling.suggest
        compose.checked.connect(self._on_checked)
        compose.files.changed.connect(self._show_attachments)
        compose.settingsRequested.connect(self.open_settings)
        compose.templateRequested.connect(acts.use_template_id)
        compose.files.warning.connect(
            lambda title, text: QtWidgets.QMessageBox.warning(self, title, text))
        panel.selectRequested.connect(compose.select)
        panel.fixRequested.connect(compose.apply_fix)
        panel.ignoreRequested.connect(compose.ignore)
        panel.typingBack.connect(lambda removed: (
            self.attachments_panel.add_button if removed else self.editor).setFocus())
        self.editor.textChanged.connect(panel.edited)  # a "Fixed" stub goes at the next edit
        self.editor.textChanged.connect(panel.keeper.edited)  # and the press holds no place
        panel.restoreIgnoredRequested.connect(compose.restore_ignored)
        self.attachments_panel.addRequested.connect(compose.files.add)
        self.attachments_panel.removeRequested.connect(compose.files.remove)
        self.attachments_panel.fixRequested.connect(compose.files.fix)
        self.attachments_panel.roomChanged.connect(self.attachments_host.release)
        compose.file_undo.offered.connect(self.status.offer_undo)  # "Removed “x.pdf”. Undo"
        compose.file_undo.withdrawn.connect(self.status.withdraw_undo)
        self.status.undoRequested.connect(editor.undo)
        compose.filesAllowed.connect(self.attachments_panel.allow_files)
        self.attachments_panel.allow_files(compose.files.refusal())  # the draft reopened at start
        self.session.listChanged.connect(self.refresh_drafts)
        self.session.failed.connect(lambda text: self.status.showMessage(f"⚠ {text}"))
        drafts.openRequested.connect(session.open)
        drafts.newRequested.connect(acts.new_draft)
        drafts.templateRequested.connect(acts.new_from_template)
        drafts.duplicateRequested.connect(session.duplicate)
        drafts.renameRequested.connect(acts.rename_draft)
        drafts.deleteRequested.connect(acts.delete_draft)
        drafts.restoreRequested.connect(acts.restore_draft)
        drafts.searchChanged.connect(lambda _text: self.refresh_drafts())
        drafts.trashToggled.connect(lambda _on: self.refresh_drafts())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.buyer_view.source = compose.preview_source
        self.buyer_view.subject_source = lambda: self.header.value().subject
        self.buyer_view.whitelistRequested.connect(lambda: self.open_settings("whitelist"))
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action.triggered.connect(self.close)
        self.quota_meter.settingsRequested.connect(self.open_settings)
        self.quota_timer.timeout.connect(self.refresh_quota)

    # --- behaviour ----------------------------------------------------------------------------
    def _on_edit(self) -> None:
        """The text or the header changed: count, check, save and preview after a pause."""
        self._refresh_counter()
        self.compose.checker.schedule()
        self.session.touch()
        if self._panels and self.tabs.currentWidget() is self.buyer_view:
            self.buyer_view.timer.start()

    def _on_checked(self, summary: Summary, shown: Shown) -> None:
        """A check came back: the panel, the drafts list, the files and the export bar."""
        self.findings_panel.show_findings(shown.findings, summary, shown.ignored, shown.cards)
        self.session.record_verdict(summary.stored)
        self._show_attachments(shown.findings)
        if self.export is not None:
            self.export.show_verdict(summary, self.header.value(), shown)
        for place in self._steady_places():
            place.steady = True  # the draft is shown: from now on its parts only grow

    def _steady_places(self) -> tuple[SteadyHost, ...]:
        return self.attachments_host, self.export_host

    def _show_attachments(self, findings: list[Finding] | None = None) -> None:
        for place in self._steady_places():
            place.hold()  # removing a file moves nothing (windowparts.SteadyHost)
        compose = self.compose
        if findings is None:
            findings = compose.last.findings if compose.last else []
        self.attachments_panel.show_files([r.path for r in compose.files.refs],
                                          compose.files.infos, findings, compose.files.undoable())

    def check_now(self) -> None:
        """Check at once (used before screenshots and by tests), without waiting for a pause."""
        self.compose.check_now()

    # --- the buyer's view -----------------------------------------------------------------------
    def _on_tab_changed(self, _index: int) -> None:
        viewing = self.tabs.currentWidget() is self.buyer_view
        if self._panels:  # the files' rows make room for the preview, and come back
            self.attachments_host.release()
            self.attachments_panel.show_compact(viewing)
        if viewing:
            self.buyer_view.refresh()

    def toggle_buyer_view(self) -> None:
        self.tabs.setCurrentIndex(0 if self.tabs.currentIndex() == 1 else 1)

    def refresh_quota(self) -> None:
        """Re-read the sent log: the meter, and earlier requests for the window rules."""
        self.compose.quota.forget()
        self.quota_meter.refresh(self.compose.quota.status,
                                 str(self.settings.get("time_zone") or ""))

    def _refresh_counter(self) -> None:
        kind = message_type(self.header.value().message_type)
        # characterCount counts UTF-16 units plus the final paragraph separator; it avoids
        # copying the whole text on every keystroke.
        length = max(0, self.editor.document().characterCount() - 1)
        self.status.show_count(length, kind)

    def open_settings(self, page: str = "general") -> None:
        from composer.ui.settingsdialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, whitelist=self.compose.whitelist(),
                                data_dir=self.data_dir)
        dialog.show_page(page)
        if dialog.exec():
            self.compose.settings_changed()
            self.refresh_quota()
            if self.tabs.currentWidget() is self.buyer_view:
                self.buyer_view.refresh()

    def restart(self) -> None:
        """Close (the draft is saved with its cursor) and start again once the app has
        let go of its data folder (``composer.ui.app.run_app``)."""
        self.restart_asked = True
        QTimer.singleShot(0, self.close)

    def load_sample(self, header: Header, html: str) -> None:
        """Open a message (header and HTML body) in the editor, as a new draft."""
        self.session.new(header, html)

    # --- drafts ---------------------------------------------------------------------------------
    def _show_draft(self, draft: Draft) -> None:
        """Put a draft in the window, with the cursor where the seller left it."""
        if self._panels:
            self.findings_panel.show_checking()
        for place in self._steady_places():
            place.release()  # another message: the parts under the editor measured anew
        self.compose.load(draft)
        self._refresh_counter()
        self.setWindowTitle(f"{draft.display_title} – Seller Composer")
        if self._panels and self.tabs.currentWidget() is self.buyer_view:
            self.buyer_view.timer.start()

    def refresh_drafts(self) -> None:
        panel = self.drafts_panel
        summaries = self.session.summaries(panel.search.text(), panel.trash.isChecked())
        current = self.session.current.id if self.session.current else None
        panel.show_drafts(summaries, current)
        self.header.set_answered(self.store.answered_at(current) if current else None)
        if self.session.current is not None:
            self.setWindowTitle(f"{self.session.current.display_title} – Seller Composer")

    def event(self, event: QEvent) -> bool:
        """After the first paint, finish what start-up left for later (see after_first_paint)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, lambda: self.after_first_paint(staged=True))
        return handled

    def is_ready(self) -> bool:
        """The open draft is in the editor and the seller can type (the start-up probe)."""
        return self._built and self.session.current is not None

    def save_now(self) -> None:
        """Write the open draft now (the app calls this as it quits)."""
        if self._built:
            self.session.save_now()

    def after_first_paint(self, staged: bool = False) -> None:
        """Work that can wait until the window is shown: the editor and the open draft, the
        panels (``staged``: on the next turn, once the editor takes keys), then the export
        bar, the icons, the rules' date and a first check."""
        if self._settled:
            return
        self._settled = True
        fit_on_screen(self)  # again, now that the frame's size is known
        try:
            self._build_editing()
        except StoreUnavailable:
            return
        if not staged:
            self._build_panels()
        # Each step its own turn of the event loop: keys typed meanwhile are taken between.
        QTimer.singleShot(0, lambda: self.isVisible() and self._build_panels())
        QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        """Nothing here may keep the editor waiting: qtawesome alone takes about 200 ms, the
        export bar (SMTP, the Outbox) about 100 ms. Skipped once the window is closed."""
        from composer.policy.rulebook import rules_dated

        if not self.isVisible():
            return
        self._build_panels()
        self._build_export()
        icons.load_icons()
        self.findings_panel.show_rules_dated(rules_dated())
        self.compose.checker.schedule()

    def _build_export(self) -> None:
        from composer.ui.exportflow import build_export

        if self.export is None:
            self.export = build_export(self)

    def prepare_for_screenshot(self) -> None:
        """Finish every pending update so a screenshot shows the settled window."""
        from PySide6.QtGui import QTextCursor

        self._settle()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.check_now()

    # --- window state (kept apart from preferences) ---------------------------------------------
    def _state_path(self) -> Path | None:
        return self.data_dir / WINDOW_STATE_FILE if self.data_dir else None

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._built:
            super().closeEvent(event)
            return
        try:
            self.session.save_now()
        except Exception as exc:
            box = QtWidgets.QMessageBox  # built on first use, not in the first frame
            answer = box.critical(
                self, self.tr("Your draft could not be saved"),
                self.tr("Saving failed: {error}\n\nClose anyway? Your last changes would be "
                        "lost.").format(error=exc),
                box.StandardButton.Close | box.StandardButton.Cancel)
            if answer != box.StandardButton.Close:
                event.ignore()
                return
        self.compose.shutdown()
        if self._panels:
            self.buyer_view.worker.shutdown()
            self.attachments_panel.shutdown()
        if self.export is not None:
            self.export.shutdown()
        save_geometry(self, self._state_path())
        super().closeEvent(event)
