"""Fit the event confidence model on the TUNE half of the events-news gold.

Usage::

    python scripts/fit_event_confidence.py [--eval-dir ../shared/eval] [--write]

A logistic model, L2-regularised: whether a coded event's PLOVER type matches a gold event of its
sentence (the scorer's pairing), over a short list of named features
(``events.confidence.features`` and ``events.confidence.story_features``), fitted on the tune
articles' events plus the events the coder finds in the tune half of events-plover.dev.

Every label is taken once per coding of the article: the gold's, and that of any other annotator
who coded the same tune article (``events-news.A|B|C|D.jsonl``; 15 of the 51 tune articles are coded
twice). The annotators disagree on the guide's open edges (positions taken in a campaign, facts in
letters), and the check half is mostly coded by B and C, the tune half mostly by A and D, so the
choices are made on **text and coding the model has not seen**: the feature list (``FEATURE_SETS``)
and the L2 strength by the log loss with each annotator held out (``held_out``: for each annotator,
a model fitted on the articles that annotator did not code, with the other annotators' labels,
scores that annotator's articles against that annotator's coding), going from the shortest list up
and taking a longer one only when it lowers the loss by more than one standard error of the
per-article differences. The loss and AUC with each article held out (leave one article out) are
printed beside it: they run better, as the model has seen the annotator. The candidates are fixed
lists of features grouped by what they say, not lists searched feature by feature: a list found by
dropping features one at a time while the held-out loss falls scores far better on the folds that
chose it than on an annotator left out of the search.

The default threshold is the best F0.5 of type precision against kept recall on the tune half
(gold coding; kept recall: the recall at the threshold over the recall of every coded event, since
a threshold only keeps or drops what the coder found; each threshold's F0.5 averaged with its
neighbours on the 0.05 grid), scored with the held-out-annotator confidences, so that it is
neither chosen on the items that set the weights nor on the annotator who labelled them; the
events coded in the tune half of events-plover.dev count too (scored by a model fitted without
them), since the same threshold serves edited wire sentences. Prints the
cross-validated losses, the held-out calibration, the threshold curve and the weights (writes
``ontology/event_confidence.json`` with ``--write``). The check half is never read here; report it
with ``dateline evaluate events-news --half check``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from dateline.evaluate.events_news import GOLD, Counts, article_texts, load_gold, score_article
from dateline.evaluate.split import read_jsonl

GOLD_DIR = GOLD.parent
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "ontology" / "event_confidence.json"
ANNOTATORS = ("A", "B", "C", "D")
# the few strongest signs that a coded event is right: where it sits, how its actors resolve, its
# modality and whether it is quoted
LEAN = (
    "lead",
    "position",
    "source:resolved",
    "source:inferred",
    "target:resolved",
    "target:none",
    "modality:asserted",
    "quoted",
    "pronoun_source",
)
# how the predicate was found
TRIGGER = ("statement", "generic", "strength")
# whether the clause reports an act of the story at all (``events.nonevents``)
NONEVENT = (
    "opinion",
    "clause:embedded",
    "clause:generic_subject",
    "clause:speaker_subject",
    "clause:deontic",
    "clause:pluperfect",
    "clause:dates_earlier",
)
# the genre of the text (``events.nonevents.text_signals``)
GENRE = ("text:present",)
# what the rest of the story says (``events.confidence.story_features``)
STORY = ("lead_type",)
FEATURE_SETS = {
    "lean": LEAN,
    "lean+story": LEAN + STORY,
    "lean+nonevent": LEAN + NONEVENT,
    "lean+nonevent+story": LEAN + NONEVENT + STORY,
    "lean+nonevent+genre+story": LEAN + NONEVENT + GENRE + STORY,
    "lean+trigger+nonevent+genre+story": LEAN + TRIGGER + NONEVENT + GENRE + STORY,
}
L2_CHOICES = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = [round(0.05 * n, 2) for n in range(2, 19)]
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)

# an event's features and its label
Row = tuple[dict[str, float], int]


class Rows:
    """The labelled rows of the tune articles as arrays: one per coded event per coding, with the
    article and the annotator of the coding, plus the events-plover.dev rows (always trained on)."""

    def __init__(self, articles: list[list[tuple[dict[str, float], str, int]]], extra: list[Row]) -> None:
        self.feats = [f for rows in articles for f, _, _ in rows]
        self.article = np.array([k for k, rows in enumerate(articles) for _ in rows], dtype=int)
        self.annotator = np.array([a for rows in articles for _, a, _ in rows])
        self.y = np.array([y for rows in articles for _, _, y in rows], dtype=float)
        self.coders = [{a for _, a, _ in rows} for rows in articles]
        self.extra = extra
        self.extra_y = np.array([y for _, y in extra], dtype=float)

    def matrix(self, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """The feature matrices of the article rows and of the extra rows."""

        def build(feats: list[dict[str, float]]) -> np.ndarray:
            return np.array([[f.get(n, 0.0) for n in names] for f in feats], dtype=float).reshape(
                len(feats), len(names)
            )

        return build(self.feats), build([f for f, _ in self.extra])


def _run(texts: list[tuple[str, str | None]]) -> list[list[dict[str, Any]]]:
    """The coder's events (with their features) of each (text, date)."""
    from dateline.nlp import get_nlp

    nlp = get_nlp()
    coder = nlp.get_pipe("dateline_events")
    events = []
    for text, date in texts:
        doc = nlp.make_doc(text)
        doc._.published = date
        events.append(coder.predict(nlp(doc), keep_features=True))
    return events


