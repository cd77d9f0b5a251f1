"""The attachment list under the editor: files, their status in words, fixes and the 10 MB bar.

It only shows what the review found and forwards what the seller asks for
(add, remove, fix) through ``…Requested`` signals; the main window acts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.attachments.config import format_bytes
from composer.policy.fixaction import FileAction, FixFile, action_of
from composer.policy.model import SEVERITY_ORDER, Finding
from composer.ui.attachparts import RowsScroll, height_at, local_files
from composer.ui.background import Background
from composer.ui.cardparts import FOCUS_RING, ElidingButton
from composer.ui.folders import remember_folder, remembered_folder

if TYPE_CHECKING:

    from composer.appdata.settings import Settings
    from composer.attachments.inspection import AttachmentInfo
from composer.ui.icons import Icon, when_ready
from composer.ui.translations import current_language, say
from composer.ui.wholelabel import first_sentence, fit, keep_whole

MAX_TOTAL_BYTES = 10_000_000
THUMB = 40
ROWS_SHOWN = 2  # more files scroll: the editor comes first (three rows left it 4 lines)
SHORT_WINDOW = 740  # px: below it a list of files that need nothing folds to its title row
FILE_FILTER = ("Files Amazon accepts (*.pdf *.doc *.docx *.txt *.jpg *.jpeg *.png *.gif *.bmp "
               "*.tif *.tiff);;All files (*)")
KIND_ICONS = {"pdf": Icon.FILE_PDF, "doc": Icon.FILE_WORD, "docx": Icon.FILE_WORD,
              "txt": Icon.FILE_TEXT}
SHORT_LABELS = {FileAction.SHRINK: QT_TRANSLATE_NOOP("AttachmentRow", "Make smaller"),
                FileAction.CONVERT: QT_TRANSLATE_NOOP("AttachmentRow", "Convert"),
                FileAction.RENAME: QT_TRANSLATE_NOOP("AttachmentRow", "Fix the name"),
                FileAction.STRIP_METADATA: QT_TRANSLATE_NOOP("AttachmentRow", "Remove location")}
STATUS_COLOURS = {"block": "#b71c1c", "warn": "#8a5300", "info": "#0d47a1", "ok": "#1b5e20"}


def size_words(size: int) -> str:
    """format_bytes's decimal MB/KB in the app language (3,2 MB, 608 Byte, 4 Ko)."""
    language = current_language()
    if language == "en":
        return format_bytes(size)
    locale, translate = QLocale(language), QCoreApplication.translate
    if size >= 1_000_000:
        return translate("AttachmentsPanel", "{n} MB").format(n=locale.toString(
            round(size / 1_000_000, 1)).removesuffix(locale.decimalPoint() + "0"))
    if size >= 1_000:
        return translate("AttachmentsPanel", "{n} KB").format(n=locale.toString(
            round(size / 1_000)))
    return translate("AttachmentsPanel", "{n} bytes").format(n=size)


