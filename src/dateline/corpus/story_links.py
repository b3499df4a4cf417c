"""Near-duplicates and story clusters of new articles, against the LSH index kept in the store.

Each new article (in link order) is compared with the stored articles and the earlier new ones
that share an LSH band with it, exactly as a pass over the whole corpus in that order would:
a near copy points at the first stored copy, and clusters only ever merge, so only the clusters
a new article joins are rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pyarrow as pa

from ..store.bulk import insert_rows
from .clusters import CLUSTER_THRESHOLD, WINDOW_DAYS, close_in_time, cluster_id
from .duplicates import DUPLICATE_THRESHOLD, Signed
from .lsh import BandIndex
from .signatures import similarity
from .unionfind import UnionFind


@dataclass
class StoryChanges:
    """What linking a batch changed: new duplicates, and articles whose cluster id changed."""

    duplicates: dict[str, tuple[str, float]] = field(default_factory=dict)
    moved: set[str] = field(default_factory=set)


def _ids_table(con: duckdb.DuckDBPyConnection, name: str, ids: Sequence[str]) -> None:
    con.register(name, pa.table({"id": pa.array(list(ids), pa.string())}))


def _signatures(con: duckdb.DuckDBPyConnection, ids: set[str], column: str) -> dict[str, np.ndarray]:
    if not ids:
        return {}
    _ids_table(con, "link_ids", sorted(ids))
    try:
        rows = con.execute(
            f"SELECT s.article_id, s.{column} FROM signatures s JOIN link_ids i ON i.id = s.article_id"
        ).fetchall()
    finally:
        con.unregister("link_ids")
    return {r[0]: np.asarray(r[1], dtype=np.uint64) for r in rows if r[1] is not None}


def link_duplicates(con: duckdb.DuckDBPyConnection, items: Sequence[Signed]) -> dict[str, tuple[str, float]]:
    """``{copy: (original, similarity)}`` for the new ``items``; writes them and their body bands."""
    index = BandIndex(con, "body", DUPLICATE_THRESHOLD)
    index.prefetch((i.body, i.day) for i in items if i.body is not None)
    stored = set().union(*(index.query(i.body) for i in items if i.body is not None)) if items else set()
    sigs = _signatures(con, stored, "minhash")
    originals: dict[str, str] = {}
    if stored:
        _ids_table(con, "link_ids", sorted(stored))
        try:
            originals = dict(
                con.execute(
                    "SELECT d.article_id, d.duplicate_of FROM duplicates d "
                    "JOIN link_ids i ON i.id = d.article_id"
                ).fetchall()
            )
        finally:
            con.unregister("link_ids")
    found: dict[str, tuple[str, float]] = {}
    for item in items:
        if item.body is None:
            continue
        best, best_sim = None, 0.0
        for other in index.query(item.body):
            sim = similarity(item.body, sigs[other])
            if sim >= DUPLICATE_THRESHOLD and (sim > best_sim or (sim == best_sim and other < (best or "~"))):
                best, best_sim = other, sim
        if best is not None:
            original = originals.get(best, best)
            found[item.article_id] = (original, best_sim)
            originals[item.article_id] = original
        sigs[item.article_id] = item.body
        index.add(item.article_id, item.body)
    index.flush()
    if found:
        insert_rows(con, "duplicates", [(k, v[0], v[1]) for k, v in found.items()])
    return found


def link_clusters(
    con: duckdb.DuckDBPyConnection, items: Sequence[Signed], duplicates: dict[str, tuple[str, float]]
) -> set[str]:
    """Put the new ``items`` in story clusters (merging stored ones they join); returns the stored
    articles whose cluster id changed."""
    index = BandIndex(con, "lead", CLUSTER_THRESHOLD)
    leads = [i for i in items if i.article_id not in duplicates and i.lead is not None]
    index.prefetch(((i.lead, i.day) for i in leads), window=WINDOW_DAYS)
    stored = set().union(*(index.query(i.lead) for i in leads)) if leads else set()
    new_ids = {i.article_id for i in items}
    originals = {orig for orig, _ in duplicates.values() if orig not in new_ids}
    sigs = _signatures(con, stored, "title_minhash")
    info: dict[str, tuple] = {}
    wanted = stored | originals
    if wanted:
        _ids_table(con, "link_ids", sorted(wanted))
        try:
            info = {
                r[0]: (r[1], r[2])
                for r in con.execute(
                    "SELECT i.id, c.cluster_id, a.published_date FROM link_ids i "
                    "JOIN clusters c ON c.article_id = i.id JOIN articles a ON a.id = i.id"
                ).fetchall()
            }
        finally:
            con.unregister("link_ids")
    days = {i.article_id: i.day for i in items} | {k: v[1] for k, v in info.items()}

    def node(article_id: str) -> object:
        return article_id if article_id in new_ids else ("stored", info[article_id][0])

    uf = UnionFind()
    best: dict[str, float] = {}
    for item in items:
        uf.find(item.article_id)
        if item.article_id in duplicates:
            original, sim = duplicates[item.article_id]
            uf.union(item.article_id, node(original))
            best[item.article_id] = max(best.get(item.article_id, 0.0), sim)
            continue
        if item.lead is None:
            continue
        for other in index.query(item.lead):
            if not close_in_time(item.day, days[other], WINDOW_DAYS):
                continue
            sim = similarity(item.lead, sigs[other])
            if sim >= CLUSTER_THRESHOLD:
                uf.union(item.article_id, node(other))
                best[item.article_id] = max(best.get(item.article_id, 0.0), sim)
                best[other] = max(best.get(other, 0.0), sim)
        sigs[item.article_id] = item.lead
        index.add(item.article_id, item.lead, item.day)
    index.flush()
    return _write_clusters(con, uf, best, new_ids)


def _write_clusters(
    con: duckdb.DuckDBPyConnection, uf: UnionFind, best: dict[str, float], new_ids: set[str]
) -> set[str]:
    groups = list(uf.groups().values())
    joined = sorted({n[1] for g in groups for n in g if isinstance(n, tuple)})
    members: dict[str, list[tuple[str, float]]] = {}
    sizes: dict[str, int] = {}
    if joined:
        _ids_table(con, "link_ids", joined)
        try:
            for article_id, cid, sim in con.execute(
                "SELECT c.article_id, c.cluster_id, c.similarity FROM clusters c "
                "JOIN link_ids i ON i.id = c.cluster_id"
            ).fetchall():
                members.setdefault(cid, []).append((article_id, sim))
            con.execute("DELETE FROM clusters WHERE cluster_id IN (SELECT id FROM link_ids)")
        finally:
            con.unregister("link_ids")
        sizes = {cid: len(m) for cid, m in members.items()}
    rows: list[tuple[str, str, float]] = []
    moved: set[str] = set()
    for group in groups:
        raw: dict[str, float] = {}
        old_cluster: dict[str, str] = {}
        for n in group:
            if isinstance(n, tuple):
                for article_id, sim in members.get(n[1], ()):
                    raw[article_id] = 0.0 if sizes[n[1]] == 1 else (sim or 0.0)
                    old_cluster[article_id] = n[1]
            else:
                raw[str(n)] = 0.0
        for article_id in raw:
            if article_id in best:
                raw[article_id] = max(raw[article_id], best[article_id])
        cid = cluster_id(list(raw))
        for article_id, sim in raw.items():
            rows.append((article_id, cid, 1.0 if len(raw) == 1 else sim))
            if article_id in old_cluster and old_cluster[article_id] != cid:
                moved.add(article_id)
    insert_rows(con, "clusters", rows)
    return moved
