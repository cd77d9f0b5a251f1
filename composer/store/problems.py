"""What can be wrong with the data folder, said in plain words, with what the seller can do.

A :class:`StoreProblem` is a plain record: the kind of trouble, the file or folder
it concerns, and the technical detail. The app shows it in a dialog (Open
read-only, Make a repaired copy, Try again, Quit); ``drafts list`` / ``drafts show``
print its one-line form. Imported before the window's first frame, so no SQLite here.
The words are data (``resources/messages/store.json``); a problem is said in English
unless :meth:`StoreProblem.in_language` gives it the seller's language.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from composer.store.errors import StoreError
from composer.words import Words

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


class _Words:
    """A kind's words in one language (``resources/messages/store.json`` "kind") and what
    the seller can do about it. A plain class: this module loads before the first frame,
    and making a frozen dataclass with seven fields costs about 2 ms."""

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


class _Kind:
    """What the seller can do about a kind of problem (a plain class, as ``_Words``)."""

    __slots__ = ("can_read", "can_repair", "kept_label")

    def __init__(self, can_read: bool = True, can_repair: bool = False,
                 kept_label: str = "") -> None:
        self.can_read = can_read
        self.can_repair = can_repair
        self.kept_label = kept_label


KINDS: dict[str, _Kind] = {
    READ_ONLY_FILE: _Kind(),
    READ_ONLY_FOLDER: _Kind(),
    UNREADABLE: _Kind(can_read=False),
    LOCKED: _Kind(),
    DAMAGED: _Kind(can_repair=True, kept_label="damaged"),
    EMPTY: _Kind(can_read=False, can_repair=True, kept_label="empty"),
    FOREIGN: _Kind(can_read=False, can_repair=True, kept_label="not-drafts"),
    LOCK_UNUSABLE: _Kind(),
    NEWER: _Kind(can_read=False),
    FOLDER_UNUSABLE: _Kind(can_read=False),
    UNUSABLE: _Kind(),
}


def words_for(kind: str, language: str = "en") -> _Words:
    """The words of one kind of problem in ``language`` (English for a missing text)."""
    said = Words("store", language)
    flags = KINDS[kind]
    repair = said(f"kind.{kind}.repair_label") if flags.can_repair else ""
    return _Words(said(f"kind.{kind}.headline"), said(f"kind.{kind}.summary"),
                  said(f"kind.{kind}.body", fix_permissions=said("fix_permissions")),
                  flags.can_read, flags.can_repair, repair, flags.kept_label)


@dataclass(frozen=True)
class StoreProblem:
    """One thing wrong with the data folder: a kind from :data:`WORDS`, where, and why."""

    kind: str
    path: Path
    detail: str = ""  # the system's own words ("attempt to write a readonly database")
    language: str = field(default="en", compare=False)  # the words' language

    def in_language(self, language: str) -> StoreProblem:
        """The same problem, said in ``language`` (the app's, or the command line's)."""
        return replace(self, language=language)

    @property
    def words(self) -> _Words:
        return words_for(self.kind, self.language)

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
            hint = "repair" if self.kind == DAMAGED else "set_aside"
        elif self.kind == NEWER:
            hint = "update"
        elif self.kind == LOCKED:
            hint = "close_other"
        else:
            hint = "permissions"
        said = Words("store", self.language)
        return said("line", summary=self.words.summary, path=self.path,
                    hint=said(f"hint.{hint}"))

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
