"""Fit the event confidence model on the TUNE half of the events-news gold.

Usage::

    python scripts/fit_event_confidence.py [--eval-dir ../shared/eval] [--write]

A logistic model, L2-regularised: whether a coded event's PLOVER type matches a gold event of its
sentence (the scorer's pairing), over a short list of named features
(``events.confidence.features`` and ``events.confidence.story_features``), fitted on the tune
articles' events plus the events the coder finds in the tune half of events-plover.dev.

Every label is taken once per coding of the article: the gold's, and that of any other annotator
who coded the same tune article (``events-news.<letter>.jsonl``, every annotator with a file: A to
D's campaign, court and opinion news, E's and F's conflict and diplomacy wire, each of E and F
coding only their own articles). The annotators disagree on the guide's open edges (positions
taken in a campaign, facts in letters) and code different genres, so the
choices are made on **text and coding the model has not seen**: the feature list (``FEATURE_SETS``)
and the L2 strength by the log loss with each annotator held out (``held_out``: for each annotator,
a model fitted on the articles that annotator did not code, with the other annotators' labels and
every wire text, scores that annotator's articles against that annotator's coding) and the wire
texts held out in ``WIRE_FOLDS`` folds (by a hash of their id), going from the shortest list up
and taking a longer one only when it lowers the loss over every row by more than one standard
error of the per-unit (article or wire text) differences; the chosen list's L2 is then the
strongest within one standard error of its best. The loss and AUC with each article held
out (leave one article out) are printed beside it: they run better, as the model has seen the
annotator. The candidates are fixed lists of features grouped by what they say, not lists searched
feature by feature: a list found by dropping features one at a time while the held-out loss falls
scores far better on the folds that chose it than on an annotator left out of the search.

Two genres by the text's length (``events.confidence.length_signs``): a **brief** (at most
``genre.brief_sentences`` sentences: a one-sentence item, an edited wire text) and a **full
article**. The length is offered to the model as a feature (``BRIEF``, ``LENGTH``) like any other
list; each genre also has its own threshold, chosen on its own held-out scores by the measure it
is accepted on (``choose_thresholds``). The default threshold, that of full articles, is chosen by
the F0.5 of type precision against kept recall on the tune half of events-news (gold coding; kept
recall: the recall at the threshold over the recall of every coded event, since a threshold only
keeps or drops what the coder found), scored with the held-out-annotator confidences, so that it
is neither chosen on the items that set the weights nor on the annotator who labelled them: the
highest threshold whose F0.5 is below the best by at most one standard error (the articles
resampled), as a longer feature list must gain more than one standard error. The
briefs' threshold is the best F1 over the events coded in the tune half of events-plover.dev,
each scored by the model fitted without its wire fold: a brief's few events are its news, and a
threshold there mostly drops right ones. Each threshold's measure is averaged with its neighbours
on the 0.05 grid. Prints the cross-validated losses, the held-out calibration, the threshold
curve and the weights (writes ``ontology/event_confidence.json`` with ``--write``). The check
halves are never read here; report them with ``dateline evaluate events-news --half check`` and
``dateline evaluate events --half check``.

``--sets A,B`` compares only the named feature lists. ``--extend`` holds the committed model
(``ontology/event_confidence.json``: bias, weights and the briefs' threshold) and fits only the
weights of the features each list adds to it, its logit a fixed offset of every row: the list of
the committed features alone then scores the committed model as it is (on rows most of which it
was fitted on, so not a held-out figure), and a refit of the whole list, which moves every weight
to the rows of the coder of the day, is not needed to try one more group of features.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from dateline.evaluate.events_news import GOLD, Counts, article_texts, load_gold, score_article
from dateline.evaluate.split import read_jsonl
from dateline.events.confidence import model

GOLD_DIR = GOLD.parent
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "ontology" / "event_confidence.json"
# every annotator with a coding file of their own (``events-news.<letter>.jsonl``)
ANNOTATORS = tuple(sorted(p.name.split(".")[1] for p in GOLD_DIR.glob("events-news.?.jsonl")))
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
# an event whose type the story codes in another sentence too (``events.confidence.story_features``)
REPEAT = ("type_repeats",)
# how far from the top of the text the event's sentence starts (``events.confidence.depth``)
DEPTH = ("depth",)
# the text's length (``events.confidence.length_signs``): a brief against a full article, or the log
# of its sentence count
BRIEF = ("text:brief",)
LENGTH = ("text:log_sentences",)
# the family of the event's type (``events.confidence.material_code``): a material act (aid,
# withdrawal, sanction, coercion, force) against a verbal one
FAMILY = ("material",)
# a story of material acts (``events.confidence.story_features``): the share of the story's other
# events that are material, and that share for a material event (conflict and wire news)
CONFLICT = ("story:material", "material_story")
# what kind of actor the source and the target are (``events.confidence.actor_kind``: a state body,
# an armed or international group, a private party; against a name of no agent code), whether
# neither is of a political kind and one is private, and a story with no political actor at all
KIND = ("source:state", "source:group", "source:private", "target:state", "target:group", "target:private")
DYAD = ("dyad:private",)
STORY_KIND = ("story:private",)
CHOSEN = LEAN + NONEVENT + STORY + DEPTH
FEATURE_SETS = {
    "lean": LEAN,
    "lean+story": LEAN + STORY,
    "lean+nonevent": LEAN + NONEVENT,
    "lean+nonevent+story": LEAN + NONEVENT + STORY,
    "lean+nonevent+genre+story": LEAN + NONEVENT + GENRE + STORY,
    "lean+trigger+nonevent+genre+story": LEAN + TRIGGER + NONEVENT + GENRE + STORY,
    "lean+nonevent+story+repeat": LEAN + NONEVENT + STORY + REPEAT,
    "lean+depth": LEAN + DEPTH,
    "lean+nonevent+story+depth": LEAN + NONEVENT + STORY + DEPTH,
    "lean+nonevent+story+depth+repeat": LEAN + NONEVENT + STORY + DEPTH + REPEAT,
    "lean+trigger+nonevent+genre+story+depth": LEAN + TRIGGER + NONEVENT + GENRE + STORY + DEPTH,
    "lean+brief": LEAN + BRIEF,
    "lean+story+brief": LEAN + STORY + BRIEF,
    "lean+nonevent+story+brief": LEAN + NONEVENT + STORY + BRIEF,
    "lean+nonevent+story+length": LEAN + NONEVENT + STORY + LENGTH,
    "lean+nonevent+genre+story+brief": LEAN + NONEVENT + GENRE + STORY + BRIEF,
    "lean+trigger+nonevent+genre+story+brief": LEAN + TRIGGER + NONEVENT + GENRE + STORY + BRIEF,
    "lean+nonevent+story+depth+family": CHOSEN + FAMILY,
    "lean+nonevent+story+depth+family+conflict": CHOSEN + FAMILY + CONFLICT,
    "lean+nonevent+story+depth+kind": CHOSEN + KIND,
    "lean+nonevent+story+depth+dyad": CHOSEN + DYAD,
    "lean+nonevent+story+depth+dyad+storykind": CHOSEN + DYAD + STORY_KIND,
    "lean+nonevent+story+depth+kind+dyad+storykind": CHOSEN + KIND + DYAD + STORY_KIND,
}
L2_CHOICES = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = [round(0.05 * n, 2) for n in range(2, 19)]
# the articles are resampled this many times (with this seed) for the standard error of the F0.5
BOOTSTRAPS = 500
BOOTSTRAP_SEED = 13
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)

# an event's features and its label
Row = tuple[dict[str, float], int]
# the events-plover.dev texts are held out in this many folds (by a hash of their id)
WIRE_FOLDS = 5
WIRE = "wire"


def wire_fold(record_id: str) -> int:
    """The fold an events-plover.dev text is held out in (a hash of its id)."""
    return hashlib.sha256(f"confidence:{record_id}".encode()).digest()[0] % WIRE_FOLDS


class Rows:
    """The labelled rows as arrays: one per coded event per coding of each tune article, with the
    article and the annotator of the coding, then one per event coded in each tune text of
    events-plover.dev (annotator ``wire``). A unit is an article or a wire text."""

    def __init__(
        self,
        articles: list[list[tuple[dict[str, float], str, int]]],
        wire: list[tuple[str, list[Row]]],
    ) -> None:
        units = articles + [[(f, WIRE, y) for f, y in rows] for _, rows in wire]
        self.feats = [f for rows in units for f, _, _ in rows]
        self.unit = np.array([k for k, rows in enumerate(units) for _ in rows], dtype=int)
        self.annotator = np.array([a for rows in units for _, a, _ in rows])
        self.y = np.array([y for rows in units for _, _, y in rows], dtype=float)
        self.coders = [{a for _, a, _ in rows} for rows in articles] + [{WIRE} for _ in wire]
        self.fold = [-1 for _ in articles] + [wire_fold(record_id) for record_id, _ in wire]
        self.wire = self.annotator == WIRE
        self.n_articles = len(articles)
        # a fixed logit added to every row's score (``--extend``: the committed model's)
        self.offset = np.zeros(len(self.y))

    def matrix(self, names: tuple[str, ...]) -> np.ndarray:
        """The feature matrix of every row."""
        return np.array([[f.get(n, 0.0) for n in names] for f in self.feats], dtype=float).reshape(
            len(self.feats), len(names)
        )


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


def plover_rows(eval_dir: Path) -> list[tuple[str, list[Row]]]:
    """Per tune text of events-plover.dev, its id and (features, type matched) for each event
    the coder finds: each output event is matched to an unused gold event of the same type."""
    from dateline.evaluate import events as plover

    records = plover.load(eval_dir, half="tune")
    out = []
    for record, predicted in zip(records, _run([(r["text"], r.get("date")) for r in records]), strict=True):
        types = [plover.gold_type(g["plover_event"]) for g in record["events"]]
        rows = []
        for event in predicted:
            hit = event["plover"]["type"] in types
            if hit:
                types.remove(event["plover"]["type"])
            rows.append((event["_features"], int(hit)))
        out.append((str(record["id"]), rows))
    return out


def fit_matrix(x: np.ndarray, y: np.ndarray, l2: float, offset: np.ndarray | None = None) -> np.ndarray:
    """Bias and weights of an L2-regularised logistic regression (the bias is not penalised). With
    an ``offset`` (a fixed logit per row: the committed model's, ``--extend``) the bias is held at
    0 and only the weights are fitted."""
    fixed = offset is not None
    base = np.zeros(len(y)) if offset is None else offset

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w[1:] + w[0] + base, -30, 30)))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))
        value += 0.5 * l2 * float(np.sum(w[1:] ** 2))
        grad = np.concatenate([[0.0 if fixed else np.sum(p - y)], x.T @ (p - y) + l2 * w[1:]])
        return float(value), grad

    return minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x


def folds(rows: Rows, scheme: str) -> Iterator[tuple[str, np.ndarray, np.ndarray]]:
    """(fold name, training rows, test rows) masks; every row is tested once. The articles:
    ``article``, each article held out, trained on every other unit; ``annotator``, each annotator
    held out, trained on the articles that annotator did not code and on every wire text, tested
    on that annotator's coding of the articles it did. Then, in both schemes, each fold of the wire
    texts (``wire_fold``) held out, trained on every article and the other wire texts."""
    if scheme == "article":
        for k in range(rows.n_articles):
            yield f"article {k}", rows.unit != k, rows.unit == k
    else:
        for annotator in ANNOTATORS:
            tested = np.array([annotator in c for c in rows.coders])
            if not tested.any():
                continue
            held = tested[rows.unit]
            yield annotator, ~held, held & (rows.annotator == annotator)
    fold = np.array(rows.fold)[rows.unit]
    for k in range(WIRE_FOLDS):
        held = rows.wire & (fold == k)
        if held.any():
            yield f"{WIRE} {k}", ~held, held


def held_out(
    rows: Rows, names: tuple[str, ...], l2: float, scheme: str
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The held-out score of every row, and the model (bias, weights) of each fold by name."""
    x = rows.matrix(names)
    scores = np.full(len(rows.y), np.nan)
    models = {}
    extend = bool(rows.offset.any())
    for name, train, test in folds(rows, scheme):
        w = fit_matrix(x[train], rows.y[train], l2, rows.offset[train] if extend else None)
        scores[test] = 1.0 / (1.0 + np.exp(-(x[test] @ w[1:] + w[0] + rows.offset[test])))
        models[name] = w
    return scores, models


def unit_losses(rows: Rows, scores: np.ndarray) -> np.ndarray:
    """The summed log loss of each unit's held-out rows."""
    tested = ~np.isnan(scores)
    p = np.clip(np.where(tested, scores, 0.5), 1e-6, 1 - 1e-6)
    loss = np.where(tested, -(rows.y * np.log(p) + (1 - rows.y) * np.log(1 - p)), 0.0)
    return np.bincount(rows.unit, weights=loss, minlength=len(rows.coders))


def auc(y: np.ndarray, scores: np.ndarray) -> float:
    """The area under the ROC curve of the held-out scores."""
    tested = ~np.isnan(scores)
    pos, neg = scores[tested & (y == 1)], scores[tested & (y == 0)]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins) / (len(pos) * len(neg))


