"""Story clusters: articles about one event from several outlets, whose headline and lead names
overlap (estimated Jaccard >= ``CLUSTER_THRESHOLD``) and that are published within ``WINDOW_DAYS``
of each other, joined transitively; near-duplicates always share a cluster (``story_links``)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

CLUSTER_THRESHOLD = 0.3
WINDOW_DAYS = 3


def close_in_time(a: object, b: object, window: int) -> bool:
    """True when two publication dates are at most ``window`` days apart (or one is unknown)."""
    if not isinstance(a, dt.date) or not isinstance(b, dt.date):
        return True
    return abs((a - b).days) <= window


def cluster_id(members: Sequence[str]) -> str:
    """A cluster's id: stable for the same first member."""
    return "C" + hashlib.sha256(min(members).encode()).hexdigest()[:15]
