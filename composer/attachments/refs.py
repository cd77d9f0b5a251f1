"""Remember exactly which file was attached, and notice when it changes or vanishes.

A draft keeps an :class:`AttachmentRef` per file. Before sending (or reopening a
draft) :func:`verify_unchanged` re-reads the file: if it moved, changed or can't
be read, the app reports it and does not send, rather than sending a different
file from the one the seller checked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.appdata.safeopen import NotAFile, special_kind
from composer.attachments.config import policy
from composer.attachments.hashing import sha256_of

if TYPE_CHECKING:
    from composer.attachments.inspection import AttachmentInfo


@dataclass(frozen=True)
class AttachmentRef:
    """A file as it was when attached: where, how big, and its SHA-256."""

    path: Path
    size: int
    sha256: str

    @classmethod
    def from_info(cls, info: AttachmentInfo) -> AttachmentRef:
        return cls(path=info.path, size=info.size, sha256=info.sha256)

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "size": self.size, "sha256": self.sha256}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AttachmentRef:
        return cls(path=Path(data["path"]), size=int(data["size"]), sha256=str(data["sha256"]))


def verify_unchanged(ref: AttachmentRef) -> str | None:
    """Return None when the file is still exactly as attached, else a sentence for the seller.

    The hash is always re-computed (about 20 ms for 10 MB): size and date alone
    can't prove a file is the same one. A path that is now a folder, a pipe or a
    device is reported as such, without waiting on it.
    """
    rules = policy()
    name = ref.path.name
    try:
        facts = os.stat(ref.path)
        kind = special_kind(facts.st_mode)
        if kind is not None:
            raise NotAFile(ref.path, kind)
        if facts.st_size != ref.size or sha256_of(ref.path) != ref.sha256:
            return rules.say("changed", name=name)
    except FileNotFoundError:
        return rules.say("vanished", name=name)
    except NotAFile as error:
        return rules.say("unreadable-now", name=name, reason=f"it is now {error.words}")
    except OSError as error:
        return rules.say("unreadable-now", name=name, reason=error.strerror or "unknown error")
    return None
