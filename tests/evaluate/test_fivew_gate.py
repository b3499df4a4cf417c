"""The 5W1H scorer, and gates holding the summary block above pinned floors on the CHECK half of
5w1h.dev and on the cross-validated score over every dev article (the ranking weights are fitted on
the tune half, so neither figure is in-sample)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.evaluate.fivew import score_answers, story_of, token_f1, tokens

EVAL_DIR = (
    Path(os.environ.get("DATELINE_SHARED") or Path(__file__).resolve().parents[2].parent / "shared") / "eval"
)
HAS_DEV = (EVAL_DIR / "5w1h.dev.jsonl").exists()

# Measured 2026-12-03, `dateline evaluate 5w1h --half check` (24 articles), title given as headline:
# who 0.833, what 0.875, when 0.850, where 0.778 (mean 0.834), why 0.182, how 0.100. Body only: mean of
# the four 0.568 (it moves with the other layers).
CHECK_FLOORS = {"who": 0.79, "what": 0.82, "when": 0.75, "where": 0.72, "why": 0.13, "how": 0.05}
CHECK_FOUR_FLOOR = 0.79
CHECK_BODY_FOUR_FLOOR = 0.50
# Measured 2026-12-03, `python scripts/fit_summary.py --no-write` (leave-one-story-out over all 44
# articles, 11 stories): who 0.795, what 0.818, when 0.838, where 0.765 (mean 0.804), why 0.162, how 0.111.
# (when was 0.811 while a headline-stated main event's day was put first by rule, not by its weight.)
# Measured 2026-12-04 (same command): who 0.795, what 0.818, when 0.838, where 0.794 (mean 0.811).
CV_FLOORS = {"who": 0.75, "what": 0.77, "when": 0.80, "where": 0.73}
CV_FOUR_FLOOR = 0.78


def test_token_f1_and_scores():
    assert tokens("At the Town Hall!") == ["at", "the", "town", "hall"]
    assert token_f1("Town Hall", "at the Town Hall") == pytest.approx(2 / 3)
    assert token_f1("", "x") == 0.0
    result = score_answers([("Leeds", ["Leeds"]), (None, ["Friday"]), ("x", [])])
    assert result["precision"] == 0.5 and result["n"] == 2


def test_folds_are_stories():
    assert story_of({"id": "a1", "meta": {"category": "flood"}}) == "flood"
    assert story_of({"id": "a2", "meta": {"category": None}}) == "a2"
    assert story_of({"id": "a3"}) == "a3"


@pytest.mark.skipif(not HAS_DEV, reason="../shared/eval is not present")
def test_fivew_check_half_gate():
    from dateline.evaluate.fivew import run

    report = run(EVAL_DIR, half="check")
    for w, floor in CHECK_FLOORS.items():
        assert report.rows[f"{w} +headline"]["precision"] >= floor, (w, report.rows[f"{w} +headline"])
    assert report.rows["mean who/what/when/where +headline"]["precision"] >= CHECK_FOUR_FLOOR
    assert report.rows["mean who/what/when/where"]["precision"] >= CHECK_BODY_FOUR_FLOOR
    if "example places" in report.rows:
        assert report.rows["example places"]["recall"] == 1.0
        assert report.rows["example places"]["coordinates_within_0.1"] == 1.0


@pytest.mark.skipif(not HAS_DEV, reason="../shared/eval is not present")
def test_fivew_cross_validated_gate():
    from dateline.evaluate.fivew import cross_validate

    rows = cross_validate(EVAL_DIR).rows
    for w, floor in CV_FLOORS.items():
        assert rows[f"{w} +headline cv"]["precision"] >= floor, (w, rows[f"{w} +headline cv"])
    assert rows["mean who/what/when/where +headline cv"]["precision"] >= CV_FOUR_FLOOR
