"""Any SQL, the list of tables and their row counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

TABLES = (
    "articles",
    "sources",
    "removed",
    "entities",
    "mentions",
    "quotes",
    "quantities",
    "times",
    "places",
    "events",
    "errors",
    "runs",
    "duplicates",
    "clusters",
    "actors",
    "entity_actors",
    "event_groups",
    "event_members",
)


def run_sql(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = (), *, limit: int | None = None
) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement (on a read-only connection for user input); returns columns and rows."""
    cursor = con.execute(sql, list(params))
    if cursor.description is None:
        return [], []
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
    return names, rows


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every table of the store."""
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
