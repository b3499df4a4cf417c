"""What the follower keeps in the store: every poll of a source and every item version it took.

``follow_polls`` is append-only (the last row of a source is its state: validators, failures,
next due time); ``follow_items`` has one row per version of an item (a feed entry, a file, a
listed URL) with its fingerprint, so a restarted follower skips what it already took.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
