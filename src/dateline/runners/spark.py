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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError, ResourceError
from ..settings import Settings, load_settings
from ..sources.inputs import InputFile, ReadFailure, failure, kind_of, read_file
from ..sources.raw import RawDocument
from ..store.rows import COLUMNS, article_rows
from ..store.writer import DocRef, ErrorInfo

LOGGER = logging.getLogger(__name__)

# Every store table an article's rows go to, besides ``articles`` itself.
ITEM_TABLES = tuple(t for t in COLUMNS if t not in ("articles", "sources", "errors"))
# Every table whose rows the staged table carries per document.
ROW_TABLES = ("articles", *ITEM_TABLES)
RECORD_COLUMNS = ("raw_id", "article_id", "path", "url", "content_type", "record", "published_date")
ERROR_COLUMNS = ("raw_id", "path", "url", "code", "kind", "reason", "published_date")
# The scalar columns of the staged table; ``status`` is ok, failed (in the pipeline) or unread.
STAGED_COLUMNS = ("status", *dict.fromkeys(RECORD_COLUMNS + ERROR_COLUMNS))
CHUNK = 16
# Partitions per core of the output tables (and the least number of processing partitions).
PARTITIONS_PER_CORE = 4
# Documents per processing partition by default: small enough that no core idles long while the
# last partition finishes, large enough that a task's own cost stays negligible.
DOCS_PER_PARTITION = 32
# Output tables written at once (each write is a Spark job; concurrent jobs fill idle cores).
CONCURRENT_WRITES = 4
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


def _document_row(ref: Any, status: str, **fields: Any) -> tuple:
    """One row of the staged table (``STAGED_COLUMNS`` order, then the table arrays)."""
    values = {"status": status, "raw_id": ref.raw_id, "path": ref.path, "url": ref.url, **fields}
    return tuple(values.get(c) for c in STAGED_COLUMNS) + tuple(fields.get(t) for t in ROW_TABLES)


def process_partition(items: Iterable[RawDocument | ReadFailure], settings: Settings) -> Iterator[tuple]:
    """Process one partition: a staged row per document (``status`` ``ok`` with the record and its
    rows table by table, ``failed`` with the reason) and per unreadable input (``unread``).

    Documents go through the pipeline in chunks of ``CHUNK``; the pipeline is built once per Python
    worker process and reused by every partition that worker runs.
    """
    from .work import init_worker, process_chunk

    chunk: list[tuple[str, RawDocument]] = []

    def flush() -> Iterator[tuple]:
        init_worker(settings)
        result = process_chunk(chunk, settings, sign=False)  # the store's link signs the records
        for ref, article in result.done:
            rows = article_rows(article, raw_id=ref.raw_id)
            yield _document_row(
                ref,
                "ok",
                article_id=article.id,
                content_type=ref.content_type,
                record=article.model_dump_json(),
                published_date=rows["articles"][0][_DATE_INDEX],
                **rows,
            )
        for ref, info in result.failed:
            yield _document_row(ref, "failed", code=info.code, kind=info.kind, reason=info.reason)

    for item in items:
        if isinstance(item, ReadFailure):
            info = ErrorInfo.from_error(item.error)
            ref = DocRef(raw_id=item.raw_id, path=item.path)
            yield _document_row(ref, "unread", code=info.code, kind=info.kind, reason=info.reason)
            continue
        chunk.append((item.id, item))
        if len(chunk) >= CHUNK:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


_SQL_TYPES = {
    "VARCHAR": "StringType",
    "JSON": "StringType",
    "INTEGER": "IntegerType",
    "BIGINT": "LongType",
    "DOUBLE": "DoubleType",
    "DATE": "DateType",
    "TIMESTAMP": "TimestampType",
    "BOOLEAN": "BooleanType",
}


@lru_cache(maxsize=1)
def _store_types() -> dict[str, dict[str, str]]:
    """Column -> DuckDB type of every store table (from the store's own DDL)."""
    from ..store.db import connect

    con = connect(":memory:")
    try:
        found = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
        ).fetchall()
    finally:
        con.close()
    types: dict[str, dict[str, str]] = {}
    for table, column, data_type in found:
        types.setdefault(table, {})[column] = data_type
    return types


def spark_types(table: str, *, with_date: bool = True) -> Any:
    """The Spark schema of a store table (from the store's own DDL); item tables get
    ``published_date`` (their article's) last unless ``with_date`` is False."""
    from pyspark.sql import types as T

    types = _store_types()[table]
    fields = [
        T.StructField(c, getattr(T, _SQL_TYPES.get(types[c], "StringType"))(), True) for c in COLUMNS[table]
    ]
    if table != "articles" and with_date:
        fields.append(T.StructField("published_date", T.DateType(), True))
    return T.StructType(fields)


def staged_schema() -> Any:
    """The schema of the staged table: one row per document or unreadable input, with the rows of
    every store table as an array of structs (so Python hands each document to the JVM once)."""
    from pyspark.sql import types as T

    fields = [
        T.StructField(c, T.DateType() if c == "published_date" else T.StringType(), c != "status")
        for c in STAGED_COLUMNS
    ]
    fields += [
        T.StructField(t, T.ArrayType(spark_types(t, with_date=False), False), True) for t in ROW_TABLES
    ]
    return T.StructType(fields)


