"""Full-text search of articles: BM25 with DuckDB's fts extension, else substrings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb

from .articles import LEAD_SQL
from .filters import Where, fetch_dicts, like

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
        rows = fetch_dicts(
            con,
            f"SELECT {columns}, h.score FROM {hits} JOIN articles a ON a.id = h.id "
            "WHERE h.score IS NOT NULL ORDER BY h.score DESC, a.id LIMIT ? OFFSET ?",
            [query, limit, offset],
        )
        total = con.execute(f"SELECT count(*) FROM {hits} WHERE h.score IS NOT NULL", [query]).fetchone()[0]
    else:
        w = Where()
        for word in re.findall(r"\w+", query)[:20] or [query]:
            w.add("(a.headline ILIKE ? ESCAPE '\\' OR a.body ILIKE ? ESCAPE '\\')", like(word), like(word))
        rows = fetch_dicts(
            con,
            f"SELECT {columns}, NULL AS score FROM articles a{w.sql} "
            "ORDER BY a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
            [*w.params, limit, offset],
        )
        total = con.execute(f"SELECT count(*) FROM articles a{w.sql}", w.params).fetchone()[0]
    for r in rows:
        r["snippet"] = _snippet(r.pop("body") or "", query)
    return rows, total
