"""Across articles: near-duplicates, story clusters, canonical actors, de-duplicated events.

``link_corpus(con)`` links the articles stored since the last call (in proportion to them, one
transaction); ingest calls it at the end of every run. ``link.relink_corpus(con)`` rebuilds
everything (``dateline relink``).
"""

from .link import link_corpus

__all__ = ["link_corpus"]
