"""When the drafts cannot be opened normally: say what is wrong and where, and offer a way on.

The dialog names the problem and the path in plain words (the system's own words
sit under "Details") and offers what fits: **Open read-only** (the drafts are
shown, editing is off), **Make a repaired copy** (or, for an empty or foreign file,
set it aside and start a new one; the original is always kept), **Try again** and
**Quit**. :class:`StoreOpener` runs that conversation when the window opens the
store after its first paint; :func:`enter_read_only_mode` turns the window's
editing off. Imported before the first frame, so the store's SQLite side is loaded
only when it is used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.store.problems import NEWER, StoreProblem, StoreProblemError

if TYPE_CHECKING:
    from composer.store import InstanceLock, Store
    from composer.ui.mainwindow import MainWindow

READ_ONLY, REPAIR, RETRY, QUIT = "read-only", "repair", "retry", "quit"
BANNER_STYLE = ("QFrame#read-only-banner { background: #fff4d6; border-bottom: 1px solid "
                "#e0b84f; } QLabel { color: #4a3800; }")
NOTICE = QT_TRANSLATE_NOOP("StoreProblemDialog",
                           "Your drafts are open read-only, so nothing can be changed or "
                           "saved. Select text and copy it (Ctrl+C) to use it elsewhere.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoreProblemDialog", text)


def _say(text: str) -> str:
    """A text of the store's core (its problems and reports) in the app's language."""
    from composer.ui.translations import say  # the catalogue loads only when a problem shows

    return say(text)

class StoreUnavailable(RuntimeError):
    """The drafts database could not be opened; the seller has been told (or chose Quit)."""


Ask = Callable[[StoreProblem, "QWidget | None"], str]
Inform = Callable[["QWidget | None", str, str], None]


class StoreProblemDialog(QDialog):
    """What is wrong with the drafts, where, and the choices that fit (see the module)."""

    def __init__(self, problem: StoreProblem, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QStyle  # its enums take 5 ms: not in the first frame

        super().__init__(parent)
        from composer.ui.translations import current_language

        problem = problem.in_language(current_language())  # the core's words, the app's language
        self.problem = problem
        self.choice = QUIT
        self.setObjectName("store-problem")
        self.setWindowTitle(self.tr("Your drafts"))  # the platform adds the app's name
        self.setMinimumWidth(560)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        top.addWidget(icon)
        headline = QLabel(f"<b>{_escape(_say(problem.headline))}</b>", self)
        headline.setStyleSheet("font-size: 15px;")
        top.addWidget(headline, 1)
        column.addLayout(top)
        first, *rest = problem.paragraphs
        column.addWidget(_wrapped(_say(first), self))
        where = QHBoxLayout()  # the path on a line of its own, selectable, to be copied
        where.addWidget(QLabel(self.tr("Where:"), self))
        self.path = QLineEdit(str(problem.path), self)
        self.path.setReadOnly(True)
        self.path.setObjectName("store-problem-path")
        self.path.setAccessibleName(self.tr("Where"))
        self.path.setCursorPosition(0)
        where.addWidget(self.path, 1)
        column.addLayout(where)
        for paragraph in rest:
            column.addWidget(_wrapped(_say(paragraph), self))
        if problem.detail:
            detail = _wrapped(self.tr("Details: %1").replace("%1", problem.detail), self)
            detail.setStyleSheet("color: #546e7a;")
            column.addWidget(detail)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for choice, label in self._choices():
            button = QPushButton(label, self)
            button.setObjectName(f"store-problem-{choice}")
            button.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
            row.addWidget(button)
            self.buttons[choice] = button
        column.addLayout(row)
        default = next(iter(self.buttons))
        self.buttons[default].setDefault(True)
        self.buttons[default].setFocus()

    def _choices(self) -> list[tuple[str, str]]:
        problem = self.problem
        choices = []
        if problem.can_read:
            choices.append((READ_ONLY, self.tr("Open read-only")))
        if problem.can_repair:
            choices.append((REPAIR, _say(problem.words.repair_label)))
        if problem.kind != NEWER:
            choices.append((RETRY, self.tr("Try again")))
        choices.append((QUIT, self.tr("Quit")))
        return choices

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Esc or the window's close button
        self.choice = QUIT
        super().reject()


def _wrapped(text: str, parent: QWidget) -> QLabel:
    from PySide6.QtCore import Qt  # not at import: it builds the Qt namespace (first frame)

    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ask_with_dialog(problem: StoreProblem, parent: QWidget | None) -> str:
    dialog = StoreProblemDialog(problem, parent)
    dialog.exec()
    return dialog.choice


def inform_with_box(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, _say(text))


def open_or_close(window: QWidget, opener: Callable[[], Store]) -> Store:
    """Open the window's store; when that fails, say so and close the window.

    Raises :class:`StoreUnavailable` then (also when the seller chose Quit in the dialog).
    """
    from PySide6.QtCore import QTimer

    try:
        return opener()
    except StoreUnavailable:
        QTimer.singleShot(0, window.close)
        raise
    except Exception as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, "Seller Composer", QCoreApplication.translate(
            "StoreProblemDialog", "Your drafts could not be opened: %1").replace("%1", str(exc)))
        QTimer.singleShot(0, window.close)
        raise StoreUnavailable(str(exc)) from exc


def reason_for(problem: StoreProblem) -> str:
    """The banner's "because …": what is wrong and the path."""
    from composer.ui.translations import current_language

    return f"{problem.in_language(current_language()).words.summary} ({problem.path})"


