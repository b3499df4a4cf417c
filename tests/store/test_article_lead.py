"""An article stored without a headline is listed with the first words of its body."""

from __future__ import annotations

from dateline.store import StoreWriter, connect, list_articles
from dateline.store.writer import DocRef


def test_articles_without_headline_carry_their_first_words(tmp_path, example_article):
    untitled = example_article.model_copy(update={"headline": None})
    con = connect(tmp_path / "s.duckdb")
    StoreWriter(con).write_batch([(DocRef(raw_id="r1"), untitled)])
    (row,) = list_articles(con)
    assert row["headline"] is None
    assert row["lead"] == " ".join(example_article.body.split()[:12])
    con.close()
