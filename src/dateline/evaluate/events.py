"""PLOVER event coding on events-plover.dev: type P/R/F1 (micro and per type), actor accuracy.

Each sentence goes straight through the spaCy pipeline. Predicted events of one sentence that share a
predicate (one record per source-target pair) count as one event with sets of source and target
countries. Predicted and gold events are matched per sentence by PLOVER type, each gold event at
most once. The four PLOVER 0.5b1 labels are mapped to the current 16 types first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from . import split
from .report import Report, prf

DATASET = "events-plover.dev.jsonl"
OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def gold_type(label: str) -> str:
    """A PLOVER 0.5b1 label in the current 16-type scheme."""
    return OLD_LABELS.get(label, label)


def group_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per predicate: type, and the sets of source and target (country, sector) pairs."""
    groups: dict[tuple, dict[str, Any]] = {}
    for event in events:
        key = (event["evidence"]["start"], event.get("trigger"), event["plover"]["type"])
        group = groups.setdefault(key, {"type": event["plover"]["type"], "source": set(), "target": set()})
        for role in ("source", "target"):
            actor = event.get(role)
            if actor and actor.get("country"):
                group[role].add((actor["country"], actor.get("sector")))
    return list(groups.values())


def _sector(value: str | None) -> str | None:
    if not value or value == "***":
        return None
    return value[:3].upper()


def score(pairs: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, Any]:
    """Counts and metrics over (predicted groups, gold events) pairs, one pair per sentence."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    actor = {"source": [0, 0], "target": [0, 0]}
    sector = [0, 0]
    for predicted, gold in pairs:
        unmatched = list(gold)
        for pred in predicted:
            match = next((g for g in unmatched if gold_type(g["plover_event"]) == pred["type"]), None)
            if match is None:
                fp[pred["type"]] += 1
                continue
            unmatched.remove(match)
            tp[pred["type"]] += 1
            for role in ("source", "target"):
                gold_actors = match.get(role) or []
                if not gold_actors:
                    continue
                actor[role][1] += 1
                if {a["code"] for a in gold_actors} == {c for c, _ in pred[role]}:
                    actor[role][0] += 1
                for a in gold_actors:
                    want = _sector(a.get("sector"))
                    if want is None:
                        continue
                    sector[1] += 1
                    if any(c == a["code"] and _sector(s) == want for c, s in pred[role]):
                        sector[0] += 1
        for g in unmatched:
            fn[gold_type(g["plover_event"])] += 1
    types = sorted(set(tp) | set(fp) | set(fn))
    return {
        "micro": prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "per_type": {t: dict(prf(tp[t], fp[t], fn[t]), support=tp[t] + fn[t]) for t in types},
        "matched": sum(tp.values()),
        "source_accuracy": actor["source"][0] / actor["source"][1] if actor["source"][1] else 0.0,
        "target_accuracy": actor["target"][0] / actor["target"][1] if actor["target"][1] else 0.0,
        "sector_accuracy": sector[0] / sector[1] if sector[1] else 0.0,
        "counts": {"source": actor["source"], "target": actor["target"], "sector": sector},
    }


def load(eval_dir: Path, limit: int | None = None, half: str | None = None) -> list[dict[str, Any]]:
    """The records of events-plover.dev (first ``limit`` when given)."""
    return split.load(eval_dir / DATASET, limit, half)


def predict(texts: list[str]) -> list[list[dict[str, Any]]]:
    """The pipeline's events for each sentence."""
    from ..nlp import get_nlp

    nlp = get_nlp()
    return [list(doc._.events or []) for doc in nlp.pipe(texts, batch_size=32)]


def run(eval_dir: Path, limit: int | None = None, half: str | None = None) -> Report:
    """Score the event component on events-plover.dev.jsonl."""
    records = load(eval_dir, limit, half)
    predictions = predict([r["text"] for r in records])
    result = score([(group_events(p), r["events"]) for p, r in zip(predictions, records, strict=True)])
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


def errors(eval_dir: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Per-sentence predictions next to the gold events, for error analysis."""
    records = load(eval_dir, limit)
    out = []
    for record, events in zip(records, predict([r["text"] for r in records]), strict=True):
        by_type: dict[str, list] = defaultdict(list)
        for group in group_events(events):
            by_type[group["type"]].append(
                [sorted(map(str, group["source"])), sorted(map(str, group["target"]))]
            )
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
                "predicted": [(e["plover"]["type"], e["trigger"], e["rule"], e["modality"]) for e in events],
                "actors": dict(by_type),
            }
        )
    return out
