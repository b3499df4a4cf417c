"""Fit the place scorer's weights (``ontology/places_scoring.json``) on the TUNE half of places.dev.

For every gold toponym of the tune half with at least one reading, the resolver describes each reading
in the article's context (``PlaceResolver.training_rows``); a reading is right when it is the gold
GeoNames entry or lies within 161 km of it. The weights maximise the conditional-logit likelihood of
the right readings (softmax over each toponym's readings), with an L2 penalty pulling them towards the
current (prior) weights, by plain gradient descent. Two passes: the context of the second uses the
first pass's weights. The check half is never read here.

Run: python scripts/fit_place_weights.py [--eval-dir ../shared/eval] [--write]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from dateline.evaluate import default_eval_dir, places
from dateline.nlp import get_nlp
from dateline.nlp import place_features as pf

WEIGHTS_FILE = Path(pf.__file__).resolve().parents[1] / "ontology" / "places_scoring.json"


def collect(records: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, right-mask) per gold toponym with two or more readings and at least one right."""
    nlp = get_nlp()
    resolver = nlp.get_pipe("dateline_places")
    disable = nlp.pipe_names[nlp.pipe_names.index("dateline_places") :]
    out = []
    docs = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.published, doc._.dateline, doc._.warnings = None, None, []
        docs.append(doc)
    with nlp.select_pipes(disable=disable):
        for doc, record in zip(nlp.pipe(docs), records, strict=True):
            spans = [(t["start"], t["end"]) for t in record["toponyms"]]
            for (readings, vectors), gold in zip(
                resolver.training_rows(doc, spans), record["toponyms"], strict=True
            ):
                if len(readings) < 2:
                    continue
                right = np.array(
                    [
                        places.is_right({"geonameid": r.geonameid, "lat": r.lat, "lon": r.lon}, gold)
                        for r in readings
                    ]
                )
                if right.any() and not right.all():
                    out.append((np.array(vectors, dtype=float), right))
    return out


def fit(
    rows: list[tuple[np.ndarray, np.ndarray]], prior: np.ndarray, l2: float, steps: int, free: np.ndarray
) -> np.ndarray:
    """Gradient descent on the mean negative log-likelihood of the right readings, L2 towards the prior;
    only the ``free`` weights move."""
    w = prior.copy()
    rate = 0.5
    for step in range(steps):
        grad = l2 * (w - prior)
        loss = 0.5 * l2 * float(((w - prior) ** 2).sum())
        for x, right in rows:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * right
            q_sum = q.sum()
            loss -= np.log(q_sum + 1e-12) / len(rows)
            grad += (x.T @ p - x.T @ (q / q_sum)) / len(rows)
        w -= rate * grad * free
        if step % 100 == 0:
            print(f"step {step} loss {loss:.4f}")
    return w


def accuracy(rows: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    return float(np.mean([right[int(np.argmax(x @ w))] for x, right in rows])) if rows else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=None)
    parser.add_argument("--l2", type=float, default=0.02)
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument(
        "--write", action="store_true", help="write the fitted weights to places_scoring.json"
    )
    args = parser.parse_args()
    records = places.load(args.eval_dir or default_eval_dir(), half="tune")
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    prior = np.array([float(data["prior"].get(n, 0.0)) for n in pf.FEATURES])
    free = np.array([0.0 if n in data.get("frozen", ()) else 1.0 for n in pf.FEATURES])
    w = prior
    for _ in range(args.passes):
        rows = collect(records)
        print(f"{len(rows)} ambiguous tune toponyms; accuracy before {accuracy(rows, w):.3f}")
        w = fit(rows, prior, args.l2, args.steps, free)
        print(f"accuracy after {accuracy(rows, w):.3f}")
        data["weights"] = {n: round(float(v), 3) for n, v in zip(pf.FEATURES, w, strict=True)}
        data["fitted_on"] = (
            f"tune half of places.dev ({len(rows)} ambiguous toponyms), L2 {args.l2} towards the prior"
        )
        if args.write:
            WEIGHTS_FILE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
            pf.weights.cache_clear()
    print(json.dumps(data["weights"]))


if __name__ == "__main__":
    main()
