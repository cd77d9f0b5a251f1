"""Tooltips over underlined words: resting the mouse on one explains its finding.

An event filter on the editor's viewport, installed once the editor takes keys (the
first ``viewport()`` makes PySide6 build every QWidget subclass, about 5 ms). Its words
keep the compose controller's translation context, so the translations stay found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

if TYPE_CHECKING:
    from composer.ui.editor import ComposerEdit
    from composer.ui.underlines import FindingsUnderlines


class FindingTips(QObject):
    """Shows the finding under the mouse as a tooltip over the editor."""

    def __init__(self, editor: ComposerEdit, underlines: FindingsUnderlines,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor, self.underlines = editor, underlines

    def watch(self) -> None:
        self.editor.viewport().installEventFilter(self)

    def stop(self) -> None:
        self.editor.viewport().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tooltips over underlined words explain the finding."""
        # The type first: while the window is torn down, the editor may already be gone.
        if event.type() == QEvent.Type.ToolTip and watched is self.editor.viewport():
            from composer.ui.findingcard import SEVERITY_WORDS

            help_event: QHelpEvent = event  # type: ignore[assignment]
            position = self.editor.cursorForPosition(help_event.pos()).position()
            mark = self.underlines.mark_at(position)
            if mark is None:
                QToolTip.hideText()
            else:
                finding = mark.finding
                QToolTip.showText(help_event.globalPos(),
                                  "<b>" + QCoreApplication.translate(
                                      "ComposeController", "{severity}: {title}").format(
                                      severity=QCoreApplication.translate(
                                          "FindingCard", SEVERITY_WORDS[finding.severity]),
                                      title=finding.title) + "</b>"
                                  f"<br>{_html(finding.message)}", self.editor.viewport())
            return True
        return super().eventFilter(watched, event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
