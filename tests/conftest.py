"""Shared fixtures: paths to ../shared and the example article."""

from __future__ import annotations

import json

import pytest
from shared_paths import EVAL_DIR, EXAMPLE, EXAMPLE_GOLD, ROOT, SAMPLE, SHARED  # noqa: F401


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
