"""How well the checker finds what it should, and how often it cries wolf.

Run: ``.venv/bin/python benchmarks/detection.py``.

Part 1 runs :func:`composer.policy.check` over every labelled message set in
``tests/data/labelled/*.jsonl`` and prints, per rule, recall on the messages
that must show it and the false-positive rate on the messages that must not,
plus every block finding on a message labelled compliant and every missed
positive by id.

Part 2 runs the link, e-mail and phone detectors on the public corpora in
``../shared/corpora`` (or ``$SELLER_COMPOSER_CORPORA``) when that folder
exists: recall on positives, false positives on negatives, cases the corpus
marks ``disputable`` reported apart, and how many order IDs and tracking
numbers were taken for phone numbers (this must be 0). Phone recall is shown
without a region hint and with the corpus's region passed as the buyer's
language (``und-NZ``), the way the app passes the marketplace language.

Then each blind set in ``tests/blind/`` (messages written by people who never saw the
rules) is scored by ``benchmarks/blindscore.py``: blocking messages blocked, false
blocks, per language and per category.

Part 1 also prints a summary per message language (English, German, French,
Spanish, Italian): how many expected rules were found (recall) and how many
compliant messages got a block finding (false-block rate). ``--by-lang`` splits
the per-rule table by language too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from composer.compose.engine import check  # noqa: E402
from composer.policy import Message  # noqa: E402
from composer.policy.detect_links import find as find_links  # noqa: E402
from composer.policy.detect_phone import find as find_phones  # noqa: E402

LABELLED = REPO / "tests" / "data" / "labelled"
TARGETS = {"link": 0.98, "email-address": 0.98, "phone-number": 0.90}


@dataclass
class Tally:
    """Counts for one row of the table."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        total = self.tp + self.fn
        return self.tp / total if total else None

    @property
    def fp_rate(self) -> float | None:
        total = self.fp + self.tn
        return self.fp / total if total else None


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def _message(entry: dict) -> Message:
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


