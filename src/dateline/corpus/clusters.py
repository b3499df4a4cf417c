"""Story clusters: articles about one event from several outlets, by MinHash LSH over the content
words of headline and lead, within a time window; near-duplicates always share a cluster."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence

from .duplicates import Signed, _minhash
from .signatures import NUM_PERM, similarity
from .unionfind import UnionFind

CLUSTER_THRESHOLD = 0.3
WINDOW_DAYS = 3


def _close(a: object, b: object, window: int) -> bool:
    if not isinstance(a, dt.date) or not isinstance(b, dt.date):
        return True
    return abs((a - b).days) <= window


def cluster_id(members: Sequence[str]) -> str:
    """A cluster's id: stable for the same first member."""
    return "C" + hashlib.sha256(min(members).encode()).hexdigest()[:15]


def find_clusters(
    items: Sequence[Signed],
    duplicates: Mapping[str, tuple[str, float]],
    threshold: float = CLUSTER_THRESHOLD,
    window_days: int = WINDOW_DAYS,
) -> dict[str, tuple[str, float]]:
    """``{article id: (cluster id, best similarity to another member)}`` for every article."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    uf = UnionFind()
    best: dict[str, float] = {}
    by_id = {i.article_id: i for i in items}
    for item in items:
        uf.find(item.article_id)
        if item.article_id in duplicates:
            original, sim = duplicates[item.article_id]
            if original in by_id:
                uf.union(item.article_id, original)
                best[item.article_id] = max(best.get(item.article_id, 0.0), sim)
            continue
        if item.lead is None:
            continue
        for other in lsh.query(_minhash(item.lead)):
            sim = similarity(item.lead, by_id[other].lead)
            if sim >= threshold and _close(item.day, by_id[other].day, window_days):
                uf.union(item.article_id, other)
                best[item.article_id] = max(best.get(item.article_id, 0.0), sim)
                best[other] = max(best.get(other, 0.0), sim)
        lsh.insert(item.article_id, _minhash(item.lead))
    out: dict[str, tuple[str, float]] = {}
    for members in uf.groups().values():
        cid = cluster_id([str(m) for m in members])
        for m in members:
            out[str(m)] = (cid, best.get(str(m), 1.0 if len(members) == 1 else 0.0))
    return out