def coded(eval_dir: Path) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """The tune-half gold articles and, per article, the coder's events with their features."""
    gold = load_gold(half="tune")
    texts = article_texts(gold, eval_dir)
    return gold, _run([(texts[a["id"]]["text"], texts[a["id"]]["date"]) for a in gold])


def codings(article: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold coding of an article and every other annotator's (``events-news.<A|B|C|D>.jsonl``):
    the annotators disagree on the guide's open edges, so each coding is a label of its own."""
    out = [article]
    for path in sorted(GOLD_DIR.glob("events-news.?.jsonl")):
        for other in read_jsonl(path):
            if other["id"] == article["id"] and other.get("annotator") != article.get("annotator"):
                out.append(other)
    return out


def labelled(
    gold: list[dict[str, Any]], events: list[list[dict[str, Any]]]
) -> list[list[tuple[dict[str, float], str, int]]]:
    """Per article, (features, annotator, type matched) for every coded event, once per coding of
    the article (``codings``); the gold coding's rows come first, in output order."""
    out = []
    for article, predicted in zip(gold, events, strict=True):
        rows = []
        for coding in codings(article):
            pairs = score_article(coding, [dict(e, confidence=1.0) for e in predicted], Counts(), 0.0)
            annotator = str(coding.get("annotator"))
            rows.extend((p["event"]["_features"], annotator, int(p["gold"] is not None)) for p in pairs)
        out.append(rows)
    return out


def plover_rows(eval_dir: Path) -> list[Row]:
    """(features, type matched) for the events coded in the tune half of events-plover.dev: each
    output event is matched to an unused gold event of the same type."""
    from dateline.evaluate import events as plover

    records = plover.load(eval_dir, half="tune")
    rows = []
    for record, predicted in zip(records, _run([(r["text"], r.get("date")) for r in records]), strict=True):
        types = [plover.gold_type(g["plover_event"]) for g in record["events"]]
        for event in predicted:
            hit = event["plover"]["type"] in types
            if hit:
                types.remove(event["plover"]["type"])
            rows.append((event["_features"], int(hit)))
    return rows


def fit_matrix(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Bias and weights of an L2-regularised logistic regression (the bias is not penalised)."""

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w[1:] + w[0], -30, 30)))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))
        value += 0.5 * l2 * float(np.sum(w[1:] ** 2))
        grad = np.concatenate([[np.sum(p - y)], x.T @ (p - y) + l2 * w[1:]])
        return float(value), grad

    return minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x


def folds(rows: Rows, scheme: str) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(training rows, test rows, test articles) masks. ``article``: each article held out, trained on
    every coding of the others. ``annotator``: each annotator held out, trained on the articles that
    annotator did not code, tested on that annotator's coding of the articles it did."""
    if scheme == "article":
        for k in range(len(rows.coders)):
            yield rows.article != k, rows.article == k, np.arange(len(rows.coders)) == k
        return
    for annotator in ANNOTATORS:
        tested = np.array([annotator in c for c in rows.coders])
        if not tested.any():
            continue
        held = tested[rows.article]
        yield ~held, held & (rows.annotator == annotator), tested


def held_out(
    rows: Rows, names: tuple[str, ...], l2: float, scheme: str
) -> tuple[np.ndarray, list[np.ndarray]]:
    """The held-out score of every row, and the models (bias, weights) of the folds in order."""
    x, extra = rows.matrix(names)
    scores = np.full(len(rows.y), np.nan)
    models = []
    for train, test, _ in folds(rows, scheme):
        w = fit_matrix(np.vstack([x[train], extra]), np.concatenate([rows.y[train], rows.extra_y]), l2)
        scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w[1:] + w[0])))
        models.append(w)
    return scores, models


