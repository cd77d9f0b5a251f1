"""What the seller sees of a check: the findings shown, their underlines and the verdict.

The compose controller keeps the last review and the ignored keys and emits ``checked``;
this works out what of the review is shown. Ignored findings and the spelling of the
word being typed are left out, the rest is put in the app's language and underlined,
the sentence a fix left to read again is added, and ``summarise`` gives the verdict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from composer.compose.cards import cards_of
from composer.compose.shown import Shown
from composer.compose.summary import Summary, summarise

if TYPE_CHECKING:
    from collections.abc import Callable

    from composer.compose.review import Review
    from composer.l10n.catalog import Catalog
    from composer.policy.model import Finding
    from composer.ui.editor import ComposerEdit
    from composer.ui.headerform import HeaderForm
    from composer.ui.spellingsupport import SpellingSupport
    from composer.ui.underlines import FindingsUnderlines


class CheckView:
    """Turns a review into what the seller sees, and paints the underlines."""

    def __init__(self, editor: ComposerEdit, header: HeaderForm, spelling: SpellingSupport,
                 underlines: FindingsUnderlines,
                 to_read: Callable[[Catalog], list[Finding]]) -> None:
        self.editor, self.header, self.spelling, self.underlines = (
            editor, header, spelling, underlines)
        self.to_read = to_read  # the warning about the sentence to read again, if any
        # A word is "being typed" only after a keystroke since the draft was opened: a draft
        # reopened with the cursor after a misspelt word must show that word's mistake.
        self.typed = False
        editor.textChanged.connect(self._text_typed)
        # Words Ctrl+Z brought back were not typed: their spelling is not held back.
        editor.fixRestored.connect(self._not_typed)

    def _text_typed(self) -> None:
        self.typed = True

    def _not_typed(self, *_restored: object) -> None:
        self.typed = False

    def seen(self, last: Review, ignored_keys: set[str],
             catalog: Catalog) -> tuple[Summary, Shown]:
        """The verdict and what is shown of ``last``; its findings are underlined."""
        from composer.l10n.sayfindings import localise_all
        from composer.policy.ignore import ignored_findings, without_ignored
        from composer.policy.inboxrules import EMAIL_ONLY_RULES

        text = last.message.text
        shown, ignored = without_ignored(last.findings, text, ignored_keys)
        set_aside = ignored_findings(last.findings, text, ignored_keys) if ignored else []
        # A word Ctrl+Z brought back (or one with a selection on it) is not being typed.
        at = self.editor.textCursor()
        cursor = at.position() if self.typed and not at.hasSelection() else -1
        shown = self.spelling.hold_back(shown, text, cursor)
        to_read = self.to_read(catalog)
        if catalog.language != "en":  # cards and tooltips in the app's language
            shown = localise_all(shown, catalog)
        notes = [f for f in shown if f.rule in EMAIL_ONLY_RULES]
        shown = [f for f in shown if f.rule not in EMAIL_ONLY_RULES]
        self.underlines.set_findings(text, shown)  # the sentence to read is highlighted
        shown = shown + to_read
        summary = summarise(shown, self.header.problems(), empty=not text.strip(),
                            ignored_blocks=sum(f.severity == "block" for f in set_aside),
                            language=catalog.language)
        return summary, Shown(last, shown, ignored, cards_of(shown, text), notes)
