"""How often the event coder finds a headline's act: a diagnostic on NGEC's synthetic headlines.

NGEC's synthetic PLOVER stories (Andy Halterman, ahalterman/NGEC-2025, MIT;
``../shared/reference/plover-synthetic-train.csv``, not shipped) are written from 332 headline
templates, each labelled with the PLOVER type its writers meant ("{country} Army Calls Up
Reservists" -> MOBILIZE). Each distinct template, with the countries of its first story filled in,
is coded as a headline above a neutral one-line story, and the script reports per half:

- ``recall``: the share of headlines with an event of the labelled type in the headline at the
  default confidence threshold, and at any confidence (``recall_any``);
- ``other_only``: the share whose confident headline events are all of other types.

The labels are the templates' intended types, not a coder's judgement (many headlines name no doer,
which the coder keeps below the threshold by design), so this is no gold standard: it measures
coverage of headline shapes written by others. The halves split by the md5 of the template (even =
tune); read headlines of the tune half only.

    .venv/bin/python scripts/headline_battery.py [--shared ../shared] [--half tune] [--json]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

STORY = "The statement came on Tuesday, officials said."
PUBLISHED = "2024-05-14"
HALVES = ("tune", "check")


def half_of_title(title: str) -> str:
    """The half a headline template falls in: the parity of its md5 (even = tune)."""
    return HALVES[int(hashlib.md5(title.encode("utf-8")).hexdigest(), 16) % 2]


def load_headlines(path: Path) -> list[dict[str, str]]:
    """One row per distinct template: its half, the filled headline and its PLOVER label."""
    csv.field_size_limit(10**8)
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.setdefault(row["title"], row)
    return [
        {
            "half": half_of_title(title),
            "headline": row["prompt"].split("\n")[0].strip(),
            "label": row["label"],
            "mode": row["mode"],
        }
        for title, row in rows.items()
    ]


def headline_events(headline: str, events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events whose evidence starts in the headline line."""
    return [e for e in events if e["evidence"]["start"] <= len(headline)]


def score(
    items: Sequence[dict[str, str]],
    events: Sequence[Sequence[dict[str, Any]]],
    threshold: float,
) -> dict[str, dict[str, float]]:
    """Per half: headlines, recall at the threshold and at any confidence, confident-other-only share."""
    counts: dict[str, list[int]] = {}
    for item, found in zip(items, events, strict=True):
        types = [(e["plover"]["type"], e.get("confidence") or 0.0) for e in found]
        confident = [t for t, c in types if c >= threshold]
        row = counts.setdefault(item["half"], [0, 0, 0, 0])
        row[0] += 1
        row[1] += item["label"] in confident
        row[2] += any(t == item["label"] for t, _ in types)
        row[3] += bool(confident) and item["label"] not in confident
    return {
        half: {
            "headlines": n,
            "recall": round(hit / n, 3),
            "recall_any": round(hit_any / n, 3),
            "other_only": round(other / n, 3),
        }
        for half, (n, hit, hit_any, other) in sorted(counts.items())
    }


def run(
    items: Sequence[dict[str, str]],
    predict: Callable[[list[tuple[str, str | None]]], list[list[dict[str, Any]]]],
) -> list[list[dict[str, Any]]]:
    """The headline events of each item, coded with ``predict`` (text, date) -> events."""
    texts = [(item["headline"] + "\n\n" + STORY, PUBLISHED) for item in items]
    found = predict(texts)
    return [headline_events(item["headline"], events) for item, events in zip(items, found, strict=True)]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the figures per half (``--json`` for JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--half", choices=("all", *HALVES), default="all")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    path = args.shared / "reference" / "plover-synthetic-train.csv"
    if not path.is_file():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    from dateline.evaluate import events_news
    from dateline.events.confidence import default_threshold

    items = [i for i in load_headlines(path) if args.half in ("all", i["half"])]
    figures = score(items, run(items, events_news.predict), default_threshold())
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for half, row in figures.items():
            print(f"{half}: " + ", ".join(f"{key} {value}" for key, value in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