def article_losses(rows: Rows, scores: np.ndarray) -> np.ndarray:
    """The summed log loss of each article's held-out rows."""
    tested = ~np.isnan(scores)
    p = np.clip(np.where(tested, scores, 0.5), 1e-6, 1 - 1e-6)
    loss = np.where(tested, -(rows.y * np.log(p) + (1 - rows.y) * np.log(1 - p)), 0.0)
    return np.bincount(rows.article, weights=loss, minlength=len(rows.coders))


def auc(y: np.ndarray, scores: np.ndarray) -> float:
    """The area under the ROC curve of the held-out scores."""
    tested = ~np.isnan(scores)
    pos, neg = scores[tested & (y == 1)], scores[tested & (y == 0)]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins) / (len(pos) * len(neg))


def choose(rows: Rows) -> tuple[str, float, np.ndarray]:
    """(feature set, L2, per-article held-out-annotator losses) of the chosen model. Each feature
    set is scored at its best L2 by the held-out-annotator log loss; going from the fewest features
    up, a set replaces the one chosen so far only when its loss is lower by more than one standard
    error of their per-article differences (summed over articles)."""
    # every row is held out once: its annotator coded its article
    n = float(len(rows.y))
    best_of_set = []
    for set_name, names in FEATURE_SETS.items():
        candidates = []
        for l2 in L2_CHOICES:
            scores, _ = held_out(rows, names, l2, "annotator")
            per = article_losses(rows, scores)
            article_scores, _ = held_out(rows, names, l2, "article")
            article_loss = article_losses(rows, article_scores).sum() / n
            print(
                f"{set_name} L2 {l2}: held-out annotator log loss {per.sum() / n:.4f} AUC "
                f"{auc(rows.y, scores):.3f}; held-out article {article_loss:.4f} / "
                f"{auc(rows.y, article_scores):.3f}"
            )
            candidates.append((per, set_name, l2))
        best_of_set.append(min(candidates, key=lambda c: float(c[0].sum())))
    best_of_set.sort(key=lambda c: len(FEATURE_SETS[c[1]]))
    chosen = best_of_set[0]
    for candidate in best_of_set[1:]:
        diff = chosen[0] - candidate[0]
        gain, se = float(diff.sum()) / n, float(np.sqrt(len(diff)) * diff.std(ddof=1)) / n
        print(f"{candidate[1]} (L2 {candidate[2]}) against {chosen[1]}: gain {gain:.4f}, SE {se:.4f}")
        if gain > se:
            chosen = candidate
    return chosen[1], chosen[2], chosen[0] / n