class StoreOpener:
    """Open the drafts for the window; when that fails, ask the seller until something works.

    Returns a writable store, a read-only one, or raises :class:`StoreUnavailable` when
    the seller chooses Quit. ``first_problem`` is one found before the window
    (a lock file that cannot be used): then nothing is opened for writing until
    the lock is held. ``ask``, ``inform`` and ``open_options`` are seams for tests.
    """

    def __init__(self, folder: Path, lock: InstanceLock | None = None,
                 first_problem: StoreProblem | None = None, *,
                 parent: Callable[[], QWidget | None] = lambda: None,
                 ask: Ask = ask_with_dialog, inform: Inform = inform_with_box,
                 open_options: dict[str, Any] | None = None) -> None:
        self.folder = Path(folder)
        self.open_options = open_options or {}  # for open_store (tests: a mode=ro opener)
        self.lock = lock
        self.first_problem = first_problem
        self.parent = parent
        self.ask = ask
        self.inform = inform

    def __call__(self) -> Store:
        problem = self.first_problem
        while True:
            if problem is None:
                problem = self._try_open()
                if not isinstance(problem, StoreProblem):
                    return problem
            choice = self.ask(problem, self.parent())
            if choice == QUIT:
                raise StoreUnavailable(problem.line())
            if choice == READ_ONLY and problem.can_read:
                from composer.store import open_read_only

                try:
                    return open_read_only(self.folder, reason=reason_for(problem))
                except StoreProblemError as exc:
                    problem = exc.problem
            elif choice == REPAIR and problem.can_repair:
                problem = self._repair(problem)
            elif choice == RETRY:
                problem = None
            # anything else was not on offer: ask again

    def _try_open(self) -> Store | StoreProblem:
        import sqlite3

        from composer.store import DB_NAME, NewerDatabaseError, open_store
        from composer.store.health import classify
        from composer.store.lock import already_open_words
        from composer.ui.translations import current_language

        path = self.folder / DB_NAME
        try:
            if self.lock is not None and not self.lock.held and not self.lock.acquire():
                said = already_open_words(current_language())
                self.inform(self.parent(), "Seller Composer", said)
                raise StoreUnavailable(said)
            return open_store(self.folder, **self.open_options)
        except StoreProblemError as exc:
            return exc.problem
        except NewerDatabaseError as exc:
            return StoreProblem(NEWER, path, str(exc))
        except (sqlite3.Error, OSError) as exc:
            return classify(exc, path)

    def _repair(self, problem: StoreProblem) -> StoreProblem | None:
        from composer.store import make_repaired_copy

        try:
            report = make_repaired_copy(self.folder, problem)
        except StoreProblemError as exc:
            return exc.problem
        title = (QCoreApplication.translate("StoreProblemDialog",
                                            "Your drafts file was repaired")
                 if report.method != "new" else
                 QCoreApplication.translate("StoreProblemDialog",
                                            "A new drafts file was started"))
        from composer.ui.translations import current_language

        self.inform(self.parent(), title, report.summary(current_language()))
        return None


# ---------------------------------------------------------------------------- read-only mode


