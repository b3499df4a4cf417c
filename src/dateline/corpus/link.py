"""``link_corpus``: link the articles stored since the last link (``relink_corpus``: all of them).

Articles are linked in a fixed order (``link_order``: when they were stored, then id), each one
against everything linked before it, so linking in many batches gives the same tables as linking
once: the LSH index, the name groups of actors and the event groups are kept in the store and a
batch touches only what its articles fall in. One transaction per call.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pyarrow as pa

from ..store.bulk import insert_rows
from .actor_links import link_actors
from .actors import EntityRow
from .duplicates import Signed
from .event_links import link_events
from .link_common import outlet
from .signatures import article_signatures
from .story_links import link_clusters, link_duplicates

LOGGER = logging.getLogger(__name__)

DERIVED_TABLES = (
    "duplicates",
    "clusters",
    "actors",
    "entity_actors",
    "event_groups",
    "event_members",
    "link_order",
    "link_bands",
    "link_names",
    "link_codes",
    "link_entities",
    "link_actors",
    "link_counts",
)


@dataclass
class LinkStats:
    """Counts of the cross-article tables after a link (``new``: articles linked by this call)."""

    articles: int = 0
    duplicates: int = 0
    clusters: int = 0
    actors: int = 0
    event_groups: int = 0
    new: int = field(default=0, compare=False)


def _sign_new(con: duckdb.DuckDBPyConnection) -> None:
    ids = [
        r[0]
        for r in con.execute(
            "SELECT a.id FROM articles a ANTI JOIN signatures s ON s.article_id = a.id"
        ).fetchall()
    ]
    if not ids:
        return
    con.register("link_new", pa.table({"id": pa.array(ids, pa.string())}))
    try:
        rows = con.execute(
            "SELECT a.id, a.headline, a.body FROM articles a JOIN link_new n ON n.id = a.id"
        ).fetchall()
    finally:
        con.unregister("link_new")
    for i in range(0, len(rows), 500):
        batch = []
        for article_id, headline, body in rows[i : i + 500]:
            batch.append((article_id, *article_signatures(headline, body or "")))
        insert_rows(con, "signatures", batch)


def _new_articles(con: duckdb.DuckDBPyConnection) -> list[Signed]:
    ids = [
        r[0]
        for r in con.execute(
            "SELECT a.id FROM articles a ANTI JOIN link_order o ON o.article_id = a.id"
        ).fetchall()
    ]
    if not ids:
        return []
    con.register("link_new", pa.table({"id": pa.array(ids, pa.string())}))
    try:
        rows = con.execute(
            "SELECT a.id, s.minhash, s.title_minhash, a.published_date, a.site_name, a.url, a.path "
            "FROM articles a JOIN link_new n ON n.id = a.id JOIN signatures s ON s.article_id = a.id "
            "ORDER BY a.ingested, a.id"
        ).fetchall()
    finally:
        con.unregister("link_new")
    return [
        Signed(
            article_id=r[0],
            body=None if r[1] is None else np.asarray(r[1], dtype=np.uint64),
            lead=None if r[2] is None else np.asarray(r[2], dtype=np.uint64),
            day=r[3],
            source=outlet(r[4], r[5], r[6]),
        )
        for r in rows
    ]


def _entity_rows(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[EntityRow]:
    con.register("link_new", pa.table({"id": pa.array(ids, pa.string())}))
    try:
        rows = con.execute(
            "SELECT e.article_id, e.id, e.name, e.type, e.actor_code, e.country, "
            "json_extract(e.item, '$.aliases'), e.n_mentions FROM entities e "
            "JOIN link_new n ON n.id = e.article_id ORDER BY e.article_id, e.ord"
        ).fetchall()
    finally:
        con.unregister("link_new")
    return [
        EntityRow(
            article_id=r[0],
            entity_id=r[1],
            name=r[2] or "",
            type=r[3] or "",
            actor_code=r[4],
            country=r[5],
            aliases=json.loads(r[6]) if r[6] else [],
            n_mentions=r[7] or 0,
        )
        for r in rows
    ]


def _stats(con: duckdb.DuckDBPyConnection, new: int) -> LinkStats:
    articles, dups, clusters, actors, groups = con.execute(
        "SELECT (SELECT count(*) FROM link_order), (SELECT count(*) FROM duplicates), "
        "(SELECT count(DISTINCT cluster_id) FROM clusters), (SELECT count(*) FROM actors), "
        "(SELECT count(*) FROM event_groups)"
    ).fetchone()
    return LinkStats(articles, dups, clusters, actors, groups, new)


def link_corpus(con: duckdb.DuckDBPyConnection) -> LinkStats:
    """Link the articles not linked yet (near-duplicates, clusters, actors, event groups).

    Costs in proportion to the new articles (and the groups they join), not to the corpus; with
    nothing new it returns at once. Example: ``link_corpus(connect("news.duckdb")).clusters``
    """
    con.execute("BEGIN TRANSACTION")
    try:
        stats = _link_new(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    LOGGER.info("corpus: %s", stats)
    return stats


def relink_corpus(con: duckdb.DuckDBPyConnection) -> LinkStats:
    """Forget every cross-article table and link the whole store again, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table in DERIVED_TABLES:
            con.execute(f"DELETE FROM {table}")
        stats = _link_new(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    LOGGER.info("corpus relinked: %s", stats)
    return stats


def _link_new(con: duckdb.DuckDBPyConnection) -> LinkStats:
    _sign_new(con)
    items = _new_articles(con)
    if not items:
        return _stats(con, 0)
    start = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM link_order").fetchone()[0]
    insert_rows(con, "link_order", [(item.article_id, start + i) for i, item in enumerate(items)])
    ids = [i.article_id for i in items]
    duplicates = link_duplicates(con, items)
    moved = link_clusters(con, items, duplicates)
    changed = link_actors(con, _entity_rows(con, ids))
    arts = set(ids) | moved
    link_events(con, arts, {(a, e) for a, e in changed if a not in arts})
    return _stats(con, len(items))
