"""The ``spelling`` and ``wrong-language`` rules (POLICY.md §3): a message in, findings out.

Which language: the buyer's (``Message.buyer_language``). Without one (the CLI
without ``--buyer-language``) it is the language the text is written in. When the
whole text, or a long paragraph, is clearly in another of the five languages,
that part is checked in its own language: flagging every word of a German
message as misspelt English would help nobody, and ``wrong-language`` already
says what is wrong. Within a paragraph each sentence is checked in its own language
(:mod:`composer.spelling.sentencelang`); a word another language in play knows is never a
mistake, and a sentence whose language is unsure gets no one-click fix.

Speed: results are kept per paragraph (one line of the text), keyed by the
language, the paragraph's text, the dictionary's version and the words to skip,
so a keystroke checks one paragraph again. The fix offers the best word one edit
away (about a millisecond); the full list of suggestions is for the right-click
menu only (:func:`suggestions`), because words two edits away take up to a second.

Not flagged: the personal dictionary (``Message.extra["dictionary"]``, a
frozenset of words), the business and product names, and names: in English,
French, Spanish and Italian a capitalised word inside a sentence is taken for a
name; in German (nouns are capitalised) only words after a greeting or a title
("Hallo", "Frau") and short sign-off lines are. A capitalised word at the start
of a sentence is flagged only when a word one edit away exists.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from composer.appdata.resources import load_json
from composer.message import langid
from composer.message.languages import base_language
from composer.policy import rulebook
from composer.policy.model import Finding, Fix, Message
from composer.spelling.dictionary import (
    LANGUAGES,
    Dictionary,
    LanguageRules,
    dictionary,
    language_name,
)
from composer.spelling.formulas import formula_word
from composer.spelling.sentencelang import sentence_languages
from composer.spelling.spacing import check_missing_space
from composer.spelling.tokens import candidates, context, is_signature, stray_capitals

PARAGRAPH_MIN_WORDS = 8  # a paragraph this long may be checked in its own language
# A language with less than this share of a text's evidence is not what the text is written
# in: a German greeting in an English message does not make it German, nor bilingual.
OWN_SHARE = 0.3
# A close call between the buyer's language and another is settled by the dictionaries: the
# other must know this share of the text's lower-case words, and this much more than the
# buyer's (measured on 86 test messages: the right language leads by 0.15 or more).
MIN_HIT_RATE = 0.7
HIT_RATE_LEAD = 0.15
_CACHE_SIZE = 4096
_CACHE_CHARS = 2_000_000  # the paragraph cache holds at most this much text
_CACHED_TEXT_CHARS = 20_000  # longer texts' language is worked out afresh, not remembered
# Unknown words get a suggestion each (about a millisecond apiece). A message with more than
# this many is gibberish or a paste gone wrong: spelling stops looking there, so a megabyte
# of random letters costs a second, not minutes.
SUGGESTION_BUDGET = 400
_SHOWN_WORD_CHARS = 40  # a longer "word" is shortened in the finding's sentence
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’‐‑-][^\W\d_]+)*")


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionary does not know, relative to its paragraph."""

    start: int
    end: int
    word: str
    suggestion: str | None
    language: str = ""  # the dictionary it was checked with
    certain: bool = True  # the sentence's language is sure: a one-click fix may be offered


@cache
def _messages() -> dict[str, Any]:
    return load_json("policy", "spelling.json")


# --- which words to skip ---------------------------------------------------------------------
def skip_words(message: Message) -> frozenset[str]:
    """Lower-case words never to flag: the personal dictionary, business and product names."""
    personal = message.extra.get("dictionary") or frozenset()
    names = f"{message.business_name} {message.product_name}"
    name_words = {w.lower() for w in _NAME_WORD.findall(names)}
    if not name_words:
        return frozenset(w.lower() for w in personal)
    return frozenset({w.lower() for w in personal} | name_words)


