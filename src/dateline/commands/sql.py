"""``dateline sql``: any SQL on a read-only connection to the store."""

from __future__ import annotations

from typing import Annotated

import duckdb
import typer

from ..errors import DatelineError
from ..settings import load_settings
from ..store.queries import run_sql
from ..store.snapshot import connect_reader
from .common import fail
from .options import Db, Format, TableFormat
from .tabular import render_columns


def sql(
    query: Annotated[str, typer.Argument(help="One SQL statement (DuckDB dialect).")],
    db: Db = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many rows.")] = None,
    fmt: Format = TableFormat.table,
) -> None:
    """Run SQL on the store, read-only (tables: articles, entities, mentions, quotes, events, ...).

    Example: dateline sql "SELECT plover_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
    """
    settings = load_settings(db=db)
    try:
        con = connect_reader(settings.db)
    except DatelineError as exc:
        raise fail(str(exc), code=2) from None
    try:
        names, rows = run_sql(con, query, limit=limit)
    except duckdb.Error as exc:
        raise fail(f"the query failed: {exc}", code=2) from None
    finally:
        con.close()
    render_columns(names, rows, fmt)


def register(app: typer.Typer) -> None:
    app.command("sql")(sql)