def worker_python(master: str | None, environ: dict[str, str] | None = None) -> str | None:
    """The interpreter Spark's Python workers must run, when dateline starts Spark itself.

    A local master (``local``, ``local[N]``, or none: Spark's default is ``local[*]``) runs its workers on
    this machine: they get this interpreter, the one dateline and its model are installed in, whatever
    ``PYSPARK_PYTHON`` says (cron and services run ``.venv/bin/dateline`` with the system ``python3`` on
    PATH). Under ``spark-submit`` or with a cluster master, None: the job says what the executors run
    (docs/spark.md, "On a cluster").
    """
    environ = os.environ if environ is None else environ
    if "PYSPARK_GATEWAY_PORT" in environ:  # launched by spark-submit, which chose the Python
        return None
    if master is None or master.startswith("local"):
        return sys.executable
    return None


def require_pyspark() -> None:
    """Raise ``ResourceError`` (E200) with the install command when PySpark is not installed."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise ResourceError(
            f"Spark is not installed ({exc}); install the spark extra: "
            "DATELINE_EXTRAS=spark bash scripts/setup.sh (or pip install 'dateline[spark]'), with Java 17"
        ) from exc


def session(master: str | None = None, app_name: str = "dateline") -> Any:
    """A SparkSession (``master`` such as ``local[2]``; None keeps spark-submit's choice, else local).

    Raises ``ResourceError`` (E200) when PySpark is not installed.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    python = worker_python(master)
    if python:
        if os.environ.get("PYSPARK_PYTHON", python) != python:
            LOGGER.info("Spark workers run %s, not PYSPARK_PYTHON=%s", python, os.environ["PYSPARK_PYTHON"])
        os.environ["PYSPARK_PYTHON"] = python
        builder = builder.config("spark.pyspark.python", python)
    return (
        builder.config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )


def _choose(a: Any, b: Any) -> Any:
    """Of two inputs with the same raw id (copies of one file), the one with the smaller path."""
    return a if (a.path or "") <= (b.path or "") else b


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

    The documents go through the pipeline once: the results enter the JVM as one staged table
    (cached), and every output table is a projection of it, written by the JVM alone.

    Example: ``run_spark(["crawl/"], "out/", master="local[2]")``
    """
    require_pyspark()
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    settings = settings or load_settings()
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
    n_out = max(sc.defaultParallelism * PARTITIONS_PER_CORE, 2)
    items = sc.parallelize(local, min(max(len(local), 1), n_out * 4)).flatMap(
        lambda uri: read_local(uri, Settings(**conf.value))
    )
    if remote:
        blobs = spark.read.format("binaryFile").load(remote).select("path", "content").rdd
        items = items.union(
            blobs.flatMap(lambda row: read_blob(row.path, bytes(row.content), Settings(**conf.value)))
        )
    if missing:
        items = items.union(sc.parallelize(missing, 1))
    items = items.persist(StorageLevel.MEMORY_AND_DISK)
    # Small processing partitions keep every core busy to the end (a partition runs on one core).
    n_parts = partitions or max(n_out, -(-items.count() // DOCS_PER_PARTITION))
    # One copy of each raw document (same content hash) and of each unreadable input.
    unique = items.map(lambda x: (x.raw_id if isinstance(x, ReadFailure) else x.id, x)).reduceByKey(
        _choose, numPartitions=n_parts
    )
    rows = unique.values().mapPartitions(lambda part: process_partition(part, Settings(**conf.value)))
    # One copy of each article (syndicated copies share the body hash): the smallest raw id wins.
    by_article = Window.partitionBy("article_id").orderBy("raw_id")
    staged = (
        spark.createDataFrame(rows, staged_schema())
        .repartition(n_out, "article_id")
        .withColumn("is_first", (F.col("status") == "ok") & (F.row_number().over(by_article) == 1))
        # Contiguous date ranges per partition: a task writes one file per date it holds, so this
        # keeps the files per table near the number of dates instead of dates x partitions.
        .repartitionByRange(n_out, "published_date", "raw_id")
        .persist(StorageLevel.MEMORY_AND_DISK)
    )

    def write(frame: Any, name: str) -> None:
        frame.write.mode("overwrite").partitionBy("published_date").parquet(f"{out.rstrip('/')}/{name}")

    ok = F.col("status") == "ok"
    firsts = staged.where(F.col("is_first"))
    tables = {
        "records": staged.where(ok).select(*RECORD_COLUMNS),
        "errors": staged.where(~ok).select(*ERROR_COLUMNS),
        "articles": firsts.select(F.explode("articles").alias("row")).select("row.*"),
    }
    for table in ITEM_TABLES:
        exploded = firsts.select(F.explode(table).alias("row"), "published_date")
        tables[table] = exploded.select("row.*", "published_date")
    try:
        write(tables.pop("records"), "records")  # processes the documents and fills the cache
        items.unpersist()
        with ThreadPoolExecutor(CONCURRENT_WRITES) as pool:
            for job in [pool.submit(write, frame, name) for name, frame in tables.items()]:
                job.result()
        counts = (
            staged.groupBy()
            .agg(
                *(F.count(F.when(F.col("status") == s, 1)).alias(s) for s in ("ok", "failed", "unread")),
                F.count(F.when(F.col("is_first"), 1)).alias("articles"),
            )
            .first()
        )
    finally:
        items.unpersist()
        staged.unpersist()
    return SparkStats(
        out=out,
        documents=counts["ok"] + counts["failed"],
        articles=counts["articles"],
        failed=counts["failed"] + counts["unread"],
    )


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
