"""The html scorer, and a gate holding dateline's body extraction above pinned floors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.evaluate.html import load, page_pr, score, score_system, shingles

EVAL_DIR = (
    Path(os.environ.get("DATELINE_SHARED") or Path(__file__).resolve().parents[2].parent / "shared") / "eval"
)

# Measured 2026-11-27 on html.dev (92 pages): dateline P 0.964 R 0.979 F1 0.972; trafilatura
# (default) F1 0.951, trafilatura-precise 0.964, readability-lxml 0.944.
FLOORS = {"precision": 0.955, "recall": 0.970, "f1": 0.965}


def test_shingles_and_page_scores():
    assert shingles("a b c") == {("a", "b", "c"): 1}
    assert sum(shingles("one two three four five").values()) == 2
    assert page_pr("one two three four five", "one two three four five") == (1.0, 1.0)
    p, r = page_pr("one two three four", "one two three four five six")
    assert p == 1.0 and r == pytest.approx(1 / 3)
    result = score([("x y z w", "x y z w"), ("", "a b c d")])
    assert result["precision"] == pytest.approx(0.5) and result["accuracy"] == pytest.approx(0.5)


def test_dateline_body_extraction_gate():
    if not (EVAL_DIR / "html.dev.jsonl").exists():
        pytest.skip("../shared/eval is not present")
    result = score_system("dateline", load(EVAL_DIR))
    for metric, floor in FLOORS.items():
        assert result[metric] >= floor, f"html {metric} {result[metric]:.3f} fell below {floor}"
