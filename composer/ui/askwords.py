"""A small question for words a fix cannot know: the buyer's name for {buyer_name}.

The To field holds the buyer's Amazon address, not a name, so a name placeholder is
never fixed by going there; the seller types the name here and it replaces the
placeholder as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

QUESTIONS = {
    "buyer_name": ("The buyer's name", "Buyer's name, as on the order (for example Jane):"),
    "new_date": ("The new delivery date", "New expected delivery date (for example 18 December):"),
    "proposed_date": ("The delivery day you propose",
                      "Delivery day you propose (for example Tuesday 15 December):"),
}


def ask_words(parent: QWidget | None, what: str) -> str | None:
    """The words the seller typed, or None when they cancelled or typed nothing."""
    title, prompt = QUESTIONS.get(what, ("Fill in", "Words to put in:"))
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, "")
    text = " ".join(text.split())
    return text if ok and text else None
