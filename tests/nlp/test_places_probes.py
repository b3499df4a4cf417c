"""Conflict-news place probes (`probes/places_conflict.tsv`): the share of toponyms read right, asserted
on the clear-cut lines."""

import csv
import math
from pathlib import Path

from test_places import run

PROBES = Path(__file__).parent / "probes" / "places_conflict.tsv"
MIN_SHARE = 0.8


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlon = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def load_probes() -> list[dict]:
    """The probe lines, comments skipped."""
    with PROBES.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def place_at(places: list[dict], start: int, end: int) -> dict | None:
    """The place one of whose mentions overlaps the characters start..end."""
    for place in places:
        for mention in place.get("mentions") or []:
            if mention["start"] < end and start < mention["end"]:
                return place
    return None


def judge(place: dict | None, expected: str) -> bool:
    """Whether the place found matches the expected reading."""
    if expected == "none":
        return place is None
    if place is None:
        return False
    country, feature, *point = expected.split(":")
    if place.get("country") != country:
        return False
    if feature != "any" and place.get("feature") != feature:
        return False
    if point and feature == "city":
        lat, lon = (float(x) for x in point[0].split(","))
        return place.get("lat") is not None and _km(lat, lon, place["lat"], place["lon"]) <= 25
    return True


def run_probes() -> list[tuple[dict, dict | None, bool]]:
    """Each probe line with the place read at its toponym and whether it is right."""
    results = []
    cache: dict[str, list[dict]] = {}
    for probe in load_probes():
        sentence = probe["sentence"]
        if sentence not in cache:
            cache[sentence] = run(sentence)._.places or []
        start = sentence.index(probe["toponym"])
        place = place_at(cache[sentence], start, start + len(probe["toponym"]))
        results.append((probe, place, judge(place, probe["expected"])))
    return results


def test_conflict_probes_share_right():
    results = run_probes()
    clear = [ok for probe, _, ok in results if probe["clear"] == "1"]
    wrong = [
        (probe["toponym"], probe["expected"], place and (place["country"], place["feature"], place["name"]))
        for probe, place, ok in results
        if probe["clear"] == "1" and not ok
    ]
    assert sum(clear) / len(clear) >= MIN_SHARE, wrong


if __name__ == "__main__":
    for probe, place, ok in run_probes():
        got = place and tuple(place[k] for k in ("country", "feature", "name", "lat", "lon", "basis"))
        print("OK " if ok else "BAD", probe["clear"], probe["toponym"], probe["expected"], got, sep="\t")