def _scaled(path: Path) -> QImage:
    """Runs on a worker thread: QImage (unlike QPixmap) is safe there."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        reader.setScaledSize(size.scaled(QSize(THUMB * 2, THUMB * 2),
                                         Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class AttachmentRow(QFrame):
    """One file: picture or type icon, name and size, status in words, fix and remove buttons."""

    fixRequested = Signal(str, object)  # file path, FileAction
    removeRequested = Signal(str)

    def __init__(self, path: Path, info: AttachmentInfo | None, findings: Sequence[Finding],
                 thumbnail: QPixmap | None, parent: QWidget | None = None,
                 undo_of: str = "") -> None:
        """``undo_of``: the name of the file this fixed copy replaced, when Undo can put it
        back."""
        super().__init__(parent)
        self.setObjectName("attachment-row")
        self.path = path
        worst = min(findings, key=lambda f: SEVERITY_ORDER[f.severity], default=None)
        tone = worst.severity if worst else "ok"
        self.tone = tone  # a file that needs the seller ("warn", "block") keeps its row shown
        self.setStyleSheet(
            "QFrame#attachment-row { background: white; border: 1px solid #dfe3e6;"
            f" border-left: 4px solid {STATUS_COLOURS[tone]}; border-radius: 4px; }}"
            "QFrame#attachment-row:focus { background: #e3f2fd; border: 2px solid #1565c0;"
            f" border-left: 4px solid {STATUS_COLOURS[tone]}; }}")
        # The row itself takes the keyboard (Tab reaches it before its buttons): where the
        # focus goes after a fix, and where it lands if a card it was on goes away, is a
        # place where Space does nothing, never another file's Remove button.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(10)

        picture = QLabel(self)
        picture.setFixedSize(THUMB, THUMB)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if thumbnail is not None and not thumbnail.isNull():
            picture.setPixmap(thumbnail.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            kind = info.real_kind if info else ""
            key = KIND_ICONS.get(kind, Icon.FILE_IMAGE if info and info.is_image else Icon.FILE)
            when_ready(key, lambda icon: picture.setPixmap(icon.pixmap(28, 28)))
        layout.addWidget(picture)

        text = QVBoxLayout()
        text.setSpacing(2)
        size = size_words(info.size) if info and info.readable else ""
        name = QLabel(f"<b>{_escape(path.name)}</b>"
                      + (f" <span style='color:#546e7a'>· {size}</span>" if size else ""), self)
        name.setTextFormat(Qt.TextFormat.RichText)
        name.setToolTip(str(path))
        text.addWidget(name)
        if info is None:
            status_text, tone = self.tr("Checking…"), "info"
        elif worst is None:
            status_text = "✔ " + self.tr("Ready to send")
        else:
            mark = {"block": "✖ ", "warn": "⚠ ", "info": "ℹ "}[worst.severity]
            status_text = mark + first_sentence(say(worst.message))  # the gist only
        status = QLabel(status_text, self)
        status.setWordWrap(True)
        status.setTextFormat(Qt.TextFormat.PlainText)
        status.setStyleSheet(f"color: {STATUS_COLOURS[tone]};")
        if worst is not None:
            status.setToolTip(say(worst.message))
        status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text.addWidget(status)
        self.status = status
        layout.addLayout(text, 1)
        self.setAccessibleName(f"{path.name}, {size}" if size else path.name)
        self.setAccessibleDescription(status_text)

        self.fix_buttons: list[QPushButton] = []
        self.fix_actions: list[FileAction] = []  # what each fix button does, in order
        seen: set[FileAction] = set()
        for item in sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity]):
            fix, what = item.fix, action_of(item)
            if fix is None or not isinstance(what, FixFile):
                continue
            action = what.action
            if action is FileAction.REMOVE or action in seen:
                continue
            seen.add(action)
            # "Make smaller (5.1 MB → about 2 MB)" wraps to two lines on a narrow window.
            button = ElidingButton(self._short_label(action, info), self)
            button.setToolTip(self.tr("{fix}. Your original file is not changed.").format(
                fix=say(fix.label)))
            button.setAccessibleName(say(fix.label))
            when_ready(Icon.FIX, button.setIcon)
            button.clicked.connect(lambda _=False, a=action: self.fixRequested.emit(str(path), a))
            # Centred, the button keeps the height of its lines instead of the row's.
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.fix_buttons.append(button)
            self.fix_actions.append(action)
        if undo_of:
            undo = QPushButton(self.tr("Undo"), self)
            undo.setToolTip(self.tr("Attach “{name}” again, as it was before the fix").format(
                name=undo_of))
            undo.setAccessibleName(self.tr("Undo the fix of {name}").format(name=undo_of))
            undo.clicked.connect(lambda: self.fixRequested.emit(str(path), FileAction.UNDO))
            layout.addWidget(undo)
            self.fix_buttons.append(undo)
            self.fix_actions.append(FileAction.UNDO)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove {name}").format(name=path.name))
        remove.setToolTip(self.tr("Take this file off the message (the file itself is not "
                                  "deleted)"))
        when_ready(Icon.REMOVE, remove.setIcon)
        remove.clicked.connect(lambda: self.removeRequested.emit(str(path)))
        layout.addWidget(remove)
        self.remove_button = remove

    def _short_label(self, action: FileAction, info: AttachmentInfo | None) -> str:
        """The button's words: "Make smaller" says from what size to about what size."""
        if action is FileAction.SHRINK and info is not None and info.readable:
            from composer.attachments.findings import shrink_estimate

            return self.tr("Make smaller ({size} → about {estimate})").format(
                size=size_words(info.size), estimate=size_words(shrink_estimate(info)))
        return self.tr(SHORT_LABELS[action]) if action in SHORT_LABELS else action.value.title()

    def place_of(self, widget: QWidget) -> str:
        """Which part of this row ``widget`` is, as a name that survives a rebuild."""
        for button, action in zip(self.fix_buttons, self.fix_actions, strict=True):
            if button is widget:
                return action.value
        return "remove" if widget is self.remove_button else "row"

    def widget_at(self, place: str) -> QWidget:
        """The part named by ``place_of``; the row itself when that fix is no longer offered
        (never Remove: a Space meant for a fix must not take the file off)."""
        if place == "remove":
            return self.remove_button
        for button, action in zip(self.fix_buttons, self.fix_actions, strict=True):
            if action.value == place:
                return button
        return self


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AttachmentsPanel(QFrame):
    """Attachments with a budget bar; accepts dropped files."""

    addRequested = Signal(list)
    removeRequested = Signal(str)
    fixRequested = Signal(str, object)  # file path, FileAction
    roomChanged = Signal()  # the rows folded or unfolded: the panel asks for another height
    ATTACH_TIP = QT_TRANSLATE_NOOP("AttachmentsPanel", "Add a PDF, Word, text file or picture "
                                   "(Alt+A). You can also drop files here.")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("AttachmentsPanel", "No files attached. Drop files here, or "
                                   "choose Attach file. Amazon takes PDF, Word, text and "
                                   "pictures, up to 10 MB in all.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments-panel")
        self.last_folder = ""  # where the seller last took files from (this session)
        self.settings: Settings | None = None  # keeps last_folder across restarts when set
        self.setAccessibleName(self.tr("Attachments"))
        self.setAcceptDrops(True)
        self.setStyleSheet("QFrame#attachments-panel { background: #f5f7f8;"
                           " border-top: 1px solid #cfd8dc; }" + FOCUS_RING)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 12, 6)
        outer.setSpacing(4)

        top = QHBoxLayout()
        self.title = QLabel("<b>" + self.tr("Attachments") + "</b>", self)
        top.addWidget(self.title)
        self.add_button = QPushButton(self.tr("&Attach file…"), self)
        self.add_button.setToolTip(self.tr(self.ATTACH_TIP))
        when_ready(Icon.ATTACH, self.add_button.setIcon)
        self.add_button.clicked.connect(self.choose_files)
        # In a short window files that need nothing fold to this row (the editor comes first);
        # the title, with an arrow, then shows and hides them.
        self.fold_button = QToolButton(self)
        self.fold_button.setCheckable(True)
        self.fold_button.setAutoRaise(True)
        self.fold_button.setStyleSheet("font-weight: bold;")
        self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold_button.toggled.connect(lambda _on: (self._fit_rows(), self.roomChanged.emit()))
        self.fold_button.hide()
        top.insertWidget(0, self.fold_button)
        top.addWidget(self.add_button)
        top.addStretch(1)
        self.budget_label = QLabel(self)
        self.budget_label.setAccessibleName(self.tr("Attachment size used"))
        top.addWidget(self.budget_label)
        self.budget = QProgressBar(self)
        self.budget.setRange(0, 1000)
        self.budget.setTextVisible(False)
        self.budget.setMinimumWidth(60)  # the words beside it come first on a narrow window
        self.budget.setMaximumWidth(160)
        self.budget.setFixedHeight(10)
        self.budget.setAccessibleName(self.tr("Attachment budget"))
        top.addWidget(self.budget)
        outer.addLayout(top)

        self.rows_scroll = RowsScroll(self)
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget"
                                       " { background: transparent; }")
        rows_widget = QWidget(self.rows_scroll)
        self.rows_host = QVBoxLayout(rows_widget)
        self.rows_host.setContentsMargins(0, 0, 0, 0)
        self.rows_host.setSpacing(4)
        self.rows_host.addStretch(1)
        self.rows_scroll.setWidget(rows_widget)
        self.rows_scroll.hide()
        self.rows_scroll.resized.connect(self._fit_rows)
        outer.addWidget(self.rows_scroll)
        self.refused = ""  # why the message's type takes no files, "" when it takes them
        self.empty = QLabel(self.tr(self.EMPTY_TEXT), self)
        self.empty.setWordWrap(True)
        keep_whole(self.empty)  # the reason a type takes no files is never cut
        self.empty.setStyleSheet("color: #607d8b;")
        outer.addWidget(self.empty)
        outer.addStretch(1)  # a list kept tall after a removal has its room below the rows
        self.rows: list[AttachmentRow] = []
        self.compact = False  # the buyer's view: the title row only, the preview takes the room
        self.short = False  # a short window (a 700 px screen): fine files fold to the title row
        self._watching: QWidget | None = None  # the window whose height decides ``short``
        self.thumbnails: dict[str, QPixmap] = {}
        self._thumbnailer = Background(self, "thumbnails")
        self._reveal: AttachmentRow | None = None  # the row kept in view as the list settles
        self._keep: AttachmentRow | None = None  # the row with the focus: it never folds away
        self.rows_scroll.verticalScrollBar().rangeChanged.connect(self._reveal_row)

    # --- showing ------------------------------------------------------------------------------
    def show_files(self, paths: Sequence[Path], infos: dict[str, AttachmentInfo],
                   findings: Sequence[Finding], undoable: Mapping[str, str] | None = None) -> None:
        """Rebuild the rows. ``infos`` maps a path (as str) to its inspection, when done;
        ``undoable`` a fixed copy's path to the name of the file Undo puts back.

        A keyboard user on a file that is still there stays where they were; after a fix,
        on the fixed copy's row (not a button of it); after a removal, on Attach. A focused
        widget that is deleted would hand the focus down the tab chain: to the To field,
        text selected, or to another file's Remove button.
        """
        place = self._focused_place()
        before = {str(row.path) for row in self.rows}
        shown_before = len(self._shown_rows())
        if place is not None:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        for row in self.rows:
            row.hide()  # kept a child until deleted: a row made a window took the activation
            self.rows_host.removeWidget(row)
            row.deleteLater()
        self.rows = []
        by_name: dict[str, list[Finding]] = {}
        for item in findings:
            if item.attachment is not None:
                by_name.setdefault(item.attachment, []).append(item)
        for path in paths:
            info = infos.get(str(path))
            row = AttachmentRow(path, info, by_name.get(path.name, []),
                                self.thumbnails.get(str(path)), self,
                                (undoable or {}).get(str(path), ""))
            row.fixRequested.connect(self.fixRequested)
            row.removeRequested.connect(self.removeRequested)
            self.rows_host.insertWidget(self.rows_host.count() - 1, row)
            self.rows.append(row)
            if info is not None and info.is_image and info.readable and \
                    str(path) not in self.thumbnails:
                self._load_thumbnail(path)
        target = self._focus_after(place, before) if place is not None else None
        self._keep = self._row_of(target) if target is not None else None
        self._fit_rows()
        self._reveal = None
        if target is not None:
            if self.isVisible():
                target.parentWidget().show()  # a hidden widget cannot take the focus yet
                target.show()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self._reveal = self._row_of(target)
        if self._reveal is None:  # else the first file that needs the seller
            self._reveal = next((row for row in self._shown_rows()
                                 if row.tone in ("warn", "block")), None)
        self._reveal_row()
        QTimer.singleShot(0, self._reveal_row)  # again once the rows have their heights
        if self.folded() and len(self._shown_rows()) < shown_before:
            self.roomChanged.emit()  # the rows folded away: no blank band under the title
        total = sum(i.size for i in infos.values() if i.readable)
        title = "<b>" + self.tr("Attachments") + "</b>"
        self.title.setText(f"{title} ({len(paths)})" if paths else title)
        self.title.setToolTip("\n".join(path.name for path in paths))
        self._show_budget(total)

    def show_compact(self, on: bool) -> None:
        """Only the title row (how many files, the size), or the rows again."""
        self.compact = on
        self._fit_rows()

    def folded(self) -> bool:
        """In a short window, files that need nothing fold into the title row (their names
        on hover) until the seller unfolds them; a file with a problem keeps its row."""
        return self._foldable() and not self.fold_button.isChecked()

    def _foldable(self) -> bool:
        return self.short and not self.compact and \
            any(row.tone not in ("warn", "block") for row in self.rows)

    def _shown_rows(self) -> list[AttachmentRow]:
        """The rows the list shows: all of them, or while folded those that need the seller."""
        if self.compact:
            return []
        folded = self.folded()
        return [row for row in self.rows
                if not folded or row.tone in ("warn", "block") or row is self._keep]

    def _row_of(self, widget: QWidget) -> AttachmentRow | None:
        return next((row for row in self.rows if row is widget or row.isAncestorOf(widget)),
                    None)

    def _reveal_row(self) -> None:
        """Scroll the focused row, or the first file with a problem, into view (the list
        stayed at its top, where fine files showed)."""
        row = self._reveal
        if row in self.rows and row in self._shown_rows():
            self.rows_scroll.widget().layout().activate()
            self.rows_scroll.ensureWidgetVisible(row, 0, 0)

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watching:
            self._watching = window
            window.installEventFilter(self)
            self._follow(window.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watching and event.type() == QEvent.Type.Resize:
            self._follow(watched.height())  # type: ignore[attr-defined]
        return False

    def _follow(self, height: int) -> None:
        short = height < SHORT_WINDOW
        if short != self.short:
            self.short = short
            self._fit_rows()
            self.roomChanged.emit()

    def _fit_rows(self) -> None:
        """Up to two rows show whole; the list scrolls beyond, and keeps one row at least.

        In the buyer's view the rows give their room to the preview (``compact``): with
        three files at 1280×800 it showed two lines of the message. In a short window
        files that need nothing fold (``folded``): at 1024×700 a reply kept three lines."""
        unfolded, foldable, fold = self.fold_button.isChecked(), self._foldable(), self.fold_button
        fold.setVisible(foldable)
        self.title.setVisible(not foldable)
        fold.setText(f"{self.tr('Attachments')} ({len(self.rows)})")
        fold.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        say_what = self.tr("Hide the files") if unfolded else self.tr("Show the files")
        fold.setToolTip(f"{say_what}\n{self.title.toolTip()}")
        shown = self._shown_rows()
        for row in self.rows:
            row.setVisible(row in shown)
        self.rows_scroll.setVisible(bool(shown))
        self.empty.setVisible((not self.rows or bool(self.refused)) and not self.compact)
        width = self.rows_scroll.viewport().width()
        heights = [height_at(row, width) for row in shown]
        spacing = self.rows_host.spacing()
        whole = sum(heights[:ROWS_SHOWN]) + spacing * max(0, len(heights[:ROWS_SHOWN]) - 1)
        self.rows_scroll.setMinimumHeight(heights[0] if heights else 0)
        self.rows_scroll.setMaximumHeight(whole + 2 if heights else 0)
        self.rows_scroll.widget().adjustSize()
        self.rows_scroll.updateGeometry()

    def _focused_place(self) -> tuple[int, str, str] | None:
        """The row (index, file) and the part of it that hold the keyboard focus, if one does."""
        focus = QApplication.focusWidget()
        for index, row in enumerate(self.rows):
            if focus is not None and (row is focus or row.isAncestorOf(focus)):
                return index, str(row.path), row.place_of(focus)
        return None

    def _focus_after(self, place: tuple[int, str, str], before: set[str]) -> QWidget:
        """Where the keyboard goes after a rebuild: the same place if its file is still
        there, the row of a copy that took the file's place, else Attach."""
        index, path, which = place
        for row in self.rows:
            if str(row.path) == path:
                return row.widget_at(which)
        if index < len(self.rows) and str(self.rows[index].path) not in before:
            return self.rows[index]  # a fixed copy in its original's place
        return self.add_button

    def _show_budget(self, total: int) -> None:
        share = total / MAX_TOTAL_BYTES
        self.budget.setValue(min(1000, round(share * 1000)))
        size = size_words(total) if total else "0"
        words = self.tr("{size} of 10 MB").format(size=size)
        if total > MAX_TOTAL_BYTES:
            words = "✖ " + self.tr("{size}: over the 10 MB limit").format(size=size)
            colour = "#c62828"
        elif share >= 0.8:
            words = f"⚠ {words}"
            colour = "#ef8f00"
        else:
            colour = "#43a047"
        self.budget_label.setText(words)
        self.budget.setStyleSheet(
            f"QProgressBar {{ border: 1px solid #b0bec5; border-radius: 4px; background: white; }}"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}")

    def _load_thumbnail(self, path: Path) -> None:
        # A dummy pixmap marks the thumbnail as on its way, so it is asked for once.
        self.thumbnails[str(path)] = QPixmap()
        self._thumbnailer.submit(_scaled, path,
                                 on_success=lambda image, p=str(path): self._on_thumbnail(p, image),
                                 on_failure=lambda _error: None)

    def _on_thumbnail(self, path: str, image: QImage) -> None:
        if image.isNull():
            return
        self.thumbnails[path] = QPixmap.fromImage(image)
        for row in self.rows:
            if str(row.path) == path:
                label = row.findChild(QLabel)
                if label is not None:
                    label.setPixmap(self.thumbnails[path].scaled(
                        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation))

    def shutdown(self) -> None:
        self._thumbnailer.shutdown()

    def allow_files(self, refusal: str) -> None:
        """Attach is off, saying why, while the message's type takes no files."""
        self.refused = refusal
        self.add_button.setEnabled(not refusal)
        self.add_button.setToolTip(refusal or self.tr(self.ATTACH_TIP))
        self.empty.setText(refusal or self.tr(self.EMPTY_TEXT))
        fit(self.empty)
        # Said here too, wrapped, with files listed: the status bar cuts it in a narrow window.
        self.empty.setVisible((not self.rows or bool(refusal)) and not self.compact)

    # --- adding -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        """Ask for files, starting where the seller keeps documents (then where they were).
        The keyboard comes to Attach (Alt+A left it in the message: keys landed there)."""
        self.add_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        start = self.last_folder or remembered_folder(self.settings, "last_attach_folder")
        from composer.ui.attachparts import ColumnFitter

        fitter = ColumnFitter(self)
        QApplication.instance().installEventFilter(fitter)
        try:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), start,
                                                    FILE_FILTER)
        finally:
            QApplication.instance().removeEventFilter(fitter)
            fitter.deleteLater()
        if paths:
            self.last_folder = remember_folder(self.settings, "last_attach_folder", paths[0])
            self.addRequested.emit(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.addRequested.emit(paths)
