"""Bring e-mails into the store: read every file first, then save all or nothing.

A file that cannot be read, a single e-mail that is not Amazon's, or an mbox without
one Amazon e-mail in it stops the whole import before anything is written, with one
plain sentence. Other people's e-mails inside an mbox (a Thunderbird folder holds all
sorts) are left out and listed. The buyers' files are written into the data folder's
``inbox/`` before the records are stored in one transaction; if storing fails, the files
written are removed again, so nothing is ever half-imported.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from composer.appdata.atomic import write_bytes_atomic
from composer.inbox.buyermessage import BuyerMail, MailFile, SavedFile
from composer.inbox.mailfiles import FileRefused, ReadMail, kind_of, read_file
from composer.words import Words

# English, as the core keeps them; the window and --lang say them in the seller's language.
_WORDS = Words("inbox")

FILES_FOLDER = "inbox"


class ImportProblem(Exception):
    """Nothing was imported; ``str()`` is one plain sentence saying why."""


class InboxStore(Protocol):
    def known_mail(self, fingerprint: str, message_id: str = "") -> int | None: ...
    def add_mails(self, entries: Sequence[tuple[BuyerMail, str, Sequence[SavedFile]]]
                  ) -> list[int | None]: ...


@dataclass
class ImportReport:
    """What an import did: added (source, id), already there, and left out with why."""

    added: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    mails: dict[int, BuyerMail] = field(default_factory=dict)

    def lines(self, say: Callable[[str], str] = str) -> list[str]:
        """What a seller reads after an import, one line each; ``say`` puts the core's
        English into the seller's language (the window's or --lang's catalogue)."""
        out = [f"{source}: {say(reason)}" for source, reason in self.refused]
        if self.duplicates:
            out.append(say(_WORDS.plural("files.already", len(self.duplicates))))
        out.append(say(_WORDS.plural("files.imported", len(self.added))))
        return out


def read_all(paths: Iterable[str | os.PathLike[str]]) -> list[ReadMail]:
    """Every e-mail of every file, or :class:`ImportProblem` for the first bad file."""
    found: list[ReadMail] = []
    for path in paths:
        try:
            items = read_file(path)
        except FileRefused as exc:
            raise ImportProblem(str(exc)) from None
        name = Path(path).name
        if len(items) == 1 and items[0].mail is None:
            raise ImportProblem(_WORDS("files.refused", file=name, why=items[0].refused))
        if items and not any(item.mail for item in items):
            raise ImportProblem(_WORDS.plural("files.not_amazon", len(items), file=name))
        found += items
    return found


def import_files(store: InboxStore, paths: Sequence[str | os.PathLike[str]],
                 data_dir: Path) -> ImportReport:
    """Read ``paths`` (eml, mbox, msg) and store their Amazon e-mails; see the module doc."""
    if not paths:
        raise ImportProblem(_WORDS("files.none_named"))
    return import_mails(store, read_all(paths), data_dir)


def import_mails(store: InboxStore, items: Sequence[ReadMail], data_dir: Path) -> ImportReport:
    """Store the e-mails read; refused ones are listed in the report, not stored."""
    report = ImportReport()
    fresh: list[tuple[str, BuyerMail]] = []
    seen: set[str] = set()
    for item in items:
        if item.mail is None:
            report.refused.append((item.source, item.refused))
            continue
        mail = item.mail
        keys = {mail.fingerprint, mail.message_id} - {""}
        if keys & seen or store.known_mail(mail.fingerprint, mail.message_id) is not None:
            report.duplicates.append(item.source)
            continue
        seen |= keys
        fresh.append((item.source, mail))
    if not fresh:
        return report
    created: list[Path] = []
    try:
        entries = []
        for source, mail in fresh:
            entries.append((mail, source, _save_files(mail, data_dir, created)))
        ids = store.add_mails(entries)
    except BaseException:
        for folder in created:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    for (source, mail), item_id in zip(fresh, ids, strict=True):
        if item_id is None:
            report.duplicates.append(source)
        else:
            report.added.append((source, item_id))
            report.mails[item_id] = mail
    return report


def files_folder(data_dir: Path) -> Path:
    return Path(data_dir) / FILES_FOLDER


def _save_files(mail: BuyerMail, data_dir: Path, created: list[Path]) -> list[SavedFile]:
    if not mail.files:
        return []
    folder = files_folder(data_dir) / mail.fingerprint[:24]
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        created.append(folder)
    saved: list[SavedFile] = []
    taken: set[str] = set()
    for item in mail.files:
        name = unique_name(safe_file_name(item.name, item), taken)
        path = folder / name
        write_bytes_atomic(path, item.data)
        saved.append(SavedFile(name=name, path=str(path), content_type=item.content_type,
                                size=len(item.data),
                                sha256=hashlib.sha256(item.data).hexdigest()))
    return saved


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u200b-\u200f\u2028-\u202e\u2066-\u2069]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
             *(f"lpt{n}" for n in range(10))}
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif",
               "application/pdf": ".pdf", "image/bmp": ".bmp", "image/tiff": ".tif"}


def safe_file_name(name: str, item: MailFile | None = None) -> str:
    """A name that stays inside its folder on every system: no path, no control or
    reserved characters, not a device name, at most 100 characters (extension kept)."""
    base = re.split(r"[\\/]", name)[-1]
    base = " ".join(_UNSAFE.sub("_", base).split()).strip(" .")
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    if stem.split(".")[0].lower() in _RESERVED:
        stem = "_" + stem
    if not stem:
        stem = "attachment"
    if not extension and item is not None:
        extension = _EXTENSIONS.get(item.content_type, "").lstrip(".")
    extension = extension[:10]
    stem = stem[: 100 - len(extension) - 1]
    return f"{stem}.{extension}" if extension else stem


def unique_name(name: str, taken: set[str]) -> str:
    candidate, number = name, 1
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem} ({number}).{extension}" if extension else f"{stem} ({number})"
    taken.add(candidate.casefold())
    return candidate


__all__ = ["ImportProblem", "ImportReport", "SavedFile", "import_files", "import_mails",
           "kind_of", "read_all", "safe_file_name"]
