"""Options shared by the store commands (``--db``, output format, filters)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

Db = Annotated[
    str | None,
    typer.Option("--db", help="The DuckDB database (default: dateline.duckdb, or DATELINE_DB)."),
]
Limit = Annotated[int, typer.Option("--limit", "-n", min=0, help="At most this many rows.")]


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


Format = Annotated[TableFormat, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]

Interval = Annotated[
    float,
    typer.Option(
        "--interval", min=0.0, help="With --follow: seconds between polls of a source (default 300)."
    ),
]
HostDelay = Annotated[
    float,
    typer.Option("--host-delay", min=0.0, help="With --follow: seconds between two requests to one host."),
]
