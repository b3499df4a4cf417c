"""The body shared by the query commands: open the store read-only, query, render."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import duckdb

from ..errors import DatelineError
from ..settings import load_settings
from ..store.snapshot import connect_reader
from .common import fail
from .options import TableFormat
from .tabular import render


def run_query(
    db: str | None,
    query: Callable[[duckdb.DuckDBPyConnection], list[dict[str, Any]]],
    fmt: TableFormat,
    *,
    columns: Sequence[str],
    title: str,
) -> None:
    """Open ``db`` read-only, run ``query`` on it and print the rows (exit 2 on a usage error)."""
    settings = load_settings(db=db)
    try:
        con = connect_reader(settings.db)
    except DatelineError as exc:
        raise fail(str(exc), code=2) from None
    try:
        rows = query(con)
    except DatelineError as exc:
        raise fail(str(exc), code=2) from None
    finally:
        con.close()
    render(rows, fmt, columns=None if fmt is not TableFormat.table else columns, title=title)
