"""Read snapshots: the one writer publishes a copy of the store that other processes open read-only.

DuckDB lets one process write a file and nobody else open it; so while a server owns a store, the
read commands (``events``, ``articles``, ``sql``, ``export``...) open ``<db>.snapshot`` instead, a
checkpointed copy the server replaces atomically after each write. Readers see the store as of the
last write the server finished (ingest hands its documents over and then waits for the snapshot).
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

import duckdb

from .db import connect
from .owner import find_server, snapshot_path

LOGGER = logging.getLogger(__name__)


def publish_snapshot(con: duckdb.DuckDBPyConnection, db: str | Path) -> Path | None:
    """Checkpoint the writer's connection and copy the file next to it, replacing the old snapshot.

    The caller holds the write lock: no write runs while the file is copied. Returns None (the
    old snapshot stays) when the checkpoint could not empty the write-ahead log.
    """
    source = Path(db).resolve()
    wal = Path(f"{source}.wal")
    for attempt in range(20):
        con.execute("CHECKPOINT")
        if not wal.exists() or not wal.stat().st_size:
            break
        time.sleep(0.01 * (attempt + 1))
    else:
        LOGGER.warning("snapshot of %s not published: the write-ahead log is still in use", db)
        return None
    target = snapshot_path(db)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(source, tmp)
    os.chmod(tmp, source.stat().st_mode & 0o777)
    os.replace(tmp, target)
    return target


def connect_reader(db: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to ``db``, or to its server's snapshot while a server owns it.

    Example: ``con = connect_reader("news.duckdb")`` works whether or not ``dateline serve`` runs.
    """
    if find_server(db) is not None:
        snap = snapshot_path(db)
        if snap.exists():
            return connect(snap, read_only=True)
        LOGGER.warning("a server owns %s but has published no snapshot yet", db)
    return connect(db, read_only=True)
