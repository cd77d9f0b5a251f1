"""The open message's attachments: the references a draft keeps, and fixed copies.

Part of the compose controller (``ComposeController.files``): files are referenced,
not copied (see docs/decisions.md); a fix writes a copy off the UI thread. Emits
``changed`` when the list or what is known of the files changed (redraw, check again)
and ``edited`` when the draft must be saved.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from composer.attachments.refs import AttachmentRef
from composer.policy.fixaction import FileAction
from composer.ui.filejobs import FileJobs
from composer.ui.translations import say

if TYPE_CHECKING:
    from composer.attachments.inspection import AttachmentInfo
    from composer.store import Draft, Store


class AttachmentFiles(QObject):
    """The attachment references of the open draft and what the last review saw of them."""

    changed = Signal()
    edited = Signal()
    statusMessage = Signal(str, int)
    warning = Signal(str, str)  # title, text: a fix failed
    # A file taken off (index, its ref, None) or replaced by its fixed copy (index, the
    # original's ref, the copy's): composer/ui/fileundo.py makes it an undo step.
    stepped = Signal(int, object, object)

    def __init__(self, store: Store, data_dir: Path | None,
                 current_draft: Callable[[], int | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.data_dir, self._current_draft = store, data_dir, current_draft
        self.refs: list[AttachmentRef] = []
        self.infos: dict[str, AttachmentInfo] = {}
        self._file_jobs_for: dict[str, int] = {}  # file being fixed -> the draft it belongs to
        # A fixed copy -> the file it replaced, while the session lasts: Undo puts it back.
        self.originals: dict[str, AttachmentRef] = {}
        self.jobs = FileJobs(self)
        # Why the open message's type takes no files ("" when it takes them): the
        # compose controller sets it from the header.
        self.refusal: Callable[[], str] = lambda: ""
        self.jobs.finished.connect(self._on_file_job)

    def load(self, draft: Draft) -> None:
        self.refs = [AttachmentRef(Path(a.path), a.size, a.sha256) for a in draft.attachments]
        self.infos = {}

    def capture(self, draft: Draft) -> None:
        from composer.store import AttachmentRecord

        draft.attachments = [AttachmentRecord(str(r.path), r.path.name, r.size, r.sha256)
                             for r in self.refs]

    def named(self, name: str) -> Path | None:
        """The attached file the buyer sees as ``name``."""
        return next((r.path for r in self.refs if r.path.name == name), None)

    def remember(self, infos: tuple[AttachmentInfo, ...]) -> None:
        """Keep what the review saw; a newly added file gets its hash from its first check."""
        self.infos = {str(info.path): info for info in infos}
        for number, ref in enumerate(self.refs):
            info = self.infos.get(str(ref.path))
            if not ref.sha256 and info is not None and info.readable and info.sha256:
                self.refs[number] = AttachmentRef(ref.path, info.size, info.sha256)
                self.edited.emit()

    def _files_changed(self) -> None:
        self.changed.emit()
        self.edited.emit()

    def add(self, paths: list[str]) -> None:
        """Attach files (from the button, a drop or a paste); the check then inspects them."""
        refused = self.refusal()
        if refused and paths:
            self.statusMessage.emit(self.tr("Not attached: {reason}").format(reason=refused),
                                    10000)
            return
        known = {ref.path for ref in self.refs}
        names = {ref.path.name for ref in self.refs}
        added = 0
        for raw in paths:
            path = Path(raw).expanduser().absolute()
            if path in known:
                self.statusMessage.emit(self.tr("“{file}” is already attached.").format(
                    file=path.name), 5000)
            elif path.name in names:
                # The buyer sees only names: two files called the same would be confusing.
                self.statusMessage.emit(self.tr("A file called “{file}” is already attached. "
                                                "Rename one of them first.").format(
                                                    file=path.name), 8000)
            else:
                known.add(path)
                names.add(path.name)
                self.refs.append(AttachmentRef(path, 0, ""))
                added += 1
        if added:
            self._files_changed()

    def remove(self, path: str) -> None:
        """Take a file off the message (never off the disk); Ctrl+Z brings it back."""
        index = next((n for n, r in enumerate(self.refs) if str(r.path) == path), None)
        if index is None:
            return
        removed = self.refs.pop(index)
        self.infos.pop(path, None)
        self.stepped.emit(index, removed, None)
        self._files_changed()

    def restore(self, refs: list[AttachmentRef]) -> None:
        """The list as an undo or redo left it."""
        self.refs = list(refs)
        self._files_changed()

    def fix(self, path: str, action: FileAction | str) -> None:
        """Make a fixed copy (smaller, converted, without location…) off the UI thread."""
        action = FileAction(action)
        if action is FileAction.REMOVE:
            self.remove(path)
            return
        if action is FileAction.UNDO:
            self.undo_fix(path)
            return
        draft_id = self._current_draft()
        if path in self._file_jobs_for or draft_id is None:
            return  # already being fixed: one copy is enough
        self._file_jobs_for[path] = draft_id
        self.statusMessage.emit(self.tr("Working on “{file}”…").format(file=Path(path).name),
                                0)
        folder = (self.data_dir / "attachments" if self.data_dir is not None
                  else Path(tempfile.gettempdir()) / "seller-composer-attachments")
        self.jobs.run(Path(path), action, folder, list(self.infos.values()))

    def _on_file_job(self, original: str, result: object) -> None:
        from composer.store import AttachmentRecord

        draft_id = self._file_jobs_for.pop(original, None)
        if isinstance(result, Exception):
            self.statusMessage.emit("", 0)
            self.warning.emit(self.tr("The file could not be changed"), say(str(result)))
            return
        copy = Path(str(result))
        if draft_id is not None:
            copy = self._plain_name(copy, Path(original), draft_id)
        if draft_id is not None and self._current_draft() == draft_id:
            if not any(str(r.path) == original for r in self.refs):
                self.statusMessage.emit(self.tr("The file was removed before its copy was "
                                                "ready; the copy was not attached."), 8000)
                return
            index = next(n for n, r in enumerate(self.refs) if str(r.path) == original)
            replaced, self.refs[index] = self.refs[index], AttachmentRef(copy, 0, "")
            self.originals[str(copy)] = replaced
            self.stepped.emit(index, replaced, self.refs[index])
            self._files_changed()
            self.statusMessage.emit(self.tr("Attached a fixed copy, “{name}”. Your original "
                                            "file is unchanged; Ctrl+Z puts it back.").format(
                                                name=copy.name), 8000)
            return
        elif draft_id is not None and self.store.has_draft(draft_id):
            # The seller moved to another draft meanwhile: fix the one the file belongs to.
            draft = self.store.get_draft(draft_id)
            draft.attachments = [AttachmentRecord(str(copy), copy.name) if a.path == original
                                 else a for a in draft.attachments]
            self.store.save_draft(draft)
        if str(copy) in self.originals:
            text = self.tr("Attached a fixed copy, “{file}”. Your original file is unchanged; "
                           "Undo on its row puts it back.")
        else:
            text = self.tr("Attached a fixed copy, “{file}”. Your original file is unchanged.")
        self.statusMessage.emit(text.format(file=copy.name), 8000)

    def _plain_name(self, copy: Path, original: Path, draft_id: int) -> Path:
        """The copy under the original's name when only an undone copy held that name.

        A fixed copy never overwrites a file, so Make smaller, Undo, Make smaller again
        gave the buyer "photo (2).jpg": the undone copy still held "photo.jpg". A copy
        nothing else has attached (not this draft's list, not another draft) gives its
        name to the new one; the undo history's step then finds the new copy there.
        """
        plain = copy.with_name(original.stem + copy.suffix)
        if plain in (copy, original) or not plain.is_file():
            return copy
        if any(r.path == plain for r in self.refs) or \
                self.store.attachment_in_use(str(plain), draft_id):
            return copy
        try:
            os.replace(copy, plain)
        except OSError:
            return copy
        return plain

    def undoable(self) -> dict[str, str]:
        """The attached fixed copies that Undo can swap back: copy path -> original's name."""
        attached = {str(r.path) for r in self.refs}
        return {copy: ref.path.name for copy, ref in self.originals.items() if copy in attached}

    def undo_fix(self, path: str) -> None:
        """Attach again the file a fix replaced; the copy stays on disk, no longer attached."""
        original = self.originals.get(path)
        if original is None or not any(str(r.path) == path for r in self.refs):
            return
        del self.originals[path]
        index = next(n for n, r in enumerate(self.refs) if str(r.path) == path)
        copy, self.refs[index] = self.refs[index], original
        # One more step of the message's undo history, so Ctrl+Z can take this back too.
        self.stepped.emit(index, copy, original)
        self._files_changed()
        self.statusMessage.emit(self.tr("“{name}” is attached again, as before the fix.").format(
            name=original.path.name), 8000)

    def shutdown(self) -> None:
        self.jobs.shutdown()