def describe(rows: Rows, scores: np.ndarray) -> str:
    """Log loss and AUC of held-out scores over every row, the articles' and the wire texts'."""
    losses = unit_losses(rows, scores)
    news = rows.unit < rows.n_articles
    parts = []
    for label, mask, units in (
        ("all", np.ones(len(rows.y), dtype=bool), slice(None)),
        ("news", news, slice(0, rows.n_articles)),
        ("wire", ~news, slice(rows.n_articles, None)),
    ):
        loss = float(losses[units].sum()) / max(1, int(mask.sum()))
        parts.append(f"{label} {loss:.4f} / {auc(rows.y[mask], scores[mask]):.3f}")
    return ", ".join(parts)


def by_annotator(rows: Rows, scores: np.ndarray) -> str:
    """Log loss and AUC of the held-out scores of each annotator's coding (and the wire texts')."""
    parts = []
    for annotator in (*ANNOTATORS, WIRE):
        mask = (rows.annotator == annotator) & ~np.isnan(scores)
        if not mask.any():
            continue
        p, y = np.clip(scores[mask], 1e-6, 1 - 1e-6), rows.y[mask]
        loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        parts.append(f"{annotator} {loss:.3f} / {auc(y, scores[mask]):.3f} (n={int(mask.sum())})")
    return ", ".join(parts)


