"""Followed sources (``--follow``): the last fetch of each, its status and errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb


def list_sources(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every followed source: its last poll (time, status, error, failures in a row, next due),
    its last successful poll and how many items it gave."""
    cursor = con.execute(
        "WITH last AS (SELECT * FROM follow_polls "
        "  QUALIFY row_number() OVER (PARTITION BY source ORDER BY polled_at DESC, rowid DESC) = 1), "
        "ok AS (SELECT source, max(polled_at) AS last_ok FROM follow_polls WHERE status <> 'error' "
        "  GROUP BY 1), "
        "items AS (SELECT source, count(*) AS n_items, count(DISTINCT key) AS n_keys FROM follow_items "
        "  GROUP BY 1) "
        "SELECT last.source, last.kind, last.polled_at AS last_fetch, last.status, last.http_status, "
        "last.error, last.failures, last.next_due, ok.last_ok, coalesce(items.n_items, 0) AS n_items "
        "FROM last LEFT JOIN ok USING (source) LEFT JOIN items USING (source) ORDER BY last.source"
    )
    names = [d[0] for d in cursor.description]
    out = []
    for row in cursor.fetchall():
        item = dict(zip(names, row, strict=True))
        for key in ("last_fetch", "next_due", "last_ok"):
            if isinstance(item[key], dt.datetime):
                item[key] = item[key].isoformat(timespec="seconds") + "Z"
        out.append(item)
    return out
