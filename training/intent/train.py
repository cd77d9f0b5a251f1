"""Train the sentence-intent model that ships in resources/policy/intent/.

Run with ``make model`` (it installs the ``train`` extra: scikit-learn, numpy, scipy).
The app never imports this; it only reads the two files written here.

Steps, each deterministic (sorted input, folds by CRC-32, L-BFGS), so the same corpus
gives the same bytes:

1. read ``corpus/*.jsonl`` ({"text", "label", "lang"}), drop exact duplicates after
   normalising (a sentence with two labels is dropped: it teaches nothing);
2. hash every sentence's features with :func:`composer.policy.intent.features`, the very
   function the app uses;
3. five-fold cross-validation gives every sentence a score from a model that never saw
   it; the thresholds are chosen on those out-of-fold scores (the development split):
   per rule, ``block`` where at least 99 % of the sentences above it truly carry the
   label, ``warn`` where at least 95 % do; then the pooled probability of breaking any
   rule blocks down to where the sentences breaking none that are blocked reach
   BLOCK_BUDGET (a sentence torn between two rules is still one to stop; a sentence-level
   error rate of 1 % would already block one compliant message in twenty, so the budget
   stays where it was), with a warn band and a lower bar for two sentences of one message
   leaning to the same rule;
4. fit on everything, quantise each label's weights to signed bytes;
5. choose the bar under which a phrase rule's block on a sentence the model reports
   nothing on is read as a mere mention and becomes a warning
   (:mod:`composer.policy.mention`): the phrase rules run over every corpus sentence
   (scored out of fold) and over the violating messages of the labelled set (scored by
   the model of step 4, which never saw them), and each rule's bar is the largest at
   which at most MENTION_SHARE of its hits on truly violating sentences would be
   downgraded;
6. write ``model.bin`` and ``model.json``, and print the cross-validated figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from composer.message.messagetypes import REPLY  # noqa: E402
from composer.policy import intent_check, mention  # noqa: E402
from composer.policy.intent import (  # noqa: E402
    COMPLIANT,
    IntentModel,
    bucket,
    features,
    normalise,
)
from composer.policy.model import Message  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"
LABELLED = REPO / "tests" / "data" / "labelled"
OUT = REPO / "resources" / "policy" / "intent"
LABELS = (
    COMPLIANT,
    "marketing",
    "upsell",
    "third-party-promotion",
    "off-amazon",
    "review-incentive",
    "review-manipulation",
    "opt-out",
    "not-permitted-purpose",
)
BITS = 18
FOLDS = 5
C = 8.0
BLOCK_PRECISION = 0.99
WARN_PRECISION = 0.95
# The pooled reading (the probability of breaking any rule, whichever) blocks down to the
# score where the sentences that break no rule but are blocked (by a rule's own threshold
# or the pooled one) reach BLOCK_BUDGET: 0.35 %, what the rules' own thresholds alone
# blocked in the model of 2026-12-05, so recall grows without more false blocks. Its warn
# band starts where WARN_SHARE of the sentences breaking no rule lie above. Two sentences
# of one message leaning to the same rule block together above the bar where PAIR_SHARE
# of them lie: at 2 % a 2,000-character compliant message (15 sentences, about 100
# pairs) paired two harmless sentences; at 0.5 % two such sentences meet about once in
# 40,000 pairs.
BLOCK_BUDGET = 0.0035
WARN_SHARE = 0.02
PAIR_SHARE = 0.005
# A phrase block on a sentence the model reads as clearly compliant becomes a warning
# below the bar at which this share of the phrase hits on truly violating sentences would
# be downgraded: about one violating message in a hundred that only a phrase caught.
MENTION_SHARE = 0.01
VIOLATIONS = [i for i, label in enumerate(LABELS)
              if label not in (COMPLIANT, "not-permitted-purpose")]
# A courtesy line is never blocked on its own: the message-level check decides.
WARN_ONLY = {"not-permitted-purpose"}


def load(folder: Path) -> list[dict]:
    rows: list[dict] = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["label"] not in LABELS:
                raise SystemExit(f"{path.name}:{number}: unknown label {row['label']!r}")
            rows.append(row)
    by_text: dict[str, set[str]] = {}
    first: dict[str, dict] = {}
    for row in rows:
        key = " ".join(normalise(row["text"]).split())
        by_text.setdefault(key, set()).add(row["label"])
        first.setdefault(key, row)
    kept = [first[key] for key in sorted(first) if len(by_text[key]) == 1]
    print(f"corpus: {len(rows)} sentences, {len(kept)} after removing duplicates and "
          f"{sum(len(v) > 1 for v in by_text.values())} contradictions")
    return kept


def matrix(rows: list[dict]) -> sparse.csr_matrix:
    data: list[int] = []
    indices: list[int] = []
    indptr = [0]
    for row in rows:
        counts = Counter(bucket(f, BITS) for f in features(row["text"]))
        for index in sorted(counts):
            indices.append(index)
            data.append(counts[index])
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.array(data, dtype=np.float64), np.array(indices), np.array(indptr)),
        shape=(len(rows), 1 << BITS),
    )


def fit(x: sparse.csr_matrix, y: np.ndarray, c: float = C) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    model.fit(x, y)
    return model


def threshold(scores: np.ndarray, truth: np.ndarray, precision: float, floor: float) -> float:
    """The lowest score at which at least ``precision`` of what lies above truly belongs."""
    best = 0.99
    for t in np.arange(0.99, floor - 1e-9, -0.01):
        above = scores >= t
        if above.sum() == 0:
            continue
        if truth[above].mean() >= precision:
            best = float(round(t, 2))
        else:
            break
    return best


def fine_threshold(scores: np.ndarray, truth: np.ndarray, precision: float,
                   least: int = 50) -> float:
    """The lowest score above which at least ``precision`` truly belongs, read finely.

    The pooled probability crowds just under 1, where steps of 0.01 say nothing: walk
    down the sorted scores instead, and stop where the precision of everything above
    falls under the target (after the first ``least`` sentences, which are noise).
    """
    order = np.argsort(-scores, kind="stable")
    hits = np.cumsum(truth[order])
    counts = np.arange(1, len(order) + 1)
    ok = (hits / counts) >= precision
    best = len(order) and float(scores[order[0]])
    for position in range(len(order)):
        if not ok[position] and position >= least:
            break
        if ok[position]:
            best = float(scores[order[position]])
    return float(np.floor(best * 10_000) / 10_000)


def pooled_thresholds(oof: np.ndarray, y: np.ndarray,
                      thresholds: dict[str, dict[str, float]]) -> dict[str, float]:
    """Warn, block and pair bars for the pooled probability of breaking any rule."""
    violation = oof[:, VIOLATIONS].sum(axis=1)
    truth = np.isin(y, VIOLATIONS)
    safe = ~truth
    by_rule = np.zeros(len(y), dtype=bool)
    for index in VIOLATIONS:
        by_rule |= oof[:, index] >= thresholds[LABELS[index]]["block"]
    budget = int(BLOCK_BUDGET * safe.sum())
    spent = int((by_rule & safe).sum())
    block = 1.0
    for index in np.argsort(-violation, kind="stable"):
        if safe[index] and not by_rule[index]:
            if spent + 1 > budget:
                break
            spent += 1
        block = float(violation[index])
    ranked = np.sort(violation[safe])[::-1]
    warn = float(np.ceil(ranked[int(WARN_SHARE * safe.sum())] * 10_000) / 10_000)
    pair = float(np.ceil(ranked[int(PAIR_SHARE * safe.sum())] * 10_000) / 10_000)
    block = float(np.ceil(block * 10_000) / 10_000)
    return {"warn": min(warn, block), "block": block, "pair": min(pair, block)}


def report(oof: np.ndarray, y: np.ndarray, thresholds: dict, pooled: dict) -> None:
    """Recall per label at warn and block, and compliant sentences warned and blocked."""
    violation = oof[:, VIOLATIONS].sum(axis=1)
    top = np.array(VIOLATIONS)[oof[:, VIOLATIONS].argmax(axis=1)]
    warned = np.zeros((len(y), len(LABELS)), dtype=bool)
    blocked = np.zeros((len(y), len(LABELS)), dtype=bool)
    for index in VIOLATIONS:  # a courtesy line is judged per message, not here
        label = LABELS[index]
        warned[:, index] = oof[:, index] >= thresholds[label]["warn"]
        blocked[:, index] = oof[:, index] >= thresholds[label]["block"]
    if pooled:
        rows = np.arange(len(y))
        warned[rows, top] |= violation >= pooled["warn"]
        blocked[rows, top] |= violation >= pooled["block"]
    print(f"\n{'label':<24}{'n':>6}{'warned':>9}{'blocked':>9}{'right rule':>12}"
          f"{'precision':>11}")
    for index in VIOLATIONS:
        truth = y == index
        anyblock = blocked.any(axis=1)
        right = blocked[:, index]
        print(f"{LABELS[index]:<24}{truth.sum():>6}{warned.any(axis=1)[truth].mean():>9.1%}"
              f"{anyblock[truth].mean():>9.1%}{right[truth].mean():>12.1%}"
              f"{(y[right] == index).mean() if right.any() else 0:>11.1%}")
    safe = ~np.isin(y, VIOLATIONS)
    print(f"not breaking a rule ({safe.sum()}): warned {warned.any(axis=1)[safe].mean():.2%}, "
          f"blocked {blocked.any(axis=1)[safe].sum()} ({blocked.any(axis=1)[safe].mean():.2%})")


class _Scored:
    """Stands in for the model where a sentence's score is known (out of fold)."""

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores

    def score(self, sentence: str) -> dict[str, float]:
        return self.scores


