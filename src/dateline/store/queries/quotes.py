"""Quotes with their speaker and article."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from .filters import Filters, Where, fetch_dicts, like


def _quote_where(f: Filters) -> Where:
    w = Where()
    if f.article:
        w.add("q.article_id LIKE ?", f"{f.article}%")
    if f.speaker:
        w.add(
            "(q.speaker_name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\')",
            like(f.speaker),
            like(f.speaker),
        )
    if f.text:
        w.add("q.text ILIKE ? ESCAPE '\\'", like(f.text))
    if f.type:
        w.add("q.kind = ?", f.type.lower())
    w.add_dates(f, "a.published_date")
    return w


def list_quotes(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Quotes (the record's quote items) with the speaker's name and their article."""
    w = _quote_where(filters or Filters())
    rows = fetch_dicts(
        con,
        "SELECT q.article_id, a.headline, a.published_value AS published, q.speaker_name, q.item "
        f"FROM quotes q JOIN articles a ON a.id = q.article_id{w.sql} "
        "ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.ord LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )
    return [{**json.loads(r.pop("item")), **r} for r in rows]


def count_quotes(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> int:
    """How many quotes match the filters."""
    w = _quote_where(filters or Filters())
    return con.execute(
        f"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id{w.sql}", w.params
    ).fetchone()[0]
