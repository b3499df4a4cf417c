"""Request dependencies: the store cursor (``StoreDep``), settings and access checks."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import duckdb
from fastapi import Depends, HTTPException, Request, status

from ..errors import StoreError
from ..settings import Settings
from ..store.owner import ServerInfo
from .security import allow_read, require_token


class Store:
    """The server's handle on one DuckDB file: a root connection, a cursor per request.

    The file is opened read-only unless writes are enabled (an API token is set); read routes
    only ever run the store's parameterised SELECT queries.
    """

    def __init__(
        self, path: str | Path, *, writable: bool = False, cache_bytes: int = 0, threads: int | None = None
    ) -> None:
        from ..store.db import connect
        from .cache import ResponseCache

        self.path = str(path)
        self.writable = writable
        self.root = connect(self.path, read_only=not writable)
        if threads:
            self.root.execute(f"SET threads = {int(threads)}")
        self.write_lock = threading.Lock()
        self._counts: dict[tuple, int] = {}
        self._counts_lock = threading.Lock()
        self.responses = ResponseCache(cache_bytes) if cache_bytes > 0 else None
        self.owner: ServerInfo | None = None

    def after_write(self) -> None:
        """Forget cached answers and, when this server owns the store, publish the read snapshot.

        The caller holds ``write_lock``.
        """
        self.changed()
        if self.owner is not None:
            from ..store.snapshot import publish_snapshot

            publish_snapshot(self.root, self.path)

    def count(self, name: str, filters: object, compute: Callable[[], int]) -> int:
        """The total of a list query, remembered until the next write (``changed``).

        Paging through a list repeats the same count; the data only changes through this process
        (a read-only store cannot change at all while it is open), so the cache is exact.
        """
        key = (name, tuple(sorted(dataclasses.asdict(filters).items(), key=lambda kv: kv[0])))
        with self._counts_lock:
            if key in self._counts:
                return self._counts[key]
        value = compute()
        with self._counts_lock:
            if len(self._counts) >= 4096:
                self._counts.clear()
            self._counts[key] = value
        return value

    def changed(self) -> None:
        """Forget cached totals and answers after a write."""
        with self._counts_lock:
            self._counts.clear()
        if self.responses:
            self.responses.clear()

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


def get_store(request: Request) -> Store:
    """The server's store handle."""
    return _store(request)


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
StoreHandleDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
ReadAccess = Depends(allow_read)
WriteAccess = Depends(require_token)
