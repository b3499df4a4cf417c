"""Fit the place mention filter (``ontology/places_mentions.json``) on the TUNE half of places.dev.

Every scored mention the resolver finds in a tune article (what ``evaluate places`` counts: not street
or facility names) is described by ``nlp/place_mentions.features`` and labelled a toponym when it overlaps
a gold toponym span. An L2-regularised logistic regression (bias not penalised) is fitted by Newton steps;
the penalty is the one of ``L2_GRID`` with the lowest out-of-fold log-loss (five folds by article). The keep
threshold maximises the F1 of the places on the map, averaged over five repeats of the five-fold split: the
share of kept mentions that overlap a gold toponym and are placed right (within 161 km), against the share
of gold toponyms found and placed right (end-to-end). The check half is never read here.

Run: python scripts/fit_place_mentions.py [--eval-dir ../shared/eval] [--write]
"""

from __future__ import annotations

import argparse
import json
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from dateline.evaluate import default_eval_dir, places
from dateline.nlp import get_nlp
from dateline.nlp import place_mentions as pm

WEIGHTS_FILE = Path(pm.__file__).resolve().parents[1] / "ontology" / "places_mentions.json"
FOLDS = 5
REPEATS = 5
L2_GRID = (0.3, 1.0, 3.0, 10.0)
ABOUT = (
    "Weights of the place mention filter (nlp/place_mentions.py): a found mention's probability of being a "
    "toponym is the logistic of its features times these weights; mentions below the threshold are "
    "dropped (street and facility names are not filtered). Fitted on the TUNE half of places.dev by "
    "scripts/fit_place_mentions.py (L2-regularised logistic regression, the penalty chosen by out-of-fold "
    "log-loss); the threshold maximises the F1 of right places on the map (kept mentions overlapping a gold "
    "toponym and placed within 161 km, against end-to-end) over the tune half's out-of-fold probabilities. "
    "The check half is reported beside it, never fitted."
)


