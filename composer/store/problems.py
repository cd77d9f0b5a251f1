"""What can be wrong with the data folder, said in plain words, with what the seller can do.

A :class:`StoreProblem` is a plain record: the kind of trouble, the file or folder
it concerns, and the technical detail. The app shows it in a dialog (Open
read-only, Make a repaired copy, Try again, Quit); ``drafts list`` / ``drafts show``
print its one-line form. Imported before the window's first frame, so no SQLite here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from composer.store.errors import StoreError

READ_ONLY_FILE = "read-only-file"
READ_ONLY_FOLDER = "read-only-folder"
UNREADABLE = "unreadable"
LOCKED = "locked"
DAMAGED = "damaged"
EMPTY = "empty"
FOREIGN = "foreign"
LOCK_UNUSABLE = "lock-unusable"
NEWER = "newer"
FOLDER_UNUSABLE = "folder-unusable"
UNUSABLE = "unusable"

FIX_PERMISSIONS = ("To work normally again, make it writable for your user account "
                   "(Windows: right-click › Properties, untick “Read-only”; Mac: Get Info › "
                   "Sharing & Permissions), then choose Try again.")


class _Words:
    """The words of one kind of trouble. A plain class: this module loads before the first
    frame, and making a frozen dataclass with seven fields costs about 2 ms."""

    __slots__ = ("body", "can_read", "can_repair", "headline", "kept_label", "repair_label",
                 "summary")

    def __init__(self, headline: str, summary: str, body: str, can_read: bool = True,
                 can_repair: bool = False, repair_label: str = "",
                 kept_label: str = "") -> None:
        self.headline = headline
        self.summary = summary  # what is wrong, as the end of "… : <path>"
        self.body = body  # what is wrong, then (after a blank line) why and what to do
        self.can_read = can_read
        self.can_repair = can_repair
        self.repair_label = repair_label
        self.kept_label = kept_label  # the original's new name says why it was set aside


WORDS: dict[str, _Words] = {
    READ_ONLY_FILE: _Words(
        "Your drafts can be read, but not saved",
        "the drafts file is read-only",
        "Seller Composer cannot save changes to its drafts file, because the file is "
        "read-only. This happens after copying the folder from a backup, a CD or another "
        "computer, or when the file's permissions were changed.\n\nYou can open your drafts "
        "read-only to read and copy them. " + FIX_PERMISSIONS),
    READ_ONLY_FOLDER: _Words(
        "Your drafts can be read, but not saved",
        "the data folder is read-only",
        "Seller Composer cannot write in its data folder, and it needs to, to save your "
        "drafts safely. The folder may be on a read-only disk or share, or its permissions "
        "were changed.\n\nYou can open your drafts read-only to read and copy them. "
        + FIX_PERMISSIONS),
    UNREADABLE: _Words(
        "Your drafts file cannot be read",
        "the drafts file cannot be read",
        "Seller Composer is not allowed to read its drafts file, or the disk reported an "
        "error while reading it. Your drafts are still in that file, but nothing can be "
        "shown until it can be read.\n\nGive your user account permission to read and "
        "change the file (or ask whoever manages this computer), or check the disk, then "
        "choose Try again.",
        can_read=False),
    LOCKED: _Words(
        "Another program is using your drafts",
        "another program is changing the drafts file",
        "Another program is changing Seller Composer's drafts file right now, and did not "
        "finish within a few seconds. This is often a database tool, or a backup or sync "
        "program holding the file.\n\nClose that program and choose Try again. Meanwhile "
        "you can open your drafts read-only to read and copy them."),
    DAMAGED: _Words(
        "Your drafts file is damaged",
        "the drafts file is damaged",
        "Part of Seller Composer's drafts file cannot be read, for example after a disk "
        "error, a crash during a copy, or a sync program that wrote over part of it.\n\n"
        "Seller Composer can make a repaired copy: it saves every draft it can still read "
        "into a new drafts file and keeps the damaged file next to it under a dated name, "
        "so nothing is thrown away. You can first open what can be read, read-only.",
        can_repair=True, repair_label="Make a repaired copy", kept_label="damaged"),
    EMPTY: _Words(
        "Your drafts file is empty",
        "the drafts file is empty (0 bytes)",
        "Seller Composer's drafts file is empty: it holds no drafts at all, perhaps because "
        "a copy or a sync was interrupted. Seller Composer will not replace it on its own."
        "\n\nIf you have a backup of this file, quit and put the backup in its place. "
        "Otherwise start a new drafts file; the empty one is kept next to it under a dated "
        "name.",
        can_read=False, can_repair=True, repair_label="Start a new drafts file",
        kept_label="empty"),
    FOREIGN: _Words(
        "This is not a Seller Composer drafts file",
        "the file is not a Seller Composer drafts file",
        "The file where Seller Composer keeps its drafts holds something else. Seller "
        "Composer will not change it or write into it.\n\nIf it was put there by mistake, "
        "quit, move it away and put your own drafts file back. Or let Seller Composer set "
        "it aside under a dated name (it is kept, unchanged) and start a new drafts file.",
        can_read=False, can_repair=True, repair_label="Set it aside and start a new file",
        kept_label="not-drafts"),
    LOCK_UNUSABLE: _Words(
        "Seller Composer cannot use its lock file",
        "the lock file cannot be used",
        "Seller Composer keeps a small lock file in its data folder, so that two copies of "
        "the app never edit the same drafts at once, and it cannot use it.\n\nDelete or "
        "rename it, then choose Try again. Meanwhile you can open your drafts read-only."),
    NEWER: _Words(
        "These drafts are from a newer Seller Composer",
        "the drafts were saved by a newer Seller Composer",
        "This data folder was written by a newer version of Seller Composer. Update "
        "Seller Composer to open it. Your drafts have not been changed.",
        can_read=False),
    FOLDER_UNUSABLE: _Words(
        "Seller Composer cannot use its data folder",
        "the data folder cannot be used",
        "Seller Composer cannot create or open its data folder.\n\nChoose another folder "
        "with --data-dir or the SELLER_COMPOSER_HOME setting, or fix the folder's "
        "permissions, then start again.",
        can_read=False),
    UNUSABLE: _Words(
        "Your drafts could not be opened",
        "the drafts file could not be opened",
        "Seller Composer could not open its drafts file. Your drafts have not been "
        "changed.\n\nYou can open them read-only to read and copy them, or choose Try "
        "again."),
}


@dataclass(frozen=True)
class StoreProblem:
    """One thing wrong with the data folder: a kind from :data:`WORDS`, where, and why."""

    kind: str
    path: Path
    detail: str = ""  # the system's own words ("attempt to write a readonly database")

    @property
    def words(self) -> _Words:
        return WORDS[self.kind]

    @property
    def headline(self) -> str:
        return self.words.headline

    @property
    def paragraphs(self) -> list[str]:
        """The explanation without the path: what is wrong first, then what to do."""
        return self.words.body.split("\n\n")

    @property
    def explanation(self) -> str:
        """What is wrong, where (the path on a line of its own), why, and what to do."""
        first, *rest = self.paragraphs
        return "\n\n".join([f"{first}\n{self.path}", *rest])

    @property
    def can_read(self) -> bool:
        return self.words.can_read

    @property
    def can_repair(self) -> bool:
        return self.words.can_repair

    def line(self) -> str:
        """One line for the command line: what, where, and what to do."""
        if self.kind in (DAMAGED, EMPTY, FOREIGN):
            hint = "Open Seller Composer to make a repaired copy; the original is kept."
            if self.kind != DAMAGED:
                hint = "Open Seller Composer to set it aside and start a new file."
        elif self.kind == NEWER:
            hint = "Update Seller Composer to read them."
        elif self.kind == LOCKED:
            hint = "Close the other program and try again."
        else:
            hint = "Check the permissions of the file and its folder."
        return f"{self.words.summary}: {self.path}. {hint}"

    def __str__(self) -> str:
        return self.line()


class StoreProblemError(StoreError):
    """Raised by the store when the data folder is in a state it must not touch."""

    def __init__(self, problem: StoreProblem) -> None:
        self.problem = problem
        super().__init__(problem.line())


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` (effective ids where the OS has them)."""
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective)


def folder_problem(folder: Path, error: OSError) -> StoreProblem:
    """The data folder itself cannot be created or used."""
    return StoreProblem(FOLDER_UNUSABLE, Path(folder), error.strerror or str(error))
