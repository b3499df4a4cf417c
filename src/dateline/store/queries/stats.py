"""Counts over the whole store."""

from __future__ import annotations

from typing import Any

import duckdb

from .filters import iso
from .search import search_mode


def corpus_stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts over the store: items per table, publication date range, events per PLOVER type and
    QuadClass, and the search mode in use."""
    counts = {
        name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        for name in ("articles", "events", "quotes", "entities", "places", "errors")
    }
    first, last = con.execute("SELECT min(published_date), max(published_date) FROM articles").fetchone()
    by_plover = dict(
        con.execute(
            "SELECT coalesce(plover_type, '?'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
    )
    by_quad = {
        str(k): v
        for k, v in con.execute(
            "SELECT coalesce(quad_class, 0), count(*) FROM events GROUP BY 1 ORDER BY 1"
        ).fetchall()
    }
    return {
        **counts,
        "first_published": iso(first),
        "last_published": iso(last),
        "by_plover": by_plover,
        "by_quad_class": by_quad,
        "search": search_mode(con),
    }
