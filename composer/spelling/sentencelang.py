"""Which language each sentence of a paragraph is in, for spelling (issue 15, item 6).

A German paragraph with one English sentence is checked sentence by sentence: the English
sentence with the English dictionary, the German ones with the German. The language of a
sentence comes from the same common-word evidence as the wrong-language check
(:mod:`composer.message.langid`). A sentence too short or too mixed to tell keeps the
paragraph's language, and is *uncertain* when another language has more evidence in it:
its unknown words are then shown without a one-click fix.

A word that another language in play knows ("auch" in an English sentence of a German
buyer's message) is a correct word of that language, never a mistake: the languages in play
are the buyer's, the paragraph's, the message's and any with a fair share of the sentence's
evidence. A word that a rival language knows is still shown, but without a one-click fix:
in a sentence too short to judge, any of the five languages is a rival ("Danke auhc." in an
English message); in a judged one, those with some evidence in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from composer.message import langid
from composer.policy.sentences import iter_sentences

# A sentence is judged on its own from this many words: fewer say too little ("Danke.").
SENTENCE_MIN_WORDS = 4
# A language with this share of a sentence's evidence is in play there: its words are words.
IN_PLAY_SHARE = 0.2


@dataclass(frozen=True)
class SentenceLanguage:
    """A stretch of a paragraph, the language it is checked in, and how sure that is."""

    start: int
    end: int
    language: str
    certain: bool
    others: frozenset[str]  # other languages in play: a word they know is no mistake
    rivals: frozenset[str]  # other languages with some evidence: a word they know gets no fix


def sentence_languages(paragraph: str, base: str, in_play: frozenset[str],
                       known: frozenset[str]) -> list[SentenceLanguage]:
    """The sentences of ``paragraph`` with their languages.

    ``base`` is the paragraph's language (what an unclear sentence keeps), ``in_play``
    the languages of the message and the buyer, ``known`` the languages with a dictionary.
    """
    parts: list[SentenceLanguage] = []
    for start, end in iter_sentences(paragraph):
        found = langid.detect(paragraph[start:end], SENTENCE_MIN_WORDS)
        evident = {lang for lang in found.scores if found.share(lang) >= IN_PLAY_SHARE}
        others = frozenset((in_play | evident) & known)
        if found.language is not None and found.language in known:
            language, certain = found.language, True
            rivals = frozenset(lang for lang, score in found.scores.items() if score > 0)
        else:  # too short or mixed: the paragraph's language, and any other may be meant
            language = base
            own = found.scores.get(base, 0.0)
            certain = all(score <= own for score in found.scores.values())
            rivals = known
        others -= {language}
        rivals = (rivals & known) - others - {language}
        parts.append(SentenceLanguage(start, end, language, certain, others, rivals))
    return parts
