"""Across articles: near-duplicates, story clusters, canonical actors, de-duplicated events.

``link_corpus(con)`` recomputes the cross-article tables of a store in one transaction; ingest
calls it at the end of every run that inserted articles.
"""

from .link import link_corpus

__all__ = ["link_corpus"]