def _within_se(losses: np.ndarray, best: np.ndarray, n: float) -> bool:
    """Whether per-unit held-out losses sum above the best by at most one standard error of their
    per-unit differences."""
    diff = losses - best
    return float(diff.sum()) / n <= float(np.sqrt(len(diff)) * diff.std(ddof=1)) / n


def choose(rows: Rows, sets: dict[str, tuple[str, ...]]) -> tuple[str, float, np.ndarray]:
    """(feature set, L2, per-unit held-out losses) of the chosen model. Each feature set is scored
    at its best L2 by the held-out log loss over every row (``folds``, ``annotator`` scheme: the
    articles with their annotator held out, the wire texts by fold); going from the fewest features
    up, a set replaces the one chosen so far only when its loss is lower by more than one standard
    error of their per-unit differences (summed over units). The chosen set's L2 is then the
    strongest whose loss is above its best by at most one standard error (the one-standard-error
    rule): the pooled loss leans on the annotator with the most rows, and a stronger penalty
    carries better to the annotators and genres left out."""
    # every row is held out once
    n = float(len(rows.y))
    best_of_set = []
    of_set: dict[str, list[tuple[np.ndarray, str, float]]] = {}
    for set_name, names in sets.items():
        candidates = []
        for l2 in L2_CHOICES:
            scores, _ = held_out(rows, names, l2, "annotator")
            per = unit_losses(rows, scores)
            print(f"{set_name} L2 {l2}: held-out annotator/wire fold log loss / AUC {describe(rows, scores)}")
            candidates.append((per, set_name, l2))
        of_set[set_name] = candidates
        best_of_set.append(min(candidates, key=lambda c: float(c[0].sum())))
    best_of_set.sort(key=lambda c: len(sets[c[1]]))
    chosen = best_of_set[0]
    for candidate in best_of_set[1:]:
        diff = chosen[0] - candidate[0]
        gain, se = float(diff.sum()) / n, float(np.sqrt(len(diff)) * diff.std(ddof=1)) / n
        print(f"{candidate[1]} (L2 {candidate[2]}) against {chosen[1]}: gain {gain:.4f}, SE {se:.4f}")
        if gain > se:
            chosen = candidate
    for candidate in of_set[chosen[1]]:
        diff = candidate[0] - chosen[0]
        worse, se = float(diff.sum()) / n, float(np.sqrt(len(diff)) * diff.std(ddof=1)) / n
        print(
            f"{chosen[1]} L2 {candidate[2]} against L2 {chosen[2]}: loss higher by {worse:.4f}, SE {se:.4f}"
        )
    chosen = max(
        (c for c in of_set[chosen[1]] if c is chosen or _within_se(c[0], chosen[0], n)),
        key=lambda c: c[2],
    )
    return chosen[1], chosen[2], chosen[0] / n


