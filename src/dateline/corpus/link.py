"""``link_corpus``: fill the cross-article tables of the store from its articles."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

import duckdb
import numpy as np

from ..store.bulk import insert_rows
from .actors import EntityRow, canonicalize
from .clusters import find_clusters
from .duplicates import Signed, find_duplicates
from .events import EventRow, group_events
from .signatures import body_shingles, lead_terms, minhash

LOGGER = logging.getLogger(__name__)


@dataclass
class LinkStats:
    """Counts of one linking pass."""

    articles: int = 0
    duplicates: int = 0
    clusters: int = 0
    actors: int = 0
    event_groups: int = 0


def _outlet(site: str | None, url: str | None, path: str | None) -> str:
    if site:
        return site.lower()
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.")
    return os.path.dirname(path or "") or "local"


def _sign_new(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "SELECT a.id, a.headline, a.body FROM articles a "
        "WHERE NOT EXISTS (SELECT 1 FROM signatures s WHERE s.article_id = a.id)"
    ).fetchall()
    for i in range(0, len(rows), 500):
        batch = []
        for article_id, headline, body in rows[i : i + 500]:
            b = minhash(body_shingles(body or ""))
            t = minhash(lead_terms(headline, body or ""))
            batch.append((article_id, None if b is None else b.tolist(), None if t is None else t.tolist()))
        insert_rows(con, "signatures", batch)


def link_corpus(con: duckdb.DuckDBPyConnection) -> LinkStats:
    """Recompute duplicates, clusters, actors and event groups (one transaction, linear in the corpus)."""
    stats = LinkStats()
    con.execute("BEGIN TRANSACTION")
    try:
        _sign_new(con)
        rows = con.execute(
            "SELECT a.id, s.minhash, s.title_minhash, a.published_date, a.site_name, a.url, a.path "
            "FROM articles a JOIN signatures s ON s.article_id = a.id ORDER BY a.ingested, a.id"
        ).fetchall()
        items = [
            Signed(
                article_id=r[0],
                body=None if r[1] is None else np.asarray(r[1], dtype=np.uint64),
                lead=None if r[2] is None else np.asarray(r[2], dtype=np.uint64),
                day=r[3],
                source=_outlet(r[4], r[5], r[6]),
            )
            for r in rows
        ]
        stats.articles = len(items)
        duplicates = find_duplicates(items)
        clusters = find_clusters(items, duplicates)
        stats.duplicates = len(duplicates)
        stats.clusters = len({c for c, _ in clusters.values()})
        con.execute("DELETE FROM duplicates")
        con.execute("DELETE FROM clusters")
        if duplicates:
            insert_rows(con, "duplicates", [(k, v[0], v[1]) for k, v in duplicates.items()])
        if clusters:
            insert_rows(con, "clusters", [(k, v[0], v[1]) for k, v in clusters.items()])

        entity_rows = [
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
            for r in con.execute(
                "SELECT article_id, id, name, type, actor_code, country, json_extract(item, '$.aliases'), "
                "n_mentions FROM entities"
            ).fetchall()
        ]
        actors, links = canonicalize(entity_rows)
        stats.actors = len(actors)
        con.execute("DELETE FROM actors")
        con.execute("DELETE FROM entity_actors")
        if actors:
            insert_rows(
                con,
                "actors",
                [
                    (
                        a.id,
                        a.name,
                        a.type,
                        a.country,
                        a.actor_code,
                        a.n_articles,
                        a.n_mentions,
                        json.dumps(a.aliases, ensure_ascii=False),
                    )
                    for a in actors
                ],
            )
            insert_rows(con, "entity_actors", [(a, e, x) for (a, e), x in links.items()])

        events = [
            EventRow(*r)
            for r in con.execute(
                "SELECT v.article_id, v.id, v.source_entity, v.source_code, v.source_text, v.target_entity, "
                "v.target_code, v.target_text, v.plover_type, v.cameo_code, v.event_date, v.when_id "
                "FROM events v "
                "JOIN articles a ON a.id = v.article_id ORDER BY a.ingested, a.id, v.ord"
            ).fetchall()
        ]
        groups = group_events(
            events,
            {k: v[0] for k, v in clusters.items()},
            {k: v[0] for k, v in duplicates.items()},
            links,
            {i.article_id: i.source for i in items},
        )
        stats.event_groups = len(groups)
        con.execute("DELETE FROM event_groups")
        con.execute("DELETE FROM event_members")
        if groups:
            insert_rows(
                con,
                "event_groups",
                [
                    (
                        g.id,
                        g.cluster_id,
                        g.article_id,
                        g.event_id,
                        g.source_code,
                        g.target_code,
                        g.cameo_code,
                        g.plover_type,
                        g.event_date,
                        g.num_mentions,
                        g.num_sources,
                        g.num_articles,
                    )
                    for g in groups
                ],
            )
            insert_rows(
                con,
                "event_members",
                [(a, e, g.id) for g in groups for a, e in g.members],
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    LOGGER.info("corpus: %s", stats)
    return stats
