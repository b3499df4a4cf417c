"""Entities across articles, one row per name (or canonical actor) and type."""

from __future__ import annotations

from typing import Any

import duckdb

from .filters import Filters, Where, country_codes, fetch_dicts, like, parse_date


def _entity_where(f: Filters) -> Where:
    w = Where()
    if f.article:
        w.add("e.article_id LIKE ?", f"{f.article}%")
    if f.text or f.actor:
        name = f.text or f.actor
        w.add("(e.name ILIKE ? ESCAPE '\\' OR e.actor_code LIKE ?)", like(name), f"{name}%")
    if f.type:
        w.add("e.type = ?", f.type.upper())
    if f.country:
        w.add("list_contains(?, e.country)", country_codes(f.country))
    if f.since or f.until:
        since, until = parse_date(f.since, "since"), parse_date(f.until, "until")
        w.add(
            "EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id AND "
            "(CAST(? AS DATE) IS NULL OR a.published_date >= ?) AND "
            "(CAST(? AS DATE) IS NULL OR a.published_date <= ?))",
            since,
            since,
            until,
            until,
        )
    return w


def list_entities(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Entities across articles, one row per name and type, most frequent first.

    Each row: ``name, type, country, actor_code, actor_id`` (the canonical cross-article actor,
    when computed), ``n_articles``, ``n_mentions``.
    """
    w = _entity_where(filters or Filters())
    return fetch_dicts(
        con,
        "SELECT coalesce(ac.name, e.name) AS name, e.type, any_value(e.country) AS country, "
        "any_value(e.actor_code) AS actor_code, ea.actor_id, count(DISTINCT e.article_id) AS n_articles, "
        "sum(e.n_mentions) AS n_mentions FROM entities e "
        "LEFT JOIN entity_actors ea ON ea.article_id = e.article_id AND ea.entity_id = e.id "
        f"LEFT JOIN actors ac ON ac.id = ea.actor_id{w.sql} "
        "GROUP BY coalesce(ac.name, e.name), e.type, ea.actor_id "
        "ORDER BY n_articles DESC, n_mentions DESC, name LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )


def count_entities(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> int:
    """How many rows ``list_entities`` has for these filters (names and types)."""
    w = _entity_where(filters or Filters())
    return con.execute(
        "SELECT count(*) FROM (SELECT 1 FROM entities e "
        "LEFT JOIN entity_actors ea ON ea.article_id = e.article_id AND ea.entity_id = e.id "
        f"LEFT JOIN actors ac ON ac.id = ea.actor_id{w.sql} "
        "GROUP BY coalesce(ac.name, e.name), e.type, ea.actor_id)",
        w.params,
    ).fetchone()[0]