def enter_read_only_mode(window: MainWindow) -> None:
    """Show the drafts with editing off: a banner says why, and nothing pretends to save.

    Called instead of the end of ``MainWindow.finish_building`` when the store is
    read-only. Every way of changing a draft is switched off or answered with
    :data:`NOTICE`; the store itself refuses changes as a last line (ReadOnlyStoreError).
    """
    store = window.store
    editor = window.editor
    editor.setReadOnly(True)
    editor.setAcceptDrops(False)
    if store.list_drafts():
        window.session.restore_last()  # never a new draft: it could not be kept
    else:
        window.refresh_drafts()
        editor.setPlaceholderText(QCoreApplication.translate(
            "StoreProblemDialog", "There are no drafts in this file."))
    _freeze(window.header)
    for action in (*window.formats.all_actions(), window.new_action, window.template_action,
                   window.open_action, window.duplicate_action, window.rename_action,
                   window.save_template_action, window.delete_action):
        action.setEnabled(False)
    panel = window.drafts_panel
    for button in (panel.new_button, panel.template_button, panel.duplicate_button,
                   panel.delete_button, panel.restore_button,
                   window.attachments_panel.add_button, window.findings_panel.restore_button):
        button.setEnabled(False)
    window.attachments_panel.setAcceptDrops(False)
    # Finding cards come and go with each check: their Fix and Ignore buttons are turned
    # off as each card is first shown.
    cards = window.findings_panel.list_host
    cards.installEventFilter(_ButtonsOff(cards))
    for button in cards.findChildren(QPushButton):
        button.setEnabled(False)
    notice = _notice(window)
    export = window.export
    export.sending.retry_timer.stop()  # a send could not be logged: the Outbox waits
    export.bar.setEnabled(False)
    for signal in (panel.newRequested, panel.templateRequested, panel.duplicateRequested,
                   panel.renameRequested, panel.deleteRequested, panel.restoreRequested,
                   window.findings_panel.fixRequested, window.findings_panel.ignoreRequested,
                   window.findings_panel.restoreIgnoredRequested, editor.fixRequested,
                   editor.ignoreRequested, editor.addWordRequested, editor.filesDropped,
                   window.attachments_panel.addRequested,
                   window.attachments_panel.removeRequested,
                   window.attachments_panel.fixRequested, export.bar.exportRequested,
                   export.bar.sentLogRequested, export.bar.outboxRequested):
        signal.disconnect()
        signal.connect(notice)
    window.read_only_banner = _banner(window, store.read_only_reason)
    window.header.parentWidget().layout().insertWidget(0, window.read_only_banner)
    window.read_only_banner.show()
    badge = QLabel(QCoreApplication.translate("StoreProblemDialog", "Read-only"),
                   window.status)
    badge.setObjectName("read-only-badge")
    badge.setStyleSheet("color: #8a5300; font-weight: bold;")
    # Appended, as the status bar's other permanent widgets are: Qt takes index 0 as "out
    # of range" while the (hidden) mailbox-check row, a passing widget, sits there.
    window.status.addPermanentWidget(badge)
    window._refresh_counter()


class _ButtonsOff(QObject):
    """Turns off the buttons of every child widget of the watched one as it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                for button in child.findChildren(QPushButton):
                    button.setEnabled(False)
        return False


def _notice(window: MainWindow) -> Callable[..., None]:
    def say(*_args: object) -> None:
        window.status.showMessage(_tr(NOTICE), 8000)

    return say


def _freeze(form: QWidget) -> None:
    """Fields stay readable (and selectable) but cannot be changed."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QTextEdit

    for field in form.findChildren(QLineEdit) + form.findChildren(QAbstractSpinBox) + \
            form.findChildren(QTextEdit):
        field.setReadOnly(True)
    for choice in form.findChildren(QComboBox) + form.findChildren(QAbstractButton):
        choice.setEnabled(False)


def _banner(window: MainWindow, reason: str) -> QFrame:
    banner = QFrame(window)
    banner.setObjectName("read-only-banner")
    banner.setStyleSheet(BANNER_STYLE)
    row = QHBoxLayout(banner)
    row.setContentsMargins(12, 8, 12, 8)
    if reason:
        said = QCoreApplication.translate(
            "StoreProblemDialog", "<b>Read-only.</b> Your drafts are open for reading only "
            "because %1. You can read them and copy their text; nothing can be changed or saved "
            "until the problem is fixed and Seller Composer is started again.").replace(
                "%1", _escape(_say(reason)))
    else:
        said = QCoreApplication.translate(
            "StoreProblemDialog", "<b>Read-only.</b> Your drafts are open for reading only. You "
            "can read them and copy their text; nothing can be changed or saved until the "
            "problem is fixed and Seller Composer is started again.")
    text = QLabel(said, banner)
    text.setWordWrap(True)
    text.setObjectName("read-only-text")
    row.addWidget(text, 1)
    return banner
