"""The sentence a removal fix left, as a warning until the seller has read it again.

"Remove the link" may leave "For the manual or write to us": the app cannot be sure the
words left still read, so it highlights the sentence. While the highlight is there the
message is not "Ready to send": this finding counts as one warning in the verdict and
gives a card whose "It reads right" clears it (the words are in
``resources/messages/core.json`` "reread", said again per language like the core's).
"""

from __future__ import annotations

from composer.l10n.catalog import Catalog
from composer.policy.fixaction import READ_FIELD
from composer.policy.model import Finding, Fix

RULE = "reread"
_WORDS = "messages/core.json"


def reread_finding(text: str, start: int, end: int) -> Finding:
    """The warning about ``text[start:end]``, the sentence to read again (in English)."""
    words = Catalog("en")
    sentence = text[start:end]
    return Finding(RULE, "warn", start, end, sentence,
                   words.text(_WORDS, "reread.message").format(text=sentence.strip()),
                   fix=Fix(words.text(_WORDS, "reread.confirm"), start, end, field=READ_FIELD),
                   title=words.text(_WORDS, "reread.title"))
