"""A small question for words a fix cannot know: the buyer's name for {buyer_name}.

The To field holds the buyer's Amazon address, not a name, so a name placeholder is
never fixed by going there; the seller types the name here and it replaces the
placeholder as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

QUESTIONS = {
    "buyer_name": (QT_TRANSLATE_NOOP("AskWords", "The buyer's name"),
                   QT_TRANSLATE_NOOP("AskWords",
                                     "Buyer's name, as on the order (for example Jane):")),
    "new_date": (QT_TRANSLATE_NOOP("AskWords", "The new delivery date"),
                 QT_TRANSLATE_NOOP("AskWords",
                                   "New expected delivery date (for example 18 December):")),
    "proposed_date": (QT_TRANSLATE_NOOP("AskWords", "The delivery day you propose"),
                      QT_TRANSLATE_NOOP("AskWords", "Delivery day you propose (for example "
                                                    "Tuesday 15 December):")),
}
FALLBACK = (QT_TRANSLATE_NOOP("AskWords", "Fill in"),
            QT_TRANSLATE_NOOP("AskWords", "Words to put in:"))


def ask_words(parent: QWidget | None, what: str) -> str | None:
    """The words the seller typed, or None when they cancelled or typed nothing."""
    title, prompt = (QCoreApplication.translate("AskWords", words)
                     for words in QUESTIONS.get(what, FALLBACK))
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, "")
    text = " ".join(text.split())
    return text if ok and text else None