# --- per-paragraph cache ---------------------------------------------------------------------
class _ParagraphCache:
    """Least-recently-used results per (language, skip words, paragraph).

    A result carries the language it was checked in and that dictionary's version;
    a reloaded dictionary makes it stale. It holds at most ``size`` paragraphs and
    ``chars`` characters of them, so pasting a huge text again and again cannot fill
    the memory.
    """

    def __init__(self, size: int, chars: int = _CACHE_CHARS) -> None:
        self._size = size
        self._chars = chars
        self._held = 0
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[Any, ...]) -> Any:
        with self._lock:
            found = self._items.get(key)
            if found is None:
                self.misses += 1
                return None
            self.hits += 1
            self._items.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        size = len(key[-1])  # the paragraph
        if size > self._chars:
            return
        with self._lock:
            if key not in self._items:
                self._held += size
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size or self._held > self._chars:
                old, _ = self._items.popitem(last=False)
                self._held -= len(old[-1])

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._held = 0
            self.hits = self.misses = 0


CACHE = _ParagraphCache(_CACHE_SIZE)


def check_paragraph(paragraph: str, words_of: Dictionary,
                    skip: frozenset[str] = frozenset()) -> tuple[Misspelling, ...]:
    """The unknown words of one paragraph (no cache)."""
    return _check_paragraph(paragraph, words_of, skip)[0]


def _check_paragraph(paragraph: str, words_of: Dictionary, skip: frozenset[str],
                     budget: int = SUGGESTION_BUDGET) -> tuple[tuple[Misspelling, ...], int]:
    """The unknown words of one paragraph in one language, and how many suggestions were
    looked for. It stops after ``budget`` suggestions (see :data:`SUGGESTION_BUDGET`).
    """
    return _check_parts(paragraph, [(len(paragraph), words_of, True, (), ())], skip, budget)


# One stretch of a paragraph: where it ends, its dictionary, whether its language is sure,
# the other languages in play there (their words are no mistakes) and the rivals (their
# words get no one-click fix).
Part = tuple[int, Dictionary, bool, Sequence[str], Sequence[str]]


def _check_parts(paragraph: str, parts: Sequence[Part], skip: frozenset[str],
                 budget: int, used: dict[str, Dictionary] | None = None
                 ) -> tuple[tuple[Misspelling, ...], int]:
    """The unknown words of one paragraph, each looked up in its stretch's language.

    Other languages' dictionaries are loaded only for a word the stretch's does not know;
    each one looked in is put in ``used``.
    """
    seen: dict[str, Dictionary] = {} if used is None else used

    def knows(codes: Sequence[str], word: str) -> bool:
        for code in codes:
            words = seen.get(code)
            if words is None:
                words = seen[code] = dictionary(code)
            if words.knows(word):
                return True
        return False

    found: list[Misspelling] = []
    signature: bool | None = None
    titles_of: dict[int, frozenset[str]] = {}
    spent = 0
    index = 0
    for start, _end, text in candidates(paragraph):
        while index < len(parts) - 1 and start >= parts[index][0]:
            index += 1
        _stop, words_of, certain, others, rivals = parts[index]
        rules = words_of.rules
        if not words_of.available or rules is None:
            continue
        if skip and (text.lower() in skip or text in skip):
            continue
        if words_of.knows(text) or knows(others, text):
            continue  # a word of this language, or a correct word of another one in play
        typed_onto = stray_capitals(text) if text[1:] != text[1:].lower() else None
        if typed_onto is not None and not (words_of.knows(typed_onto)
                                          or knows(others, typed_onto)):
            continue  # capitals inside an unknown word: a brand (PostgreSQL)
        # A greeting or sign-off's word ("Cordialment" alone on its line is no name).
        formula = formula_word(paragraph, start, _end, words_of.language)
        german = rules.compounds  # nouns are capitalised: capitals do not mark names
        if text[:1].isupper() and formula is None:
            if signature is None:
                signature = is_signature(paragraph)
            if signature:
                continue
            titles = titles_of.get(id(rules))
            if titles is None:
                titles = titles_of[id(rules)] = _titles(paragraph, rules)
            # Outside German a capitalised word inside a sentence is a name: no need to
            # look for a title before it.
            sentence_start, after_title = context(paragraph, start, titles,
                                                  only_at_sentence_start=not german)
            if after_title or (not german and not sentence_start):
                continue  # a name or a brand inside a sentence
        for part_start, part_end in _unknown_parts(text, words_of, skip):
            if spent >= budget:
                return tuple(found), spent
            part = text[part_start:part_end]
            if part != text and knows(others, part):
                continue
            spent += 1
            suggestion = (formula if part == text else None) \
                or words_of.quick_suggestion(part) or typed_onto
            if suggestion is None and (part[:1].isupper() or rules.weak_list):
                continue  # a name, or a word the (incomplete) list lacks: no known word is near
            # "SmartTV" is no typo of "Smart": capitals typed onto a word get an
            # underline but no one-click fix. Inside this language's formula a word is
            # no other language's (and no rival dictionary is loaded to ask).
            sure = certain and typed_onto is None and (
                formula is not None or not (suggestion and knows(rivals, part)))
            found.append(Misspelling(start + part_start, start + part_end, part, suggestion,
                                     words_of.language, sure))
    return tuple(found), spent


