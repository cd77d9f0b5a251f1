"""Prove the training corpus shares no text with the blind sets, by similarity.

A blind set measures the checker only while nothing like its sentences was learnt.
Exact matching would miss a sentence with one word changed, so each sentence is cut
into overlapping five-character shingles of its normalised text, and any corpus
sentence whose shingle set is at least ``LIMIT`` similar (Jaccard) to a blind sentence
is reported. An inverted index keeps this to candidate pairs only (seconds, not hours).

Run: ``python training/intent/overlap.py`` (``make model`` runs it first); exit 1 when
any pair is too similar. It names the pairs by file and line only, never by their text.
``--drop`` first removes such sentences from the corpus files
(for a new blind set: the corpus gives way, never the blind set).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from composer.policy.intent import normalise, sentences_of  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"
BLIND = REPO / "tests" / "blind"
LIMIT = 0.6
SHINGLE = 5
MIN_CHARS = 25  # "Kind regards, Anna" is in every set and proves nothing


def shingles(text: str) -> frozenset[str]:
    flat = " ".join(normalise(text).split())
    return frozenset(flat[i : i + SHINGLE] for i in range(max(1, len(flat) - SHINGLE + 1)))


Sentence = tuple[str, str]
"""(where, text): ``where`` is ``file:line`` (corpus) or ``set/file:line`` (blind)."""


def corpus_sentences(folder: Path = CORPUS) -> Iterable[Sentence]:
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"{path.name}:{number}", json.loads(line)["text"]


def blind_sentences(folder: Path = BLIND) -> Iterable[Sentence]:
    for path in sorted(folder.glob("*/*.jsonl")):
        where = f"{path.parent.name}/{path.name}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            entry = json.loads(line)
            text = entry.get("text") or entry.get("html") or ""
            for start, end in sentences_of(text):
                yield f"{where}:{number}", text[start:end].strip()
            if entry.get("subject"):
                yield f"{where}:{number}", entry["subject"]


def similar_pairs(corpus: Iterable[Sentence], blind: Iterable[Sentence],
                  limit: float = LIMIT) -> list[tuple[float, str, str]]:
    """Every (similarity, corpus place, blind place) at or above ``limit``.

    Places only, never text: a report that quoted the blind sentence would spread the
    very text the blind set must keep unseen.
    """
    index: dict[str, list[int]] = defaultdict(list)
    blind_sets: list[tuple[str, frozenset[str]]] = []
    for where, sentence in blind:
        if len(sentence) < MIN_CHARS:
            continue
        grams = shingles(sentence)
        for gram in grams:
            index[gram].append(len(blind_sets))
        blind_sets.append((where, grams))
    pairs: list[tuple[float, str, str]] = []
    for ours, sentence in corpus:
        if len(sentence) < MIN_CHARS:
            continue
        grams = shingles(sentence)
        shared: dict[int, int] = defaultdict(int)
        for gram in grams:
            for number in index.get(gram, ()):
                shared[number] += 1
        for number, common in shared.items():
            theirs, other_grams = blind_sets[number]
            similarity = common / (len(grams) + len(other_grams) - common)
            if similarity >= limit:
                pairs.append((similarity, ours, theirs))
    return sorted(pairs, reverse=True)


def drop_similar(folder: Path = CORPUS, blind: Path = BLIND) -> int:
    """Remove every corpus sentence too similar to a blind one from the corpus files."""
    bad = {ours for _, ours, _ in similar_pairs(corpus_sentences(folder), blind_sentences(blind))}
    for path in sorted(folder.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [line for number, line in enumerate(lines, 1)
                if line.strip() and f"{path.name}:{number}" not in bad]
        if len(kept) != len([line for line in lines if line.strip()]):
            path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return len(bad)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drop", action="store_true",
                        help="first remove corpus sentences too similar to a blind one")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--blind", type=Path, default=BLIND)
    parser.add_argument("--limit", type=float, default=LIMIT)
    args = parser.parse_args(argv)
    if args.drop:
        print(f"removed {drop_similar(args.corpus, args.blind)} corpus sentences "
              "similar to a blind one")
    pairs = similar_pairs(corpus_sentences(args.corpus), blind_sentences(args.blind),
                          args.limit)
    for similarity, ours, theirs in pairs[:40]:
        print(f"{similarity:.2f}  corpus {ours}  blind {theirs}")
    if len(pairs) > 40:
        print(f"... and {len(pairs) - 40} more pairs")
    print(f"{len(pairs)} pairs: {len({ours for _, ours, _ in pairs})} corpus sentences are at "
          f"least {args.limit:.0%} similar to {len({theirs for _, _, theirs in pairs})} blind "
          "messages")
    return 1 if pairs else 0


if __name__ == "__main__":
    raise SystemExit(main())
