"""The places scorer: overlap matching, the 161 km rule, per-corpus rows."""

from __future__ import annotations

import pytest

from dateline.evaluate.places import best_match, distance_km, is_right, score, score_resolution


def test_distance_and_rule():
    assert distance_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.5)
    gold = {"lat": 40.0, "lon": -83.0, "geonameid": "1"}
    assert is_right({"geonameid": 1, "lat": None, "lon": None}, gold)
    assert is_right({"geonameid": 2, "lat": 40.5, "lon": -83.5}, gold)
    assert not is_right({"geonameid": 2, "lat": 45.0, "lon": -83.0}, gold)
    assert not is_right({"geonameid": None, "lat": None, "lon": None}, gold)
    assert not is_right(None, gold)


def test_score_found_accuracy_precision():
    gold = [
        {"start": 0, "end": 5, "lat": 10.0, "lon": 10.0, "geonameid": "7"},
        {"start": 10, "end": 15, "lat": 20.0, "lon": 20.0, "geonameid": "8"},
    ]
    pred = [
        {"start": 0, "end": 5, "lat": 10.1, "lon": 10.0, "geonameid": None},
        {"start": 12, "end": 20, "lat": 0.0, "lon": 0.0, "geonameid": None},
        {"start": 30, "end": 35, "lat": 0.0, "lon": 0.0, "geonameid": None},
    ]
    assert best_match(gold[1], pred) is pred[1]
    s = score([(pred, gold)])
    assert s["found"] == 1.0 and s["acc@161"] == 0.5 and s["end_to_end"] == 0.5
    assert s["precision"] == pytest.approx(2 / 3)
    r = score_resolution([([{"geonameid": 7}, None], gold)])
    assert r["acc@161"] == 0.5
