"""``dateline export``: the store as Parquet, CSV, JSON Lines or GDELT 2.0 event TSV."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DatelineError
from ..ontology.event_confidence import min_confidence as min_confidence_or_default
from ..settings import load_settings
from ..store.snapshot import connect_reader
from . import store_filters as opt
from .common import err_console, fail
from .options import Db


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"


def export(
    out: Annotated[Path, typer.Argument(help="Output folder (parquet, csv) or file/folder (jsonl, gdelt).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet, csv, jsonl or gdelt.")] = (
        ExportFormat.parquet
    ),
    db: Db = None,
    min_confidence: opt.MinConfidence = None,
) -> None:
    """Export the store: a file per table (parquet, csv), records (jsonl) or GDELT event rows.

    Events below ``--min-confidence`` (default: the coder's threshold) are left out; 0 exports all.

    Example: dateline export --format gdelt out/ --db news.duckdb
    """
    from ..store.export import export as run_export

    settings = load_settings(db=db)
    try:
        con = connect_reader(settings.db)
    except DatelineError as exc:
        raise fail(str(exc), code=2) from None
    try:
        written = run_export(con, out, fmt.value, min_confidence=min_confidence_or_default(min_confidence))
    except OSError as exc:
        raise fail(f"cannot write {out}: {exc}", code=1) from None
    finally:
        con.close()
    for path, rows in written.items():
        err_console.print(f"{path}: {rows} rows", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export)