def _capped(feats: dict[str, float], value: float, threshold: float) -> float:
    from dateline.events.confidence import capped

    return min(value, threshold / 2) if capped(feats) else value


def gold_scores(
    rows: Rows, events: list[list[dict[str, Any]]], gold: list[dict[str, Any]], scores: np.ndarray
) -> list[list[float]]:
    """Each article's events as scored by the model fitted without its gold annotator's articles
    (the held-out scores of the gold coding's rows, which come first in each article)."""
    out = []
    for k, (article, predicted) in enumerate(zip(gold, events, strict=True)):
        mine = (rows.unit == k) & (rows.annotator == str(article.get("annotator")))
        out.append(scores[mine][: len(predicted)].tolist())
    return out


def f_beta(precision: float, recall: float, beta: float) -> float:
    """F-beta: recall weighs ``beta`` times precision."""
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall) if precision + recall else 0.0


def best_on_grid(values: list[float]) -> int:
    """The index of the best value averaged with its two neighbours on the grid (the curves are flat
    near their top, and a single point would move with every few events); on a tie the highest
    (the same measure with fewer events shown)."""
    smoothed = [float(np.mean(values[max(0, i - 1) : i + 2])) for i in range(len(values))]
    return max(range(len(values)), key=lambda i: (round(smoothed[i], 6), i))


