"""Actor resolution on actors.dev: country, sector and no-actor accuracy of ``resolve_actor``.

Gold ``null`` means "not checked"; gold ``""`` must be predicted as none (a None result counts
as country "" and sector ""). ``no_actor`` cases are right when the resolver returns None.
Besides the strict country score, ``country_igo_equiv`` counts a predicted "IGO" as right where the
gold uses POLECAT's pseudo-countries for UN and EU bodies ("UNO", "EUR") and the resolver names
the same body (its ``igo`` field).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..actors import resolve_actor
from . import split
from .report import Report

FILE = "actors.dev.jsonl"
PLOVER_FILE = "events-plover.dev.jsonl"


def load(eval_dir: Path, limit: int | None = None, half: str | None = None) -> list[dict]:
    """The records of actors.dev.jsonl (first ``limit`` when given)."""
    return split.load(eval_dir / FILE, limit, half)


def predict(record: dict) -> dict | None:
    """Run the resolver on one case, with its context and known country as context text."""
    context = " ".join(x for x in (record.get("context"), record.get("known_country")) if x) or None
    return resolve_actor(record["text"], context=context, date=record.get("date"))


def score(records: list[dict]) -> tuple[dict[str, float], list[str]]:
    """Accuracies and the list of misses (for reading, not tuning)."""
    counts = {"country": [0, 0], "country_igo_equiv": [0, 0], "sector": [0, 0], "no_actor": [0, 0]}
    misses = []
    for r in records:
        pred = predict(r)
        got_country = pred["country"] if pred else ""
        got_sector = pred["sector"] if pred else ""
        if r.get("country") is not None:
            ok = got_country == r["country"]
            counts["country"][0] += ok
            counts["country"][1] += 1
            equiv = ok or (got_country == "IGO" and bool(pred) and pred.get("igo") == r["country"])
            counts["country_igo_equiv"][0] += equiv
            counts["country_igo_equiv"][1] += 1
            if not ok:
                misses.append(f"country {r['text']!r}: gold {r['country']!r}, got {got_country!r}")
        if r.get("sector") is not None:
            ok = got_sector == r["sector"]
            counts["sector"][0] += ok
            counts["sector"][1] += 1
            if not ok:
                misses.append(f"sector {r['text']!r}: gold {r['sector']!r}, got {got_sector!r}")
        if r.get("no_actor"):
            counts["no_actor"][0] += pred is None
            counts["no_actor"][1] += 1
            if pred is not None:
                misses.append(f"no_actor {r['text']!r}: got {pred['code']!r}")
    metrics = {name: right / total if total else 0.0 for name, (right, total) in counts.items()}
    sizes = ", ".join(f"{name} over {total}" for name, (_right, total) in counts.items())
    return metrics, [f"cases: {sizes}", *misses]


def score_plover_spans(eval_dir: Path, limit: int | None = None) -> tuple[dict[str, float], int] | None:
    """Country and sector accuracy on the gold actor spans of events-plover.dev (sentence as context).

    Gold country codes are compared as given; gold sectors by their first three letters (``CVLalb``
    -> ``CVL``), skipping ``***`` and null. None when the file is absent.
    """
    path = eval_dir / PLOVER_FILE
    if not path.exists():
        return None
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = {"country": [0, 0], "sector": [0, 0]}
    for r in records[:limit] if limit else records:
        for event in r["events"]:
            for actor in event["source"] + event["target"]:
                if not actor.get("code") or not actor.get("text"):
                    continue
                pred = resolve_actor(actor["text"], context=r["text"])
                counts["country"][0] += (pred["country"] if pred else "") == actor["code"]
                counts["country"][1] += 1
                gold_sector = (actor.get("sector") or "")[:3].upper()
                if gold_sector and gold_sector != "***":
                    counts["sector"][0] += (pred["sector"] if pred else "") == gold_sector
                    counts["sector"][1] += 1
    metrics = {name: right / total if total else 0.0 for name, (right, total) in counts.items()}
    return metrics, counts["country"][1]


def run(eval_dir: Path, limit: int | None = None, half: str | None = None) -> Report:
    """Score ``dateline.resolve_actor`` on actors.dev.jsonl (and on events-plover.dev's actor spans)."""
    records = load(eval_dir, limit, half)
    report = Report(task="actors", dataset=str(eval_dir / FILE), n=len(records))
    metrics, misses = score(records)
    report.rows["dateline"] = metrics
    plover = score_plover_spans(eval_dir, limit)
    if plover is not None:
        report.rows["dateline on plover spans"] = plover[0]
        report.notes.append(
            f"'dateline on plover spans': the {plover[1]} gold actor spans of {PLOVER_FILE} "
            "resolved with their sentence as context (country over all, sector where gold gives one)"
        )
    report.notes.append(misses[0])
    report.notes.append(f"{len(misses) - 1} misses (for reading, not tuning); first ones:")
    report.notes.extend(misses[1:41])
    return report
