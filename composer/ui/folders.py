"""Where the file dialogs open: the seller's own folders first, then the last one used.

Attach file…, Import E-mail Files… and Save as .eml… share this, so each starts in the
seller's Documents (or Downloads for saved e-mails), never in the program's folder, and
then reopens where the seller last was, also after a restart (kept in Settings).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from composer.appdata.settings import Settings


def start_folder(downloads_first: bool = False) -> str:
    """The seller's Documents folder, else Pictures, else home: never the program's folder.

    ``downloads_first``: Downloads before those (where saved e-mails usually land).
    """
    from PySide6.QtCore import QStandardPaths

    places = [QStandardPaths.StandardLocation.DocumentsLocation,
              QStandardPaths.StandardLocation.PicturesLocation]
    if downloads_first:
        places.insert(0, QStandardPaths.StandardLocation.DownloadLocation)
    for where in places:
        folder = QStandardPaths.writableLocation(where)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def remembered_folder(settings: Settings | None, key: str, downloads_first: bool = False) -> str:
    """The folder a file dialog last used (kept in ``settings`` across restarts), when it is
    still there; else the seller's usual folder."""
    folder = str(settings.get(key)) if settings is not None else ""
    return folder if folder and Path(folder).is_dir() else start_folder(downloads_first)


def remember_folder(settings: Settings | None, key: str, path: str) -> str:
    """Keep the folder of ``path`` (a file the dialog gave) under ``key``; returns it."""
    folder = str(Path(path).parent)
    if settings is not None:
        settings.set(key, folder)
    return folder