def choose_thresholds(
    gold: list[dict[str, Any]],
    events: list[list[dict[str, Any]]],
    scores: list[list[float]],
    wire: list[tuple[dict[str, float], int, float]],
) -> tuple[float, float, list[tuple[float, dict[str, float]]]]:
    """(default threshold, briefs' threshold, curve), each genre's threshold chosen on its own
    held-out scores, by the measure that genre is accepted on. Full articles (the events-news
    articles, scored with the held-out-annotator confidences): the best F0.5 of type precision
    against kept recall, the recall at the threshold over the recall of every coded event
    (threshold 0), since a threshold can only keep or drop what the coder found. Briefs (the
    events-plover.dev texts, ``wire``: features, label, held-out score by wire fold): the best F1 of
    type precision against kept recall, since a brief's few events are its news and a threshold
    there mostly drops right events. Both averaged with their neighbours on the grid; the default
    threshold is the highest within one standard error of the best F0.5 (``within_one_se``)."""
    if any(e["_features"].get("text:brief") for predicted in events for e in predicted):
        raise ValueError(
            "an events-news tune article counts as a brief: its events need the briefs' threshold"
        )
    if not all(f.get("text:brief") for f, _, _ in wire):
        raise ValueError("an events-plover.dev tune text counts as a full article")
    everything = Counts()
    for article, predicted in zip(gold, events, strict=True):
        score_article(article, [dict(e, confidence=1.0) for e in predicted], everything, 0.0)
    wire_hits = sum(label for _, label, _ in wire)
    # per article and threshold: events of the right type, events shown, gold events found
    per = np.zeros((len(gold), len(THRESHOLDS), 3))
    curve = []
    for j, t in enumerate(THRESHOLDS):
        counts = Counts()
        for k, (article, predicted, ps) in enumerate(zip(gold, events, scores, strict=True)):
            rescored = [
                dict(e, confidence=_capped(e["_features"], s, t)) for e, s in zip(predicted, ps, strict=True)
            ]
            own = Counts()
            score_article(article, rescored, own, t)
            per[k, j] = (own.typed, own.output, own.found)
            score_article(article, rescored, counts, t)
        kept = [label for f, label, s in wire if _capped(f, s, t) >= t]
        news_r = counts.found / max(1, everything.found)
        wire_p, wire_r = sum(kept) / max(1, len(kept)), sum(kept) / max(1, wire_hits)
        genres = {
            "kept_recall": news_r,
            "news_f05": f_beta(counts.metrics()["type_precision"], news_r, 0.5),
            "brief_precision": wire_p,
            "brief_kept": wire_r,
            "brief_f1": f_beta(wire_p, wire_r, 1.0),
        }
        curve.append((t, dict(counts.metrics(), **genres)))
    found = np.zeros(len(gold))
    for k, (article, predicted) in enumerate(zip(gold, events, strict=True)):
        own = Counts()
        score_article(article, [dict(e, confidence=1.0) for e in predicted], own, 0.0)
        found[k] = own.found
    article, spread = within_one_se(per, found, everything.found)
    for (_, m), se in zip(curve, spread, strict=True):
        m["news_f05_se"] = se
    brief = best_on_grid([m["brief_f1"] for _, m in curve])
    return curve[article][0], curve[brief][0], curve


