"""A seeded store and an app over it, shared by the API tests."""

from __future__ import annotations

import pytest
from webseed import complete_example, other_articles, write_db, xss_article


@pytest.fixture(scope="session")
def seed_articles(example_article):
    return [complete_example(example_article), xss_article(), *other_articles()]


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory, seed_articles):
    return write_db(tmp_path_factory.mktemp("web") / "news.duckdb", seed_articles)
