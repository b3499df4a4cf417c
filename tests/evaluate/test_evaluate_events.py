import pytest
from shared_paths import EVAL_DIR

from dateline.evaluate import events as ev


def _gold(label, source, target):
    return {
        "plover_event": label,
        "source": [{"code": c, "sector": s} for c, s in source],
        "target": [{"code": c, "sector": s} for c, s in target],
    }


def test_old_labels_are_mapped():
    assert ev.gold_type("DEMAND") == "REQUEST"
    assert ev.gold_type("FIGHT") == "ASSAULT"
    assert ev.gold_type("AGREE") == "AGREE"


def test_group_events_merges_source_target_pairs_of_one_predicate():
    base = {"evidence": {"start": 0}, "trigger": "attacked", "plover": {"type": "ASSAULT"}}
    events = [
        dict(base, source={"country": "USA", "sector": None}, target={"country": "IRQ", "sector": "MIL"}),
        dict(base, source={"country": "GBR", "sector": None}, target={"country": "IRQ", "sector": "MIL"}),
    ]
    (group,) = ev.group_events(events)
    assert group["source"] == {("USA", None), ("GBR", None)}


def test_score_matches_by_type_once():
    predicted = [
        {"type": "ASSAULT", "source": {("USA", "MIL")}, "target": {("IRQ", None)}},
        {"type": "ASSAULT", "source": set(), "target": set()},
        {"type": "AID", "source": set(), "target": set()},
    ]
    gold = [_gold("FIGHT", [("USA", "MIL")], [("IRQ", None)]), _gold("DEMAND", [("FRA", None)], [])]
    result = ev.score([(predicted, gold)])
    assert result["micro"]["precision"] == pytest.approx(1 / 3)
    assert result["micro"]["recall"] == pytest.approx(1 / 2)
    assert result["source_accuracy"] == 1.0 and result["target_accuracy"] == 1.0
    assert result["sector_accuracy"] == 1.0


@pytest.mark.skipif(not (EVAL_DIR / ev.DATASET).exists(), reason="../shared/eval is not present")
def test_events_plover_dev_gate():
    report = ev.run(EVAL_DIR)
    micro = report.rows["dateline (micro)"]
    assert micro["f1"] >= 0.84, micro
    assert micro["precision"] >= 0.85, micro
    assert micro["source_country"] >= 0.87, micro
    assert micro["target_country"] >= 0.84, micro
    assert micro["sector"] >= 0.71, micro
