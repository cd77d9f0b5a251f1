"""Small pieces the main window is built from: shortcuts, panel hosts, saved geometry.

Kept apart so that the window itself reads as what it builds and how it is wired.
Nothing here may build PySide6's whole ``Qt`` namespace: it runs in the first frame
(see FIRST_FRAME_NOTE in ``headerform.py``).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from composer import __version__
from composer.appdata.atomic import write_text_atomic
from composer.ui.icons import Icon, when_ready

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

QWIDGETSIZE_MAX = (1 << 24) - 1
W = TypeVar("W", bound=QWidget)


def named_action(text: str, parent: QObject) -> QAction:
    """``QAction(text, parent)`` without its overload look-up, which loads ``QIcon`` and its
    enums (about 2 ms) before the first frame; the menus need no icon until later."""
    action = QAction(parent)
    action.setText(text)
    return action


def set_keys(action: QAction, keys: QKeySequence.StandardKey | str,
             fallback: str | None = None) -> None:
    """Give an action its shortcut, or the fallback where the platform has no standard one.

    setShortcuts, not setShortcut: resolving setShortcut's overloads builds PySide6's
    whole Qt namespace, which the first frame avoids.
    """
    sequence = QKeySequence(keys)
    if sequence.isEmpty() and fallback:
        sequence = QKeySequence(fallback)
    action.setShortcuts([sequence])


class SteadyHost(QWidget):
    """A panel's place under the editor that keeps its height while one draft is open.

    Removing a file made the list of files shorter (and a problem fixed could take a line
    off the words under the export buttons): the editor grew into the room, its text
    scrolled under the caret, in a reply the buyer's message took part of it and moved the
    editor's top edge, and the rows below moved away from the mouse. Before its panel
    changes, the place keeps what the panel asks for now (``hold``), and asks for no less
    until ``release`` (another draft opened) or another width: the part only grows while
    the seller works on one message, and never asks for more than it already had, so a
    window that fitted the screen still fits.

    The column asks the place for its size hints, never for a height at a width: a
    wrapping label inside would make that height the least, and the kept one ignored.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.steady = False  # holding: the open draft's panel has been shown once
        self._hint = 0  # the most asked for before each change since the last release
        self._least = 0
        self._width = -1

    def _asked(self) -> tuple[QSize, QSize]:
        """What the panel asks for now: at the present width, when its words wrap."""
        hint, least = super().sizeHint(), super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(layout.totalHeightForWidth(self.width()))
        return hint, least

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        hint = self._asked()[0]
        return QSize(hint.width(), max(hint.height(), self._hint))

    def minimumSizeHint(self) -> QSize:
        least = self._asked()[1]
        return QSize(least.width(), max(least.height(), self._least))

    def hold(self) -> None:
        """The panel is about to change: keep asking for what it asks for now."""
        if self.steady and self.isVisible():
            hint, least = self._asked()
            self._hint = max(self._hint, hint.height())
            self._least = max(self._least, least.height())

    def release(self) -> None:
        """Measure anew (another draft): the panel may ask for less from now on."""
        self.steady = False
        self._hint = self._least = 0
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:  # the words wrap anew at another width
            self._width = event.size().width()
            self._hint = self._least = 0
            self.updateGeometry()


def host(parent: QWidget, width: int = 0, height: int = 0) -> QWidget:
    """An empty place, already the right size, that a panel is put into after the first paint."""
    return _shaped(QWidget(parent), width, height)


def steady_host(parent: QWidget, height: int) -> SteadyHost:
    """A ``host`` under the editor, which keeps its height while a draft is open."""
    return _shaped(SteadyHost(parent), 0, height)


def _shaped(place: W, width: int, height: int) -> W:
    layout = QVBoxLayout(place)
    layout.setContentsMargins(0, 0, 0, 0)
    if width:
        place.setMinimumWidth(width)
    if height:
        place.setFixedHeight(height)
    return place