def labelled_entries() -> Iterable[tuple[str, dict]]:
    for path in sorted(LABELLED.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                entry = json.loads(line)
                entry.setdefault("id", f"{path.stem}:{number}")
                yield path.stem, entry


LANGUAGES = ("de", "fr", "es", "it")


def message_language(group: str, entry: dict) -> str:
    """The language a labelled message is written in: its file's, for the language files.

    Some messages in ``de.jsonl`` etc. give no buyer language on purpose (every phrase
    set then runs), so the file name says what language the text is in.
    """
    if group in LANGUAGES:
        return group
    lang = entry.get("lang", "").split("-")[0].lower()
    return lang if lang in LANGUAGES else "en"


def print_language_summary(results: list[tuple[str, dict, list]]) -> None:
    """Per language: recall of expected rules and the rate of compliant messages blocked."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for lang, entry, findings in results:
        row = rows[lang]
        found = {f.rule for f in findings if f.severity != "info"}
        expected = set(entry.get("expect", []))
        row[0] += 1
        row[1] += len(expected & found)
        row[2] += len(expected)
        if not expected:
            row[3] += 1
            row[4] += any(f.severity == "block" for f in findings)
        row[5] += bool(expected)
    print(f"\n{'language':<10}{'messages':>9}{'violating':>10}{'recall':>8}"
          f"{'compliant':>10}{'false-block':>12}")
    for lang in ("en", *LANGUAGES):
        if lang not in rows:
            continue
        total, hit, wanted, clean, blocked, violating = rows[lang]
        recall = hit / wanted if wanted else None
        false_block = blocked / clean if clean else None
        print(f"{lang:<10}{total:>9}{violating:>10}{_pct(recall):>8}{clean:>10}"
              f"{_pct(false_block):>12}")


def run_labelled(by_lang: bool) -> None:
    rows: dict[tuple[str, str], Tally] = defaultdict(Tally)
    blocks_on_compliant: list[str] = []
    entries = list(labelled_entries())
    if not entries:
        print("No labelled messages found in", LABELLED)
        return
    all_rules: set[str] = set()
    results = []
    for group, entry in entries:
        findings = check(_message(entry))
        results.append((message_language(group, entry), entry, findings))
        all_rules.update(entry.get("expect", []))
    for language, entry, findings in results:
        lang = language if by_lang else ""
        found = {f.rule for f in findings if f.severity != "info"}
        expected = set(entry.get("expect", []))
        for rule in all_rules:
            tally = rows[(rule, lang)]
            if rule in expected:
                if rule in found:
                    tally.tp += 1
                else:
                    tally.fn += 1
                    tally.missed.append(entry["id"])
            elif rule in found:
                tally.fp += 1
                tally.false.append(entry["id"])
            else:
                tally.tn += 1
        if entry.get("compliant"):
            for item in findings:
                if item.severity == "block":
                    blocks_on_compliant.append(f"{entry['id']}: {item.rule} {item.excerpt!r}")
    print(f"Labelled messages: {len(entries)} in {LABELLED.relative_to(REPO)}")
    print(f"{'rule':<24}{'lang':<6}{'recall':>8}{'FP rate':>9}{'pos':>6}{'neg':>6}")
    for (rule, lang), tally in sorted(rows.items()):
        print(
            f"{rule:<24}{lang or '*':<6}{_pct(tally.recall):>8}{_pct(tally.fp_rate):>9}"
            f"{tally.tp + tally.fn:>6}{tally.fp + tally.tn:>6}"
        )
    print_language_summary(results)
    print(f"Block findings on compliant messages: {len(blocks_on_compliant)}")
    for line in blocks_on_compliant:
        print("   ", line)
    for (rule, _lang), tally in sorted(rows.items()):
        if tally.missed:
            print(f"Missed {rule}: {', '.join(tally.missed)}")
        if tally.false:
            print(f"False {rule}: {', '.join(tally.false)}")


def corpora_dir() -> Path | None:
    env = os.environ.get("SELLER_COMPOSER_CORPORA")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "shared" / "corpora")
    for candidate in candidates:
        if (candidate / "urls.json").is_file():
            return candidate
    return None


def _corpus_row(name: str, cases: list[dict], label: str, detect, show: int) -> tuple[Tally, Tally]:
    """(plain cases, disputable cases) for one detector over one corpus."""
    plain, disputed = Tally(), Tally()
    for case in cases:
        truth = case.get(label)
        if truth is None:
            continue
        tally = disputed if case.get("disputable") else plain
        hit = detect(case)
        if truth and hit:
            tally.tp += 1
        elif truth:
            tally.fn += 1
            tally.missed.append(case["text"])
        elif hit:
            tally.fp += 1
            tally.false.append(case["text"])
        else:
            tally.tn += 1
    return plain, disputed


def run_corpora(show: int) -> None:
    folder = corpora_dir()
    if folder is None:
        print("\nNo corpora folder (../shared/corpora or $SELLER_COMPOSER_CORPORA): skipped.")
        return
    print(f"\nPublic corpora in {folder} (see SOURCES.md there)")
    urls = json.loads((folder / "urls.json").read_text(encoding="utf-8"))
    emails = json.loads((folder / "emails.json").read_text(encoding="utf-8"))
    phones = json.loads((folder / "phones.json").read_text(encoding="utf-8"))

    def any_address(case: dict) -> bool:
        return bool(find_links(case["text"]))

    def email(case: dict) -> bool:
        return any(hit.kind == "email" for hit in find_links(case["text"]))

    def phone_plain(case: dict) -> bool:
        return bool(list(find_phones(case["text"])))

    def phone_hinted(case: dict) -> bool:
        region = case.get("region")
        return bool(list(find_phones(case["text"], f"und-{region}" if region else "")))

    rows = [
        ("link (urls.json)", "link", urls, "has_link", any_address),
        ("email (emails.json)", "email-address", emails, "has_email", email),
        ("phone, no region hint", "phone-number", phones, "has_phone", phone_plain),
        ("phone, region as lang", "phone-number", phones, "has_phone", phone_hinted),
    ]
    print(
        f"{'detector':<26}{'recall':>8}{'target':>8}{'FP rate':>9}{'pos':>6}{'neg':>6}"
        f"{'disp.FP':>9}{'ms':>7}"
    )
    details = []
    for title, rule, cases, label, detect in rows:
        began = time.perf_counter()
        plain, disputed = _corpus_row(title, cases, label, detect, show)
        elapsed = (time.perf_counter() - began) * 1000
        target = TARGETS.get(rule)
        mark = "" if target is None or (plain.recall or 0) >= target else " !"
        disp = f"{disputed.fp}/{disputed.fp + disputed.tn}" if disputed.fp + disputed.tn else "-"
        print(
            f"{title:<26}{_pct(plain.recall):>8}{_pct(target):>8}{_pct(plain.fp_rate):>9}"
            f"{plain.tp + plain.fn:>6}{plain.fp + plain.tn:>6}{disp:>9}{elapsed:>7.0f}{mark}"
        )
        details.append((title, plain, disputed))
    wrong = [
        case["text"]
        for case in phones
        if case.get("kind") in ("tracking_number", "amazon_order_id", "amazon_digital_order_id")
        and phone_hinted(case)
    ]
    print(f"Order IDs / tracking numbers taken for phone numbers: {len(wrong)} (must be 0)")
    for text in wrong:
        print("   ", repr(text))
    if show:
        for title, plain, disputed in details:
            for what, items in (
                ("missed", plain.missed),
                ("false", plain.false),
                ("disputable flagged", disputed.false),
            ):
                if items:
                    print(f"{title} {what} ({len(items)}):")
                    for text in items[:show]:
                        print("   ", repr(text)[:120])


TYPICAL = (
    "Hello Jennifer,\n\nThank you for your message about order 113-4567890-1234567. I am so sorry "
    "that the ceramic planter arrived with a chip on the rim. That should not happen, and I "
    "understand how disappointing it is when a gift is not perfect.\n\nI have checked with our "
    "packing team. The planter left our workshop on 12.03.2026 in a double-walled box with "
    "paper padding, but it looks like the parcel was dropped on the way. The tracking number "
    "1Z999AA10123456784 shows a delay at the depot on the 14th, which fits.\n\nHere is what I "
    "can do for you. I can send a replacement today by tracked delivery, at no cost to you, "
    "and you do not need to send the damaged one back. If you would rather have a refund of "
    "the full $34.99, I can do that instead. Please let me know which you prefer by replying "
    "to this message.\n\nThe replacement would be the same size (20 x 15 cm) and colour, "
    "glazed sage green, and it usually arrives within 2-3 working days. If you would like a "
    "different colour, the listing shows the three we have in stock.\n\nIf the chip is small "
    "and you would like to keep the planter, I can also offer a partial refund. Just tell me "
    "what feels fair to you.\n\nThank you again for letting me know, and for your patience "
    "while we put this right. Small shops like ours depend on buyers like you, and we want "
    "every order to arrive in perfect condition.\n\nKind regards,\nMegan\nWillow & Clay "
    "Ceramics\n"
)


def _median_ms(message: Message, runs: int) -> float:
    from composer.policy.detectors import CHECKERS

    times = []
    for _ in range(runs):
        began = time.perf_counter()
        for checker in CHECKERS:
            list(checker(message))
        times.append(time.perf_counter() - began)
    times.sort()
    return times[len(times) // 2] * 1000


def run_speed() -> None:
    """The detectors' own time (links, e-mail, phones, emoji, HTML links) per message."""
    typical = (TYPICAL * 2)[:2000]
    rows = [
        ("2,000-char typical message", Message(text=typical), 300),
        (
            "same, with emoji and a disguised link",
            Message(text=typical[:1940] + " Thanks 😊 see example dot com for care tips 👍🏽"),
            300,
        ),
        ("100,000 chars (typical x 50)", Message(text=(TYPICAL * 60)[:100_000]), 7),
        (
            "100,000 chars, accented text",
            Message(text=(TYPICAL * 60)[:100_000].replace("e", "é")),
            7,
        ),
    ]
    print("\nDetector speed (median, all detector checkers together)")
    for title, message, runs in rows:
        _median_ms(message, 2)  # warm caches (patterns, data files)
        print(f"  {title:<40}{_median_ms(message, runs):>8.2f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=15, help="list up to N misses per row")
    parser.add_argument("--by-lang", action="store_true", help="split labelled rows by lang")
    args = parser.parse_args(argv)
    run_labelled(args.by_lang)
    from blindscore import run_blind

    run_blind()
    run_corpora(args.show)
    run_speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
