"""The word a greeting or sign-off needs: "Mit freundlichen Grßen" is "Grüßen".

The nearest common word is often the wrong one inside a fixed formula ("Großen" is more
frequent than "Grüßen"). The formulas of each language are data
(``resources/spelling/formulas.json``); a misspelt word is corrected to a formula's word
when the words around it are that formula's, it is near enough (two edits, accents
counted as one), and a one-word formula ("Cordialement") stands alone on its line.
"""

from __future__ import annotations

import re
from functools import cache

from composer.appdata.resources import load_json

_TOKEN = re.compile(r"[^\W\d_]+")
_BARE = str.maketrans("áàâäéèêëíìîïóòôöúùûüçñ", "aaaaeeeeiiiioooouuuucn")
MAX_EDITS = 2
_AROUND = 60  # characters either side of the word that may hold its formula


@cache
def formulas(language: str) -> tuple[tuple[str, ...], ...]:
    """The language's formulas, each as its words, longest first."""
    data = load_json("spelling", "formulas.json")["formulas"].get(language, [])
    return tuple(sorted((tuple(_TOKEN.findall(f)) for f in data), key=len, reverse=True))


def _near(typed: str, word: str) -> bool:
    """Within MAX_EDITS edits (Levenshtein), a dropped or bare accent counting as one."""
    a, b = typed.lower(), word.lower()
    if abs(len(a) - len(b)) > MAX_EDITS or min(len(a), len(b)) < 3:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + cost)
    return row[-1] <= MAX_EDITS or a.translate(_BARE) == b.translate(_BARE)


def formula_word(line: str, start: int, end: int, language: str) -> str | None:
    """The formula word that ``line[start:end]`` (a misspelt word) should be, if any."""
    cut = max(0, start - _AROUND)  # the formula's words sit near: a long line is not read
    line, start, end = line[cut:end + _AROUND], start - cut, end - cut
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    at = next((n for n, (pos, _) in enumerate(tokens) if pos == start), None)
    if at is None:
        return None
    typed = line[start:end]
    words = [t.lower() for _, t in tokens]
    for formula in formulas(language):
        for place, wanted in enumerate(formula):
            first = at - place
            if first < 0 or first + len(formula) > len(words) or not _near(typed, wanted):
                continue
            others = [w.lower() for n, w in enumerate(formula) if n != place]
            theirs = [words[first + n] for n in range(len(formula)) if n != place]
            alone = len(formula) > 1 or len(words) == 1
            if others == theirs and alone and wanted.lower() != typed.lower():
                if place == 0 and typed[:1].islower():
                    return wanted[:1].lower() + wanted[1:]
                return wanted
    return None
