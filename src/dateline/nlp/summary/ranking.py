"""The learned ranking of candidate answers.

Each candidate carries named features (its position in the lead, headline overlap, entity type,
repetition, its link to the main event, the kind of phrase it is, ...). A question's candidates are
ranked by a linear score ``w . features`` whose weights are fitted, not set by hand: a conditional
logit (a softmax over the candidates of one article and question) that puts probability on the
candidates matching an annotated answer, with an L2 penalty. ``scripts/fit_summary.py`` fits the
weights and writes ``ontology/summary_ranking.json``; :func:`fit` is the whole fitting routine.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache

import numpy as np

from ...ontology import load_json

Features = Mapping[str, float]
RANKING_FILE = "summary_ranking.json"


@cache
def shipped_weights() -> dict[str, dict[str, float]]:
    """The fitted weights per question (``ontology/summary_ranking.json``)."""
    return {w: dict(v) for w, v in load_json(RANKING_FILE)["weights"].items()}


def score(weights: Mapping[str, float], features: Features) -> float:
    """The linear score of one candidate (features without a weight count 0)."""
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


def fit(
    groups: Sequence[Sequence[tuple[Features, bool]]],
    l2: float = 0.05,
    steps: int = 600,
    rate: float = 0.1,
) -> dict[str, float]:
    """Weights of a conditional logit over groups of (features, correct) candidates.

    Maximises, per group with at least one correct candidate, the log of the softmax probability mass
    on the correct ones, minus ``l2`` times the squared norm (gradient descent with Adam steps).
    """
    usable = [g for g in groups if len(g) > 1 and any(ok for _, ok in g) and not all(ok for _, ok in g)]
    names = sorted({name for g in usable for feats, _ in g for name in feats})
    if not usable or not names:
        return {}
    index = {name: i for i, name in enumerate(names)}
    rows = [feats for group in usable for feats, _ in group]
    x = np.zeros((len(rows), len(names)))
    for row, feats in enumerate(rows):
        for name, value in feats.items():
            x[row, index[name]] = value
    y = np.array([1.0 if ok else 0.0 for group in usable for _, ok in group])
    starts = np.cumsum([0] + [len(group) for group in usable[:-1]])
    member = np.repeat(np.arange(len(usable)), [len(group) for group in usable])
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, steps + 1):
        z = x @ w
        p = np.exp(z - np.maximum.reduceat(z, starts)[member])
        p /= np.add.reduceat(p, starts)[member]
        q = p * y
        q /= np.add.reduceat(q, starts)[member]
        grad = (2 * l2 * w * len(usable) + x.T @ (p - q)) / len(usable)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {name: round(float(w[i]), 4) for name, i in index.items() if abs(w[i]) >= 1e-4}


def top(weights: Mapping[str, float], candidates: Iterable[Features]) -> int | None:
    """The index of the best-scoring candidate (the first on ties), None when there is none."""
    best, best_score = None, 0.0
    for i, feats in enumerate(candidates):
        s = score(weights, feats)
        if best is None or s > best_score:
            best, best_score = i, s
    return best
