"""The 5W1H scorer, and a gate holding the summary block above pinned floors on 5w1h.dev."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.evaluate.fivew import score_answers, token_f1, tokens

EVAL_DIR = (
    Path(os.environ.get("DATELINE_SHARED") or Path(__file__).resolve().parents[2].parent / "shared") / "eval"
)

# Measured 2026-11-27 on 5w1h.dev (44 articles), `dateline evaluate 5w1h`. Body only: top-answer
# precision who 0.705, what 0.136, when 0.838, where 0.618, why 0.243, how 0.083 (mean of the four
# 0.574). With the title as headline: who 0.841, what 0.841, when 0.838, where 0.824 (mean 0.836),
# why 0.216, how 0.167. Example places all found, Ottawa within 0.1 degree.
FLOORS = {"who": 0.65, "what": 0.09, "when": 0.78, "where": 0.56, "why": 0.18, "how": 0.05}
FOUR_FLOOR = 0.52
HEADLINE_FLOORS = {"who": 0.79, "what": 0.79, "when": 0.78, "where": 0.76, "why": 0.16, "how": 0.14}
HEADLINE_FOUR_FLOOR = 0.80


def test_token_f1_and_scores():
    assert tokens("At the White House!") == ["at", "the", "white", "house"]
    assert token_f1("White House", "at the White House") == pytest.approx(2 / 3)
    assert token_f1("", "x") == 0.0
    result = score_answers([("Croydon", ["Croydon"]), (None, ["Wednesday"]), ("x", [])])
    assert result["precision"] == 0.5 and result["n"] == 2


@pytest.mark.skipif(not (EVAL_DIR / "5w1h.dev.jsonl").exists(), reason="../shared/eval is not present")
def test_fivew_gate():
    from dateline.evaluate.fivew import run

    report = run(EVAL_DIR)
    for w, floor in FLOORS.items():
        assert report.rows[w]["precision"] >= floor, (w, report.rows[w])
    assert report.rows["mean who/what/when/where"]["precision"] >= FOUR_FLOOR
    for w, floor in HEADLINE_FLOORS.items():
        assert report.rows[f"{w} +headline"]["precision"] >= floor, (w, report.rows[f"{w} +headline"])
    assert report.rows["mean who/what/when/where +headline"]["precision"] >= HEADLINE_FOUR_FLOOR
    if "example places" in report.rows:
        assert report.rows["example places"]["recall"] == 1.0
        assert report.rows["example places"]["coordinates_within_0.1"] == 1.0
