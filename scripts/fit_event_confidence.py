"""Fit the event confidence model on the TUNE half of the events-news gold.

Usage::

    python scripts/fit_event_confidence.py [--eval-dir ../shared/eval] [--write]

Two logistic models, both L2-regularised, their L2 strength (and for the second the feature list,
``FEATURE_SETS``) chosen by leave-one-article-out log loss on the tune half (``choose``: a
longer feature list only when it lowers the loss by more than one standard error):

1. the sentence model: whether a sentence reports an event of the story at all (label: the gold
   sentence holds an event), over its non-event signals (``SENTENCE``,
   ``events.nonevents.sentence_signals``), fitted on every sentence of the tune texts;
2. the event model: whether a coded event's PLOVER type matches a gold event of its sentence (the
   scorer's pairing), over a short list of named features (``events.confidence.features``; the
   sentence model's log-odds is the feature ``eventive``, computed out of fold), fitted on the tune
   articles' events plus the events the coder finds in the tune half of events-plover.dev.

Every label is taken once per coding of the article: the gold's, and that of any other annotator
who coded the same tune article (``events-news.A|B|C|D.jsonl``; 15 of the 51 tune articles are coded
twice). The annotators disagree on the guide's open edges (positions taken in a campaign, facts in
letters), and the check half is mostly coded by B and C, so a model of the average annotator is the
one to aim for; the cross-validated log loss is over every coding too. The tune half is small (51
articles), hence the short feature lists, the preference for the shortest and the cross-validated
choices; the out-of-fold AUC is printed with each candidate.

The default threshold is the best F0.5 of type precision against kept recall on the tune half
(gold coding; kept recall: the recall at the threshold over the recall of every coded event, since
a threshold only keeps or drops what the coder found; each threshold's F0.5 averaged with its
neighbours on the 0.05 grid), scored with the out-of-fold confidences (each article scored by
models fitted without it), so that it is not chosen on the items that set the weights. The chosen
model's scores with each annotator's articles held out are printed too: text and coding it has
not seen, as in the check half. Prints the cross-validated losses, the out-of-fold
calibration, the threshold curve and the weights (writes ``ontology/event_confidence.json`` with
``--write``). The check half is never read here; report it with ``dateline evaluate events-news
--half check``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from dateline.evaluate import events_news
from dateline.evaluate.events_news import GOLD, Counts, article_texts, load_gold, score_article
from dateline.evaluate.split import read_jsonl

GOLD_DIR = GOLD.parent
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "ontology" / "event_confidence.json"
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
FEATURE_SETS = {
    "lean": LEAN,
    "lean+embedded": (*LEAN, "clause:embedded"),
    "lean+eventive": (*LEAN, "eventive"),
    "lean+trigger": LEAN + TRIGGER,
    "lean+nonevent": LEAN + NONEVENT,
    "lean+trigger+nonevent": LEAN + TRIGGER + NONEVENT,
    "lean+nonevent+genre": LEAN + NONEVENT + GENRE,
    "lean+trigger+nonevent+genre": LEAN + TRIGGER + NONEVENT + GENRE,
    "lean+trigger+nonevent+eventive": (*LEAN, *TRIGGER, *NONEVENT, "eventive"),
}
# the sentence model's signals (``events.nonevents.sentence_signals``)
SENTENCE = (
    "clause:pluperfect",
    "clause:purpose",
    "clause:simple_present",
    "clause:deontic",
    "clause:generic_subject",
    "clause:speaker_subject",
    "clause:habitual",
    "clause:unpunctuated",
    "clause:dates_earlier",
    "question",
    "quoted",
    "reporting",
    "names",
    "length",
    "position",
    "lead",
    "opinion",
)
L2_CHOICES = (0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = [round(0.05 * n, 2) for n in range(2, 19)]
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)

Row = tuple[dict[str, float], int]
# an event's features, its sentence's signals and its label
Event = tuple[dict[str, float], dict[str, float], int]


def _run(texts: list[tuple[str, str | None]]) -> tuple[list[list[dict[str, Any]]], list[Any]]:
    """The coder's events (with their features) and the parsed Doc of each (text, date)."""
    from dateline.nlp import get_nlp

    nlp = get_nlp()
    coder = nlp.get_pipe("dateline_events")
    events, docs = [], []
    for text, date in texts:
        doc = nlp.make_doc(text)
        doc._.published = date
        doc = nlp(doc)
        events.append(coder.predict(doc, keep_features=True))
        docs.append(doc)
    return events, docs


