from dateline.store import StoreWriter, connect
from dateline.store.queries import get_article_model, table_counts
from dateline.store.rows import COLUMNS, article_rows
from dateline.store.writer import DocRef


def _store(tmp_path):
    return connect(tmp_path / "t.duckdb")


def test_round_trip_filled_record(tmp_path, filled):
    article = filled
    con = _store(tmp_path)
    StoreWriter(con).write_batch([(DocRef(raw_id="r1", path="a.txt"), article)])
    back = get_article_model(con, article.id)
    assert back == article
    assert back.model_dump(mode="json") == article.model_dump(mode="json")


def test_round_trip_example_record(tmp_path, example_article):
    con = _store(tmp_path)
    StoreWriter(con).write_batch([(DocRef(raw_id="r1"), example_article)])
    assert get_article_model(con, example_article.id) == example_article
    counts = table_counts(con)
    assert counts["articles"] == 1
    assert counts["entities"] == len(example_article.entities)
    assert counts["mentions"] == sum(len(e.mentions) for e in example_article.entities)
    assert counts["removed"] == len(example_article.removed)
    assert counts["sources"] == 1


def test_rows_match_columns(filled):
    rows = article_rows(filled, raw_id="r", run_id="run")
    for table, table_rows in rows.items():
        assert table_rows, table
        assert all(len(r) == len(COLUMNS[table]) for r in table_rows), table


def test_same_article_twice_is_linked_not_duplicated(tmp_path, filled):
    article = filled
    con = _store(tmp_path)
    writer = StoreWriter(con)
    first = writer.write_batch([(DocRef(raw_id="r1"), article), (DocRef(raw_id="r2"), article)])
    second = writer.write_batch([(DocRef(raw_id="r3"), article)])
    assert (first.inserted, first.duplicates, second.inserted, second.duplicates) == (1, 1, 0, 1)
    counts = table_counts(con)
    assert counts["articles"] == 1 and counts["sources"] == 3
    assert writer.known_raw_ids() == {"r1", "r2", "r3"}
