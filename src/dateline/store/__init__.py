"""The DuckDB store: tables, the one writer, read queries and exports."""

from .db import connect
from .queries import Filters, get_article, list_articles, list_entities, list_events, list_quotes
from .writer import DocRef, StoreWriter

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
