"""Story clusters, largest first."""

from __future__ import annotations

from typing import Any

import duckdb

from .filters import Filters, Where, fetch_dicts, iso, like


def _cluster_where(f: Filters) -> Where:
    w = Where()
    if f.article:
        w.add("c.cluster_id IN (SELECT cluster_id FROM clusters WHERE article_id LIKE ?)", f"{f.article}%")
    w.add_dates(f, "a.published_date")
    if f.text:
        w.add("a.headline ILIKE ? ESCAPE '\\'", like(f.text))
    return w


def list_clusters(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Story clusters, largest first: ``cluster_id, n_articles, first, last, articles [{id, headline}]``."""
    w = _cluster_where(filters or Filters())
    rows = fetch_dicts(
        con,
        "SELECT c.cluster_id, count(*) AS n_articles, min(a.published_date) AS first, "
        "max(a.published_date) AS last, "
        "list({'id': a.id, 'headline': a.headline} ORDER BY a.published_date, a.id) AS articles "
        f"FROM clusters c JOIN articles a ON a.id = c.article_id{w.sql} "
        "GROUP BY c.cluster_id ORDER BY n_articles DESC, c.cluster_id LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )
    for r in rows:
        r["first"], r["last"] = iso(r["first"]), iso(r["last"])
    return rows


def count_clusters(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> int:
    """How many clusters ``list_clusters`` has for these filters."""
    w = _cluster_where(filters or Filters())
    return con.execute(
        f"SELECT count(DISTINCT c.cluster_id) FROM clusters c JOIN articles a ON a.id = c.article_id{w.sql}",
        w.params,
    ).fetchone()[0]
