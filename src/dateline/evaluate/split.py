"""Tune / check halves of a development set, fixed by a hash of each record's id.

Error reading and fitting happen on the *tune* half; the *check* half is reported beside it and is
what the test gates hold. The split depends on the id alone, so it is stable across runs, machines
and file orderings, and a record never changes half when others are added.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

HALVES = ("tune", "check")


def half_of(record_id: str) -> str:
    """``"tune"`` or ``"check"``: the half a record id falls in (first byte of its sha256, even = tune)."""
    return HALVES[hashlib.sha256(str(record_id).encode("utf-8")).digest()[0] & 1]


def select(
    records: list[dict[str, Any]], half: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """The records of one half (all when ``half`` is None or "all"), then the first ``limit``."""
    if half not in (None, "all", *HALVES):
        raise ValueError(f"half must be one of all, {', '.join(HALVES)}; got {half!r}")
    if half in HALVES:
        records = [r for r in records if half_of(r["id"]) == half]
    return records[:limit] if limit else records


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load(path: Path, limit: int | None = None, half: str | None = None) -> list[dict[str, Any]]:
    """The records of a dev file, restricted to one half and the first ``limit`` when given."""
    return select(read_jsonl(path), half, limit)
