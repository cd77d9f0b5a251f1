"""One typed catalogue of the app's icons, drawn by qtawesome after the window is shown.

Importing qtawesome pulls in qtpy, which star-imports whole Qt modules; that
costs about half of a bare window's start-up. So widgets register the icon
they want here, the window appears at once, and :func:`load_icons` paints
every registered icon on the next turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # QIcon and its enums cost about 2 ms: not before the first frame
    from PySide6.QtGui import QIcon


class Icon(Enum):
    """Icon keys, mapped to Material Design Icons 6 names (crisp at small sizes)."""

    BOLD = "mdi6.format-bold"
    ITALIC = "mdi6.format-italic"
    UNDERLINE = "mdi6.format-underline"
    BULLETS = "mdi6.format-list-bulleted"
    NUMBERS = "mdi6.format-list-numbered"
    HEADING1 = "mdi6.format-header-1"
    HEADING2 = "mdi6.format-header-2"
    HEADING3 = "mdi6.format-header-3"
    PARAGRAPH = "mdi6.format-paragraph"
    UNDO = "mdi6.undo"
    REDO = "mdi6.redo"
    SETTINGS = "mdi6.cog-outline"
    BLOCK = "mdi6.close-octagon"
    WARN = "mdi6.alert"
    INFO = "mdi6.information"
    OK = "mdi6.check-circle"
    FIX = "mdi6.auto-fix"
    IGNORE = "mdi6.eye-off-outline"
    ATTACH = "mdi6.paperclip"
    NEW = "mdi6.file-document-plus-outline"
    TEMPLATE = "mdi6.text-box-multiple-outline"
    DUPLICATE = "mdi6.content-copy"
    DELETE = "mdi6.trash-can-outline"
    WRITE = "mdi6.pencil-outline"
    PREVIEW = "mdi6.eye-outline"
    REMOVE = "mdi6.close"
    FILE = "mdi6.file-outline"
    FILE_PDF = "mdi6.file-pdf-box"
    FILE_WORD = "mdi6.file-word-box"
    FILE_TEXT = "mdi6.file-document-outline"
    FILE_IMAGE = "mdi6.file-image-outline"
    FIELD_OK = "mdi6.check"
    FIELD_ERROR = "mdi6.alert-circle"
    COPY_PLAIN = "mdi6.clipboard-text-outline"  # export (composer.ui.exportbar)
    COPY_RICH = "mdi6.clipboard-text-multiple-outline"
    EMAIL_APP = "mdi6.email-edit-outline"
    SAVE_EML = "mdi6.content-save-outline"
    SEND = "mdi6.send"
    SENT_LOG = "mdi6.history"
    OUTBOX = "mdi6.tray-arrow-up"
    CALENDAR = "mdi6.calendar-month-outline"
    FIND = "mdi6.magnify"
    HELP = "mdi6.help-circle-outline"


# Colours carry meaning only together with an icon shape and a word.
ICON_COLOURS: dict[Icon, str] = {
    Icon.BLOCK: "#c62828",
    Icon.WARN: "#b26a00",
    Icon.INFO: "#1565c0",
    Icon.OK: "#2e7d32",
    Icon.FIELD_OK: "#2e7d32",
    Icon.FIELD_ERROR: "#c62828",
}
DEFAULT_COLOUR = "#37474f"

_pending: list[tuple[Icon, Callable[[QIcon], None]]] = []
_loaded: dict[Icon, QIcon] = {}
_deferring = False


def icon(key: Icon) -> QIcon:
    """Draw an icon now (imports qtawesome on first use)."""
    if key not in _loaded:
        import qtawesome

        _loaded[key] = qtawesome.icon(key.value, color=ICON_COLOURS.get(key, DEFAULT_COLOUR),
                                      color_disabled="#b0bec5")
    return _loaded[key]


def when_ready(key: Icon, setter: Callable[[QIcon], None]) -> None:
    """Give ``setter`` the icon as soon as icons are loaded (now, if they already are)."""
    if _deferring:
        _pending.append((key, setter))
    else:
        setter(icon(key))


def defer_until_loaded() -> None:
    """Start collecting icon requests instead of drawing them (called before the window exists)."""
    global _deferring
    _deferring = True


def load_icons() -> None:
    """Draw every icon that was asked for; call once the window is on screen."""
    global _deferring
    _deferring = False
    _show_app_icon()
    requests = list(_pending)
    _pending.clear()
    for key, setter in requests:
        setter(icon(key))


def _show_app_icon() -> None:
    """The app's own icon (title bar, task bar), set with the others after the first frame."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from composer.appdata.resources import icon_files

    app_icon = QIcon()  # the sizes are read when a size is first drawn, not here
    for path in icon_files():
        app_icon.addFile(str(path))
    QGuiApplication.setWindowIcon(app_icon)
