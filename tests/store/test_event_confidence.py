"""Events below a confidence threshold are left out of queries and exports; 0 keeps all."""

import pytest

from dateline.store import StoreWriter, connect
from dateline.store.export import export
from dateline.store.queries import Filters, count_events, list_events
from dateline.store.synthetic import synthetic_articles
from dateline.store.writer import DocRef


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("confidence") / "s.duckdb"
    articles = []
    for article in synthetic_articles(4, events_per_article=4, seed=5):
        events = [
            e.model_copy(update={"confidence": 0.9 if n % 2 else 0.1}) for n, e in enumerate(article.events)
        ]
        articles.append(article.model_copy(update={"events": events}))
    con = connect(path)
    StoreWriter(con).write_batch([(DocRef(raw_id=f"r{i}"), a) for i, a in enumerate(articles)])
    con.close()
    return path, articles


def test_min_confidence_filters_events(store):
    path, articles = store
    total = sum(len(a.events) for a in articles)
    confident = sum(1 for a in articles for e in a.events if e.confidence >= 0.5)
    con = connect(path, read_only=True)
    try:
        assert count_events(con, Filters(min_confidence=0.5)) == confident < total
        assert count_events(con, Filters(min_confidence=0)) == total
        assert all(e["confidence"] >= 0.5 for e in list_events(con, Filters(min_confidence=0.5), limit=100))
    finally:
        con.close()


def test_exports_leave_out_unconfident_events(store, tmp_path):
    path, articles = store
    confident = sum(1 for a in articles for e in a.events if e.confidence >= 0.5)
    con = connect(path, read_only=True)
    try:
        written = export(con, tmp_path / "g.tsv", "gdelt", min_confidence=0.5)
        assert list(written.values()) == [confident]
        written = export(con, tmp_path / "all.tsv", "gdelt", min_confidence=0.0)
        assert list(written.values())[0] > confident
    finally:
        con.close()