SIGNOFF_MAX_WORDS = 8


def _titles(paragraph: str, rules: LanguageRules) -> frozenset[str]:
    """The words after which a capitalised word is a name, in this paragraph.

    "Ihr", "von" and "Team" introduce a shop's name only on a short sign-off line, not in a
    sentence ("Ihre Bestelung ist unterwegs." is a typo, not a name).
    """
    if not rules.signoff_titles:
        return rules.titles
    line = paragraph.strip()
    if len(line.split()) <= SIGNOFF_MAX_WORDS and not line.endswith((".", "?", "!", ":")):
        return rules.titles | rules.signoff_titles
    return rules.titles


_HYPHENS = re.compile(r"[‐‑-]")


def _unknown_parts(text: str, words_of: Dictionary,
                   skip: frozenset[str]) -> list[tuple[int, int]]:
    """The spans to flag in an unknown word: after an elision (l'|aivs), or the unknown
    parts of a hyphenated word (well-knwon); else the whole word."""
    rules = words_of.rules
    assert rules is not None
    low = text.lower().replace("’", "'").replace("ʼ", "'")
    for prefix in rules.elisions:
        if low.startswith(prefix) and len(low) > len(prefix) + 1:
            return [(len(prefix), len(text))]
    if not _HYPHENS.search(text):
        return [(0, len(text))]
    parts, start = [], 0
    for match in _HYPHENS.finditer(text + "-"):
        piece = text[start:match.start()]
        more = match.start() < len(text)  # "pre" in "pre-oiled" is a prefix, not a word
        if len(piece) > 1 and piece.lower() not in skip \
                and not words_of.knows_part(piece, more, depth=0):
            parts.append((start, match.start()))
        start = match.end()
    return parts


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


def _hit_rate(words: list[str], language: str) -> float:
    known = dictionary(language)
    return sum(known.knows(w) for w in words) / len(words) if words else 0.0


def other_language(text: str, buyer: str, min_words: int = langid.MIN_WORDS) -> str | None:
    """The language ``text`` is clearly written in when that is not ``buyer`` (else None).

    Remembered for texts of ordinary length (the live check asks again after each pause).
    """
    if len(text) <= _CACHED_TEXT_CHARS:
        return _other_language_cached(text, buyer, min_words)
    last = _last_long[-1] if _last_long else None  # one check asks a few times: keep one
    if last is not None and last[0] == (text, buyer, min_words):
        return last[1]
    found = _other_language(text, buyer, min_words)
    _last_long[:] = [((text, buyer, min_words), found)]
    return found


