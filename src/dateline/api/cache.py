"""A bounded cache of JSON answers to list queries, exact because the data changes only through us.

A store opened read-only cannot change while the server holds it; a writable one changes only by
POST /ingest, which clears the cache. The timeline, map and network views ask for the same event
list, and paging repeats the same totals, so both are kept (the totals in ``Store.count``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from fastapi import Request, Response
from pydantic import TypeAdapter
from starlette.types import ASGIApp, Receive, Scope, Send

from .security import read_allowed


class ResponseCache:
    """Least-recently-used JSON bodies keyed by path and query, at most ``max_bytes`` in total."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> bytes | None:
        with self._lock:
            body = self._items.get(key)
            if body is not None:
                self._items.move_to_end(key)
            return body

    def put(self, key: tuple, body: bytes) -> None:
        if len(body) > self.max_bytes // 4:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= len(old)
            self._items[key] = body
            self._size += len(body)
            while self._size > self.max_bytes and self._items:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0


def cache_key(path: str, query: list[tuple[str, str]]) -> tuple:
    """The cache key of a GET: its path and its query parameters in a fixed order."""
    return (path, tuple(sorted(query)))


def json_answer(request: Request, adapter: TypeAdapter, compute: Callable[[], Any]) -> Response:
    """The JSON of ``compute()`` validated by ``adapter``, from the cache when the same query was answered."""
    store = request.app.state.store
    cache: ResponseCache | None = getattr(store, "responses", None)
    key = cache_key(request.url.path, request.query_params.multi_items())
    body = cache.get(key) if cache else None
    if body is None:
        body = adapter.dump_json(adapter.validate_python(compute()))
        if cache:
            cache.put(key, body)
    return Response(body, media_type="application/json")


class CachedAnswers:
    """ASGI middleware answering a GET straight from the cache when the same query was answered.

    The access check of the read routes runs first; a miss goes on to the routes, which fill it.
    """

    def __init__(self, app: ASGIApp, get_store: Callable[[], Any], get_settings: Callable[[], Any]) -> None:
        self.app = app
        self.get_store = get_store
        self.get_settings = get_settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            store = self.get_store()
            cache: ResponseCache | None = getattr(store, "responses", None)
            if cache is not None:
                query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
                body = cache.get(cache_key(scope["path"], query))
                if body is not None and read_allowed(self.get_settings(), Request(scope)):
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 200,
                            "headers": [
                                (b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                            ],
                        }
                    )
                    await send({"type": "http.response.body", "body": body})
                    return
        await self.app(scope, receive, send)