def coded(
    eval_dir: Path,
) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]], list[list[Row]]]:
    """The tune-half gold articles and, per article, the coder's events with their features and
    (signals, holds a gold event) for every sentence of the text."""
    from dateline.events.extract import EventCoder

    gold = load_gold(half="tune")
    texts = article_texts(gold, eval_dir)
    events, docs = _run([(texts[a["id"]]["text"], texts[a["id"]]["date"]) for a in gold])
    sentences = []
    for article, doc in zip(gold, docs, strict=True):
        coder = EventCoder(doc, None)
        signals = [(sent, coder.sentence_signals(sent)) for sent in doc.sents if sent.text.strip()]
        rows = []
        for coding in codings(article):
            eventful = [(s["start"], s["end"]) for s in coding["sentences"] if s["events"]]
            rows.extend(
                (sig, int(any(a < sent.end_char and sent.start_char < b for a, b in eventful)))
                for sent, sig in signals
            )
        sentences.append(rows)
    return gold, events, sentences


def codings(article: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold coding of an article and every other annotator's (``events-news.<A|B|C>.jsonl``):
    the annotators disagree on the guide's open edges, so each coding is a label of its own."""
    out = [article]
    for path in sorted(GOLD_DIR.glob("events-news.?.jsonl")):
        for other in read_jsonl(path):
            if other["id"] == article["id"] and other.get("annotator") != article.get("annotator"):
                out.append(other)
    return out


def labelled(gold: list[dict[str, Any]], events: list[list[dict[str, Any]]]) -> list[list[Event]]:
    """Per article, (features, sentence signals, type matched) for every coded event, once per
    coding of the article (``codings``)."""
    out = []
    for article, predicted in zip(gold, events, strict=True):
        rows = []
        for coding in codings(article):
            pairs = score_article(coding, [dict(e, confidence=1.0) for e in predicted], Counts(), 0.0)
            rows.extend(
                (p["event"]["_features"], p["event"]["_sentence"], int(p["gold"] is not None)) for p in pairs
            )
        out.append(rows)
    return out


def plover_rows(eval_dir: Path) -> list[Event]:
    """(features, sentence signals, type matched) for the events coded in the tune half of
    events-plover.dev: each output event is matched to an unused gold event of the same type."""
    from dateline.evaluate import events as plover

    records = plover.load(eval_dir, half="tune")
    rows = []
    events, _ = _run([(r["text"], r.get("date")) for r in records])
    for record, predicted in zip(records, events, strict=True):
        types = [plover.gold_type(g["plover_event"]) for g in record["events"]]
        for event in predicted:
            hit = event["plover"]["type"] in types
            if hit:
                types.remove(event["plover"]["type"])
            rows.append((event["_features"], event["_sentence"], int(hit)))
    return rows


def _matrix(rows: list[Row], names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[feats.get(n, 0.0) for n in names] for feats, _ in rows], dtype=float)
    return x.reshape(len(rows), len(names)), np.array([label for _, label in rows], dtype=float)


def fit(rows: list[Row], names: tuple[str, ...], l2: float) -> tuple[float, dict[str, float]]:
    """Bias and weights of an L2-regularised logistic regression (the bias is not penalised)."""
    x, y = _matrix(rows, names)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w[1:] + w[0], -30, 30)))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))
        value += 0.5 * l2 * float(np.sum(w[1:] ** 2))
        grad = np.concatenate([[np.sum(p - y)], x.T @ (p - y) + l2 * w[1:]])
        return float(value), grad

    w = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B").x
    return round(float(w[0]), 4), {n: round(float(v), 4) for n, v in zip(names, w[1:], strict=True)}


def _scores(rows: list[Row], bias: float, weights: dict[str, float]) -> list[float]:
    from dateline.events import confidence as conf

    model = conf.Model(0.5, bias, weights)
    return [conf.score(feats, model) for feats, _ in rows]


def out_of_fold(
    articles: list[list[Row]], extra: list[Row], names: tuple[str, ...], l2: float
) -> list[list[float]]:
    """Each article's scores from a model fitted on the other articles plus ``extra``."""
    out = []
    for k, held in enumerate(articles):
        train = [r for i, rows in enumerate(articles) if i != k for r in rows] + extra
        out.append(_scores(held, *fit(train, names, l2)))
    return out


def with_eventive(
    feats: dict[str, float], signals: dict[str, float], bias: float, weights: dict[str, float]
) -> dict[str, float]:
    """An event's features with ``eventive``, the log-odds of the given sentence model."""
    from dateline.events.confidence import log_odds

    return dict(feats, eventive=log_odds(_scores([(signals, 0)], bias, weights)[0]))


