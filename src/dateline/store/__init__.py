"""The DuckDB store: tables, the one writer, read queries and exports.

The names below load on first use, so a read command does not pay for the writer's Arrow import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .db import connect
    from .queries import Filters, get_article, list_articles, list_entities, list_events, list_quotes
    from .writer import DocRef, StoreWriter

_LAZY = {
    "connect": ".db",
    "Filters": ".queries",
    "get_article": ".queries",
    "list_articles": ".queries",
    "list_entities": ".queries",
    "list_events": ".queries",
    "list_quotes": ".queries",
    "DocRef": ".writer",
    "StoreWriter": ".writer",
}

__all__ = [
    "DocRef",
    "Filters",
    "StoreWriter",
    "connect",
    "get_article",
    "list_articles",
    "list_entities",
    "list_events",
    "list_quotes",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
