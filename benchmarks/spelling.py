"""Spelling and language figures: run ``.venv/bin/python benchmarks/spelling.py``.

Prints, per language: the dictionary load time, the spelling check of a 2,000-character
message cold (empty caches) and after a one-paragraph change, the right-click
suggestion time, false alarms on the built-in templates and the labelled compliant
messages, how many planted one-letter typos are found (and fixed by the first
suggestion), and language-ID accuracy on the templates and labelled sets.
The live check runs on a worker thread; the typing budget itself (p95 UI-thread
blocking ≤ 16 ms) is measured by ``benchmarks/typing.py`` with spelling on.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from composer.message.langid import detect
from composer.message.templates import all_templates
from composer.policy.model import Message
from composer.sanitize.htmltext import message_from_html
from composer.spelling import dictionary as dictionaries
from composer.spelling import speller as spelling

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "labelled"
LANGUAGES = dictionaries.LANGUAGES
TYPO_WORD = re.compile(r"\b[^\W\d_]{5,}\b")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def sample_texts() -> dict[str, list[tuple[str, str, bool]]]:
    """language -> [(id, text, compliant)] from the templates and the labelled sets."""
    found: dict[str, list[tuple[str, str, bool]]] = {lang: [] for lang in LANGUAGES}
    for template in all_templates():
        found[template.language].append((template.id, template.body, True))
    for path in sorted(LABELLED.glob("*.jsonl")):
        language = path.stem if path.stem in LANGUAGES else "en"
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            text = entry.get("text")
            if text is None:
                text = message_from_html(entry.get("html", "")).text
            found[language].append((entry["id"], text, bool(entry.get("compliant"))))
    return found


def long_message(texts: list[tuple[str, str, bool]]) -> str:
    parts: list[str] = []
    for _, text, _ in texts:
        parts.append(text)
        if sum(len(p) + 2 for p in parts) >= 2000:
            break
    return "\n\n".join(parts)[:2000]


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice("dtri")
    if kind == "d":
        return word[:i] + word[i + 1:]
    if kind == "t" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    letter = rng.choice("aeioulnrst".replace(word[i], ""))
    return word[:i] + letter + (word[i + 1:] if kind == "r" else word[i:])


def main() -> None:
    texts = sample_texts()
    print("language  load      2,000 chars cold  one paragraph changed  suggestions (median)")
    for language in LANGUAGES:
        started = time.perf_counter()
        words_of = dictionaries.dictionary(language)
        load = time.perf_counter() - started
        if not words_of.available:
            print(f"{language:<9} {words_of.note}")
            continue
        text = long_message([t for t in texts[language] if t[2]])
        message = Message(text=text, buyer_language=language)
        words_of._memo.clear()
        spelling.CACHE.clear()
        started = time.perf_counter()
        list(spelling.check_spelling(message))
        cold = time.perf_counter() - started
        lines = text.split("\n")
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        lines[longest] = lines[longest].replace(" ", " x", 1)
        changed = Message(text="\n".join(lines), buyer_language=language)
        started = time.perf_counter()
        list(spelling.check_spelling(changed))
        one = time.perf_counter() - started
        rng = random.Random(1)
        candidates = TYPO_WORD.findall(text)
        times = []
        for word in rng.sample(candidates, min(10, len(candidates))):
            started = time.perf_counter()
            words_of.suggestions(typo(word.lower(), rng))
            times.append(time.perf_counter() - started)
        print(f"{language:<9} {ms(load):<9} {ms(cold):<17} {ms(one):<22} "
              f"{ms(statistics.median(times))} (max {ms(max(times))})")

    print("\nfalse alarms (spelling findings on compliant messages), planted typos found")
    for language in LANGUAGES:
        compliant = [t for t in texts[language] if t[2]]
        alarms = []
        for item_id, text, _ in compliant:
            message = Message(text=text, buyer_language=language)
            alarms += [(item_id, f.excerpt) for f in spelling.check_spelling(message)]
        rng = random.Random(7)
        planted = found = fixed = 0
        for _, text, _ in compliant:
            matches = list(TYPO_WORD.finditer(text))
            for match in rng.sample(matches, min(3, len(matches))):
                bad = typo(match.group(), rng)
                changed_text = text[:match.start()] + bad + text[match.end():]
                hits = [f for f in spelling.check_spelling(
                    Message(text=changed_text, buyer_language=language))
                    if f.start == match.start()]
                planted += 1
                found += bool(hits)
                fixed += bool(hits and hits[0].fix and hits[0].fix.replacement == match.group())
        words = ", ".join(sorted({w for _, w in alarms})[:8])
        print(f"{language}: {len(alarms)} false alarms in {len(compliant)} messages"
              f"{' (' + words + ')' if words else ''}; typos found {found}/{planted} "
              f"({found / max(planted, 1):.0%}), first suggestion right "
              f"{fixed / max(planted, 1):.0%}")

    print("\nlanguage ID (texts of 12+ words; 'unsure' means no wrong-language judgement)")
    total = right = wrong = 0
    for language in LANGUAGES:
        results = [detect(text).language for _, text, _ in texts[language]
                   if detect(text).words >= 12]
        ok = sum(r == language for r in results)
        bad = sum(r not in (language, None) for r in results)
        total += len(results)
        right += ok
        wrong += bad
        print(f"{language}: {ok}/{len(results)} right, {bad} wrong, "
              f"{len(results) - ok - bad} unsure")
    print(f"all: {right / max(total, 1):.1%} right, {wrong} wrong of {total}")
    pairs = hits = alarms = judged = 0
    for language in LANGUAGES:
        for _, text, _ in texts[language]:
            if detect(text).words < 12:
                continue
            judged += 1
            for buyer in LANGUAGES:
                found = list(spelling.check_wrong_language(
                    Message(text=text, buyer_language=buyer)))
                if buyer == language:
                    alarms += bool(found)
                else:
                    pairs += 1
                    hits += bool(found)
    print(f"wrong-language: warned for {hits}/{pairs} ({hits / max(pairs, 1):.1%}) text/other-"
          f"buyer-language pairs; {alarms} false warnings on {judged} texts in their own language")
    started = time.perf_counter()
    for language in LANGUAGES:
        for _, text, _ in texts[language]:
            detect(text + " ")
    count = sum(len(v) for v in texts.values())
    print(f"language ID of one message (cold line cache): "
          f"{ms((time.perf_counter() - started) / count)}")


if __name__ == "__main__":
    main()
