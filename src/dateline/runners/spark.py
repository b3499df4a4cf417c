"""The Spark runner: the local pipeline over many machines, Parquet tables out.

Each input file is read with the project's own readers; documents are de-duplicated by content
hash, spread over partitions and processed by ``mapPartitions`` with the pipeline built once per
Python worker. Output, under ``OUT``:

- ``records/``: one row per raw document with the full record as JSON (what ``import-parquet``
  loads into the store, so Spark and the local runner store the same thing);
- one Parquet table per store table (``articles``, ``entities``, ``mentions``, ``quotes``, ...,
  same columns as the DuckDB store) for analysis in place;
- ``errors/``: documents that could not be read or processed, with the reason.

Every table is partitioned by ``published_date`` and written with dynamic partition overwrite, so a
re-run over the same input replaces its partitions instead of adding rows.
Run it with ``dateline spark`` or ``spark-submit -m dateline.runners.spark`` (see docs/spark.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..settings import Settings
from ..sources.inputs import InputFile, ReadFailure, failure, kind_of, read_file
from ..sources.raw import RawDocument
from ..store.rows import COLUMNS, article_rows

LOGGER = logging.getLogger(__name__)

# Every store table an article's rows go to, besides ``articles`` itself.
ITEM_TABLES = tuple(t for t in COLUMNS if t not in ("articles", "sources", "errors"))
RECORD_COLUMNS = ("raw_id", "article_id", "path", "url", "content_type", "record", "published_date")
ERROR_COLUMNS = ("raw_id", "path", "url", "code", "kind", "reason", "published_date")
CHUNK = 16
_DATE_INDEX = COLUMNS["articles"].index("published_date")


@dataclass
class SparkStats:
    """Counts of one Spark run."""

    out: str
    documents: int = 0
    articles: int = 0
    failed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": self.out,
            "documents": self.documents,
            "articles": self.articles,
            "failed": self.failed,
        }


def _local_path(uri: str) -> str:
    """``file:/a/b`` (or ``file:///a/b``) -> ``/a/b``; other URIs unchanged."""
    if uri.startswith("file://"):
        return uri[len("file://") :]
    return uri[len("file:") :] if uri.startswith("file:") else uri


def read_local(uri: str, settings: Settings) -> list[RawDocument | ReadFailure]:
    """The documents of a local file (``file:`` URI), read in place as ``dateline ingest`` reads it."""
    path = Path(_local_path(uri))
    kind = kind_of(path)
    if kind is None:
        return []
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [failure(str(path), InputError(f"cannot read the file: {exc}", document=str(path)))]
    return list(read_file(InputFile(path=path, kind=kind, size=size), settings))


def read_blob(uri: str, data: bytes, settings: Settings) -> list[RawDocument | ReadFailure]:
    """The documents of a remote file (HDFS, S3, ...) given as bytes, read by the same readers.

    The bytes go to a local file whose name is derived from the URI, so failure ids stay the same
    from run to run; document paths name the URI.
    """
    kind = kind_of(Path(uri))
    if kind is None:
        return []
    folder = Path(tempfile.gettempdir()) / "dateline-spark" / hashlib.sha256(uri.encode()).hexdigest()[:24]
    folder.mkdir(parents=True, exist_ok=True)
    local = folder / Path(uri).name
    local.write_bytes(data)
    try:
        items = list(read_file(InputFile(path=local, kind=kind, size=len(data)), settings))
    finally:
        local.unlink(missing_ok=True)
    out: list[RawDocument | ReadFailure] = []
    for item in items:
        renamed = (item.path or "").replace(str(local), uri, 1) or uri
        out.append(replace(item, path=renamed))
    return out


def list_inputs(spark: Any, inputs: list[str]) -> tuple[list[tuple[str, int]], list[ReadFailure]]:
    """Every readable file under ``inputs`` (any Hadoop URI; folders recursively; globs) with its
    size, and a failure for each input that does not exist."""
    sc = spark.sparkContext
    jvm, conf = sc._jvm, sc._jsc.hadoopConfiguration()
    files: list[tuple[str, int]] = []
    missing: list[ReadFailure] = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(_as_uri(given))
        fs = path.getFileSystem(conf)
        statuses = fs.globStatus(path) or []
        if not statuses:
            missing.append(failure(given, InputError("no such file or folder", document=given)))
        for status in statuses:
            listing = fs.listFiles(status.getPath(), True)
            while listing.hasNext():
                item = listing.next()
                uri = item.getPath().toString()
                if kind_of(Path(uri)) is not None:
                    files.append((uri, item.getLen()))
    return sorted(set(files)), missing


def process_partition(docs: Iterable[RawDocument], settings: Settings) -> Iterator[tuple]:
    """Process one partition: ``("ok", raw_id, article_id, date, DocRef, record JSON, rows)`` or
    ``("err", raw_id, DocRef, ErrorInfo)`` per document."""
    from .work import init_worker, process_chunk

    init_worker(settings)
    chunk: list[tuple[str, RawDocument]] = []

    def flush() -> Iterator[tuple]:
        result = process_chunk(chunk, settings)
        for ref, article in result.done:
            rows = article_rows(article, raw_id=ref.raw_id)
            date = rows["articles"][0][_DATE_INDEX]
            yield ("ok", ref.raw_id, article.id, date, ref, article.model_dump_json(), rows)
        for ref, info in result.failed:
            yield ("err", ref.raw_id, ref, info)

    for doc in docs:
        chunk.append((doc.id, doc))
        if len(chunk) >= CHUNK:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def spark_types(table: str) -> Any:
    """The Spark schema of a store table (from the store's own DDL) plus ``published_date``."""
    from pyspark.sql import types as T

    from ..store.db import connect

    mapping = {
        "VARCHAR": T.StringType(),
        "JSON": T.StringType(),
        "INTEGER": T.IntegerType(),
        "BIGINT": T.LongType(),
        "DOUBLE": T.DoubleType(),
        "DATE": T.DateType(),
        "TIMESTAMP": T.TimestampType(),
        "BOOLEAN": T.BooleanType(),
    }
    con = connect(":memory:")
    try:
        types = dict(
            con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?", [table]
            ).fetchall()
        )
    finally:
        con.close()
    fields = [T.StructField(c, mapping.get(types[c], T.StringType()), True) for c in COLUMNS[table]]
    if table != "articles":
        fields.append(T.StructField("published_date", T.DateType(), True))
    return T.StructType(fields)


