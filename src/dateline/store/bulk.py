"""Bulk inserts through Arrow: one typed statement per batch of rows.

DuckDB's ``executemany`` binds values one by one (and probes optional Python modules for each
value), which makes large inserts slow; an Arrow table registered as a view inserts in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import duckdb
import pyarrow as pa

ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "UBIGINT": pa.uint64(),
    "UBIGINT[]": pa.list_(pa.uint64()),
    "VARCHAR[]": pa.list_(pa.string()),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


def arrow_schema(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str] | None = None
) -> pa.Schema:
    """The Arrow schema of ``table`` (or of its ``columns``, in that order); unknown types as strings."""
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
    )
    names = list(columns) if columns is not None else list(types)
    return pa.schema([(c, ARROW_TYPES.get(types[c], pa.string())) for c in names])


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Iterable[Sequence],
    schema: pa.Schema | None = None,
) -> int:
    """Insert row tuples (in the order of ``schema``, by default every column) in one statement."""
    rows = list(rows)
    if not rows:
        return 0
    schema = schema or arrow_schema(con, table)
    columns = list(zip(*rows, strict=True))
    arrays = [pa.array(col, type=schema.field(i).type) for i, col in enumerate(columns)]
    arrow = pa.table(arrays, schema=schema)
    names = ", ".join(f'"{n}"' for n in schema.names)
    con.register("_dateline_bulk", arrow)
    try:
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _dateline_bulk")
    finally:
        con.unregister("_dateline_bulk")
    return len(rows)
