"""Events: the coded events across articles, with their date and place."""

from __future__ import annotations

import json
import re
from typing import Any

import duckdb

from .filters import Filters, Where, country_codes, fetch_dicts, iso, like

_CODE_RE = re.compile(r"^[A-Z0-9]{3,}$")


def _actor_clause(w: Where, actor: str) -> None:
    actor = actor.strip()
    if _CODE_RE.match(actor):
        codes = country_codes(actor) if len(actor) == 3 else [actor]
        w.add(
            "(starts_with(v.source_code, ?) OR starts_with(v.target_code, ?) "
            "OR list_contains(?, v.source_country) OR list_contains(?, v.target_country))",
            actor,
            actor,
            codes,
            codes,
        )
    else:
        w.add(
            "(v.source_text ILIKE ? ESCAPE '\\' OR v.target_text ILIKE ? ESCAPE '\\')",
            like(actor),
            like(actor),
        )


def _event_where(f: Filters) -> Where:
    w = Where()
    if f.article:
        w.add("v.article_id LIKE ?", f"{f.article}%")
    if f.min_confidence:
        w.add("coalesce(v.confidence, 1.0) >= ?", f.min_confidence)
    if f.actor:
        _actor_clause(w, f.actor)
    if f.type:
        if f.type.isdigit():
            w.add("starts_with(v.cameo_code, ?)", f.type)
        else:
            w.add("v.plover_type = ?", f.type.upper())
    w.add_dates(f, "v.event_date")
    if f.country:
        codes = country_codes(f.country)
        w.add(
            "(list_contains(?, v.source_country) OR list_contains(?, v.target_country) "
            "OR list_contains(?, v.where_country))",
            codes,
            codes,
            codes,
        )
    if f.text:
        w.add(
            "(v.source_text ILIKE ? ESCAPE '\\' OR v.target_text ILIKE ? ESCAPE '\\' "
            "OR CAST(v.item AS VARCHAR) ILIKE ? ESCAPE '\\')",
            like(f.text),
            like(f.text),
            like(f.text),
        )
    return w


def _event_dict(row: dict[str, Any]) -> dict[str, Any]:
    item = json.loads(row.pop("item"))
    row["event_date"] = iso(row["event_date"])
    return {**item, **row}


def list_events(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Events (the record's event items) with their article and resolved date, by date."""
    w = _event_where(filters or Filters())
    order = "v.event_date DESC NULLS LAST, v.article_id, v.ord"
    rows = fetch_dicts(
        con,
        f"WITH top AS (SELECT v.article_id, v.ord FROM events v{w.sql} ORDER BY {order} LIMIT ? OFFSET ?) "
        "SELECT v.article_id, a.headline, a.published_value AS published, v.event_date, v.where_name, v.item "
        "FROM top JOIN events v USING (article_id, ord) JOIN articles a ON a.id = v.article_id "
        f"ORDER BY {order}",
        [*w.params, limit, offset],
    )
    return [_event_dict(r) for r in rows]


def count_events(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> int:
    """How many events match the filters."""
    w = _event_where(filters or Filters())
    return con.execute(f"SELECT count(*) FROM events v{w.sql}", w.params).fetchone()[0]


_EVENT_PAGE_SELECT = (
    "SELECT v.article_id, v.event_date, v.where_name, v.where_country, v.where_lat, v.where_lon, v.item "
    "FROM events v"
)


def list_event_rows(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """``list_events`` plus the place of each event (``where_country``, ``where_lat``, ``where_lon``).

    Newest first; events of the same day in the order they were stored. The page is cut from
    ``events`` alone (so DuckDB reads the items of that page only) and the headlines of its articles
    are looked up by primary key: fast on large stores.
    """
    w = _event_where(filters or Filters())
    rows = fetch_dicts(
        con,
        f"{_EVENT_PAGE_SELECT}{w.sql} ORDER BY v.event_date DESC NULLS LAST, v.rowid LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )
    ids = list({r["article_id"] for r in rows})
    articles = {}
    if ids:
        marks = ", ".join("?" * len(ids))
        articles = {
            r[0]: r[1:]
            for r in con.execute(
                f"SELECT id, headline, published_value FROM articles WHERE id IN ({marks})", ids
            ).fetchall()
        }
    for r in rows:
        r["headline"], r["published"] = articles.get(r["article_id"], (None, None))
    return [_event_dict(r) for r in rows]
