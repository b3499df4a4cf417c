"""A seeded store (the web tests' seed) for the security tests."""

from __future__ import annotations

import pytest
from webseed import complete_example, other_articles, write_db, xss_article


@pytest.fixture(scope="session")
def security_db(tmp_path_factory, example_article):
    articles = [complete_example(example_article), xss_article(), *other_articles()]
    return write_db(tmp_path_factory.mktemp("security") / "news.duckdb", articles)
