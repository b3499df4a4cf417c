import pytest
from shared_paths import EVAL_DIR

from dateline.evaluate import time as time_eval
from dateline.evaluate.time import match_relaxed, score


def test_score_counts_relaxed_and_strict():
    gold = [
        {"start": 0, "end": 6, "type": "DATE", "value": "2015-03-23"},
        {"start": 20, "end": 24, "type": "DATE", "value": "2015"},
    ]
    pred = [
        {"start": 0, "end": 6, "type": "DATE", "value": "2015-03-23"},
        {"start": 18, "end": 24, "type": "DURATION", "value": "P1Y"},
        {"start": 40, "end": 44, "type": "DATE", "value": "1999"},
    ]
    assert match_relaxed(pred, gold) == [(0, 0), (1, 1)]
    s = score([(pred, gold)])
    assert s["recall"] == 1.0 and s["precision"] == pytest.approx(2 / 3)
    assert s["strict_f1"] == pytest.approx(2 * (1 / 3 * 1 / 2) / (1 / 3 + 1 / 2))
    assert s["type_acc"] == 0.5 and s["value_acc"] == 0.5


@pytest.mark.skipif(not (EVAL_DIR / "time.dev.jsonl").exists(), reason="../shared/eval is not present")
def test_time_dev_gate():
    row = time_eval.run(EVAL_DIR).rows["dateline"]
    assert row["f1"] >= 0.93
    assert row["strict_f1"] >= 0.88
    assert row["type_acc"] >= 0.95
    assert row["value_acc"] >= 0.85
