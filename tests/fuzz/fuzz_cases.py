"""Counts of the fuzz cases run and their outcomes, printed at the end of the run."""

from __future__ import annotations

import collections

CASES: collections.Counter[str] = collections.Counter()
OUTCOMES: collections.Counter[str] = collections.Counter()


def record(test: str, outcome: object) -> None:
    """Count one fuzz case of ``test`` and what came out of it (a type name or an error class)."""
    CASES[test] += 1
    OUTCOMES[type(outcome).__name__] += 1
