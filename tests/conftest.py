"""Shared fixtures: paths to ../shared and the example article."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED") or ROOT.parent / "shared")
EXAMPLE = SHARED / "examples" / "harper-stoltenberg-2015.txt"
EXAMPLE_GOLD = SHARED / "examples" / "harper-stoltenberg-2015.gold.json"
EVAL_DIR = SHARED / "eval"
SAMPLE = ROOT / "src" / "dateline" / "samples" / "sample-article.txt"


@pytest.fixture(scope="session")
def example_text() -> str:
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples is not present")
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_gold() -> dict:
    if not EXAMPLE_GOLD.exists():
        pytest.skip("../shared/examples is not present")
    return json.loads(EXAMPLE_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_article(example_text):
    import dateline

    return dateline.extract(example_text, published="2015-03-22")
