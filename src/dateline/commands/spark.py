"""``dateline spark``: the pipeline on Apache Spark, Parquet tables out."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..errors import DatelineError
from ..settings import load_settings
from .common import fail


def spark(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders: local paths or Hadoop URIs.")],
    out: Annotated[str, typer.Option("--out", "-o", help="Output folder or URI for the Parquet tables.")],
    master: Annotated[
        str | None, typer.Option("--master", help="Spark master, e.g. local[2] (default: Spark's own).")
    ] = None,
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="Partitions to process documents in.")
    ] = None,
) -> None:
    """Process documents on Spark and write Parquet tables (records, articles, events, …, errors).

    Load the result into the store with ``dateline import-parquet OUT --db news.duckdb``.

    Example: dateline spark crawl/ dump.jsonl --out out/ --master local[2]
    """
    from ..runners.spark import run_spark

    try:
        stats = run_spark(inputs, out, master=master, partitions=partitions, settings=load_settings())
    except DatelineError as exc:
        raise fail(str(exc), code=2) from exc
    print(json.dumps(stats.to_dict()))
    if stats.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("spark")(spark)
