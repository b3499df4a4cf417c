"""Near-duplicate articles (syndicated copies of one wire story) by MinHash LSH over body shingles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .signatures import NUM_PERM, SCHEME, similarity

DUPLICATE_THRESHOLD = 0.8


@dataclass(frozen=True)
class Signed:
    """An article's id with its signatures and date, in ingest order."""

    article_id: str
    body: np.ndarray | None
    lead: np.ndarray | None
    day: object = None
    source: str = ""


def find_duplicates(
    items: Sequence[Signed], threshold: float = DUPLICATE_THRESHOLD
) -> dict[str, tuple[str, float]]:
    """``{copy id: (original id, similarity)}``: each article whose body is a near copy of an earlier one.

    The original is the first article (in the given order) of the copies; a copy of a copy points at it.
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sigs: dict[str, np.ndarray] = {}
    found: dict[str, tuple[str, float]] = {}
    for item in items:
        if item.body is None:
            continue
        best, best_sim = None, 0.0
        for other in lsh.query(_minhash(item.body)):
            sim = similarity(item.body, sigs[other])
            if sim >= threshold and (sim > best_sim or (sim == best_sim and other < (best or "~"))):
                best, best_sim = other, sim
        if best is not None:
            original = found[best][0] if best in found else best
            found[item.article_id] = (original, best_sim)
        if item.article_id not in sigs:
            sigs[item.article_id] = item.body
            lsh.insert(item.article_id, _minhash(item.body))
    return found


def _minhash(values: np.ndarray):
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME)
