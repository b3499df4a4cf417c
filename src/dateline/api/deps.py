"""Request dependencies: the store cursor (``StoreDep``), settings and access checks."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import duckdb
from fastapi import Depends, HTTPException, Request, status

from ..errors import StoreError
from ..settings import Settings
from .security import allow_read, require_token


class Store:
    """The server's handle on one DuckDB file: a root connection, a cursor per request.

    The file is opened read-only unless writes are enabled (an API token is set); read routes
    only ever run the store's parameterised SELECT queries.
    """

    def __init__(self, path: str | Path, *, writable: bool = False) -> None:
        from ..store.db import connect

        self.path = str(path)
        self.writable = writable
        self.root = connect(self.path, read_only=not writable)
        self.write_lock = threading.Lock()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A new cursor on the root connection, for one request."""
        return self.root.cursor()

    def close(self) -> None:
        """Close the root connection."""
        self.root.close()


def _store(request: Request) -> Store:
    store: Store | None = getattr(request.app.state, "store", None)
    if store is None:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "no database: start the server with --db news.duckdb (create one with dateline ingest)",
        )
    return store


def get_cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the store for the length of one request."""
    cur = _store(request).cursor()
    try:
        yield cur
    except (duckdb.Error, StoreError) as exc:
        raise HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, f"database error: {exc}") from exc
    finally:
        cur.close()


def get_settings(request: Request) -> Settings:
    """The server's settings."""
    return request.app.state.settings


StoreDep = Annotated[duckdb.DuckDBPyConnection, Depends(get_cursor)]
WritableStoreDep = Annotated[Store, Depends(_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
ReadAccess = Depends(allow_read)
WriteAccess = Depends(require_token)