def _hits(message: Message, reader, intent: IntentModel) -> list[tuple[str, float | None]]:
    """(rule, the model's mention reading) of each phrase block the app's mention check
    would read in ``message``; ``reader`` scores the sentences, ``intent`` has the bars."""
    found = [item for checker in mention.CHECKERS for item in checker(message)]
    _, sentences = intent_check.scored_sentences(reader, message.text)
    return [(item.rule, intent.mention_reading(scores, item.rule))
            for item, (_, _, scores) in mention.candidates(found, message.text, sentences)]


def labelled_violations() -> list[tuple[Message, frozenset[str]]]:
    """Each message of the labelled set that breaks a rule, with the rules it breaks."""
    from composer.sanitize.htmltext import message_from_html

    found = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            if entry.get("compliant") or not entry["expect"]:
                continue  # compliant messages are in the corpus (from_labelled.py)
            header = {"message_type": entry.get("type"),
                      "buyer_language": entry.get("lang", "")}
            message = (message_from_html(entry["html"], **header) if "html" in entry
                       else Message(text=entry["text"], **header))
            found.append((message, frozenset(entry["expect"])))
    return found


def choose_clear(violating: list[float], cap: float, share: float) -> float:
    """The largest bar (at most ``cap``) with at most ``share`` of ``violating`` under it."""
    allowed = int(share * len(violating))
    ranked = sorted(violating)
    return cap if len(ranked) <= allowed else min(cap, ranked[allowed])