def _other_language(text: str, buyer: str, min_words: int) -> str | None:
    """See :func:`other_language`.

    The common words decide when they are clear. Spanish, Italian and French share many
    of them ("la", "de", "en", "per"), so a close call between the buyer's language and
    another is settled by the dictionaries: the share of the text's lower-case words each
    one knows ("Su pedido se entregó" is 100 % Spanish and 20 % Italian).
    """
    found = langid.detect(text, min_words)
    if found.language is not None:
        if found.language != buyer and found.share(buyer) < OWN_SHARE:
            return found.language
        return None
    if not buyer or found.words < min_words:
        return None
    rival, top = max(((lang, score) for lang, score in found.scores.items() if lang != buyer),
                     key=lambda item: item[1], default=("", 0.0))
    if not rival or top <= found.scores.get(buyer, 0.0) or top < langid.MIN_SHARE * found.words:
        return None
    words = [w for line in text.split("\n") for _s, _e, w in candidates(line)
             if w[:1].islower()]
    if len(words) < min_words // 2:
        return None
    rival_rate = _hit_rate(words, rival)
    if rival_rate >= MIN_HIT_RATE and rival_rate - _hit_rate(words, buyer) >= HIT_RATE_LEAD:
        return rival
    return None


_other_language_cached = lru_cache(maxsize=256)(_other_language)
_last_long: list[tuple[tuple[str, str, int], str | None]] = []


def text_language(message: Message) -> str | None:
    """The language spelling uses for the whole text (None: no dictionary for it)."""
    buyer = base_language(message.buyer_language)
    other = other_language(message.text, buyer)
    if other is not None:
        return other
    found = langid.detect(message.text)
    if buyer:
        return buyer if buyer in LANGUAGES else None
    if found.language is None:  # short or unclear: the likeliest, else English
        best = max(found.scores.items(), key=lambda item: item[1], default=("en", 0.0))
        return best[0] if best[1] > 0 else "en"
    return found.language


def _paragraph_language(paragraph: str, language: str) -> str:
    """A long paragraph clearly in another language is checked in that language."""
    if len(paragraph) > 40:
        other = other_language(paragraph, language, PARAGRAPH_MIN_WORDS)
        if other is not None:
            return other
    return language


def _check_sentences(paragraph: str, language: str, in_play: frozenset[str],
                     skip: frozenset[str], budget: int
                     ) -> tuple[tuple[tuple[str, int], ...], tuple[Misspelling, ...], int]:
    """Check each sentence of ``paragraph`` in its own language.

    Returns the (language, version) of every dictionary used (a reloaded one makes the
    result stale), the unknown words and the suggestions looked for.
    """
    base = _paragraph_language(paragraph, language)
    known = frozenset(LANGUAGES)
    parts: list[Part] = []
    used = {base: dictionary(base)}
    for item in sentence_languages(paragraph, base, in_play | {base}, known):
        if item.language not in used:
            used[item.language] = dictionary(item.language)
        parts.append((item.end, used[item.language], item.certain, sorted(item.others),
                      sorted(item.rivals)))
    result, spent = _check_parts(paragraph, parts, skip, budget, used)
    versions = tuple(sorted((code, words.version) for code, words in used.items()))
    return versions, result, spent


# Message.extra key: the spelling language of the whole text, when the text is checked in
# parts (composer.compose.review): a part alone may look like another language.
LANGUAGE_KEY = "spelling_language"


def misspellings(message: Message) -> Iterator[tuple[int, Misspelling, str]]:
    """(paragraph start, misspelling, language) for every unknown word of the message."""
    if LANGUAGE_KEY in message.extra:
        language = message.extra[LANGUAGE_KEY]
    else:
        language = text_language(message)
    if language is None:
        return
    skip = skip_words(message)
    buyer = base_language(message.buyer_language)
    in_play = frozenset({language, buyer} & set(LANGUAGES))
    spent = 0  # suggestions looked for so far; see SUGGESTION_BUDGET
    here: dict[str, Any] = {}  # paragraphs seen in this message (a pasted list repeats them)
    for offset, paragraph in _paragraphs(message.text):
        if spent >= SUGGESTION_BUDGET:
            return
        key = (language, in_play, skip, paragraph)
        hit = here.get(paragraph) or CACHE.get(key)
        if hit is None or any(dictionary(code).version != version for code, version in hit[0]):
            hit = _check_sentences(paragraph, language, in_play, skip, SUGGESTION_BUDGET)
            CACHE.put(key, hit)
        here[paragraph] = hit
        _versions, result, used = hit
        spent += used
        for item in result:
            yield offset, item, item.language


