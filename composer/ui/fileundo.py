"""Taking a file off the message, or swapping it for a fixed copy, is a step of its undo history.

The seller's Ctrl+Z is the message's own (the editor's document, reached from anywhere
in the window through Edit › Undo). So a file step is written into that history: it
sets a number on the document's root frame, a format change Qt records as one undo step
and that nothing typed can reach. Whenever the document changes, the number in it says
which file steps are in force; Undo and Redo (by key, menu, toolbar or the status bar's
Undo) move it, and the attachment list follows. Typing after a removal comes first on the
way back, as for any other edit. The file itself is never touched on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from composer.attachments.refs import AttachmentRef
    from composer.ui.attachmentfiles import AttachmentFiles
    from composer.ui.editor import ComposerEdit



def step_property() -> int:
    """The root frame's property that holds the step (a user property: not in the HTML).
    Not at import: QTextFormat's enums wait until after the first paint."""
    from PySide6.QtGui import QTextFormat

    return int(QTextFormat.Property.UserProperty) + 0x5C0


@dataclass(frozen=True)
class FileStep:
    """One change to the list: ``before`` taken off at ``index``, or replaced by ``after``."""

    parent: int  # the step in force before this one (0: none)
    index: int
    before: AttachmentRef
    after: AttachmentRef | None  # a fixed copy; None when the file was removed


class FileUndo(QObject):
    """Keeps the open message's file steps in its undo history."""

    offered = Signal(str)  # a removal the status bar offers to undo ("Removed “x.pdf”.")
    withdrawn = Signal()  # something else was done since: Ctrl+Z now undoes that
    # What Undo or Redo did to the list ("Put back “x.jpg”."): the status bar's word on the
    # fix ("… Ctrl+Z puts it back") is out of date once it is done.
    said = Signal(str, int)

    def __init__(self, editor: ComposerEdit, files: AttachmentFiles,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor, self.files = editor, files
        self.steps: dict[int, FileStep] = {}
        self.applied = 0  # the step whose number the document held when last looked at
        self._last_number = 0
        self._writing = False
        self._offer_open = False
        files.stepped.connect(self.record)
        editor.document().contentsChanged.connect(self._on_document_changed)

    def forget(self) -> None:
        """Another draft: its history starts empty (the editor's was cleared too)."""
        self.steps.clear()
        self.applied = 0
        self._close_offer()

    def _number(self) -> int:
        value = self.editor.document().rootFrame().frameFormat().property(step_property())
        return int(value) if isinstance(value, int) else 0

    def record(self, index: int, before: AttachmentRef, after: AttachmentRef | None) -> None:
        """A file was taken off (or replaced by its copy): make that the newest undo step."""
        document = self.editor.document()
        if not document.isUndoRedoEnabled():
            return
        self.editor.finish_paste()  # a paste coming in pieces joins its own last piece
        self._last_number += 1
        number = self._last_number
        self.steps[number] = FileStep(self._number(), index, before, after)
        root = document.rootFrame()
        frame_format = root.frameFormat()
        frame_format.setProperty(step_property(), number)
        self._writing = True
        try:
            root.setFrameFormat(frame_format)
        finally:
            self._writing = False
        self.applied = number
        if after is None:
            self._offer_open = True
            self.offered.emit(self.tr("Removed “{name}”.").format(name=before.path.name))
        else:
            self._close_offer()

    def _close_offer(self) -> None:
        if self._offer_open:
            self._offer_open = False
            self.withdrawn.emit()

    def _on_document_changed(self) -> None:
        if self._writing:
            return
        self._close_offer()
        number = self._number()
        if number == self.applied:
            return
        # Undo or Redo passed a file step. Qt then puts the cursor at the end of the text
        # (the step "changed" the whole document): keep it, and the view, where they were.
        cursor = self.editor.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        scroll = self.editor.verticalScrollBar().value()
        self._move(self.applied, number)
        self.applied = number

        def back() -> None:
            kept = self.editor.textCursor()
            end = self.editor.document().characterCount() - 1
            kept.setPosition(min(anchor, end))
            kept.setPosition(min(position, end), kept.MoveMode.KeepAnchor)
            self.editor.setTextCursor(kept)
            self.editor.verticalScrollBar().setValue(scroll)

        QTimer.singleShot(0, back)

    def _chain(self, number: int) -> list[int]:
        """``number`` and the steps before it, newest first (only the ones known here)."""
        chain = []
        while number in self.steps and number not in chain:
            chain.append(number)
            number = self.steps[number].parent
        return chain

    def _move(self, start: int, goal: int) -> None:
        """Undo the steps from ``start`` back to where ``goal`` branched, then redo to it."""
        going_back, coming = self._chain(start), self._chain(goal)
        shared = set(going_back) & set(coming)
        refs, said = list(self.files.refs), ""
        for number in going_back:
            if number in shared:
                break
            refs = _undo(refs, self.steps[number])
            said = self.tr("Put back “{name}”.").format(name=self.steps[number].before.path.name)
        for number in reversed([n for n in coming if n not in shared]):
            step = self.steps[number]
            refs = _redo(refs, step)
            said = (self.tr("Removed “{name}” again.").format(name=step.before.path.name)
                    if step.after is None else self.tr(
                        "Attached the fixed copy “{name}” again.").format(
                            name=step.after.path.name))
        if refs != self.files.refs:
            self.files.restore(refs)
            self.said.emit(said, 8000)


def _undo(refs: list[AttachmentRef], step: FileStep) -> list[AttachmentRef]:
    paths = [ref.path for ref in refs]
    if step.after is not None and step.after.path in paths:
        refs[paths.index(step.after.path)] = step.before
    elif step.before.path not in paths:
        refs.insert(min(step.index, len(refs)), step.before)
    return refs


def _redo(refs: list[AttachmentRef], step: FileStep) -> list[AttachmentRef]:
    if step.after is None:
        return [ref for ref in refs if ref.path != step.before.path]
    return [step.after if ref.path == step.before.path else ref for ref in refs]