def choose(
    name: str, articles: list[list[Row]], extra: list[Row], sets: dict[str, tuple[str, ...]]
) -> tuple[float, str, float, list[list[float]]]:
    """(log loss, feature set, L2, out-of-fold scores) of the chosen model. Each feature set is
    scored at its best L2 by leave-one-article-out log loss; going from the fewest features up, a
    set replaces the one chosen so far only when its loss is lower by more than one standard error
    of their per-article differences (summed over articles): a larger model only when the tune
    half clearly prefers it."""
    rows = sum(len(r) for r in articles)
    best_of_set: list[tuple[np.ndarray, str, float, list[list[float]]]] = []
    for set_name, names in sets.items():
        candidates = []
        for l2 in L2_CHOICES:
            scores = out_of_fold(articles, extra, names, l2)
            per = article_losses(articles, scores)
            print(
                f"{name}: {set_name} L2 {l2}: leave-one-article-out log loss {float(per.sum()) / rows:.4f}, "
                f"AUC {auc(articles, scores):.3f}"
            )
            candidates.append((per, set_name, l2, scores))
        best_of_set.append(min(candidates, key=lambda c: float(c[0].sum())))
    best_of_set.sort(key=lambda c: len(sets[c[1]]))
    chosen = best_of_set[0]
    for candidate in best_of_set[1:]:
        diff = chosen[0] - candidate[0]
        gain, se = float(diff.sum()) / rows, float(np.sqrt(len(diff)) * diff.std(ddof=1)) / rows
        print(f"{name}: {candidate[1]} (L2 {candidate[2]}) against {chosen[1]}: gain {gain:.4f}, SE {se:.4f}")
        if gain > se:
            chosen = candidate
    per, set_name, l2, scores = chosen
    return float(per.sum()) / rows, set_name, l2, scores


def article_losses(articles: list[list[Row]], scores: list[list[float]]) -> np.ndarray:
    """The summed log loss of each article's rows."""
    out = []
    for rows, ps in zip(articles, scores, strict=True):
        p = np.clip(np.array(ps, dtype=float), 1e-6, 1 - 1e-6)
        y = np.array([label for _, label in rows], dtype=float)
        out.append(float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))))
    return np.array(out)


def auc(articles: list[list[Row]], scores: list[list[float]]) -> float:
    """The area under the ROC curve of the (out-of-fold) scores over every row."""
    pairs = [
        (p, label)
        for rows, ps in zip(articles, scores, strict=True)
        for (_, label), p in zip(rows, ps, strict=True)
    ]
    pos = np.array([p for p, label in pairs if label])
    neg = np.array([p for p, label in pairs if not label])
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins) / (len(pos) * len(neg))


def _capped(feats: dict[str, float], value: float, threshold: float) -> float:
    from dateline.events.confidence import capped

    return min(value, threshold / 2) if capped(feats) else value


def choose_threshold(
    gold: list[dict[str, Any]], events: list[list[dict[str, Any]]], scores: list[list[float]]
) -> tuple[float, list[tuple[float, dict[str, float]]]]:
    """The threshold with the best F0.5 of type precision against kept recall over the given
    (out-of-fold) scores, averaged with its two neighbours on the grid, and the curve. Kept recall
    is the recall at the threshold over the recall of every coded event (threshold 0): a threshold
    can only keep or drop what the coder found, so the coder's own ceiling does not weigh in."""
    ceiling = events_news.score(gold, [[dict(e, confidence=1.0) for e in p] for p in events], 0.0)["recall"]
    curve = []
    for t in THRESHOLDS:
        rescored = [
            [dict(e, confidence=_capped(e["_features"], s, t)) for e, s in zip(predicted, ps, strict=True)]
            for predicted, ps in zip(events, scores, strict=True)
        ]
        metrics = events_news.score(gold, rescored, t)
        p, r = metrics["type_precision"], metrics["recall"] / ceiling if ceiling else 0.0
        f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
        curve.append((t, dict(metrics, kept_recall=r, f05=f)))
    # the F0.5 of each threshold and its neighbours: the curve is flat near its top, and a single
    # point would move with every few events
    f05 = [item[1]["f05"] for item in curve]
    smoothed = [float(np.mean(f05[max(0, i - 1) : i + 2])) for i in range(len(f05))]
    best = max(range(len(curve)), key=lambda i: (round(smoothed[i], 6), -curve[i][0]))
    return curve[best][0], curve


def held_out_by_annotator(
    gold: list[dict[str, Any]],
    rows_by_article: list[list[Row]],
    extra: list[Row],
    names: tuple[str, ...],
    l2: float,
) -> list[list[float]]:
    """Each article's scores from the chosen model fitted without every article of its gold
    annotator (a diagnostic of text and coding the model has not seen: the check half is mostly
    coded by other annotators than the tune half)."""
    groups = [str(a.get("annotator")) for a in gold]
    out: list[list[float]] = [[] for _ in gold]
    for group in sorted(set(groups)):
        train = [r for i, rows in enumerate(rows_by_article) if groups[i] != group for r in rows] + extra
        bias, weights = fit(train, names, l2)
        for i, rows in enumerate(rows_by_article):
            if groups[i] == group:
                out[i] = _scores(rows, bias, weights)
    return out