def _capped(feats: dict[str, float], value: float, threshold: float) -> float:
    from dateline.events.confidence import capped

    return min(value, threshold / 2) if capped(feats) else value


def gold_scores(
    rows: Rows,
    gold: list[dict[str, Any]],
    events: list[list[dict[str, Any]]],
    names: tuple[str, ...],
    l2: float,
) -> list[list[float]]:
    """Each article's events scored by the model fitted without its gold annotator's articles."""
    x, _ = rows.matrix(names)
    _, models = held_out(rows, names, l2, "annotator")
    by_annotator = dict(zip([a for a in ANNOTATORS if any(a in c for c in rows.coders)], models, strict=True))
    out = []
    for k, (article, predicted) in enumerate(zip(gold, events, strict=True)):
        w = by_annotator[str(article.get("annotator"))]
        first = x[rows.article == k][: len(predicted)]
        out.append((1.0 / (1.0 + np.exp(-(first @ w[1:] + w[0])))).tolist())
    return out


def plover_scores(rows: Rows, names: tuple[str, ...], l2: float) -> list[float]:
    """The events-plover.dev rows scored by a model fitted on the events-news rows alone."""
    x, extra = rows.matrix(names)
    w = fit_matrix(x, rows.y, l2)
    return (1.0 / (1.0 + np.exp(-(extra @ w[1:] + w[0])))).tolist()


def choose_threshold(
    gold: list[dict[str, Any]],
    events: list[list[dict[str, Any]]],
    scores: list[list[float]],
    plover: list[Row],
    plover_scored: list[float],
) -> tuple[float, list[tuple[float, dict[str, float]]]]:
    """The threshold with the best F0.5 of type precision against kept recall over the given
    (held-out) scores of the events-news articles and the events-plover.dev events together,
    averaged with its two neighbours on the grid, and the curve. Kept recall is the recall at the
    threshold over the recall of every coded event (threshold 0): a threshold can only keep or drop
    what the coder found, so the coder's own ceiling does not weigh in. The default threshold serves
    both news and edited wire sentences, so both weigh in: on the wire sentences most coded events
    are right and a threshold mostly drops them."""
    everything = Counts()
    for article, predicted in zip(gold, events, strict=True):
        score_article(article, [dict(e, confidence=1.0) for e in predicted], everything, 0.0)
    plover_hits = sum(label for _, label in plover)
    curve = []
    for t in THRESHOLDS:
        counts = Counts()
        for article, predicted, ps in zip(gold, events, scores, strict=True):
            rescored = [
                dict(e, confidence=_capped(e["_features"], s, t)) for e, s in zip(predicted, ps, strict=True)
            ]
            score_article(article, rescored, counts, t)
        kept = [label for (f, label), s in zip(plover, plover_scored, strict=True) if _capped(f, s, t) >= t]
        p = (counts.typed + sum(kept)) / max(1, counts.output + len(kept))
        r = (counts.found + sum(kept)) / max(1, everything.found + plover_hits)
        f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
        plover_kept = {
            "plover_precision": sum(kept) / max(1, len(kept)),
            "plover_kept": sum(kept) / max(1, plover_hits),
        }
        curve.append((t, dict(counts.metrics(), **plover_kept, kept_recall=r, f05=f)))
    # the F0.5 of each threshold and its neighbours: the curve is flat near its top, and a single
    # point would move with every few events
    f05 = [item[1]["f05"] for item in curve]
    smoothed = [float(np.mean(f05[max(0, i - 1) : i + 2])) for i in range(len(f05))]
    best = max(range(len(curve)), key=lambda i: (round(smoothed[i], 6), -curve[i][0]))
    return curve[best][0], curve