def check_spelling(message: Message) -> Iterator[Finding]:
    """One ``spelling`` warning per unknown word, with the best correction as the fix."""
    if not message.text.strip():
        return
    texts = _messages()["spelling"]
    for offset, item, language in misspellings(message):
        start, end = offset + item.start, offset + item.end
        name = language_name(language)
        word = item.word if len(item.word) <= _SHOWN_WORD_CHARS else \
            item.word[:_SHOWN_WORD_CHARS - 1] + "…"
        if item.suggestion and item.certain:
            text = texts["with_suggestion"].format(word=word, language=name,
                                                   suggestion=item.suggestion)
            fix: Fix | None = Fix(texts["fix_label"].format(suggestion=item.suggestion),
                                  start, end, item.suggestion)
        else:
            text = texts["without_suggestion"].format(word=word, language=name)
            fix = None
        yield rulebook.finding("spelling", message.text, start, end, message=text, fix=fix)


def check_wrong_language(message: Message) -> Iterator[Finding]:
    """A warning when the text is clearly in another language than the buyer's.

    Only with a buyer's language (the header always has one; the CLI only with
    ``--buyer-language``), and never for texts under :data:`langid.MIN_WORDS` words.
    """
    buyer = base_language(message.buyer_language)
    if buyer not in LANGUAGES:
        return
    found = other_language(message.text, buyer)
    if found is None:
        return
    span = rulebook.first_line(message.text)
    if span is None or not message.text.strip():
        return
    texts = _messages()["wrong-language"]
    change = Fix(texts["fix_label"], 0, 0, field="language")
    template = _template_fix(message.message_type, buyer, texts)
    finding = rulebook.finding(
        "wrong-language", message.text, span[0], span[1],
        message=texts["message"].format(found=language_name(found),
                                        buyer=language_name(buyer)),
        fix=template or change,
    )
    yield replace(finding, more_fixes=(change,)) if template else finding


def _template_fix(message_type: str | None, buyer: str, texts: dict[str, str]) -> Fix | None:
    """A template of this message type in the buyer's language, when there is one: that one
    by name, or the template picker when there are several."""
    from composer.message.templates import templates_for
    from composer.policy.fixaction import template_fix

    if not message_type:
        return None
    try:
        fitting = [t for t in templates_for(buyer) if t.message_type == message_type]
    except KeyError:  # no built-in templates in this language
        return None
    language = language_name(buyer)
    if len(fitting) == 1:
        return template_fix(texts["template_label"].format(language=language,
                                                           name=fitting[0].name),
                            fitting[0].id)
    if fitting:
        return template_fix(texts["choose_template_label"].format(language=language))
    return None


def language_of(message: Message, word: str) -> str | None:
    """The language ``word`` was checked in (its sentence's), else the message's."""
    for _offset, item, language in misspellings(message):
        if item.word == word:
            return language
    return text_language(message)


def suggestions(word: str, language: str, limit: int = 6) -> list[str]:
    """Corrections for the right-click menu: slow for rare words, so run it off the UI thread."""
    return dictionary(base_language(language) or "en").suggestions(word, limit)


def unavailable_note(language: str, load: bool = True) -> str:
    """"German spelling dictionary not available: …" when it is missing, else "".

    With ``load=False`` (the UI thread) a dictionary not yet loaded counts as fine.
    """
    base = base_language(language)
    if base not in LANGUAGES:
        return ""
    if load:
        found: Dictionary | None = dictionary(base)
    else:
        from composer.spelling.dictionary import loaded

        found = loaded(base)
    if found is None or found.available:
        return ""
    return _messages()["unavailable"].format(language=language_name(base))


CHECKERS = (check_spelling, check_wrong_language, check_missing_space)
