"""Phrase data for the content rules: loading and compiling (sentences: ``sentences.py``).

The phrase lists are data (``resources/policy/phrases/<lang>.json``) so a
policy update or a new language is a file, not a code change. Each language
file has the same shape; :func:`languages_for` decides which files a message
is checked against. Everything is compiled once and cached, because the
checker runs on every keystroke pause and must stay well under a millisecond.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from composer.appdata.resources import load_json, resource_path
from composer.message.languages import base_language
from composer.policy.sentences import EXACT_SENTENCES, sentence_blocks

if TYPE_CHECKING:
    from composer.policy.sentences import SentenceIndex

try:  # Python 3.11+ keeps the regex parser here; 3.10 has the (now deprecated) sre_parse
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

PHRASES_DIR = ("policy", "phrases")
DEFAULT_LANGUAGE = "en"

# Review requests are found by phrase patterns of this internal rule: never a finding
# on their own, they tell the linked review-incentive check where to look.
ASK_RULE = "_review-ask"

_TERM = re.compile(r"(?<!\\)\{([a-z_][a-z0-9_]*)\}")
# Patterns are written in lower case and run on a lower-cased copy of the text:
# that is several times faster than re.IGNORECASE, and the copy keeps every offset.
_FLAGS = re.UNICODE

_WORD = re.compile(r"[\w'’]+")

# Characters that mean the same to a reader, mapped one to one so offsets stay valid.
_FOLD_MAP = {
    **{chr(0xFF01 + i): chr(0x21 + i) for i in range(94)},  # full-width ASCII
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u3000": " ",
}
_FOLD_CHARS = re.compile("[" + re.escape("".join(_FOLD_MAP)) + "]")


def fold(text: str) -> str:
    """Map look-alike punctuation and full-width letters to ASCII, keeping every offset."""
    if text.isascii() or _FOLD_CHARS.search(text) is None:
        return text
    return _FOLD_CHARS.sub(lambda match: _FOLD_MAP[match.group()], text)


def lowered(text: str) -> str:
    """Fold look-alikes and lower-case ``text`` without changing its length."""
    text = fold(text)
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few letters (Turkish dotted I) grow when lower-cased: keep those as they are.
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


@dataclass(frozen=True)
class PhrasePattern:
    """One data entry, compiled.

    ``anchors`` are literal strings at least one of which is in every possible
    match, worked out from the regex itself (:func:`required_literals`), so the
    data cannot get them wrong. The checker runs a pattern only on sentences
    holding one of its anchors; ``None`` means it must read every sentence.
    """

    rule_id: str
    index: int
    description: str
    negatable: bool
    regex: re.Pattern[str]
    anchors: frozenset[str] | None
    not_names: frozenset[str] = frozenset()
    kind: str = ""  # a sub-kind with its own message (sensitive-content: profanity, violence…)

    def matches(self, text: str, low: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Matches in ``low[start:end]``; ``text`` is the original, for capital-letter checks."""
        for m_start, m_end, _raw_end in self._matches(text, low, start, end):
            yield m_start, m_end

    def _matches(self, text: str, low: str, start: int,
                 end: int) -> Iterator[tuple[int, int, int]]:
        """(start, end widened to the whole word, end as matched) of each match."""
        for match in self.regex.finditer(low, start, end):
            m_start, m_end = match.span()
            if m_end <= m_start:
                continue
            # A match that begins with a letter must begin a word ("discount", not "nodiscount").
            if m_start > 0 and _is_word(low[m_start]) and _is_word(low[m_start - 1]):
                continue
            if self.not_names and not self._capitals_ok(match, text):
                continue
            raw_end = m_end
            # A pattern may end on a word stem ("spar", "kontaktier"): quote the whole word.
            limit = len(low)
            while m_end < limit and _is_word(low[m_end]) and _is_word(low[m_end - 1]):
                m_end += 1
            yield m_start, m_end, raw_end

    def matches_in(self, text: str, low: str, spans: list[tuple[int, int]],
                   sentences: SentenceIndex) -> Iterator[tuple[int, int, int, int]]:
        """(sentence start, sentence end, match start, match end) in the sentences ``spans``.

        Each sentence is read on its own. When a pattern wakes in more than
        :data:`~composer.policy.sentences.EXACT_SENTENCES` sentences (a pasted page of
        "shop . shop . …"), sentences close together are read in one pass instead, keeping
        the matches that lie inside one sentence: a few searches instead of a hundred
        thousand. Every match holds an anchor, so such a match lies in a sentence the
        anchors woke. Near a sentence's end a pattern that looks ahead may then read
        differently; only such texts are read so.
        """
        if len(spans) <= EXACT_SENTENCES:
            for r_start, r_end in spans:
                for m_start, m_end, _raw_end in self._matches(text, low, r_start, r_end):
                    yield r_start, r_end, m_start, m_end
            return
        for b_start, b_end in sentence_blocks(spans):
            for m_start, m_end, raw_end in self._matches(text, low, b_start, b_end):
                r_start, r_end = sentences.span(m_start)
                if raw_end <= r_end:
                    yield r_start, r_end, m_start, m_end

    def _capitals_ok(self, match: re.Match[str], text: str) -> bool:
        """Groups named ``cap…`` must be a capitalised name that is not a common word."""
        for name, value in match.groupdict().items():
            if value is None or not name.startswith("cap"):
                continue
            first = text[match.start(name)]
            if not first.isupper() or value.strip().lower() in self.not_names:
                return False
        return True


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` must contain, or ``None``.

    A small version of the "required factors" idea used by grep engines: walk
    the parsed regex; a sequence needs its best element, a branch needs one of
    its alternatives' sets, an optional part needs nothing.
    """
    return _required(list(_sre_parse.parse(pattern)))


# Words so common that anchoring on them would wake a rule for almost every sentence.
_COMMON = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "do",
        "for",
        "from",
        "get",
        "go",
        "have",
        "i",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "our",
        "the",
        "this",
        "to",
        "up",
        "us",
        "we",
        "you",
        "your",
        "will",
        "with",
        "can",
    ]
)


def _cost(found: frozenset[str]) -> float:
    """How often a set of anchors is expected to hit: short and common strings cost most.

    A lone letter is as bad as a common word: the regex parser factors "für|fuer|fur"
    into "f" + (ür|uer|ur), and "f" would wake the pattern in nearly every sentence.
    """
    return sum(
        100.0
        if item in _COMMON or (len(item) == 1 and item.isalpha())
        else 10.0 if len(item) <= 2 and item.isascii() else 1 / len(item)
        for item in found
    )


def _required(items: list[Any]) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        inner: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            inner = _required(list(arg[-1]))
        elif op is _sre.BRANCH:
            sets = [_required(list(branch)) for branch in arg[1]]
            if all(item is not None for item in sets):
                inner = frozenset().union(*sets)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            if arg[0] >= 1:
                inner = _required(list(arg[2]))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            inner = _required(list(arg))
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    return min(candidates, key=_cost)


@dataclass(frozen=True)
class LinkedIncentive:
    """Review rewards read across sentences (``review_incentive_context`` in the phrase file).

    A sentence pattern cannot see "Please leave us a review. As a thank you we'll send
    a gift card.": the reward only becomes a review incentive because of the sentence
    before it. So the checker finds the review requests first (phrase patterns of the
    internal rule :data:`ASK_RULE`, anchored like the others) and then reads the
    sentences around each one for a reward.
    """

    negative_ask: re.Pattern[str]
    reward: re.Pattern[str]
    weak_reward: re.Pattern[str]
    cue: re.Pattern[str]
    window: int
    reward_gate: re.Pattern[str] | None  # the same for rewards: a sentence without one is skipped
    weak_gate: re.Pattern[str] | None


@dataclass(frozen=True)
class PhraseSet:
    """A language's compiled phrase data."""

    lang: str
    version: str
    patterns: tuple[PhrasePattern, ...]
    anchor_regex: re.Pattern[str] | None
    anchor_patterns: dict[str, tuple[int, ...]]
    anchor_straddles: dict[str, tuple[int, ...]]
    unanchored: tuple[int, ...]
    negation: re.Pattern[str]
    negation_exceptions: re.Pattern[str]
    negation_window: int
    negation_light: frozenset[str]
    purpose_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    filler: re.Pattern[str]
    ignore_words: frozenset[str]
    max_leftover_words: int
    linked: LinkedIncentive | None = None

    def content_words(self, text: str) -> int:
        """How many words in ``text`` carry meaning (not numbers, not small function words)."""
        words = _WORD.findall(text)
        return sum(1 for word in words if word not in self.ignore_words and not word.isdigit())

    def regions(
        self, low: str, sentences: SentenceIndex, exhaustive: bool = False
    ) -> dict[int, list[tuple[int, int]]]:
        """For each pattern index, the sentences worth reading: those holding one of its anchors.

        ``exhaustive`` reads every sentence with every pattern: slow, for tests that
        prove the anchors never hide a match.
        """
        if exhaustive:
            every = list(sentences)
            return {index: every for index in range(len(self.patterns))}
        found: dict[int, list[tuple[int, int]]] = {}
        if self.anchor_regex is not None:
            anchor_match = self.anchor_regex.match
            table = self.anchor_patterns
            straddles = self.anchor_straddles
            starts = sentences.starts
            at = 0  # index of the current sentence in starts
            span = (-1, -1)
            woken_here: set[int] = set()  # patterns already woken for this sentence
            names_here: set[str] = set()  # anchors already seen in this sentence
            for match in self.anchor_regex.finditer(low):
                pos = match.start()
                if pos >= span[1]:
                    at = bisect.bisect_right(starts, pos, at) - 1
                    span = (starts[at], starts[at + 1] if at + 1 < len(starts) else len(low))
                    woken_here = set()
                    names_here = set()
                anchor = match.group()
                offsets = straddles.get(anchor)
                if offsets is None:
                    # The same anchor again in one sentence wakes nothing new: 333,333
                    # "xxx" in a megabyte of "x" are passed over at once.
                    if anchor in names_here:
                        continue
                    names_here.add(anchor)
                    woken = table[anchor]
                else:
                    # Anchors that start inside this one and run past its end (see
                    # _anchor_index).
                    names = [anchor]
                    for offset in offsets:
                        inner = anchor_match(low, pos + offset)
                        if inner is not None:
                            names.append(inner.group())
                    fresh = [name for name in names if name not in names_here]
                    if not fresh:
                        continue
                    names_here.update(fresh)
                    woken = tuple(index for name in fresh for index in table[name])
                for index in woken:
                    if index not in woken_here:
                        woken_here.add(index)
                        found.setdefault(index, []).append(span)
        for index in self.unanchored:
            found[index] = [(0, len(low))]
        return found


@cache
def available_languages() -> tuple[str, ...]:
    """Languages with a phrase file, English first (the fallback). Read once per run."""
    found = sorted(p.stem for p in resource_path(*PHRASES_DIR).glob("*.json"))
    return tuple(sorted(found, key=lambda lang: lang != DEFAULT_LANGUAGE))


def languages_for(buyer_language: str) -> tuple[str, ...]:
    """Which phrase sets to run: English always, plus the buyer's language when we have it.

    Sellers often write English to foreign buyers, so English always runs. When
    the buyer's language is unknown we run every installed set, because the
    seller may be writing in any of them.
    """
    installed = available_languages()
    base = base_language(buyer_language)
    if not base:
        return installed
    wanted = [DEFAULT_LANGUAGE] if DEFAULT_LANGUAGE in installed else []
    if base in installed and base not in wanted:
        wanted.append(base)
    return tuple(wanted)


def _expand(pattern: str, terms: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in terms:
            raise ValueError(f"Phrase pattern uses unknown term {{{name}}}: {pattern[:60]}")
        return terms[name]

    for _ in range(4):  # terms may use other terms; four levels is plenty
        expanded = _TERM.sub(replace, pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    return pattern


def _terms(data: dict[str, Any]) -> dict[str, str]:
    terms = {name: entry["pattern"] for name, entry in data.get("terms", {}).items()}
    for name, entry in data.get("lists", {}).items():
        items = sorted(entry["items"], key=len, reverse=True)
        terms[name] = "(?:" + "|".join(item.replace(" ", r"\s+") for item in items) + ")"
    # Expand terms inside terms once so patterns need only one pass.
    return {name: _expand(value, terms) for name, value in terms.items()}


def _compile_rule(
    rule_id: str, entries: list[dict[str, Any]], terms: dict[str, str], not_names: frozenset[str]
) -> list[PhrasePattern]:
    compiled = []
    for index, entry in enumerate(entries):
        if "negatable" not in entry and entry.get("kind"):
            entry = {**entry, "negatable": False}
        pattern = _expand(entry["pattern"], terms)
        try:
            regex = re.compile(pattern, _FLAGS)
            anchors = required_literals(pattern)
        except re.error as error:  # name the rule: a data typo must be easy to find
            raise ValueError(f"Bad phrase pattern {index} for rule {rule_id!r}: {error}") from error
        compiled.append(
            PhrasePattern(
                rule_id=rule_id,
                index=index,
                description=entry["description"],
                negatable=entry.get("negatable", True),
                regex=regex,
                anchors=anchors,
                not_names=not_names if "(?P<cap" in pattern else frozenset(),
                kind=entry.get("kind", ""),
            )
        )
    return compiled


def _trie_regex(words: list[str]) -> str:
    """One regex for many literal strings, factored by common prefixes.

    A plain alternation of hundreds of words makes the regex engine try every
    word at every letter; a prefix tree tries a handful.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = []
        optional = "" in node
        for char in sorted(k for k in node if k):
            branches.append(re.escape(char) + build(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            # Prefer the longer anchor: the greedy ? tries the continuation first.
            return "(?:" + "|".join(branches) + ")?" if len(branches) > 1 else f"(?:{body})?"
        return body

    top = [re.escape(char) + build(child) for char, child in sorted(trie.items()) if char]
    return "|".join(top)


def _anchor_index(
    patterns: tuple[PhrasePattern, ...],
) -> tuple[
    re.Pattern[str] | None,
    dict[str, tuple[int, ...]],
    dict[str, tuple[int, ...]],
    tuple[int, ...],
]:
    """One regex for every anchor, and which patterns each matched anchor wakes up.

    The scan does not look for overlapping anchors, so each anchor also wakes
    the patterns of every anchor found inside it ("offers" wakes "offer" and
    "fers"), and lists the offsets inside it where another anchor could start
    and run past its end; the scan tries the anchor regex at those few offsets
    (the longest anchor found there also wakes its own prefixes). Together this finds every anchor
    occurrence, which ``test_anchors_never_hide_a_match`` checks.
    """
    owners: dict[str, set[int]] = {}
    unanchored = []
    for index, pattern in enumerate(patterns):
        if pattern.anchors is None:
            unanchored.append(index)
            continue
        for anchor in pattern.anchors:
            owners.setdefault(anchor, set()).add(index)
    if not owners:
        return None, {}, {}, tuple(unanchored)
    table: dict[str, tuple[int, ...]] = {}
    straddles: dict[str, tuple[int, ...]] = {}
    for anchor in owners:
        woken = set(owners[anchor])
        crossing: set[int] = set()
        for other in owners:
            if other != anchor and other in anchor:
                woken |= owners[other]
            for offset in range(1, len(anchor)):
                tail = anchor[offset:]
                if len(other) > len(tail) and other.startswith(tail):
                    crossing.add(offset)
        table[anchor] = tuple(sorted(woken))
        if crossing:
            straddles[anchor] = tuple(sorted(crossing))
    return re.compile(_trie_regex(list(owners))), table, straddles, tuple(unanchored)


def _gate(patterns: list[str]) -> re.Pattern[str] | None:
    """One fast regex for the literals every match of ``patterns`` must hold, or ``None``.

    A sentence without any of them cannot match, so the slow patterns skip it.
    """
    anchors = [required_literals(pattern) for pattern in patterns]
    if not all(anchors):
        return None
    return re.compile(_trie_regex(sorted(set().union(*anchors))), _FLAGS)  # type: ignore[arg-type]


@cache
def phrase_set(lang: str) -> PhraseSet:
    """Load and compile one language's phrase file (once per run)."""
    data = load_json(*PHRASES_DIR, f"{lang}.json")
    terms = _terms(data)
    not_names = frozenset(
        item.lower() for item in data.get("lists", {}).get("not_names", {}).get("items", [])
    )
    sensitive_entries = [
        {"description": f"{kind} words", "pattern": pattern, "kind": kind}
        for kind, pattern in data["sensitive"]["groups"].items()
    ]
    ask_entries = [
        {"description": "a review request", "pattern": pattern, "negatable": False}
        for pattern in data.get("review_incentive_context", {}).get("ask", [])
    ]
    groups = [
        *data["rules"].items(),
        ("sensitive-content", sensitive_entries),
        (ASK_RULE, ask_entries),
    ]
    patterns = tuple(
        pattern
        for rid, entries in groups
        for pattern in _compile_rule(rid, entries, terms, not_names)
    )
    anchor_regex, anchor_patterns, anchor_straddles, unanchored = _anchor_index(patterns)
    negation = data["negation"]
    npp = data["not_permitted_purpose"]
    kinds = tuple(
        (kind, re.compile("|".join(_expand(p, terms) for p in entry["patterns"]), _FLAGS))
        for kind, entry in npp["purpose_kinds"].items()
    )
    filler = re.compile(
        "|".join(_expand(p, terms) for p in npp["filler"]["patterns"]), _FLAGS | re.MULTILINE
    )
    linked = None
    if "review_incentive_context" in data:
        ctx = data["review_incentive_context"]

        def joined(items: list[str]) -> re.Pattern[str]:
            return re.compile("|".join(f"(?:{_expand(p, terms)})" for p in items), _FLAGS)

        linked = LinkedIncentive(
            negative_ask=joined([ctx["negative_ask"]["pattern"]]),
            reward=joined(ctx["reward"]),
            weak_reward=joined(ctx["weak_reward"]),
            cue=joined(ctx["cue"]),
            window=int(ctx.get("window_sentences", 1)),
            reward_gate=_gate([_expand(p, terms) for p in ctx["reward"]]),
            weak_gate=_gate([_expand(p, terms) for p in ctx["weak_reward"]]),
        )
    return PhraseSet(
        lang=lang,
        version=data["version"],
        patterns=patterns,
        anchor_regex=anchor_regex,
        anchor_patterns=anchor_patterns,
        anchor_straddles=anchor_straddles,
        unanchored=unanchored,
        negation=re.compile(negation["pattern"], _FLAGS),
        negation_exceptions=re.compile(negation["exceptions"]["pattern"], _FLAGS),
        negation_window=int(negation.get("window_words", 5)),
        negation_light=frozenset(negation.get("light_words", {}).get("items", [])),
        purpose_kinds=kinds,
        filler=filler,
        ignore_words=frozenset(npp.get("ignore_words", {}).get("items", [])),
        max_leftover_words=int(npp.get("max_leftover_words", 4)),
        linked=linked,
    )