def put_tab(tabs: QTabWidget, index: int, page: QWidget, text: str, icon: Icon,
            tip: str) -> None:
    """Put ``page`` at ``index``, in place of the tab there (a first-frame placeholder)."""
    if index < tabs.count():
        tabs.removeTab(index)
    tabs.insertTab(index, page, text)
    tabs.setTabToolTip(index, tip)
    when_ready(icon, lambda drawn: tabs.setTabIcon(index, drawn))


def least_of_shown_page(tabs: QTabWidget) -> None:
    """The tabs ask for the least height of the page shown, not of the tallest page.

    A tab widget asks for the most any of its pages needs: the buyer's view (its bar, the
    subject, the preview and the list of what was left out) made the Write tab 33 px
    taller than the toolbar and the editor need, and a reply with files no longer fitted
    a 700 px screen. A page not shown asks for nothing (Qt leaves out an ignored height).
    """
    from PySide6.QtWidgets import QSizePolicy

    def shown(index: int) -> None:
        for number in range(tabs.count()):
            page = tabs.widget(number)
            policy = page.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Preferred if number == index
                                     else QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)

    tabs.currentChanged.connect(shown)
    shown(tabs.currentIndex())


def fill(place: QWidget, panel: W, free_height: bool = False) -> W:
    """Put a panel into its host; ``free_height`` lets the host grow with it from now on."""
    place.layout().addWidget(panel)
    if free_height:
        place.setFixedHeight(QWIDGETSIZE_MAX)
        place.setMinimumHeight(0)
    return panel


def read_state(path: Path | None) -> dict:
    """The window state kept in ``window.json``; a missing or damaged file is an empty one."""
    if path is None or not path.exists():
        return {}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def remember(path: Path | None, **values: object) -> None:
    """Keep ``values`` in the window state, beside what is there (geometry, folded panes)."""
    if path is None:
        return
    state = read_state(path)
    state.update(values)
    # Window state is a convenience: never stop the app over it.
    with contextlib.suppress(OSError):
        write_text_atomic(path, json.dumps(state) + "\n")


def restore_geometry(window: QWidget, path: Path | None) -> None:
    """Size and place the window as it was, inside the screen; a damaged state file only
    costs the old size. The state may be stale (an app killed mid-run saves nothing) or from
    a larger screen, and the default size may be larger than a laptop's screen."""
    with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
        window.restoreGeometry(QByteArray.fromBase64(read_state(path)["geometry"].encode("ascii")))
    fit_on_screen(window)


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move the window, frame and all, into its screen's available area."""
    from PySide6.QtGui import QGuiApplication  # not in the first frame's imports

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = min(inner.width(), room.width() - extra_w)
    height = min(inner.height(), room.height() - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    left = min(max(frame.x(), room.x()), room.x() + room.width() - width - extra_w)
    top = min(max(frame.y(), room.y()), room.y() + room.height() - height - extra_h)
    if (left, top) != (frame.x(), frame.y()):
        window.move(left, top)


def save_geometry(window: QWidget, path: Path | None) -> None:
    """Keep the window's size and place (window state, apart from preferences)."""
    remember(path, geometry=bytes(window.saveGeometry().toBase64().data()).decode("ascii"))


def show_about(parent: QWidget) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox  # not in the first frame

    QMessageBox.about(
        parent,
        QCoreApplication.translate("AboutBox", "About Seller Composer"),
        f"<h3>Seller Composer {__version__}</h3><p>"
        + QCoreApplication.translate(
            "AboutBox", "Write messages to Amazon buyers that pass Amazon's Buyer-Seller "
            "Messaging checks.") + "</p><p>"
        + QCoreApplication.translate(
            "AboutBox", "Seller Composer is not made by or affiliated with Amazon. Its rules "
            "are a careful summary of Amazon's published guidelines; when in doubt it takes "
            "the stricter reading.") + "</p>",
    )
