"""The learned fallback's logistic regression (benchmarks/train_said_sentences.py), in plain
Python: sparse binary features as integer ids, full-batch gradient descent with Adagrad steps,
an L2 penalty on every weight but the bias, features seen once dropped."""

from __future__ import annotations

import math


def train(rows: list[tuple[list[str], int]], l2: float, epochs: int = 150) -> dict[str, float]:
    """Weights (feature name -> weight) fitted to ``rows`` of (features, 0 or 1)."""
    counts: dict[str, int] = {}
    for features, _ in rows:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    names = [f for f in counts if counts[f] >= 2]
    index = {f: i for i, f in enumerate(names)}
    coded = [([index[f] for f in feats if f in index], y) for feats, y in rows]
    weights = [0.0] * len(names)
    squares = [1e-8] * len(names)
    decay = [0.0 if f == "bias" else l2 for f in names]
    share = 1.0 / max(1, len(coded))
    for _ in range(epochs):
        grad = [d * w for d, w in zip(decay, weights, strict=True)]
        for feats, y in coded:
            error = (_sigmoid(sum(weights[i] for i in feats)) - y) * share
            for i in feats:
                grad[i] += error
        for i, g in enumerate(grad):
            squares[i] += g * g
            weights[i] -= 0.5 * g / math.sqrt(squares[i])
    fitted = zip(names, weights, strict=True)
    return {f: round(w, 3) for f, w in fitted if abs(w) >= 0.005 or f == "bias"}


def _sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def probability(weights: dict[str, float], features: list[str]) -> float:
    """The model's probability that a sentence with ``features`` reports speech."""
    return _sigmoid(sum(weights.get(f, 0.0) for f in features))
