"""A small question for words a fix cannot know: the buyer's name for {buyer_name}.

The To field holds the buyer's Amazon address, not a name, so a name placeholder is
never fixed by going there; the seller types the name here and it replaces the
placeholder as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

# Short titles: a window manager puts " — Seller Composer" after them, and the box is
# narrow; the question itself says the rest.
QUESTIONS = {
    "buyer_name": (QT_TRANSLATE_NOOP("AskWords", "Buyer's name"),
                   QT_TRANSLATE_NOOP("AskWords",
                                     "Buyer's name, as on the order (for example Jane Doe):")),
    "new_date": (QT_TRANSLATE_NOOP("AskWords", "New delivery date"),
                 QT_TRANSLATE_NOOP("AskWords", "New expected delivery date (for example "
                                               "18 December):")),
    "proposed_date": (QT_TRANSLATE_NOOP("AskWords", "Delivery day"),
                      QT_TRANSLATE_NOOP("AskWords", "Delivery day you propose (for example "
                                                    "Tuesday 15 December):")),
}
FALLBACK = (QT_TRANSLATE_NOOP("AskWords", "Fill in"),
            QT_TRANSLATE_NOOP("AskWords", "Words to put in:"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AskWords", text)


def words_dialog(parent: QWidget | None, what: str) -> QInputDialog:
    """The question for ``what`` (a placeholder's name) as ``ask_words`` shows it."""
    title, prompt = QUESTIONS.get(what, FALLBACK)
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(_tr(title))
    dialog.setLabelText(_tr(prompt))
    return dialog


def ask_words(parent: QWidget | None, what: str) -> str | None:
    """The words the seller typed, or None when they cancelled or typed nothing."""
    title, prompt = QUESTIONS.get(what, FALLBACK)
    text, ok = QInputDialog.getText(parent, _tr(title), _tr(prompt),
                                    QLineEdit.EchoMode.Normal, "")
    text = " ".join(text.split())
    return text if ok and text else None
