"""PLOVER event coding on events-plover.dev: type P/R/F1 (micro and per type), actor accuracy.

Each sentence goes straight through the spaCy pipeline and every output event counts: nothing is
merged by predicate. A gold event with compound actors ("the United States and Jordan agreed")
stands for one dyad per source-target pair, so it can take as many predicted events as it has
dyads; each predicted event takes the free dyad of a gold event of its PLOVER type that best fits
its source and target countries. Precision is over predicted events, recall over gold events (a gold
event is found when any of its dyads is taken). Actor accuracy is over matched predicted events:
the predicted country equals the dyad's gold country. The four PLOVER 0.5b1 labels are mapped to
the current 16 types first.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..knowledge import iso3_of_code
from . import split
from .report import Report

DATASET = "events-plover.dev.jsonl"
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def gold_type(label: str) -> str:
    """A PLOVER 0.5b1 label in the current 16-type scheme."""
    return OLD_LABELS.get(label, label)


def _actor(actor: dict[str, Any] | None) -> tuple[str, str | None] | None:
    """(country, sector) of a predicted actor, its country in the gold's ISO alpha-3 (the coder
    writes CAMEO's codes: "KSV" is the gold's "XKX", "TMP" its "TLS")."""
    if not actor or not actor.get("country"):
        return None
    return iso3_of_code(actor["country"]) or actor["country"], actor.get("sector")


def predicted_items(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One scoring item per output event: type, source and target (country, sector) or None."""
    return [
        {"type": e["plover"]["type"], "source": _actor(e.get("source")), "target": _actor(e.get("target"))}
        for e in events
    ]


def _sector(value: str | None) -> str | None:
    if not value or value == "***":
        return None
    return value[:3].upper()


def _dyads(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for index, g in enumerate(gold):
        for s in g.get("source") or [None]:
            for t in g.get("target") or [None]:
                out.append({"gold": index, "type": gold_type(g["plover_event"]), "source": s, "target": t})
    return out


def _fit(pred: dict[str, Any], dyad: dict[str, Any]) -> int:
    score = 0
    for role in ("source", "target"):
        want, got = dyad[role], pred[role]
        if want is not None and got is not None and want["code"] == got[0]:
            score += 1
    return score


def _ratio(pair: list[int]) -> float:
    return pair[0] / pair[1] if pair[1] else 0.0


def score(pairs: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, Any]:
    """Counts and metrics over (predicted items, gold events) pairs, one pair per sentence."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    found: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    actor = {"source": [0, 0], "target": [0, 0]}
    sector = [0, 0]
    for predicted, gold in pairs:
        free = _dyads(gold)
        hit: set[int] = set()
        for pred in predicted:
            fits = [d for d in free if d["type"] == pred["type"]]
            if not fits:
                fp[pred["type"]] += 1
                continue
            dyad = max(fits, key=lambda d: _fit(pred, d))
            free.remove(dyad)
            hit.add(dyad["gold"])
            tp[pred["type"]] += 1
            for role in ("source", "target"):
                want, got = dyad[role], pred[role]
                if want is None:
                    continue
                actor[role][1] += 1
                actor[role][0] += int(got is not None and got[0] == want["code"])
                wanted_sector = _sector(want.get("sector"))
                if wanted_sector is not None:
                    sector[1] += 1
                    sector[0] += int(
                        got is not None and got[0] == want["code"] and _sector(got[1]) == wanted_sector
                    )
        for index, g in enumerate(gold):
            (found if index in hit else fn)[gold_type(g["plover_event"])] += 1
    types = sorted(set(tp) | set(fp) | set(fn) | set(found))
    return {
        "micro": _prf(sum(tp.values()), sum(fp.values()), sum(found.values()), sum(fn.values())),
        "per_type": {t: dict(_prf(tp[t], fp[t], found[t], fn[t]), support=found[t] + fn[t]) for t in types},
        "matched": sum(tp.values()),
        "source_accuracy": _ratio(actor["source"]),
        "target_accuracy": _ratio(actor["target"]),
        "sector_accuracy": _ratio(sector),
        "counts": {"source": actor["source"], "target": actor["target"], "sector": sector},
    }


def _prf(tp: int, fp: int, found: int, fn: int) -> dict[str, float]:
    """Precision over predicted events, recall over gold events, and their F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found / (found + fn) if found + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def load(eval_dir: Path, limit: int | None = None, half: str | None = None) -> list[dict[str, Any]]:
    """The records of events-plover.dev (first ``limit`` when given)."""
    return split.load(eval_dir / DATASET, limit, half)


def predict(texts: list[str], min_confidence: float | None = None) -> list[list[dict[str, Any]]]:
    """The pipeline's events for each sentence with at least ``min_confidence`` (default: the
    coder's default threshold, as exports and queries show them; 0 keeps all)."""
    from ..events.confidence import default_threshold
    from ..nlp import get_nlp

    floor = default_threshold() if min_confidence is None else min_confidence
    nlp = get_nlp()
    return [
        [e for e in doc._.events or [] if (e.get("confidence") or 0.0) >= floor]
        for doc in nlp.pipe(texts, batch_size=32)
    ]


def run(eval_dir: Path, limit: int | None = None, half: str | None = None) -> Report:
    """Score the event component on events-plover.dev.jsonl."""
    records = load(eval_dir, limit, half)
    predictions = predict([r["text"] for r in records])
    result = score([(predicted_items(p), r["events"]) for p, r in zip(predictions, records, strict=True)])
    report = Report(task="events", dataset=str(eval_dir / DATASET), n=len(records))
    micro = result["micro"]
    report.rows["dateline (micro)"] = {
        **micro,
        "source_country": result["source_accuracy"],
        "target_country": result["target_accuracy"],
        "sector": result["sector_accuracy"],
    }
    for plover_type, row in result["per_type"].items():
        report.rows[plover_type] = {k: float(v) for k, v in row.items()}
    report.notes.append(
        f"matched events: {result['matched']}; actor accuracy over matched events with gold actors "
        f"(source {result['counts']['source']}, target {result['counts']['target']}, "
        f"sector {result['counts']['sector']}) as [correct, total]"
    )
    return report


def errors(eval_dir: Path, limit: int | None = None, half: str | None = "tune") -> list[dict[str, Any]]:
    """Per-sentence predictions next to the gold events, for error analysis (tune half by default)."""
    records = load(eval_dir, limit, half)
    out = []
    for record, events in zip(records, predict([r["text"] for r in records], 0.0), strict=True):
        out.append(
            {
                "id": record["id"],
                "text": record["text"],
                "gold": [
                    (
                        gold_type(e["plover_event"]),
                        [a["code"] for a in e["source"]],
                        [a["code"] for a in e["target"]],
                    )
                    for e in record["events"]
                ],
                "predicted": [
                    (
                        e["plover"]["type"],
                        e["trigger"],
                        e["rule"],
                        e["modality"],
                        (e.get("source") or {}).get("country"),
                        (e.get("target") or {}).get("country"),
                        e.get("confidence"),
                    )
                    for e in events
                ],
            }
        )
    return out
