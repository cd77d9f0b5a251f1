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
    path.mkdir(parents=True, exist_ok=True)
    return path
