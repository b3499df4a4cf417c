"""Articles: lists, counts and the full record of one."""

from __future__ import annotations

from typing import Any

import duckdb

from ..rows import ITEM_TABLES, article_from_rows
from .filters import Filters, Where, country_codes, fetch_dicts, like


def _article_where(f: Filters) -> Where:
    w = Where()
    if f.article:
        w.add("a.id LIKE ?", f"{f.article}%")
    w.add_dates(f, "a.published_date")
    if f.text:
        w.add("(a.headline ILIKE ? ESCAPE '\\' OR a.body ILIKE ? ESCAPE '\\')", like(f.text), like(f.text))
    if f.country:
        codes = country_codes(f.country)
        w.add(
            "(EXISTS (SELECT 1 FROM places p WHERE p.article_id = a.id AND list_contains(?, p.country)) "
            "OR EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND list_contains(?, e.country)))",
            codes,
            codes,
        )
    if f.actor:
        w.add(
            "EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND "
            "(e.name ILIKE ? ESCAPE '\\' OR e.actor_code LIKE ?))",
            like(f.actor),
            f"{f.actor}%",
        )
    if f.speaker:
        w.add(
            "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND "
            "(q.speaker_name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\'))",
            like(f.speaker),
            like(f.speaker),
        )
    return w


# The first words of the body, for an article without a headline (lists show them in its place).
LEAD_WORDS = 12
LEAD_SQL = (
    "CASE WHEN coalesce(trim(a.headline), '') = '' "
    f"THEN regexp_extract(a.body, '^\\s*((?:\\S+\\s+){{0,{LEAD_WORDS - 1}}}\\S+)', 1) END AS lead"
)


def list_articles(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Articles (newest first) with headline, date, source and counts of their items."""
    w = _article_where(filters or Filters())
    rows = fetch_dicts(
        con,
        f"SELECT a.id, a.headline, {LEAD_SQL}, a.published_value AS published, a.dateline_text AS dateline, "
        "a.url, a.path, a.site_name, a.n_words, "
        "(SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS n_entities, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes, "
        "(SELECT count(*) FROM events v WHERE v.article_id = a.id) AS n_events "
        f"FROM articles a{w.sql} ORDER BY a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )
    return rows


def count_articles(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> int:
    """How many articles match the filters."""
    w = _article_where(filters or Filters())
    return con.execute(f"SELECT count(*) FROM articles a{w.sql}", w.params).fetchone()[0]


def get_article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """The full record (as a JSON-ready dict) of one article, or None when it is not stored."""
    article = get_article_model(con, article_id)
    return article.model_dump(mode="json") if article else None


def get_article_model(con: duckdb.DuckDBPyConnection, article_id: str):
    """The full record of one article as an ``Article`` model, or None."""
    found = fetch_dicts(con, "SELECT * FROM articles WHERE id = ?", [article_id])
    if not found:
        return None
    items = {
        table: [
            r[0]
            for r in con.execute(
                f"SELECT item FROM {table} WHERE article_id = ? ORDER BY ord", [article_id]
            ).fetchall()
        ]
        for table in ITEM_TABLES
    }
    return article_from_rows(found[0], items)
