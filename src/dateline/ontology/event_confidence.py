"""The event confidence model's default threshold (``event_confidence.json``), without the coder.

Queries, exports and the API show events at or above this confidence by default; it is read here
so that they need not load the spaCy-based coder.

Example::

    >>> from dateline.ontology.event_confidence import default_threshold
    >>> 0.0 < default_threshold() < 1.0
    True
"""

from __future__ import annotations

from . import load_json

FILE = "event_confidence.json"


def default_threshold() -> float:
    """The minimum confidence of the events shown by default (``--min-confidence``; 0 shows all)."""
    return float(load_json(FILE)["threshold"])


def min_confidence(value: float | None) -> float:
    """The threshold a query uses: the given one, else the default."""
    return default_threshold() if value is None else float(value)
