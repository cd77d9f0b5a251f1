"""Where drafts and settings live: ``--data-dir``, ``SELLER_COMPOSER_HOME`` or the platform."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SELLER_COMPOSER_HOME"
APP_NAME = "SellerComposer"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data folder: the explicit option wins, then the environment, then the platform.

    The folder is not created here; :func:`ensure_data_dir` does that when
    something is about to be written, so a read-only ``--version`` leaves no trace.
    """
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder if needed, private to its owner (0700 on POSIX).

    It holds buyer aliases, order IDs and messages. A folder that already exists is
    left as it is: it may be one the seller chose and shares on purpose; the files
    the app keeps in it are made private one by one.
    """
    path = Path(path)
    if path.is_dir():
        return path
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        os.chmod(path, 0o700)  # mkdir's mode passes through the umask, which may be odd
    return path
