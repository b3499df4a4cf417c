"""A MinHash LSH index kept in the store (``link_bands``): bands of each signature, hashed to 64 bits.

Two signatures are candidates when one of their bands is equal, as in datasketch's ``MinHashLSH``
with the same number of bands and rows for the threshold; the index lives in a table, so linking
new articles looks up their bands instead of rebuilding the index from the whole corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import duckdb
import numpy as np
import pyarrow as pa

from .signatures import NUM_PERM


@cache
def bands_for(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """``(bands, rows)`` datasketch chooses for this threshold (equal weight to false +/-).

    datasketch's ``_optimal_param`` minimises the mean of the false positive and false negative
    probabilities, each an integral of a polynomial of degree ``bands * rows <= num_perm``;
    Gauss-Legendre quadrature with ``num_perm // 2 + 1`` nodes gives those integrals exactly, so
    neither datasketch nor scipy (about 0.6 s of imports) is loaded for it.
    """
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def integral(rows: int, bands: int, lo: float, hi: float, positive: bool) -> float:
        half = (hi - lo) / 2
        miss = (1 - (half * nodes + (hi + lo) / 2) ** rows) ** bands
        return half * float(np.dot(weights, 1 - miss if positive else miss))

    best, chosen = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            error = 0.5 * integral(rows, bands, 0.0, threshold, True) + 0.5 * integral(
                rows, bands, threshold, 1.0, False
            )
            if error < best:
                best, chosen = error, (bands, rows)
    return chosen


def band_keys(signature: np.ndarray, threshold: float) -> list[int]:
    """The 64-bit hash of each band of a signature (signed, to fit a BIGINT)."""
    bands, rows = bands_for(threshold, len(signature))
    data = np.ascontiguousarray(signature, dtype=np.uint64)
    return [
        int.from_bytes(
            hashlib.blake2b(data[i * rows : (i + 1) * rows].tobytes(), digest_size=8).digest(),
            "little",
            signed=True,
        )
        for i in range(bands)
    ]


class BandIndex:
    """The bands of one kind of signature (``body`` or ``lead``): stored ones plus a batch in memory."""

    def __init__(self, con: duckdb.DuckDBPyConnection, kind: str, threshold: float) -> None:
        self.con = con
        self.kind = kind
        self.threshold = threshold
        self._stored: dict[tuple[int, int], list[str]] = defaultdict(list)
        self._batch: dict[tuple[int, int], list[str]] = defaultdict(list)
        self._new_rows: list[tuple] = []

    def prefetch(self, signatures: Iterable[tuple[np.ndarray, object]], window: int | None = None) -> None:
        """Look up, in one query, the stored articles sharing a band with any of these
        ``(signature, day)``; with ``window``, only those published within that many days of it
        (or with no date)."""
        bands, keys, days = [], [], []
        for sig, day in signatures:
            for band, key in enumerate(band_keys(sig, self.threshold)):
                bands.append(band)
                keys.append(key)
                days.append(day if isinstance(day, dt.date) else None)
        if not keys:
            return
        query = pa.table(
            {
                "band": pa.array(bands, pa.int32()),
                "key": pa.array(keys, pa.int64()),
                "day": pa.array(days, pa.date32()),
            }
        )
        near = (
            ""
            if window is None
            else " AND (b.day IS NULL OR q.day IS NULL OR "
            f"abs(date_diff('day', b.day, q.day)) <= {int(window)})"
        )
        self.con.register("link_band_query", query)
        try:
            rows = self.con.execute(
                "SELECT DISTINCT b.band, b.key, b.article_id FROM link_bands b "
                f"JOIN link_band_query q ON b.band = q.band AND b.key = q.key WHERE b.kind = ?{near}",
                [self.kind],
            ).fetchall()
        finally:
            self.con.unregister("link_band_query")
        for band, key, article_id in rows:
            self._stored[(band, key)].append(article_id)

    def query(self, signature: np.ndarray) -> set[str]:
        """Articles (stored, or added earlier in this batch) sharing a band with ``signature``."""
        found: set[str] = set()
        for band, key in enumerate(band_keys(signature, self.threshold)):
            found.update(self._stored.get((band, key), ()))
            found.update(self._batch.get((band, key), ()))
        return found

    def add(self, article_id: str, signature: np.ndarray, day: object = None) -> None:
        """Index an article of this batch (written to the store by ``flush``)."""
        day = day if isinstance(day, dt.date) else None
        for band, key in enumerate(band_keys(signature, self.threshold)):
            self._batch[(band, key)].append(article_id)
            self._new_rows.append((self.kind, band, key, article_id, day))

    def flush(self) -> None:
        """Write this batch's bands to ``link_bands``."""
        from ..store.bulk import insert_rows

        if self._new_rows:
            insert_rows(self.con, "link_bands", self._new_rows)
        self._new_rows = []
