"""The Spark runner (local[2]) against the local runner on the same input."""

import gzip
import json

import pytest

from dateline.runners.local import ingest
from dateline.settings import Settings
from dateline.store import connect
from dateline.store.parquet_import import import_parquet
from dateline.store.queries import get_article_model

pytest.importorskip("pyspark", reason="pip install 'dateline[spark]'")


@pytest.fixture(scope="module")
def spark():
    from dateline.runners.spark import session

    s = session("local[2]", app_name="dateline-tests")
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def _corpus(tmp_path, example_text):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "example.txt").write_text(example_text, encoding="utf-8")
    (folder / "sub" / "copy.txt").write_text(example_text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    lines = [
        json.dumps(
            {
                "title": f"Council vote {i}",
                "text": f"HELSINKI - The council of town {i} met on Monday to vote on budget "
                f"number {i}. Mayor Anna Virtanen said the vote was close.",
                "url": f"http://example.org/{i}",
                "published": f"2015-03-0{i + 1}",
            }
        )
        for i in range(4)
    ]
    lines.insert(2, "{this is not json")
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Over the character limit below: fails inside the pipeline (a partition), not when read.
    (folder / "long.txt").write_text("Headline\n\n" + "The council met on Monday. " * 1500, encoding="utf-8")
    (folder / "broken.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:-6])
    return folder


def _store_state(db):
    con = connect(db, read_only=True)
    try:
        ids = sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())
        records = {i: get_article_model(con, i).model_dump(mode="json") for i in ids}
        sources = sorted(con.execute("SELECT raw_id, article_id, path FROM sources").fetchall())
        errors = sorted(con.execute("SELECT raw_id, path, code FROM errors").fetchall())
    finally:
        con.close()
    return records, sources, errors


def test_spark_gives_the_local_runner_records(tmp_path, spark, example_text):
    from dateline.runners.spark import run_spark

    folder = _corpus(tmp_path, example_text)
    settings = Settings(max_chars=30_000)
    ingest([folder], db=tmp_path / "local.duckdb", settings=settings)
    out = tmp_path / "out"
    stats = run_spark([str(folder)], str(out), spark=spark, settings=settings)
    assert (stats.articles, stats.failed) == (5, 4)
    con = connect(tmp_path / "spark.duckdb")
    imported = import_parquet(con, out)
    con.close()
    assert imported.inserted == 5
    local, spark_side = _store_state(tmp_path / "local.duckdb"), _store_state(tmp_path / "spark.duckdb")
    assert spark_side[0] == local[0]
    assert spark_side[1] == local[1]
    assert spark_side[2] == local[2]
    assert (str(folder / "long.txt"), "E103") in [(p, c) for _, p, c in spark_side[2]]

    # Parquet tables mirror the store, partitioned by publication date.
    assert (out / "articles" / "published_date=2015-03-01").is_dir()
    duck = connect(":memory:")
    n = duck.execute(
        f"SELECT count(*) FROM read_parquet('{out}/articles/**/*.parquet', hive_partitioning = true)"
    ).fetchone()[0]
    assert n == 5

    # A second run overwrites; a second import inserts nothing.
    run_spark([str(folder)], str(out), spark=spark, settings=settings)
    n = duck.execute(
        f"SELECT count(*) FROM read_parquet('{out}/records/**/*.parquet', hive_partitioning = true)"
    ).fetchone()[0]
    assert n == 5
    con = connect(tmp_path / "spark.duckdb")
    again = import_parquet(con, out)
    con.close()
    assert again.inserted == 0 and again.skipped == 5
