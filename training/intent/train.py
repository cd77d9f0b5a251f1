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
   ``block`` where at least 99 % of the sentences above it truly carry the label, ``warn``
   where at least 95 % do (a sentence-level error rate of 1 % would already block one
   compliant message in twenty: precision is worth more than recall here);
4. fit on everything, quantise each label's weights to signed bytes, write
   ``model.bin`` and ``model.json``, and print the cross-validated figures.
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

from composer.policy.intent import COMPLIANT, bucket, features, normalise  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--block-precision", type=float, default=BLOCK_PRECISION)
    parser.add_argument("--warn-precision", type=float, default=WARN_PRECISION)
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
            warn, threshold(scores, truth, args.block_precision, 0.50))
        thresholds[label] = {"warn": warn, "block": block}
        print(f"{label:<24}{truth.sum():>6}{warn:>7.2f}{block:>7.2f}"
              f"{(scores[truth] >= warn).mean():>13.1%}{(scores[truth] >= block).mean():>14.1%}")
    compliant = y == 0
    flagged = np.zeros(len(rows), dtype=bool)
    blocked = np.zeros(len(rows), dtype=bool)
    for index, label in enumerate(LABELS[1:], 1):
        flagged |= oof[:, index] >= thresholds[label]["warn"]
        blocked |= oof[:, index] >= thresholds[label]["block"]
    print(f"compliant sentences warned {flagged[compliant].mean():.1%}, "
          f"blocked {blocked[compliant].mean():.1%} (cross-validated)")
    final = fit(x, y, args.c)
    weights = final.coef_.T  # features × labels
    scales = np.abs(weights).max(axis=0) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.clip(np.rint(weights / scales), -127, 127).astype(np.int8)
    args.out.mkdir(parents=True, exist_ok=True)
    blob = quantised.T.tobytes(order="C")  # label-major: one column per label
    (args.out / "model.bin").write_bytes(blob)
    meta = {
        "version": hashlib.sha256(blob + json.dumps(thresholds, sort_keys=True).encode())
        .hexdigest()[:12],
        "labels": list(LABELS),
        "bits": BITS,
        "scales": [float(f"{s:.8g}") for s in scales],
        "bias": [float(f"{b:.8g}") for b in final.intercept_],
        "thresholds": thresholds,
        "trained_on": len(rows),
        "by_language": dict(sorted(Counter(row.get("lang", "?") for row in rows).items())),
        "by_label": {label: int((y == i).sum()) for i, label in enumerate(LABELS)},
    }
    (args.out / "model.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out / 'model.bin'} ({len(blob):,} bytes), version {meta['version']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