def calibration(articles: list[list[Row]], scores: list[list[float]], threshold: float) -> str:
    """Type precision per confidence bin (capped scores), as one line."""
    pairs = [
        (_capped(f, p, threshold), label)
        for rows, ps in zip(articles, scores, strict=True)
        for (f, label), p in zip(rows, ps, strict=True)
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
    args = parser.parse_args()
    gold, events, sentences = coded(args.eval_dir)
    articles = labelled(gold, events)
    extra = plover_rows(args.eval_dir)

    # stage 1: does a sentence report an event of the story at all (every sentence of the tune texts)
    s_loss, s_set, s_l2, _ = choose("sentence", sentences, [], {"sentence": SENTENCE})
    s_bias, s_weights = fit([r for rows in sentences for r in rows], SENTENCE, s_l2)
    print(f"sentence model: {sum(len(r) for r in sentences)} sentences, L2 {s_l2}, log loss {s_loss:.4f}")

    # stage 2: is a coded event right; its sentence's "eventive" score comes from a sentence model
    # fitted without its article (out of fold), the PLOVER rows' from the full one
    rows_by_article: list[list[Row]] = []
    for k, rows in enumerate(articles):
        train = [r for i, sents in enumerate(sentences) if i != k for r in sents]
        bias_k, weights_k = fit(train, SENTENCE, s_l2)
        rows_by_article.append([(with_eventive(f, sig, bias_k, weights_k), label) for f, sig, label in rows])
    extra_rows = [(with_eventive(f, sig, s_bias, s_weights), label) for f, sig, label in extra]
    loss, set_name, l2, scores = choose("event", rows_by_article, extra_rows, FEATURE_SETS)
    names = FEATURE_SETS[set_name]
    rows = [r for rows_of in rows_by_article for r in rows_of]
    bias, weights = fit(rows + extra_rows, names, l2)
    # the first rows of each article are its events labelled by the gold coding, in output order
    main = [rows_of[: len(e)] for rows_of, e in zip(rows_by_article, events, strict=True)]
    main_scores = [sc[: len(e)] for sc, e in zip(scores, events, strict=True)]
    threshold, curve = choose_threshold(gold, events, main_scores)
    print(
        f"{sum(len(e) for e in events)} tune events, {len(rows)} labelled rows over every coding "
        f"({sum(label for _, label in rows)} type-matched) + {len(extra)} PLOVER dev tune events; "
        f"features {set_name}, L2 {l2}; threshold {threshold}"
    )
    print("out-of-fold calibration (gold coding):", calibration(main, main_scores, threshold))
    print("out-of-fold calibration (every coding):", calibration(rows_by_article, scores, threshold))
    for t, m in curve:
        print(t, {k: round(v, 3) for k, v in m.items()})
    held = held_out_by_annotator(gold, rows_by_article, extra_rows, names, l2)
    held_main = [sc[: len(e)] for sc, e in zip(held, events, strict=True)]
    print(f"each annotator's articles held out: AUC {auc(rows_by_article, held):.3f}")
    for t, m in choose_threshold(gold, events, held_main)[1]:
        if t == threshold:
            print(f"  at {t}:", {k: round(v, 3) for k, v in m.items()})
    data = {
        "version": "4",
        "about": (
            "Event confidence: a logistic model over named features of how an event was found and "
            "of the clause it sits in (dateline.events.confidence.features), fitted by "
            "scripts/fit_event_confidence.py on the tune half of the events-news gold "
            f"({sum(len(e) for e in events)} coded events, each labelled against every annotator's "
            f"coding of its article, {len(rows)} rows; label: PLOVER type matches a gold event of the "
            "sentence) plus "
            f"the {len(extra)} events coded in the tune half of events-plover.dev; feature set "
            f"'{set_name}' and L2 = {l2} chosen by leave-one-article-out cross-validation. "
            "'threshold' is the default minimum shown by exports, queries and the API: the best F0.5 "
            "(averaged with the neighbouring thresholds) of type precision against kept recall (the "
            "recall at the threshold over the recall of every coded event) on the tune half, scored "
            "with out-of-fold confidences. "
            "An event whose source resolves to no country, IGO or known group scores at most half "
            "the threshold (the PETRARCH rule), and so does a hypothetical event. 'sentence': the "
            "sentence model (whether a sentence "
            f"reports an event of the story; {sum(len(r) for r in sentences)} tune sentence codings, "
            f"L2 = {s_l2}) whose log-odds is the feature 'eventive'."
        ),
        "threshold": threshold,
        "bias": bias,
        "weights": weights,
        "sentence": {"bias": s_bias, "weights": s_weights},
    }
    print(json.dumps(data, indent=1))
    if args.write:
        OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
