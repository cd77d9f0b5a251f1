"""Print how long the policy check takes, to show it stays fast and grows linearly.

Targets (POLICY work brief): a 2,000-character message ≤ 2 ms median for the
whole check (the content rules ≤ about 0.8 ms), a 100,000-character document
≤ 100 ms. Run: ``.venv/bin/python benchmarks/check_speed.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from composer.compose.engine import check
from composer.policy import Message, content, placeholders

PARAGRAPHS = (
    "Hello Sarah,\n\nThank you for your order 113-4567890-1234567. We are sorry to hear that "
    "the ceramic teapot arrived with a chipped lid. We reviewed your photos and we will send a "
    "replacement free of charge; it should arrive within three working days.\n",
    "Before we ship the engraved chopping board, could you confirm the spelling of the names? "
    'At the moment we have "Anna & Jürgen, est. 2019". If anything needs changing, just reply '
    "to this message and we will update the design before it goes to the workshop.\n",
    "The courier tried to deliver your parcel on Tuesday but nobody was home. Amazon will "
    "arrange a second attempt, and you can also choose a pick-up point in Your Orders on "
    "Amazon. We are happy to offer you a full refund if the parcel does not arrive by Friday.\n",
    "If you have a moment, we would appreciate it if you could share your experience with the "
    "product on Amazon. Whatever you think, your honest review helps other buyers.\n",
    "PS: use code SAVE20 for 15% off your next order, and check out our new collection!\n",
    "Please contact us before leaving negative feedback, we'll send you a free gift card for "
    "a 5-star review.\n",
    "Kind regards,\nTom at Bright Home Goods\n\n",
)


REALISTIC = (
    "Hello Sarah,\n\nThank you for your order 113-4567890-1234567. I am writing because the "
    "walnut finish you chose for the bookcase is out of stock at our workshop until the 28th. "
    "We can either build it in the oak finish (same price) and ship it on Monday, or wait for "
    "the walnut and ship it on the 30th. Both look lovely; the oak is a little lighter.\n\n"
    "If you choose oak, the delivery would arrive on Thursday or Friday next week. The courier "
    "will call ahead, and someone needs to be home because the box weighs 38 kg. If you choose "
    "walnut, we will send you the new delivery date as soon as the timber arrives. We reviewed "
    "your address and noticed that the flat number is missing: could you add it when you "
    "reply, so the driver finds you?\n\nWe are happy to offer you a full refund instead if "
    "neither option works for you, and we are very sorry for the trouble. We know you planned "
    "the bookcase for your daughter's room before the school term, and we will do what we can "
    "to keep to that.\n\nThe assembly takes about an hour with two people. All fixings are in "
    "the small bag taped inside the top panel, and the instructions are printed on the back of "
    "the box. You will need a Phillips screwdriver; the Allen key is included. Please keep the "
    "two wall brackets, they stop the bookcase tipping when the shelves are full.\n\n"
    "A note on care: the finish is a natural oil, so wipe spills with a dry cloth rather than "
    "a wet one, and keep the bookcase out of strong afternoon sun for the first few weeks "
    "while the oil cures. Small marks usually fade by themselves. If a shelf ever sits less "
    "than level, turn the small adjusting feet under the base a quarter turn at a time until "
    "it is steady; you do not need any tools for that. We check every piece by hand before "
    "it leaves the workshop, so please do tell us if anything is not as it should be.\n\n"
    "Please just reply to this message with 'oak' or 'walnut' and the flat number, and we will "
    "take care of the rest. If you have any questions, we are here to help through Amazon "
    "messages.\n\nKind regards,\nTom at Bright Home Goods\n"
)


def _content_findings(message: Message) -> list:
    """Every content finding: the content rules and the placeholders left in."""
    return list(content.run_all(message)) + list(placeholders.check_placeholders(message))


def build(size: int) -> str:
    """Repeat realistic paragraphs (some with violations) up to ``size`` characters."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        paragraph = PARAGRAPHS[index % len(PARAGRAPHS)]
        parts.append(paragraph)
        total += len(paragraph)
        index += 1
    return "".join(parts)[:size]


def timings_ms(func: Callable[[], object], repeats: int) -> tuple[float, float]:
    """(median, best) in milliseconds; the best shows the cost on an idle machine."""
    func()  # warm the caches (data files, compiled patterns)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000


def median_ms(func: Callable[[], object], repeats: int) -> float:
    return timings_ms(func, repeats)[0]


def main() -> None:
    # The app always knows the buyer's language (the header's default is English), so the
    # live check runs English and that language. With no language (the CLI without
    # --buyer-language on text it cannot place) all five phrase sets run: shown apart.
    realistic = Message(text=REALISTIC[:2000], message_type="confirmOrderDetails",
                        buyer_language="en")
    heavy = Message(text=build(2000), message_type="confirmOrderDetails", buyer_language="en")
    german = Message(text=REALISTIC[:2000], message_type="confirmOrderDetails",
                     buyer_language="de")
    unknown = Message(text=REALISTIC[:2000], message_type="confirmOrderDetails")
    for label, message in (("realistic", realistic), ("violation-heavy", heavy),
                           ("realistic, German buyer (en+de sets)", german),
                           ("realistic, language unknown (all 5 sets)", unknown)):
        whole, whole_best = timings_ms(lambda m=message: check(m), 300)
        mine, mine_best = timings_ms(lambda m=message: _content_findings(m), 300)
        print(
            f"2,000-char {label} message: whole check {whole:.3f} ms median "
            f"({whole_best:.3f} best; target ≤ 2), content rules {mine:.3f} ms median "
            f"({mine_best:.3f} best; target ≤ 0.8)"
        )
    print(f"{'chars':>8} {'whole ms':>10} {'content ms':>11} {'µs/char':>9}")
    per_char = []
    for size in (1_000, 10_000, 100_000):
        message = Message(text=build(size), buyer_language="en")
        repeats = 50 if size <= 10_000 else 9
        whole = median_ms(lambda m=message: check(m), repeats)
        mine = median_ms(lambda m=message: _content_findings(m), repeats)
        per_char.append(whole * 1000 / size)
        print(f"{size:>8} {whole:>10.3f} {mine:>11.3f} {per_char[-1]:>9.3f}")
    print(f"per-char cost ratio 100k/1k: {per_char[-1] / per_char[0]:.2f} (≈1 means linear)")
    classifier_cold()
    corpus = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
    if corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())[:50]
        if files:
            texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
            messages = [Message(text=t, buyer_language="en") for t in texts]
            total = median_ms(lambda: [check(m) for m in messages], 5)
            print(f"corpus: {len(texts)} files, {sum(map(len, texts))} chars, {total:.1f} ms total")


def classifier_cold() -> None:
    """The sentence-intent model on text it has never seen (no sentence or word cached).

    The figures above re-check the same message, so every sentence is cached after the
    first run; this is the cost of the first check of new words, e.g. a fresh paste.
    """
    import json

    from composer.appdata.resources import resource_path
    from composer.policy.intent import IntentModel, sentences_of

    folder = resource_path("policy", "intent")
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    weights = (folder / "model.bin").read_bytes()
    for size in (2_000, 100_000):
        text = build(size)
        spans = list(sentences_of(text))
        times = []
        for _ in range(5):
            fresh = IntentModel(meta, weights)
            began = time.perf_counter()
            for start, end in spans:
                fresh.score(text[start:end])
            times.append((time.perf_counter() - began) * 1000)
        print(f"classifier, nothing cached, {size:>7,} chars: {sorted(times)[2]:.1f} ms median")


if __name__ == "__main__":
    main()
