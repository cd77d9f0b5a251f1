"""The one question before a message leaves: "Check first" for a copy or a file, and for
Send always "Send to <alias> now?", naming the order and the subject.

Sending mails the buyer at once and cannot be taken back, and Send… has a shortcut
(Ctrl+Return) a stray key can reach while writing: so Send always asks, with Send the
default button (Enter) and Cancel on Esc. When warnings remain they are listed in that
same box (one dialog, not two) and "Go back and edit" is the default, as for every route.

The words keep the export controller's translation context, where they were first made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from composer.ui.translations import quoted

CONFIRM_WIDTH = 420
SHOWN_LINES = 8


@dataclass(frozen=True)
class Question:
    """What the box asks: ``heading`` and ``lines`` to read, the go button's words, and the
    extra offers (None: not offered)."""

    title: str
    heading: str
    lines: tuple[str, ...]
    go: str
    back: str
    go_is_default: bool
    fix_label: str | None = None  # the empty Subject's fix
    show_files: Callable[[], None] | None = None  # opens the folder of the files to attach


def send_question(to: str, order_id: str, subject: str) -> tuple[str, str]:
    """The heading and first line of the send question."""
    heading = QCoreApplication.translate("ExportController", "Send to {alias} now?").format(
        alias=to.strip())
    words = (quoted(subject.strip()) if subject.strip()
             else QCoreApplication.translate("ExportController", "(no subject)"))
    about = (QCoreApplication.translate("ExportController", "Order {order}: {subject}").format(
        order=order_id.strip(), subject=words) if order_id.strip() else words)
    return heading, about


def ask(parent: QWidget, question: Question) -> str:
    """Show the box; "go", "fix" or "back". "Show the files" opens the folder and asks again."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question if question.go_is_default
                else QMessageBox.Icon.Warning)
    box.setWindowTitle(question.title)  # short: the app's name follows
    box.setText(question.heading)
    lines = question.lines
    n = len(lines)
    more = QCoreApplication.translate("ExportController", "…and %n more", "", n - SHOWN_LINES)
    box.setInformativeText("\n".join(f"• {line}" for line in lines[:SHOWN_LINES])
                           + (f"\n{more}" if n > SHOWN_LINES else ""))
    go = box.addButton(question.go, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(question.back, QMessageBox.ButtonRole.RejectRole)
    fix = (box.addButton(question.fix_label, QMessageBox.ButtonRole.ResetRole)
           if question.fix_label else None)
    show = (box.addButton(QCoreApplication.translate("ExportController", "Show the files"),
                          QMessageBox.ButtonRole.ActionRole)
            if question.show_files is not None else None)
    box.setDefaultButton(go if question.go_is_default else back)
    box.setEscapeButton(back)
    grid = box.layout()  # wide enough for its title and a readable list
    if isinstance(grid, QGridLayout):
        grid.addItem(QSpacerItem(CONFIRM_WIDTH, 0, QSizePolicy.Policy.Minimum),
                     grid.rowCount(), 0, 1, grid.columnCount())
    while True:
        box.exec()
        clicked = box.clickedButton()
        if show is not None and clicked is show and question.show_files is not None:
            question.show_files()  # the seller still chooses: copy, or go back
            continue
        break
    if clicked is go:
        return "go"
    return "fix" if fix is not None and clicked is fix else "back"
