"""Near-duplicate articles (syndicated copies of one wire story): an article whose body shingles have an
estimated Jaccard similarity of at least ``DUPLICATE_THRESHOLD`` with an earlier one (``story_links``)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DUPLICATE_THRESHOLD = 0.8


@dataclass(frozen=True)
class Signed:
    """An article's id with its signatures and date, in ingest order."""

    article_id: str
    body: np.ndarray | None
    lead: np.ndarray | None
    day: object = None
    source: str = ""