def mention_bar(rows: list[dict], y: np.ndarray, oof: np.ndarray,
                intent: IntentModel) -> dict:
    """The "clear" bar per rule of the mention check, and what it does on development data.

    Corpus sentences are read with their out-of-fold scores; in a labelled message a hit
    counts as violating when the message breaks that rule (the model of ``intent`` never
    saw those messages). Each rule's bar is the largest at which at most MENTION_SHARE of
    its violating hits would be downgraded, never above the pooled warn bar (the model
    reports nothing below it anyway); a rule with no hit on a compliant sentence gets no
    bar, since every downgrade would then be a loss. Per rule, so that one rule (a reward
    for a review) cannot spend the whole budget.
    """
    never = float("inf")  # the model reports the sentence: never downgraded
    hits: dict[str, tuple[list[float], list[float]]] = {}  # rule -> (violating, compliant)
    for row, label, scores in zip(rows, y, oof, strict=True):
        message = Message(text=row["text"], message_type=REPLY,
                          buyer_language=row.get("lang", ""))
        reader = _Scored({name: float(p) for name, p in zip(LABELS, scores, strict=True)})
        for rule, reading in _hits(message, reader, intent):
            bad, good = hits.setdefault(rule, ([], []))
            (bad if label in VIOLATIONS else good).append(never if reading is None else reading)
    labelled = 0
    for message, expected in labelled_violations():
        for rule, reading in _hits(message, intent, intent):
            if rule in expected:
                hits.setdefault(rule, ([], []))[0].append(never if reading is None else reading)
                labelled += 1
    print(f"\nphrase blocks the model may read as a mention (corpus sentences, out of "
          f"fold; {labelled} hits in the labelled set's violating messages):")
    clear: dict[str, float] = {}
    figures: dict[str, dict[str, int]] = {}
    for rule in sorted(hits):
        bad, good = hits[rule]
        if good:
            clear[rule] = choose_clear(bad, intent.pooled["warn"], MENTION_SHARE)
        bar = clear.get(rule, 0.0)
        figures[rule] = {"violating_hits": len(bad), "downgraded": sum(r < bar for r in bad),
                         "compliant_hits": len(good), "rescued": sum(r < bar for r in good)}
        said = f"clear bar {bar:.6g}" if rule in clear else "no bar (no compliant hit)"
        print(f"  {rule:<24}{said:<30} violating hits downgraded "
              f"{figures[rule]['downgraded']:>3}/{len(bad):<5} compliant hits rescued "
              f"{figures[rule]['rescued']:>3}/{len(good)}")
    total = {key: sum(f[key] for f in figures.values())
             for key in ("violating_hits", "downgraded", "compliant_hits", "rescued")}
    down, bad = total["downgraded"], total["violating_hits"]
    rescued, good = total["rescued"], total["compliant_hits"]
    print(f"  all rules: violating hits downgraded {down}/{bad} ({down / max(1, bad):.2%}), "
          f"compliant hits rescued {rescued}/{good} ({rescued / max(1, good):.1%})")
    return {"clear": clear, "share": MENTION_SHARE, **total, "by_rule": figures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--block-precision", type=float, default=BLOCK_PRECISION)
    parser.add_argument("--warn-precision", type=float, default=WARN_PRECISION)
    parser.add_argument("--oof", type=Path, help="save the out-of-fold scores here (.npy)")
    args = parser.parse_args(argv)
    rows = load(args.corpus)
    x = matrix(rows)
    y = np.array([LABELS.index(row["label"]) for row in rows])
    fold = np.array([zlib.crc32(row["text"].encode()) % FOLDS for row in rows])
    oof = np.zeros((len(rows), len(LABELS)))
    for k in range(FOLDS):
        train, test = fold != k, fold == k
        model = fit(x[train], y[train], args.c)
        oof[np.ix_(test, model.classes_)] = model.predict_proba(x[test])
    thresholds: dict[str, dict[str, float]] = {}
    print(f"\n{'label':<24}{'n':>6}{'warn':>7}{'block':>7}{'recall@warn':>13}"
          f"{'recall@block':>14}")
    for index, label in enumerate(LABELS):
        if label == COMPLIANT:
            continue
        truth = y == index
        scores = oof[:, index]
        warn = threshold(scores, truth, args.warn_precision, 0.30)
        block = 1.01 if label in WARN_ONLY else max(
            warn, fine_threshold(scores, truth, args.block_precision))
        thresholds[label] = {"warn": warn, "block": block}
        print(f"{label:<24}{truth.sum():>6}{warn:>7.2f}{block:>7.2f}"
              f"{(scores[truth] >= warn).mean():>13.1%}{(scores[truth] >= block).mean():>14.1%}")
    pooled = pooled_thresholds(oof, y, thresholds)
    print(f"\npooled (any rule): {pooled}\nper rule only (cross-validated):")
    report(oof, y, thresholds, {})
    print("per rule and pooled (cross-validated):")
    report(oof, y, thresholds, pooled)
    if args.oof is not None:
        np.save(args.oof, oof)
    final = fit(x, y, args.c)
    weights = final.coef_.T  # features × labels
    scales = np.abs(weights).max(axis=0) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.clip(np.rint(weights / scales), -127, 127).astype(np.int8)
    args.out.mkdir(parents=True, exist_ok=True)
    blob = quantised.T.tobytes(order="C")  # label-major: one column per label
    (args.out / "model.bin").write_bytes(blob)
    meta = {
        "labels": list(LABELS),
        "bits": BITS,
        "scales": [float(f"{s:.8g}") for s in scales],
        "bias": [float(f"{b:.8g}") for b in final.intercept_],
        "thresholds": thresholds,
        "pooled": pooled,
    }
    # The labelled messages are scored as the app will score them: from the shipped bytes.
    mentioned = mention_bar(rows, y, oof, IntentModel(meta, blob))
    meta = {
        "version": hashlib.sha256(
            blob + json.dumps([thresholds, pooled, mentioned], sort_keys=True).encode())
        .hexdigest()[:12],
        **meta,
        "mention": mentioned,
        "trained_on": len(rows),
        "by_language": dict(sorted(Counter(row.get("lang", "?") for row in rows).items())),
        "by_label": {label: int((y == i).sum()) for i, label in enumerate(LABELS)},
    }
    (args.out / "model.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out / 'model.bin'} ({len(blob):,} bytes), version {meta['version']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
