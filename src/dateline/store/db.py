"""Opening the DuckDB store: a writable connection (migrated) or a read-only one."""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb

from ..errors import StoreError
from .migrations import LATEST, current_version, migrate

LOGGER = logging.getLogger(__name__)


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store at ``path``; a writable store is created and migrated to the latest schema.

    A read-only connection refuses a missing file or an out-of-date schema (run ``dateline ingest``
    once to migrate it).

    Example: ``con = connect("news.duckdb", read_only=True)``
    """
    path = str(path)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no database at {path}; create one with: dateline ingest FILES --db {path}")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(
            f"cannot open the database {path}: {exc}; is another dateline process writing to it?"
        ) from exc
    con.execute("SET enable_progress_bar = false")
    if read_only:
        version = current_version(con)
        if version != LATEST:
            con.close()
            raise StoreError(
                f"the database {path} has schema version {version}, this dateline needs {LATEST}; "
                f"open it once for writing (dateline ingest --db {path}) to migrate it"
            )
    else:
        migrate(con)
    return con
