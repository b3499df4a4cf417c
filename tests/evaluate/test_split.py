"""The tune / check split: stable, disjoint, roughly even, and selectable from the CLI."""

from __future__ import annotations

import pytest

from dateline.evaluate import split


def test_halves_are_disjoint_stable_and_even() -> None:
    records = [{"id": f"doc-{i}"} for i in range(2000)]
    tune = split.select(records, "tune")
    check = split.select(records, "check")
    assert {r["id"] for r in tune}.isdisjoint({r["id"] for r in check})
    assert len(tune) + len(check) == len(records)
    assert 0.45 < len(tune) / len(records) < 0.55
    assert [split.half_of(r["id"]) for r in tune] == ["tune"] * len(tune)
    assert split.select(list(reversed(records)), "check") == list(reversed(check))


def test_all_and_limit() -> None:
    records = [{"id": str(i)} for i in range(10)]
    assert split.select(records, None) == records
    assert split.select(records, "all", limit=3) == records[:3]
    assert len(split.select(records, "check", limit=1)) == 1


def test_unknown_half_is_refused() -> None:
    with pytest.raises(ValueError, match="half"):
        split.select([], "train")
