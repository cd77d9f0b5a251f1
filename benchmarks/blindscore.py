"""Score the checker on the blind sets in ``tests/blind/*/``.

A blind set is written by people who never saw the phrase lists, the rules' data or the
code; see ``tests/blind/README.md``. Each message carries ``blocked`` (Amazon would block
it), ``expect`` (every rule that applies) and ``category`` (the rule the message is about,
or ``compliant``). The figures printed:

- blocking messages blocked: a message labelled ``blocked`` gets at least one block finding;
- false blocks: a message labelled not ``blocked`` gets a block finding (listed by id);
- per category: the category's rule is reported (warn or block), and for a blocking
  message the message is also blocked;
- per language: the same two headline figures.

Run: ``.venv/bin/python benchmarks/blindscore.py [--show]``; ``benchmarks/detection.py``
prints the same table after the labelled set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from composer.compose.engine import check  # noqa: E402
from composer.policy import Finding, Message  # noqa: E402

BLIND = REPO / "tests" / "blind"


def blind_sets() -> list[Path]:
    return sorted(p for p in BLIND.iterdir() if p.is_dir()) if BLIND.is_dir() else []


def entries(folder: Path) -> Iterable[dict]:
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def message_of(entry: dict) -> Message:
    header = {
        "message_type": entry.get("type"),
        "subject": entry.get("subject", ""),
        "business_name": entry.get("business_name", ""),
        "order_id": entry.get("order_id", ""),
        "buyer_language": entry.get("lang", ""),
    }
    if "html" in entry:
        from composer.sanitize.htmltext import message_from_html

        return message_from_html(entry["html"], **header)
    return Message(text=entry["text"], **header)


@dataclass
class Score:
    blocking: int = 0
    blocked: int = 0
    clean: int = 0
    false_blocks: int = 0

    def line(self) -> str:
        caught = f"{self.blocked}/{self.blocking}"
        rate = f"{100 * self.blocked / self.blocking:5.1f}%" if self.blocking else "   -  "
        return f"{caught:>9} {rate}  false blocks {self.false_blocks}/{self.clean}"


def score(folder: Path, show: bool = False) -> Score:
    total = Score()
    by_lang: dict[str, Score] = defaultdict(Score)
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    false: list[str] = []
    for entry in entries(folder):
        findings: list[Finding] = check(message_of(entry))
        blocks = [f for f in findings if f.severity == "block"]
        found = {f.rule for f in findings if f.severity != "info"}
        lang = entry.get("lang", "?")
        for tally in (total, by_lang[lang]):
            if entry["blocked"]:
                tally.blocking += 1
                tally.blocked += bool(blocks)
            else:
                tally.clean += 1
                tally.false_blocks += bool(blocks)
        category = entry["category"]
        if category != "compliant":
            hit = category in found and (bool(blocks) or not entry["blocked"])
            by_cat[category][0] += hit
            by_cat[category][1] += 1
            if not hit:
                misses.append(f"{entry['id']} [{category}] found {sorted(found)}")
        if blocks and not entry["blocked"]:
            false.append(f"{entry['id']}: " + "; ".join(
                f"{f.rule} {f.excerpt[:50]!r}" for f in blocks))
    print(f"\nBlind set {folder.name}: blocking messages blocked {total.line()}")
    for lang in sorted(by_lang):
        print(f"  {lang:<4}{by_lang[lang].line()}")
    print(f"  {'category':<24}{'caught':>8}")
    for category in sorted(by_cat):
        hit, n = by_cat[category]
        print(f"  {category:<24}{hit:>3}/{n:<3} {100 * hit / n:5.1f}%")
    if show:
        for line in misses:
            print("  missed", line)
        for line in false:
            print("  FALSE", line)
    return total


def run_blind(show: bool = False) -> None:
    sets = blind_sets()
    if not sets:
        print("\nNo blind sets in", BLIND)
    for folder in sets:
        score(folder, show)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list misses and false blocks")
    args = parser.parse_args(argv)
    run_blind(args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
