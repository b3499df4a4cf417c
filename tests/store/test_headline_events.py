"""Events told in the headline in the store: their evidence source column, the record read back, the
migration that adds the column to an older store and the GDELT row (a root event)."""

from __future__ import annotations

import json

import duckdb
import pytest

import dateline
from dateline.store import StoreWriter, connect
from dateline.store.export import export
from dateline.store.gdelt import gdelt_columns
from dateline.store.migrations import LATEST, MIGRATIONS
from dateline.store.queries import get_article
from dateline.store.writer import DocRef

TEXT = (
    "Peru Accuses Bolivia Of Backing Rebels\n\n"
    "The statement came on Tuesday, officials in Lima said.\n\n"
    "Neither side gave further details of the talks planned for next month.\n\n"
    "Trade between the two countries has grown in recent years, according to customs figures."
)
URL = "https://news.example.org/2024/05/peru-bolivia"


@pytest.fixture(scope="module")
def article():
    return dateline.extract(TEXT, published="2024-05-02", url=URL)


@pytest.fixture
def store(tmp_path, article):
    path = tmp_path / "h.duckdb"
    con = connect(path)
    StoreWriter(con).write_batch([(DocRef(raw_id="r1", url=URL), article)])
    return con


def test_a_headline_event_is_stored_with_its_evidence_source(store, article):
    rows = store.execute(
        "SELECT id, evidence_source, char_start, char_end, plover_type FROM events ORDER BY ord"
    ).fetchall()
    headline = [r for r in rows if r[1] == "headline"]
    assert headline == [("H1", "headline", 0, len(article.headline), "ACCUSE")]
    assert all(r[1] == "body" for r in rows if r[0] != "H1")
    assert get_article(store, article.id) == json.loads(article.model_dump_json())


def test_the_gdelt_row_of_a_headline_event(store, article, tmp_path):
    # a first paragraph that ends before the headline's evidence would: the event is a root event
    # because it is the headline's, not because of where its offsets fall in the body
    paragraphs = json.dumps([{"start": 0, "end": 5}])
    store.execute("UPDATE articles SET paragraphs = ?", [paragraphs])
    store.execute(
        "UPDATE events SET item = json_merge_patch(item, '{\"evidence\": {\"start\": 9}}') WHERE id = 'H1'"
    )
    export(store, tmp_path / "g.tsv", "gdelt")
    rows = [
        dict(zip(gdelt_columns(), line.split("\t"), strict=True))
        for line in (tmp_path / "g.tsv").read_text().splitlines()
    ]
    (row,) = [r for r in rows if r["EventRootCode"] == "11" and r["Actor1Code"] == "PER"]
    assert row["IsRootEvent"] == "1"
    assert row["Actor2Code"] == "BOL"
    assert row["SOURCEURL"] == URL
    assert row["SQLDATE"] == "20240502"


def test_an_older_store_gets_the_column_from_its_items(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied TIMESTAMP)"
    )
    for migration in MIGRATIONS[:-1]:
        for statement in migration.statements:
            con.execute(statement)
        con.execute(
            "INSERT INTO schema_version VALUES (?, ?, current_timestamp)",
            [migration.version, migration.description],
        )
    items = [
        {"id": "V1", "evidence": {"start": 3, "end": 9}},
        {"id": "H1", "evidence": {"start": 0, "end": 4, "source": "headline"}},
    ]
    for ord_, item in enumerate(items):
        con.execute(
            "INSERT INTO events (article_id, ord, id, item) VALUES ('a', ?, ?, ?)",
            [ord_, item["id"], json.dumps(item)],
        )
    con.close()
    con = connect(path)
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == LATEST
    assert con.execute("SELECT id, evidence_source FROM events ORDER BY ord").fetchall() == [
        ("V1", "body"),
        ("H1", "headline"),
    ]
    con.close()
