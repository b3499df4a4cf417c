"""Fit the event confidence model on the TUNE half of the events-news gold.

Usage::

    python scripts/fit_event_confidence.py [--eval-dir ../shared/eval] [--write]

Runs the pipeline on the tune-half articles, labels every coded event 1 when its PLOVER type
matches a gold event of its sentence (the scorer's pairing), fits an L2-regularised logistic
regression (the L2 strength chosen by article-level cross-validation) over the coder's named
confidence features (``dateline.events.confidence.features``),
chooses the default threshold that maximises F0.5 of type precision against recall on the same
half, and prints the weights (writes ``ontology/event_confidence.json`` with ``--write``). The
check half is never read here; report it with ``dateline evaluate events-news --half check``.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

from dateline.evaluate import events_news
from dateline.evaluate.events_news import Counts, article_texts, load_gold, score_article

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "ontology" / "event_confidence.json"
L2_CHOICES = (30.0, 10.0, 3.0, 1.0, 0.3)  # strongest first: ties keep the stronger
FOLDS = 5
STEPS = 3000
RATE = 0.1
THRESHOLDS = [round(0.05 * n, 2) for n in range(2, 19)]


def coded(eval_dir: Path) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """The tune-half gold articles and, per article, the coder's events with their features."""
    from dateline.nlp import get_nlp

    gold = load_gold(half="tune")
    texts = article_texts(gold, eval_dir)
    nlp = get_nlp()
    coder = nlp.get_pipe("dateline_events")
    out = []
    for article in gold:
        doc = nlp.make_doc(texts[article["id"]]["text"])
        doc._.published = texts[article["id"]]["date"]
        doc = nlp(doc)
        out.append(coder.predict(doc, keep_features=True))
    return gold, out


def labelled(
    gold: list[dict[str, Any]], events: list[list[dict[str, Any]]]
) -> list[list[tuple[dict[str, float], int]]]:
    """Per article, (features, type matched) for every coded event."""
    out = []
    for article, predicted in zip(gold, events, strict=True):
        pairs = score_article(article, [dict(e, confidence=1.0) for e in predicted], Counts(), 0.0)
        out.append([(p["event"]["_features"], int(p["gold"] is not None)) for p in pairs])
    return out


def _log_loss(rows: list[tuple[dict[str, float], int]], bias: float, weights: dict[str, float]) -> float:
    total = 0.0
    for feats, label in rows:
        z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
        p = min(1 - 1e-6, max(1e-6, 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))))
        total -= math.log(p if label else 1 - p)
    return total


def choose_l2(articles: list[list[tuple[dict[str, float], int]]]) -> float:
    """The L2 strength with the lowest log loss in article-level cross-validation on the tune half."""
    best: tuple[float, float] | None = None
    for l2 in L2_CHOICES:
        loss = 0.0
        for fold in range(FOLDS):
            train = [r for n, rows in enumerate(articles) if n % FOLDS != fold for r in rows]
            held = [r for n, rows in enumerate(articles) if n % FOLDS == fold for r in rows]
            bias, weights = fit(train, l2)
            loss += _log_loss(held, bias, weights)
        print(f"L2 {l2}: cross-validated log loss {loss:.2f}")
        if best is None or loss < best[1]:
            best = (l2, loss)
    assert best is not None
    return best[0]


def fit(rows: list[tuple[dict[str, float], int]], l2: float) -> tuple[float, dict[str, float]]:
    """Bias and weights of an L2-regularised logistic regression (batch gradient descent)."""
    names = sorted({name for feats, _ in rows for name in feats})
    bias, weights = 0.0, dict.fromkeys(names, 0.0)
    n = len(rows)
    for _ in range(STEPS):
        grad_b, grad = 0.0, dict.fromkeys(names, 0.0)
        for feats, label in rows:
            z = bias + sum(weights[k] * v for k, v in feats.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad_b += p - label
            for k, v in feats.items():
                grad[k] += (p - label) * v
        bias -= RATE * grad_b / n
        for k in names:
            weights[k] -= RATE * (grad[k] / n + l2 * weights[k] / n)
    return bias, {k: round(v, 4) for k, v in weights.items()}


def choose_threshold(gold, events, bias, weights) -> tuple[float, list[tuple[float, dict[str, float]]]]:
    """The threshold with the best F0.5 of type precision against recall, and the curve."""
    from dateline.events import confidence as conf

    curve = []
    for t in THRESHOLDS:
        model = conf.Model(t, bias, weights)
        rescored = []
        for predicted in events:
            items = []
            for e in predicted:
                value = conf.score(e["_features"], model)
                if not (e["_features"].get("source:resolved") or e["_features"].get("source:inferred")):
                    value = min(value, model.unresolved_cap)
                items.append(dict(e, confidence=value))
            rescored.append(items)
        metrics = events_news.score(gold, rescored, t)
        p, r = metrics["type_precision"], metrics["recall"]
        f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
        curve.append((t, dict(metrics, f05=f)))
    best = max(curve, key=lambda item: (item[1]["f05"], -item[0]))
    return best[0], curve


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval"
    )
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    gold, events = coded(args.eval_dir)
    articles = labelled(gold, events)
    rows = [r for rows_of in articles for r in rows_of]
    l2 = choose_l2(articles)
    bias, weights = fit(rows, l2)
    threshold, curve = choose_threshold(gold, events, bias, weights)
    print(f"{len(rows)} events, {sum(label for _, label in rows)} type-matched; threshold {threshold}")
    for t, m in curve:
        print(t, {k: round(v, 3) for k, v in m.items()})
    data = {
        "version": "2",
        "about": (
            "Event confidence: a logistic model over named features of how an event was found "
            "(dateline.events.confidence.features), fitted by scripts/fit_event_confidence.py on the "
            f"tune half of the events-news gold ({len(rows)} coded events, label: PLOVER type matches a "
            f"gold event of the sentence; L2 = {l2}, chosen by 5-fold article-level cross-validation). "
            "'threshold' is the default minimum shown by exports, "
            "queries and the API, chosen on the same half as the best F0.5 of type precision against "
            "recall. An event whose source resolves to no country, IGO or known group scores at most half "
            "the threshold (the PETRARCH rule)."
        ),
        "threshold": threshold,
        "bias": round(bias, 4),
        "weights": weights,
    }
    print(json.dumps(data, indent=1))
    if args.write:
        OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