def calibration(
    events: list[list[dict[str, Any]]], gold_rows: list[list[int]], scores: list[list[float]], t: float
) -> str:
    """Type precision per confidence bin (capped held-out scores, gold coding), as one line."""
    pairs = [
        (_capped(e["_features"], p, t), label)
        for predicted, labels, ps in zip(events, gold_rows, scores, strict=True)
        for e, label, p in zip(predicted, labels, ps, strict=True)
    ]
    parts = []
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = [label for p, label in pairs if lo <= p < hi]
        if inside:
            parts.append(f"{lo:.1f}-{min(hi, 1.0):.1f} n={len(inside)} P {sum(inside) / len(inside):.2f}")
    return ", ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval"
    )
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="write this default threshold instead of the F0.5 choice",
    )
    args = parser.parse_args()
    gold, events = coded(args.eval_dir)
    articles = labelled(gold, events)
    extra = plover_rows(args.eval_dir)
    rows = Rows(articles, extra)

    set_name, l2, per = choose(rows)
    names = FEATURE_SETS[set_name]
    x, extra_x = rows.matrix(names)
    w = fit_matrix(np.vstack([x, extra_x]), np.concatenate([rows.y, rows.extra_y]), l2)
    bias, weights = round(float(w[0]), 4), {n: round(float(v), 4) for n, v in zip(names, w[1:], strict=True)}
    scores = gold_scores(rows, gold, events, names, l2)
    chosen, curve = choose_threshold(gold, events, scores, extra, plover_scores(rows, names, l2))
    threshold = chosen if args.threshold is None else args.threshold
    rule = (
        "the best F0.5 (averaged with the neighbouring thresholds) of type precision against kept recall "
        "(the recall at the threshold over the recall of every coded event) over the tune half scored with "
        "the held-out-annotator confidences and the events-plover.dev tune events"
    )
    if args.threshold is not None:
        rule = f"set with --threshold; {rule} is {chosen}"
    annotator_scores, _ = held_out(rows, names, l2, "annotator")
    article_scores, _ = held_out(rows, names, l2, "article")
    print(
        f"{sum(len(e) for e in events)} tune events, {len(rows.y)} labelled rows over every coding "
        f"({int(rows.y.sum())} type-matched) + {len(extra)} PLOVER dev tune events; features {set_name}, "
        f"L2 {l2}; held-out annotator log loss {per.sum():.4f}, AUC {auc(rows.y, annotator_scores):.3f}; "
        f"held-out article AUC {auc(rows.y, article_scores):.3f}; threshold {threshold} (F0.5: {chosen})"
    )
    gold_rows = [
        [label for _, _, label in rows_of][: len(e)] for rows_of, e in zip(articles, events, strict=True)
    ]
    print("held-out-annotator calibration (gold coding):", calibration(events, gold_rows, scores, threshold))
    for t, m in curve:
        print(t, {k: round(v, 3) for k, v in m.items()})
    data = {
        "version": "5",
        "about": (
            "Event confidence: a logistic model over named features of how an event was found, of "
            "the clause it sits in and of the rest of the story (dateline.events.confidence.features, "
            "story_features), fitted by scripts/fit_event_confidence.py on the tune half of the "
            f"events-news gold ({sum(len(e) for e in events)} coded events, each labelled against every "
            f"annotator's coding of its article, {len(rows.y)} rows; label: PLOVER type matches a gold "
            f"event of the sentence) plus the {len(extra)} events coded in the tune half of "
            f"events-plover.dev; feature set '{set_name}' and L2 = {l2} chosen by the log loss with "
            "each annotator's articles held out. 'threshold' is the default minimum shown by exports, "
            f"queries and the API: {rule}. An event whose "
            "source resolves to no country, IGO or known group scores at most half the threshold (the "
            "PETRARCH rule), and so does a hypothetical event."
        ),
        "threshold": threshold,
        "bias": bias,
        "weights": weights,
    }
    print(json.dumps(data, indent=1))
    if args.write:
        OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
