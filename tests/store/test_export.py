import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import StoreWriter, connect
from dateline.store.export import export
from dateline.store.gdelt import gdelt_columns
from dateline.store.queries import get_article
from dateline.store.synthetic import synthetic_articles
from dateline.store.writer import DocRef

REFERENCE = (
    Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "gdelt-2.0-event-columns.txt"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "s.duckdb"
    con = connect(path)
    articles = list(synthetic_articles(12, events_per_article=3, seed=3))
    StoreWriter(con).write_batch([(DocRef(raw_id=f"r{i}"), a) for i, a in enumerate(articles)])
    con.close()
    return path, articles


def test_gdelt_columns_are_the_documented_61():
    columns = gdelt_columns()
    assert len(columns) == 61 and len(set(columns)) == 61
    assert columns[0] == "GLOBALEVENTID" and columns[-1] == "SOURCEURL"
    if REFERENCE.exists():
        lines = [
            ln.strip() for ln in REFERENCE.read_text().splitlines() if ln.strip() and not ln.startswith("#")
        ]
        assert list(columns) == lines
    doc = (Path(__file__).resolve().parents[2] / "docs" / "gdelt.md").read_text()
    assert all(f"`{c}`" in doc for c in columns)


def test_gdelt_export_reads_back(store, tmp_path):
    path, articles = store
    result = CliRunner().invoke(
        app, ["export", "--format", "gdelt", str(tmp_path / "out.tsv"), "--db", str(path)]
    )
    assert result.exit_code == 0, result.output
    with (tmp_path / "out.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [dict(zip(gdelt_columns(), r, strict=True)) for r in csv.reader(handle, delimiter="\t")]
    events = {(e.source.code, e.target.code, e.cameo.code): (a, e) for a in articles for e in a.events}
    assert len(rows) == len(events)
    assert len({r["GLOBALEVENTID"] for r in rows}) == len(rows)
    for row in rows:
        article, event = events[(row["Actor1Code"], row["Actor2Code"], row["EventCode"])]
        assert row["SQLDATE"] == article.published.value.replace("-", "")
        assert row["EventRootCode"] == event.cameo.code[:2]
        assert float(row["GoldsteinScale"]) == event.goldstein and int(row["QuadClass"]) == event.quad_class
        assert row["Actor1CountryCode"] == event.source.country
        assert row["SOURCEURL"] == article.source.url
        assert row["NumArticles"] == "1"
        place = next((p for p in article.places if p.id == event.where), None)
        if place:
            assert float(row["ActionGeo_Lat"]) == place.lat and row["ActionGeo_FeatureID"] == str(
                place.geonameid
            )


def test_gdelt_values_from_the_event_win(tmp_path, store):
    _, articles = store
    article = articles[0].model_copy(deep=True)
    article.events[0].gdelt = {"AvgTone": -2.5, "Actor1Name": "OTTAWA GOVERNMENT"}
    con = connect(tmp_path / "g.duckdb")
    StoreWriter(con).write_batch([(DocRef(raw_id="x"), article)])
    export(con, tmp_path / "g.tsv", "gdelt")
    row = (tmp_path / "g.tsv").read_text().splitlines()[0].split("\t")
    named = dict(zip(gdelt_columns(), row, strict=True))
    assert named["AvgTone"] == "-2.5" and named["Actor1Name"] == "OTTAWA GOVERNMENT"


def test_parquet_csv_jsonl(store, tmp_path):
    path, articles = store
    con = connect(path, read_only=True)
    written = export(con, tmp_path / "pq", "parquet")
    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == sum(len(a.events) for a in articles)
    assert written[str(tmp_path / "pq" / "articles.parquet")] == len(articles)
    export(con, tmp_path / "csv", "csv")
    with (tmp_path / "csv" / "entities.csv").open() as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == sum(len(a.entities) for a in articles)
    export(con, tmp_path / "records.jsonl", "jsonl")
    lines = [json.loads(x) for x in (tmp_path / "records.jsonl").read_text().splitlines()]
    assert {r["id"] for r in lines} == {a.id for a in articles}
    assert lines[0] == get_article(con, lines[0]["id"])
    con.close()
