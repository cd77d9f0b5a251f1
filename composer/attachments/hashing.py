"""SHA-256 of a file, read in 1 MiB pieces (no Pillow here, so references stay light).

The file is opened as :mod:`composer.appdata.safeopen` opens it: a path that became a pipe
or a device is refused at once instead of being read forever.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from composer.appdata.safeopen import open_regular


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open_regular(path) as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
