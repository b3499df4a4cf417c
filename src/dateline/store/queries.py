"""Read functions over the store (used by the CLI and the web API): parameterised SQL only.

Every function takes an open connection (read-only is enough) and returns plain dicts shaped like
the record's items, with the article they belong to (``article_id``, ``headline``, ``published``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import InputError
from .rows import ITEM_TABLES, article_from_rows

_CODE_RE = re.compile(r"^[A-Z0-9]{3,}$")


@dataclass
class Filters:
    """Query filters shared by the list functions; unset fields do not filter."""

    actor: str | None = None
    type: str | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    country: str | None = None
    speaker: str | None = None
    text: str | None = None
    article: str | None = None
    # events at or above this confidence (None: all; events stored without one always show)
    min_confidence: float | None = None


def _date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"--{name} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def country_codes(value: str) -> list[str]:
    """The ISO alpha-2 and alpha-3 forms of a country given by either code or by name."""
    import pycountry

    value = value.strip()
    try:
        country = pycountry.countries.lookup(value)
    except LookupError:
        return [value.upper()]
    return [country.alpha_2, country.alpha_3]


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class _Where:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


# ---------------------------------------------------------------- articles


def _article_where(f: Filters) -> _Where:
    w = _Where()
    if f.article:
        w.add("a.id LIKE ?", f"{f.article}%")
    if since := _date(f.since, "since"):
        w.add("a.published_date >= ?", since)
    if until := _date(f.until, "until"):
        w.add("a.published_date <= ?", until)
    if f.text:
        w.add("(a.headline ILIKE ? ESCAPE '\\' OR a.body ILIKE ? ESCAPE '\\')", _like(f.text), _like(f.text))
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
            _like(f.actor),
            f"{f.actor}%",
        )
    if f.speaker:
        w.add(
            "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND "
            "(q.speaker_name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\'))",
            _like(f.speaker),
            _like(f.speaker),
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
    rows = _rows(
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
    found = _rows(con, "SELECT * FROM articles WHERE id = ?", [article_id])
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


# ---------------------------------------------------------------- events


def _actor_clause(w: _Where, actor: str) -> None:
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
            _like(actor),
            _like(actor),
        )


def _event_where(f: Filters) -> _Where:
    w = _Where()
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
    if since := _date(f.since, "since"):
        w.add("v.event_date >= ?", since)
    if until := _date(f.until, "until"):
        w.add("v.event_date <= ?", until)
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
            _like(f.text),
            _like(f.text),
            _like(f.text),
        )
    return w


def _event_dict(row: dict[str, Any]) -> dict[str, Any]:
    item = json.loads(row.pop("item"))
    row["event_date"] = _iso(row["event_date"])
    return {**item, **row}


def list_events(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Events (the record's event items) with their article and resolved date, by date."""
    w = _event_where(filters or Filters())
    order = "v.event_date DESC NULLS LAST, v.article_id, v.ord"
    rows = _rows(
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


# ---------------------------------------------------------------- entities


def _entity_where(f: Filters) -> _Where:
    w = _Where()
    if f.article:
        w.add("e.article_id LIKE ?", f"{f.article}%")
    if f.text or f.actor:
        name = f.text or f.actor
        w.add("(e.name ILIKE ? ESCAPE '\\' OR e.actor_code LIKE ?)", _like(name), f"{name}%")
    if f.type:
        w.add("e.type = ?", f.type.upper())
    if f.country:
        w.add("list_contains(?, e.country)", country_codes(f.country))
    if f.since or f.until:
        since, until = _date(f.since, "since"), _date(f.until, "until")
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
    return _rows(
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


# ---------------------------------------------------------------- quotes


def _quote_where(f: Filters) -> _Where:
    w = _Where()
    if f.article:
        w.add("q.article_id LIKE ?", f"{f.article}%")
    if f.speaker:
        w.add(
            "(q.speaker_name ILIKE ? ESCAPE '\\' OR q.speaker_text ILIKE ? ESCAPE '\\')",
            _like(f.speaker),
            _like(f.speaker),
        )
    if f.text:
        w.add("q.text ILIKE ? ESCAPE '\\'", _like(f.text))
    if f.type:
        w.add("q.kind = ?", f.type.lower())
    if since := _date(f.since, "since"):
        w.add("a.published_date >= ?", since)
    if until := _date(f.until, "until"):
        w.add("a.published_date <= ?", until)
    return w


def list_quotes(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Quotes (the record's quote items) with the speaker's name and their article."""
    w = _quote_where(filters or Filters())
    rows = _rows(
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


# ---------------------------------------------------------------- sql, stats

TABLES = (
    "articles",
    "sources",
    "removed",
    "entities",
    "mentions",
    "quotes",
    "quantities",
    "times",
    "places",
    "events",
    "errors",
    "runs",
    "duplicates",
    "clusters",
    "actors",
    "entity_actors",
    "event_groups",
    "event_members",
)


def run_sql(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = (), *, limit: int | None = None
) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement (on a read-only connection for user input); returns columns and rows."""
    cursor = con.execute(sql, list(params))
    if cursor.description is None:
        return [], []
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
    return names, rows


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every table of the store."""
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


# ---------------------------------------------------------------- web API: places, counts, search, stats

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
    rows = _rows(
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


def _cluster_where(f: Filters) -> _Where:
    w = _Where()
    if f.article:
        w.add("c.cluster_id IN (SELECT cluster_id FROM clusters WHERE article_id LIKE ?)", f"{f.article}%")
    if since := _date(f.since, "since"):
        w.add("a.published_date >= ?", since)
    if until := _date(f.until, "until"):
        w.add("a.published_date <= ?", until)
    if f.text:
        w.add("a.headline ILIKE ? ESCAPE '\\'", _like(f.text))
    return w


def list_clusters(
    con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Story clusters, largest first: ``cluster_id, n_articles, first, last, articles [{id, headline}]``."""
    w = _cluster_where(filters or Filters())
    rows = _rows(
        con,
        "SELECT c.cluster_id, count(*) AS n_articles, min(a.published_date) AS first, "
        "max(a.published_date) AS last, "
        "list({'id': a.id, 'headline': a.headline} ORDER BY a.published_date, a.id) AS articles "
        f"FROM clusters c JOIN articles a ON a.id = c.article_id{w.sql} "
        "GROUP BY c.cluster_id ORDER BY n_articles DESC, c.cluster_id LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )
    for r in rows:
        r["first"], r["last"] = _iso(r["first"]), _iso(r["last"])
    return rows


def count_clusters(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> int:
    """How many clusters ``list_clusters`` has for these filters."""
    w = _cluster_where(filters or Filters())
    return con.execute(
        f"SELECT count(DISTINCT c.cluster_id) FROM clusters c JOIN articles a ON a.id = c.article_id{w.sql}",
        w.params,
    ).fetchone()[0]


FTS_SCHEMA = "fts_main_articles"


def fts_extension_path() -> Path | None:
    """The fts extension file bundled by the ``duckdb-extension-fts`` package, or None."""
    try:
        import duckdb_extension_fts
    except ImportError:
        return None
    base = Path(duckdb_extension_fts.__file__).parent / "extensions"
    found = sorted(base.glob(f"v{duckdb.__version__}/fts.duckdb_extension")) or sorted(
        base.glob("*/fts.duckdb_extension")
    )
    return found[0] if found else None


def load_fts(con: duckdb.DuckDBPyConnection) -> bool:
    """Load DuckDB's fts extension from the bundled file (never from the network); False if missing."""
    try:
        con.execute("LOAD fts")
        return True
    except duckdb.Error:
        pass
    path = fts_extension_path()
    if path is None:
        return False
    try:
        con.execute("INSTALL '{}'".format(str(path).replace("'", "''")))
        con.execute("LOAD fts")
    except duckdb.Error:
        return False
    return True


def build_search_index(con: duckdb.DuckDBPyConnection) -> bool:
    """(Re)build the full-text index of headlines and bodies on a writable store; False without fts."""
    if not load_fts(con):
        return False
    con.execute("PRAGMA create_fts_index('articles', 'id', 'headline', 'body', overwrite = 1)")
    return True


def search_mode(con: duckdb.DuckDBPyConnection) -> str:
    """``fts`` when an up-to-date full-text index can be used, else ``ilike`` (substring match)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'docs'",
        [FTS_SCHEMA],
    ).fetchone()[0]
    if not exists or not load_fts(con):
        return "ilike"
    indexed = con.execute(f"SELECT count(*) FROM {FTS_SCHEMA}.docs").fetchone()[0]
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    return "fts" if indexed == stored else "ilike"


def _snippet(body: str, query: str, width: int = 90) -> str:
    lowered = body.lower()
    hits = [lowered.find(t) for t in re.findall(r"\w+", query.lower())]
    hits = [h for h in hits if h >= 0]
    at = min(hits) if hits else 0
    start = max(0, at - width // 2)
    text = " ".join(body[start : start + 2 * width].split())
    return ("…" if start else "") + text + ("…" if start + 2 * width < len(body) else "")


def search_articles(
    con: duckdb.DuckDBPyConnection, query: str, *, limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Articles matching ``query`` (BM25 over headline and body with the fts index, else every word
    as a substring), best first, with a snippet; returns ``(rows, total)``."""
    columns = (
        f"a.id, a.headline, {LEAD_SQL}, a.published_value AS published, a.dateline_text AS dateline, a.url, "
        "(SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS n_entities, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes, "
        "(SELECT count(*) FROM events v WHERE v.article_id = a.id) AS n_events, a.body"
    )
    if search_mode(con) == "fts":
        hits = f"(SELECT id, {FTS_SCHEMA}.match_bm25(id, ?) AS score FROM articles) h"
        rows = _rows(
            con,
            f"SELECT {columns}, h.score FROM {hits} JOIN articles a ON a.id = h.id "
            "WHERE h.score IS NOT NULL ORDER BY h.score DESC, a.id LIMIT ? OFFSET ?",
            [query, limit, offset],
        )
        total = con.execute(f"SELECT count(*) FROM {hits} WHERE h.score IS NOT NULL", [query]).fetchone()[0]
    else:
        w = _Where()
        for word in re.findall(r"\w+", query)[:20] or [query]:
            w.add("(a.headline ILIKE ? ESCAPE '\\' OR a.body ILIKE ? ESCAPE '\\')", _like(word), _like(word))
        rows = _rows(
            con,
            f"SELECT {columns}, NULL AS score FROM articles a{w.sql} "
            "ORDER BY a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
            [*w.params, limit, offset],
        )
        total = con.execute(f"SELECT count(*) FROM articles a{w.sql}", w.params).fetchone()[0]
    for r in rows:
        r["snippet"] = _snippet(r.pop("body") or "", query)
    return rows, total


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
        "first_published": _iso(first),
        "last_published": _iso(last),
        "by_plover": by_plover,
        "by_quad_class": by_quad,
        "search": search_mode(con),
    }
