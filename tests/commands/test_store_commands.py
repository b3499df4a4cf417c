import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import StoreWriter, connect
from dateline.store.synthetic import synthetic_articles
from dateline.store.writer import DocRef

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory, example_article):
    path = tmp_path_factory.mktemp("store") / "s.duckdb"
    con = connect(path)
    articles = [example_article, *synthetic_articles(30, events_per_article=4)]
    StoreWriter(con).write_batch([(DocRef(raw_id=f"r{i}"), a) for i, a in enumerate(articles)])
    con.close()
    return str(path)


def _json(args):
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_events_actor_filter(db):
    con = connect(db, read_only=True)
    expected = con.execute(
        "SELECT count(*) FROM events WHERE source_code LIKE 'RUS%' OR target_code LIKE 'RUS%' "
        "OR source_country = 'RUS' OR target_country = 'RUS'"
    ).fetchone()[0]
    con.close()
    rows = _json(["events", "--db", db, "--actor", "RUS", "--limit", "1000", "--min-confidence", "0"])
    assert expected > 0 and len(rows) == expected
    assert all("RUS" in (r["source"]["code"] + (r["target"] or {}).get("code", "")) for r in rows)
    assert {"plover", "cameo", "evidence", "article_id", "event_date"} <= set(rows[0]) if rows else True


def test_events_date_and_type_filters(db):
    rows = _json(["events", "--db", db, "--since", "2015-06-01", "--until", "2015-06-30", "--limit", "1000"])
    assert all("2015-06-01" <= r["event_date"] <= "2015-06-30" for r in rows)
    consult = _json(["events", "--db", db, "--type", "consult", "--limit", "1000"])
    assert consult and all(r["plover"]["type"] == "CONSULT" for r in consult)
    cameo = _json(["events", "--db", db, "--type", "04", "--limit", "1000"])
    assert all(r["cameo"]["code"].startswith("04") for r in cameo)


def test_events_csv_and_country(db):
    result = runner.invoke(app, ["events", "--db", db, "--country", "Canada", "--format", "csv", "-n", "500"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    for row in rows:
        where_country = row.get("where_country") or row.get("gdelt.ActionGeo_CountryISO")
        assert "CAN" in (row["source.country"], row["target.country"]) or where_country == "CA"


def test_articles_and_show(db, example_article):
    rows = _json(["articles", "--db", db, "--text", "Stoltenberg"])
    assert [r["id"] for r in rows] == [example_article.id]
    result = runner.invoke(app, ["articles", "--db", db, "--show", example_article.id[:12]])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == example_article.model_dump(mode="json")
    table = runner.invoke(app, ["articles", "--db", db, "--limit", "3"])
    assert table.exit_code == 0 and "headline" in table.stdout


def test_entities(db):
    rows = _json(["entities", "--db", db, "--type", "person", "--text", "Harper"])
    assert rows and rows[0]["name"].endswith("Harper") and rows[0]["n_articles"] == 1


def test_quotes(db, example_article):
    rows = _json(["quotes", "--db", db, "--limit", "500"])
    assert len(rows) == len(example_article.quotes)


def test_sql_is_read_only(db):
    result = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM articles", "--db", db, "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == [{"n": 31}]
    result = runner.invoke(app, ["sql", "DELETE FROM articles", "--db", db])
    assert result.exit_code == 2 and "read-only" in result.stderr


def test_missing_database(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "dateline ingest" in result.stderr


def test_bad_date(db):
    result = runner.invoke(app, ["events", "--db", db, "--since", "March"])
    assert result.exit_code == 2 and "ISO date" in result.stderr
