"""Prove the training corpus shares no text with the blind sets, by similarity.

A blind set measures the checker only while nothing like its sentences was learnt.
Exact matching would miss a sentence with one word changed, so each sentence is cut
into overlapping five-character shingles of its normalised text, and any corpus
sentence whose shingle set is at least ``LIMIT`` similar (Jaccard) to a blind sentence
is reported. An inverted index keeps this to candidate pairs only (seconds, not hours).

Run: ``python training/intent/overlap.py`` (``make model`` runs it first); exit 1 when
any pair is too similar. ``--drop`` first removes such sentences from the corpus files
(for a new blind set: the corpus gives way, never the blind set).
"""

from __future__ import annotations

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


def corpus_sentences(folder: Path = CORPUS) -> Iterable[str]:
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]


def blind_sentences(folder: Path = BLIND) -> Iterable[str]:
    for path in sorted(folder.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            text = entry.get("text") or entry.get("html") or ""
            for start, end in sentences_of(text):
                yield text[start:end].strip()
            if entry.get("subject"):
                yield entry["subject"]


def similar_pairs(corpus: Iterable[str], blind: Iterable[str],
                  limit: float = LIMIT) -> list[tuple[float, str, str]]:
    """Every (similarity, corpus sentence, blind sentence) at or above ``limit``."""
    index: dict[str, list[int]] = defaultdict(list)
    blind_sets: list[tuple[str, frozenset[str]]] = []
    for sentence in blind:
        if len(sentence) < MIN_CHARS:
            continue
        grams = shingles(sentence)
        for gram in grams:
            index[gram].append(len(blind_sets))
        blind_sets.append((sentence, grams))
    pairs: list[tuple[float, str, str]] = []
    for sentence in corpus:
        if len(sentence) < MIN_CHARS:
            continue
        grams = shingles(sentence)
        shared: dict[int, int] = defaultdict(int)
        for gram in grams:
            for number in index.get(gram, ()):
                shared[number] += 1
        for number, common in shared.items():
            other, other_grams = blind_sets[number]
            similarity = common / (len(grams) + len(other_grams) - common)
            if similarity >= limit:
                pairs.append((similarity, sentence, other))
    return sorted(pairs, reverse=True)


def drop_similar(folder: Path = CORPUS) -> int:
    """Remove every corpus sentence too similar to a blind one from the corpus files."""
    bad = {ours for _, ours, _ in similar_pairs(corpus_sentences(folder), blind_sentences())}
    for path in sorted(folder.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [line for line in lines if not line.strip() or json.loads(line)["text"] not in bad]
        if len(kept) != len(lines):
            path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return len(bad)


def main() -> int:
    if "--drop" in sys.argv[1:]:
        print(f"removed {drop_similar()} corpus sentences similar to a blind one")
    pairs = similar_pairs(corpus_sentences(), blind_sentences())
    for similarity, ours, theirs in pairs[:40]:
        print(f"{similarity:.2f}  corpus: {ours!r}\n      blind:  {theirs!r}")
    print(f"{len(pairs)} corpus sentences are at least {LIMIT:.0%} similar to a blind one")
    return 1 if pairs else 0


if __name__ == "__main__":
    raise SystemExit(main())