def _string_schema(columns: tuple[str, ...]) -> Any:
    """All columns strings but ``published_date`` (a date, the partition column)."""
    from pyspark.sql import types as T

    return T.StructType(
        [T.StructField(c, T.DateType() if c == "published_date" else T.StringType(), True) for c in columns]
    )


def session(master: str | None = None, app_name: str = "dateline") -> Any:
    """A SparkSession (``master`` such as ``local[2]``; None keeps spark-submit's choice)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local"):
        # Local Python workers run this interpreter (the one dateline is installed in).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        builder.config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )


def run_spark(
    inputs: list[str],
    out: str,
    *,
    spark: Any = None,
    master: str | None = None,
    partitions: int | None = None,
    settings: Settings | None = None,
) -> SparkStats:
    """Read ``inputs`` (local paths or Hadoop URIs; folders are read recursively), process every
    document and write the Parquet tables under ``out``.

    Example: ``run_spark(["crawl/"], "out/", master="local[2]")``
    """
    from pyspark import StorageLevel

    settings = settings or Settings()
    spark = spark or session(master)
    sc = spark.sparkContext
    conf = sc.broadcast(settings.model_dump())
    files, missing = list_inputs(spark, inputs)
    local = [uri for uri, _ in files if uri.startswith("file:")]
    remote = [uri for uri, size in files if not uri.startswith("file:") and size > 0]
    # Spark's file sources skip empty files: report them here, as the local runner would.
    missing += [
        failure(uri, InputError("the document is empty", document=uri))
        for uri, size in files
        if not uri.startswith("file:") and size == 0
    ]
    n_parts = partitions or max(sc.defaultParallelism * 2, 2)
    items = sc.parallelize(local, min(max(len(local), 1), n_parts * 4)).flatMap(
        lambda uri: read_local(uri, Settings(**conf.value))
    )
    if remote:
        blobs = spark.read.format("binaryFile").load(remote).select("path", "content").rdd
        items = items.union(
            blobs.flatMap(lambda row: read_blob(row.path, bytes(row.content), Settings(**conf.value)))
        )
    items = items.union(sc.parallelize(missing, 1)).persist(StorageLevel.MEMORY_AND_DISK)
    docs = (
        items.filter(lambda x: isinstance(x, RawDocument))
        .map(lambda d: (d.id, d))
        .reduceByKey(lambda a, b: a if (a.path or "") <= (b.path or "") else b, numPartitions=n_parts)
        .values()
    )
    results = docs.mapPartitions(lambda part: process_partition(part, Settings(**conf.value))).persist(
        StorageLevel.MEMORY_AND_DISK
    )

    ok = results.filter(lambda r: r[0] == "ok")
    read_errors = items.filter(lambda x: isinstance(x, ReadFailure)).map(
        lambda f: (f.raw_id, f.path, None, f.error.code, type(f.error).__name__, f.error.reason, None)
    )
    run_errors = results.filter(lambda r: r[0] == "err").map(
        lambda r: (r[1], r[2].path, r[2].url, r[3].code, r[3].kind, r[3].reason, None)
    )
    records = ok.map(lambda r: (r[1], r[2], r[4].path, r[4].url, r[4].content_type, r[5], r[3]))
    # One copy of each article (syndicated copies share the body hash): the smallest raw id wins.
    firsts = ok.map(lambda r: (r[2], r)).reduceByKey(lambda a, b: a if a[1] <= b[1] else b).values()

    def write(rdd: Any, schema: Any, name: str) -> None:
        frame = spark.createDataFrame(rdd, schema)
        frame.write.mode("overwrite").partitionBy("published_date").parquet(f"{out.rstrip('/')}/{name}")

    write(records, _string_schema(RECORD_COLUMNS), "records")
    write(read_errors.union(run_errors), _string_schema(ERROR_COLUMNS), "errors")
    write(firsts.flatMap(lambda r: r[6]["articles"]), spark_types("articles"), "articles")
    for table in ITEM_TABLES:
        write(
            firsts.flatMap(lambda r, t=table: [(*row, r[3]) for row in r[6][t]]),
            spark_types(table),
            table,
        )
    stats = SparkStats(out=out)
    stats.articles = firsts.count()
    stats.failed = read_errors.count() + run_errors.count()
    stats.documents = records.count() + run_errors.count()
    items.unpersist()
    results.unpersist()
    return stats


def _as_uri(path: str) -> str:
    if "://" in path or path.startswith("file:"):
        return path
    return Path(path).resolve().as_uri()


def main(argv: list[str] | None = None) -> int:
    """``spark-submit -m dateline.runners.spark INPUT... --out DIR``."""
    parser = argparse.ArgumentParser(prog="dateline.runners.spark", description=run_spark.__doc__)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--master", default=None)
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args(argv)
    stats = run_spark(args.inputs, args.out, master=args.master, partitions=args.partitions)
    print(json.dumps(stats.to_dict()))
    return 1 if stats.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
