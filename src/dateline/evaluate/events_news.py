"""Events on real news: the project's events-news gold (``evaluate/gold/events-news.jsonl``).

Each article's text is read from ``../shared/eval`` (checked against the gold's sha256) and goes
through the spaCy pipeline; the events at or above a confidence threshold are the output. A
predicted event is compared with the gold events of the gold sentences its evidence overlaps: output
events and gold dyads (one per source-target pair of a gold event) of the same PLOVER type are paired
one to one, as many pairs as possible and then as many right actors as possible (an assignment, so
the order of the output does not matter). Actors compare by country; a gold group code ("IGO",
"NGO", "IMGMUS") takes the dictionary codes under it. Reported, at the default threshold and over a
range of thresholds:

- type precision: output events whose PLOVER type matches a gold event of their sentence;
- dyad precision: output events whose type, source country and target country are all right
  (an absent gold target wants no target);
- main-event recall: gold events marked ``main`` (the lead's story events) that an output event found;
- recall: all gold events found;
- modality accuracy: matched output events whose modality equals the gold's;
- resolved source: output events whose source resolves to a country, an IGO or a known group.

Articles split into tune and check halves by a hash of their id (``--half``). ``--source`` keeps the
articles of some dev files only: ``quotes.dev.jsonl,html.dev.jsonl`` is the first set of 109 articles
(annotators A-D), ``places.dev.jsonl`` the wire stories annotator E coded, ``time.dev.jsonl`` the
TimeBank wire and broadcast stories annotator F coded (their publication date is the field ``dct``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ontology.cameo import international_codes
from . import split
from .report import Report

GOLD = Path(__file__).resolve().parent / "gold" / "events-news.jsonl"
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# a pair of output event and gold dyad outweighs any number of right actors (at most 2 per pair)
PAIR_WEIGHT = 1000


class UnknownSource(ValueError):
    """A dev file named in ``sources`` that no gold article comes from."""


def load_gold(
    path: Path = GOLD,
    half: str | None = None,
    limit: int | None = None,
    sources: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """The gold articles (of the dev files named in ``sources`` when given; one half; the first ``limit``)."""
    records = split.read_jsonl(path)
    if sources is not None:
        wanted = set(sources)
        unknown = wanted - {r["file"] for r in records}
        if unknown:
            raise UnknownSource(f"no gold article comes from {', '.join(sorted(unknown))}")
        records = [r for r in records if r["file"] in wanted]
    return split.select(records, half, limit)


def article_texts(gold: list[dict[str, Any]], eval_dir: Path) -> dict[str, dict[str, Any]]:
    """id -> {text, date} for the gold articles, read from the dev files and checked by sha256.

    The date is the record's ``date``, else its ``dct`` (TimeBank's document creation time).
    """
    wanted: dict[str, dict[str, Any]] = {g["id"]: g for g in gold}
    out: dict[str, dict[str, Any]] = {}
    for name in sorted({g["file"] for g in gold}):
        with (eval_dir / name).open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                entry = wanted.get(record.get("id"))
                if entry is None:
                    continue
                text = record[entry["text_field"]]
                if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["text_sha256"]:
                    raise ValueError(f"text of {record['id']} in {name} differs from the gold's")
                out[record["id"]] = {"text": text, "date": record.get("date") or record.get("dct")}
    missing = set(wanted) - set(out)
    if missing:
        raise ValueError(f"{len(missing)} gold articles not found in {eval_dir}: {sorted(missing)[:3]}")
    return out


def predict(texts: list[tuple[str, str | None]]) -> list[list[dict[str, Any]]]:
    """All events (every confidence) of each (text, publication date)."""
    from ..nlp import get_nlp

    nlp = get_nlp()
    docs = []
    for text, date in texts:
        doc = nlp.make_doc(text)
        doc._.published = date
        docs.append(doc)
    return [list(doc._.events or []) for doc in nlp.pipe(docs, batch_size=8)]


def actor_key(actor: dict[str, Any] | None) -> str | None:
    """A predicted actor as the gold writes it: its country, else its group code, else None."""
    if not actor:
        return None
    if actor.get("country"):
        return str(actor["country"])
    code = str(actor.get("code") or "")
    return code if code.startswith(international_codes()) else None


def _same_actor(gold_code: str | None, predicted: str | None) -> bool:
    """Whether a predicted actor key is the gold code: the same country, or a group code under the
    gold's (the gold writes "NGO" for Amnesty International, whose dictionary code is NGOHRIAMN). A
    state that no longer exists is its own code on both sides (the Soviet Union is SUN)."""
    if gold_code is None or predicted is None:
        return gold_code is None and predicted is None
    if predicted == gold_code:
        return True
    group = len(gold_code) > 3 or gold_code.startswith(international_codes())
    return group and predicted.startswith(gold_code)


def _best_pairing(weights: list[list[int]]) -> dict[int, int]:
    """Row -> column of a maximum-weight assignment; zero weight is no pair."""
    if not weights or not weights[0]:
        return {}
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(weights, maximize=True)
    return {int(i): int(j) for i, j in zip(rows, cols, strict=True) if weights[i][j] > 0}


def _fit(dyad: dict[str, Any], source: str | None, target: str | None) -> int:
    return int(_same_actor(dyad["source"], source)) + int(_same_actor(dyad["target"], target))


@dataclass
class Counts:
    """Counts at one threshold."""

    output: int = 0
    typed: int = 0
    dyad: int = 0
    resolved: int = 0
    modality: list[int] = field(default_factory=lambda: [0, 0])
    gold: int = 0
    found: int = 0
    main: int = 0
    main_found: int = 0

    def metrics(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "type_precision": ratio(self.typed, self.output),
            "dyad_precision": ratio(self.dyad, self.output),
            "main_recall": ratio(self.main_found, self.main),
            "recall": ratio(self.found, self.gold),
            "modality_accuracy": ratio(*self.modality),
            "resolved_source": ratio(self.resolved, self.output),
            "events": float(self.output),
        }


def _gold_events(article: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for sentence in article["sentences"]:
        for event in sentence["events"]:
            out.append(dict(event, _sentence=(sentence["start"], sentence["end"])))
    return out


def _dyads(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for index, g in enumerate(events):
        for s in g.get("source") or [None]:
            for t in g.get("target") or [None]:
                out.append(
                    {
                        "gold": index,
                        "type": g["type"],
                        "source": (s or {}).get("code"),
                        "target": (t or {}).get("code"),
                        "span": g["_sentence"],
                    }
                )
    return out


def _overlaps(span: tuple[int, int], evidence: dict[str, Any]) -> bool:
    return span[0] < int(evidence["end"]) and int(evidence["start"]) < span[1]


def score_article(
    article: dict[str, Any], predicted: Iterable[dict[str, Any]], counts: Counts, floor: float
) -> list[dict[str, Any]]:
    """Add one article's counts at ``floor``; returns the pairing of each output event, for reading.

    Output events and gold dyads of their type and sentence are paired as many as possible, and
    among those pairings the one with the most right actors, whatever the order of the output."""
    gold = _gold_events(article)
    dyads = _dyads(gold)
    output = [e for e in predicted if (e.get("confidence") or 0.0) >= floor]
    keys = [(actor_key(e.get("source")), actor_key(e.get("target"))) for e in output]
    weights = [
        [
            PAIR_WEIGHT + _fit(d, *keys[i])
            if d["type"] == event["plover"]["type"] and _overlaps(d["span"], event["evidence"])
            else 0
            for d in dyads
        ]
        for i, event in enumerate(output)
    ]
    paired = _best_pairing(weights)
    hit: set[int] = set()
    pairs = []
    for i, event in enumerate(output):
        source, target = keys[i]
        counts.output += 1
        counts.resolved += int(source is not None)
        if i not in paired:
            pairs.append({"event": event, "gold": None})
            continue
        dyad = dyads[paired[i]]
        hit.add(dyad["gold"])
        counts.typed += 1
        counts.dyad += int(_fit(dyad, source, target) == 2)
        counts.modality[1] += 1
        counts.modality[0] += int(gold[dyad["gold"]].get("modality", "asserted") == event.get("modality"))
        pairs.append({"event": event, "gold": gold[dyad["gold"]]})
    counts.gold += len(gold)
    counts.found += len(hit)
    for index, g in enumerate(gold):
        if g.get("main"):
            counts.main += 1
            counts.main_found += int(index in hit)
    return pairs


def score(
    gold: list[dict[str, Any]], predictions: list[list[dict[str, Any]]], floor: float
) -> dict[str, float]:
    """Metrics over articles at one threshold."""
    counts = Counts()
    for article, predicted in zip(gold, predictions, strict=True):
        score_article(article, predicted, counts, floor)
    return counts.metrics()


def run(
    eval_dir: Path, limit: int | None = None, half: str | None = None, sources: Iterable[str] | None = None
) -> Report:
    """Score the event coder on the events-news gold (of the dev files ``sources`` when given)."""
    from ..events.confidence import default_threshold

    gold = load_gold(GOLD, half, limit, sources)
    texts = article_texts(gold, eval_dir)
    predictions = predict([(texts[g["id"]]["text"], texts[g["id"]]["date"]) for g in gold])
    floor = default_threshold()
    dataset = f"{GOLD} [{','.join(sorted(set(sources)))}]" if sources is not None else str(GOLD)
    report = Report(task="events-news", dataset=dataset, n=len(gold))
    report.rows[f"dateline (min confidence {floor:g})"] = score(gold, predictions, floor)
    for threshold in THRESHOLDS:
        report.rows[f"threshold {threshold:.1f}"] = score(gold, predictions, threshold)
    events = [e for g in gold for e in _gold_events(g)]
    main = sum(1 for e in events if e.get("main"))
    report.notes.append(
        f"{len(gold)} articles, {len(events)} gold events ({main} main); output events are those at or "
        f"above the threshold; texts from {eval_dir}"
    )
    return report
