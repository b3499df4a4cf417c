"""Spark scaling: the same documents through Spark local[1], local[2] and ``dateline ingest --workers 2``.

    .venv/bin/python bench/spark.py --docs 2000

Reports docs/s for each, the local[2] / local[1] scaling and Spark local[2] / local runner. Run it
on a quiet machine (``uptime``): the figures are ratios within one run, never absolute targets.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import real_articles, replicate, write_jsonl  # noqa: E402
from throughput import dateline_ingest  # noqa: E402


def spark_run(folder: Path, out: Path, master: str, n_docs: int, partitions: int | None) -> dict:
    """One Spark run in its own session.

    ``elapsed_s`` is the whole job: listing, reading, Python worker start-up and pipeline load,
    processing and every Parquet write (the local runner's ``elapsed_s`` likewise includes its
    worker start-up and pipeline load and its store writes). The JVM and session start-up is
    excluded from it, as the local runner's interpreter start-up is; ``wall_s_with_startup``
    includes it.
    """
    from dateline.runners.spark import run_spark, session

    wall = time.perf_counter()
    spark = session(master, app_name=f"dateline-bench-{master}")
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - wall
    try:
        started = time.perf_counter()
        stats = run_spark([str(folder)], str(out), spark=spark, partitions=partitions)
        elapsed = time.perf_counter() - started
    finally:
        spark.stop()
    return {
        "master": master,
        "articles": stats.articles,
        "failed": stats.failed,
        "elapsed_s": round(elapsed, 2),
        "session_start_s": round(startup, 2),
        "wall_s_with_startup": round(elapsed + startup, 2),
        "docs_per_s": round(n_docs / elapsed, 2),
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument(
        "--partitions", type=int, default=None, help="Spark partitions (default: the runner's, 4 per core)."
    )
    parser.add_argument("--json", action="store_true", help="Print the result as JSON only.")
    args = parser.parse_args(argv)
    docs = replicate(real_articles(), args.docs)
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-spark-"))
    try:
        folder = tmp / "in"
        write_jsonl(docs, folder, per_file=50)
        local = dateline_ingest(folder, tmp / "local.duckdb", workers=2, batch_size=32)
        one = spark_run(folder, tmp / "out1", "local[1]", args.docs, args.partitions)
        two = spark_run(folder, tmp / "out2", "local[2]", args.docs, args.partitions)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result = {
        "docs": args.docs,
        "load_average": os.getloadavg(),
        "local_runner_2_workers": local,
        "spark_local_1": one,
        "spark_local_2": two,
        "scaling_local2_over_local1": round(two["docs_per_s"] / one["docs_per_s"], 2),
        "spark_local2_over_local_runner": round(two["docs_per_s"] / local["docs_per_s"], 2),
        "spark_local2_over_local_runner_with_startup": round(
            local["wall_s_with_startup"] / two["wall_s_with_startup"], 2
        ),
    }
    print(json.dumps(result, indent=None if args.json else 2))
    return result


if __name__ == "__main__":
    main()