def collect(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per article: its gold toponyms and its scored mentions (vector, label, predicted point)."""
    nlp = get_nlp()
    resolver = nlp.get_pipe(places.TASK_PIPE)
    disable = nlp.pipe_names[nlp.pipe_names.index(places.TASK_PIPE) :]
    docs = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.published, doc._.dateline, doc._.warnings = None, None, []
        docs.append(doc)
    out = []
    with nlp.select_pipes(disable=disable):
        for doc, record in zip(nlp.pipe(docs), records, strict=True):
            mentions, _, _ = resolver.resolved_mentions(doc)
            facts = resolver.mention_facts(doc, mentions)
            persons = resolver._person_words(doc)
            gold = record["toponyms"]
            judged_mentions = [m for m in mentions if pm.is_judged(m, facts)]
            vectors = dict(zip(map(id, judged_mentions), pm.vectors(judged_mentions, facts), strict=True))
            rows = []
            for m in mentions:
                if m.kind == "facility":
                    continue
                if m.chosen is None and (m.text.lower() in persons or not m.text[:1].isupper()):
                    continue
                r = m.chosen
                pred = {
                    "start": m.start,
                    "end": m.end,
                    "geonameid": r.geonameid if r else None,
                    "lat": r.lat if r else None,
                    "lon": r.lon if r else None,
                }
                label = any(min(m.end, g["end"]) > max(m.start, g["start"]) for g in gold)
                judged = pm.is_judged(m, facts)
                x = vectors[id(m)] if judged else None
                rows.append({"x": x, "y": label, "pred": pred, "key": m.key, "judged": judged})
            out.append({"id": record["id"], "gold": gold, "rows": rows})
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 30) -> np.ndarray:
    """Logistic regression by Newton steps, L2 on every weight but the bias (the first)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        w -= np.linalg.solve(hess, grad)
    return w


def arrays(articles: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of the mentions the filter judges."""
    rows = [r for a in articles for r in a["rows"] if r["judged"]]
    return np.array([r["x"] for r in rows], dtype=float), np.array([r["y"] for r in rows], dtype=float)


def scores(articles: list[dict[str, Any]], probs: list[np.ndarray], threshold: float) -> dict[str, float]:
    """The evaluation's measures with the mentions below the threshold dropped."""
    docs = []
    for article, p in zip(articles, probs, strict=True):
        kept = [r["pred"] for r, q in zip(article["rows"], p, strict=True) if q >= threshold]
        docs.append((kept, article["gold"]))
    return places.score(docs)


def map_f1(articles: list[dict[str, Any]], probs: list[np.ndarray], threshold: float) -> float:
    """F1 of the places on the map: kept mentions on a gold toponym and placed right, against gold
    toponyms found and placed right."""
    n_gold = right = n_kept = kept_right = 0
    for article, p in zip(articles, probs, strict=True):
        kept = [r["pred"] for r, q in zip(article["rows"], p, strict=True) if q >= threshold]
        gold = article["gold"]
        n_gold += len(gold)
        n_kept += len(kept)
        for g in gold:
            match = places.best_match(g, kept)
            right += match is not None and places.is_right(match, g)
        for k in kept:
            on = [g for g in gold if min(k["end"], g["end"]) > max(k["start"], g["start"])]
            kept_right += any(places.is_right(k, g) for g in on)
    precision = kept_right / n_kept if n_kept else 0.0
    recall = right / n_gold if n_gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def log_loss(articles: list[dict[str, Any]], probs: list[np.ndarray]) -> float:
    """Mean log-loss over the judged mentions."""
    judged = np.array([r["judged"] for a in articles for r in a["rows"]], dtype=bool)
    y = np.array([r["y"] for a in articles for r in a["rows"]], dtype=float)[judged]
    p = np.clip(np.concatenate(probs), 1e-9, 1 - 1e-9)[judged]
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def probabilities(articles: list[dict[str, Any]], w: np.ndarray) -> list[np.ndarray]:
    """Each article's mention probabilities (1 for the mentions the filter does not judge)."""
    out = []
    for a in articles:
        x = np.array([r["x"] if r["judged"] else np.zeros(len(w)) for r in a["rows"]], dtype=float)
        p = 1.0 / (1.0 + np.exp(-np.clip(x.reshape(-1, len(w)) @ w, -30, 30)))
        judged = np.array([r["judged"] for r in a["rows"]], dtype=bool)
        out.append(np.where(judged, p, 1.0))
    return out


def out_of_fold(articles: list[dict[str, Any]], l2: float, repeat: int = 0) -> list[np.ndarray]:
    """Each article's mention probabilities from a model fitted on the other folds (the fold of an article
    is a hash of its id and the repeat number)."""
    fold = [zlib.crc32(f"{repeat}:{a['id']}".encode()) % FOLDS for a in articles]
    probs: list[np.ndarray] = [np.zeros(0)] * len(articles)
    for k in range(FOLDS):
        train = [a for a, f in zip(articles, fold, strict=True) if f != k]
        w = fit(*arrays(train), l2)
        held = [i for i in range(len(articles)) if fold[i] == k]
        for i, p in zip(held, probabilities([articles[i] for i in held], w), strict=True):
            probs[i] = p
    return probs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=None)
    parser.add_argument("--write", action="store_true", help="write the weights to places_mentions.json")
    args = parser.parse_args()
    records = places.load(args.eval_dir or default_eval_dir(), half="tune")
    articles = collect(records)
    x, y = arrays(articles)
    print(f"{len(articles)} tune articles, {len(y)} judged mentions, {int(len(y) - y.sum())} not toponyms")
    everything = [np.ones(len(a["rows"])) for a in articles]
    print("no filter", {k: round(v, 3) for k, v in scores(articles, everything, 0.5).items()})
    losses = {l2: log_loss(articles, out_of_fold(articles, l2)) for l2 in L2_GRID}
    l2 = min(L2_GRID, key=lambda v: losses[v])
    print("out-of-fold log-loss by L2", {k: round(v, 4) for k, v in losses.items()}, "->", l2)
    runs = [out_of_fold(articles, l2, repeat) for repeat in range(REPEATS)]
    grid = [round(float(t), 2) for t in np.arange(0.05, 0.91, 0.05)]
    curve = {t: float(np.mean([map_f1(articles, oof, t) for oof in runs])) for t in grid}
    table = {t: scores(articles, runs[0], t) for t in grid}
    for t in grid:
        row = table[t]
        print(
            f"t {t:.2f} map F1 {curve[t]:.4f} found {row['found']:.3f} precision {row['precision']:.3f} "
            f"acc {row['acc@161']:.3f} e2e {row['end_to_end']:.3f}"
        )
    threshold = max(grid, key=lambda t: curve[t])
    w = fit(x, y, l2)
    print(f"threshold {threshold}: out-of-fold {table[threshold]}")
    print(f"in-sample {scores(articles, probabilities(articles, w), threshold)}")
    weights = {n: round(float(v), 3) for n, v in zip(pm.FEATURES, w, strict=True)}
    print(json.dumps(weights))
    if args.write:
        data = {
            "about": ABOUT,
            "fitted_on": f"tune half of places.dev ({len(articles)} articles, {len(y)} mentions), L2 {l2}",
            "threshold": threshold,
            "weights": weights,
        }
        WEIGHTS_FILE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
