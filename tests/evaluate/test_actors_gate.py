"""Gate: actor resolution on ../shared/eval/actors.dev.jsonl stays above pinned floors."""

import pytest
from shared_paths import EVAL_DIR

from dateline.evaluate import TASKS, actors


def test_registered():
    assert TASKS["actors"] == "actors"


@pytest.mark.skipif(not (EVAL_DIR / actors.FILE).exists(), reason="../shared/eval is not present")
def test_actor_scores_above_floors():
    report = actors.run(EVAL_DIR)
    row = report.rows["dateline"]
    assert report.n == 200
    assert row["country"] >= FLOORS["country"], report.notes
    assert row["sector"] >= FLOORS["sector"], report.notes
    assert row["no_actor"] >= FLOORS["no_actor"], report.notes
    spans = report.rows.get("dateline on plover spans")
    if spans is not None:
        assert spans["country"] >= FLOORS["plover_country"]
        assert spans["sector"] >= FLOORS["plover_sector"]


def test_score_counts_none_as_empty():
    records = [
        {"text": "puppies", "country": "", "sector": "", "no_actor": True},
        {"text": "Mexican authorities", "country": "MEX", "sector": "GOV", "no_actor": False},
        {"text": "Mexican authorities", "country": "USA", "sector": None, "no_actor": False},
    ]
    metrics, misses = actors.score(records)
    assert metrics["country"] == pytest.approx(2 / 3)
    assert metrics["sector"] == 1.0 and metrics["no_actor"] == 1.0
    assert len(misses) == 2 and misses[0].startswith("cases:")


FLOORS = {"country": 0.85, "sector": 0.84, "no_actor": 0.9, "plover_country": 0.93, "plover_sector": 0.80}