def smoothed_f05(per: np.ndarray, found: float) -> np.ndarray:
    """The news F0.5 of type precision against kept recall at each threshold, averaged with its
    neighbours on the grid, from the summed (typed, shown, found) counts of a set of articles."""
    typed, shown, kept = per[:, 0], per[:, 1], per[:, 2]
    precision = typed / np.maximum(1.0, shown)
    recall = kept / max(1.0, found)
    f05 = np.array([f_beta(float(p), float(r), 0.5) for p, r in zip(precision, recall, strict=True)])
    return np.array([float(np.mean(f05[max(0, i - 1) : i + 2])) for i in range(len(f05))])


def within_one_se(per: np.ndarray, found: np.ndarray, total_found: int) -> tuple[int, list[float]]:
    """The default threshold's index: the highest threshold at or above the best smoothed F0.5
    (``best_on_grid``) whose F0.5 is below the best by at most one standard error of the
    difference, the articles resampled ``BOOTSTRAPS`` times with a fixed seed; and that standard
    error at each threshold. As with the feature lists, a lower threshold (more events shown)
    replaces a higher one only when it gains more than one standard error: near its top the curve
    is flat, and a point of it moves with a few articles."""
    base = smoothed_f05(per.sum(axis=0), float(total_found))
    best = best_on_grid(base.tolist())
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    draws = []
    for _ in range(BOOTSTRAPS):
        pick = rng.integers(0, len(per), len(per))
        curve = smoothed_f05(per[pick].sum(axis=0), float(found[pick].sum()))
        draws.append(curve[best] - curve)
    se = np.std(np.array(draws), axis=0, ddof=1)
    chosen = best
    while chosen + 1 < len(base) and base[best] - base[chosen + 1] <= se[chosen + 1]:
        chosen += 1
    return chosen, [round(float(v), 4) for v in se]


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
    parser.add_argument(
        "--sets",
        default="",
        help="compare only these feature sets (comma-separated names of FEATURE_SETS)",
    )
    parser.add_argument(
        "--extend",
        action="store_true",
        help="hold the committed bias and weights and fit only the weights of each set's features "
        "the committed model does not weigh (the set of the committed features alone scores the "
        "committed model as it is)",
    )
    args = parser.parse_args()
    sets = {k: v for k, v in FEATURE_SETS.items() if not args.sets or k in args.sets.split(",")}
    gold, events = coded(args.eval_dir)
    articles = labelled(gold, events)
    wire = plover_rows(args.eval_dir)
    rows = Rows(articles, wire)
    n_wire = int(rows.wire.sum())
    committed = model()
    if args.extend:
        # the committed model's logit of every row; each set fits only the features it adds
        held = tuple(committed.weights)
        rows.offset = rows.matrix(held) @ np.array([committed.weights[n] for n in held]) + committed.bias
        sets = {k: tuple(n for n in v if n not in committed.weights) for k, v in sets.items()}

    set_name, l2, per = choose(rows, sets)
    names = sets[set_name]
    w = fit_matrix(rows.matrix(names), rows.y, l2, rows.offset if args.extend else None)
    bias, weights = round(float(w[0]), 4), {n: round(float(v), 4) for n, v in zip(names, w[1:], strict=True)}
    if args.extend:
        bias, weights = committed.bias, dict(committed.weights, **weights)
    annotator_scores, _ = held_out(rows, names, l2, "annotator")
    unit_scores, _ = held_out(rows, names, l2, "article")
    scores = gold_scores(rows, events, gold, annotator_scores)
    wire_scored = [
        (f, int(y), float(p))
        for f, y, p, is_wire in zip(rows.feats, rows.y, annotator_scores, rows.wire, strict=True)
        if is_wire
    ]
    chosen, brief, curve = choose_thresholds(gold, events, scores, wire_scored)
    extension = ""
    if args.extend:
        # the committed model is held whole: its briefs' threshold too
        brief = committed.genre_thresholds.get("brief", brief)
        extension = (
            f" The weights of {', '.join(names)} were fitted with every other weight, the bias and the "
            "briefs' threshold held at those of the model fitted before them (--extend)."
        )
    threshold = chosen if args.threshold is None else args.threshold
    rule = (
        "the highest threshold whose F0.5 (averaged with the neighbouring thresholds) of type precision "
        "against kept recall (the recall at the threshold over the recall of every coded event) over the "
        "tune half scored with the held-out-annotator confidences is below the best by at most one "
        f"standard error ({BOOTSTRAPS} resamplings of the articles)"
    )
    if args.threshold is not None:
        rule = f"set with --threshold; {rule} is {chosen}"
    print(
        f"{sum(len(e) for e in events)} tune events, {len(rows.y) - n_wire} labelled rows over every coding "
        f"+ {n_wire} PLOVER dev tune events ({int(rows.y.sum())} type-matched); features {set_name}, "
        f"L2 {l2}; held-out annotator/wire fold log loss / AUC {describe(rows, annotator_scores)}; "
        f"held-out article {describe(rows, unit_scores)}; threshold {threshold} (F0.5: {chosen}), "
        f"briefs {brief}"
    )
    print("held-out log loss / AUC by annotator:", by_annotator(rows, annotator_scores))
    gold_rows = [
        [label for _, _, label in rows_of][: len(e)] for rows_of, e in zip(articles, events, strict=True)
    ]
    print("held-out-annotator calibration (gold coding):", calibration(events, gold_rows, scores, threshold))
    for t, m in curve:
        print(t, {k: round(v, 3) for k, v in m.items()})
    data = {
        "version": "6",
        "about": (
            "Event confidence: a logistic model over named features of how an event was found, of "
            "the clause it sits in and of the rest of the story (dateline.events.confidence.features, "
            "story_features), fitted by scripts/fit_event_confidence.py on the tune half of the "
            f"events-news gold ({sum(len(e) for e in events)} coded events, each labelled against every "
            f"annotator's coding of its article, {len(rows.y) - n_wire} rows; label: PLOVER type matches a "
            f"gold event of the sentence) plus the {n_wire} events coded in the tune half of "
            f"events-plover.dev; feature set '{set_name}' and L2 = {l2} chosen by the log loss with "
            f"each annotator's articles held out and the wire texts in {WIRE_FOLDS} folds. 'threshold' "
            f"is the default minimum shown by exports, queries and the API: {rule}. 'genre': a text of "
            "at most 'brief_sentences' sentences is a brief (text:brief), whose own threshold "
            "('thresholds') is the best F1 (averaged with the neighbouring thresholds) of type precision "
            "against kept recall over the events coded in the tune half of events-plover.dev, each scored "
            f"by the model fitted without its wire fold; its events' probabilities are moved by "
            "logit(threshold) - logit(its threshold), so that the default threshold serves it too. "
            "An event whose "
            "source resolves to no country, IGO or known group scores at most half the threshold (the "
            "PETRARCH rule), and so does a hypothetical event." + extension
        ),
        "genre": {"brief_sentences": model().brief_sentences, "thresholds": {"brief": brief}},
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
