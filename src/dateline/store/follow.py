"""What the follower keeps in the store: every poll of a source and every item version it took.

``follow_polls`` is append-only (the last row of a source is its state: validators, failures,
next due time); ``follow_items`` has one row per version of an item (a feed entry, a file, a
listed URL) with its fingerprint, so a restarted follower skips what it already took.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb


@dataclass(frozen=True)
class Poll:
    """The last poll of a source."""

    source: str
    kind: str
    polled_at: dt.datetime
    status: str
    http_status: int | None
    etag: str | None
    last_modified: str | None
    failures: int
    next_due: dt.datetime | None
    new_items: int
    error: str | None


@dataclass(frozen=True)
class Item:
    """The latest version of an item of a source."""

    fingerprint: str
    raw_id: str | None
    article_id: str | None
    version: int


def last_polls(con: duckdb.DuckDBPyConnection) -> dict[str, Poll]:
    """The last poll of every source."""
    rows = con.execute(
        "SELECT source, kind, polled_at, status, http_status, etag, last_modified, failures, next_due, "
        "new_items, error FROM follow_polls "
        "QUALIFY row_number() OVER (PARTITION BY source ORDER BY polled_at DESC, rowid DESC) = 1"
    ).fetchall()
    return {r[0]: Poll(*r) for r in rows}


def seen_items(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], Item]:
    """``{(source, key): latest version}`` of every item taken."""
    rows = con.execute(
        "SELECT source, key, fingerprint, raw_id, article_id, version FROM follow_items "
        "QUALIFY row_number() OVER (PARTITION BY source, key ORDER BY version DESC) = 1"
    ).fetchall()
    return {(r[0], r[1]): Item(*r[2:]) for r in rows}


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
