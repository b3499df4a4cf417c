"""scripts/headline_battery.py: one row per template, the split, the headline-only events, the figures."""

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def battery():
    spec = importlib.util.spec_from_file_location(
        "headline_battery", ROOT / "scripts" / "headline_battery.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["headline_battery"] = module
    spec.loader.exec_module(module)
    return module


def _event(kind, start, confidence):
    return {"plover": {"type": kind}, "evidence": {"start": start}, "confidence": confidence}


def test_one_row_per_template_with_its_first_filled_headline(tmp_path, battery):
    path = tmp_path / "train.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["title", "prompt", "label", "mode", "text"])
        writer.writeheader()
        writer.writerow(
            {
                "title": "{c} Navy Seizes Tanker",
                "prompt": "Oman Navy Seizes Tanker\n\n(AP) --",
                "label": "COERCE",
                "mode": "SIEZE",
                "text": "x",
            }
        )
        writer.writerow(
            {
                "title": "{c} Navy Seizes Tanker",
                "prompt": "Peru Navy Seizes Tanker\n\n(AP) --",
                "label": "COERCE",
                "mode": "SIEZE",
                "text": "y",
            }
        )
        writer.writerow(
            {
                "title": "{c} Mayor Quits",
                "prompt": "Chad Mayor Quits\n\n(AP) --",
                "label": "RETREAT",
                "mode": "RESIGN",
                "text": "z",
            }
        )
    rows = battery.load_headlines(path)
    assert [r["headline"] for r in rows] == ["Oman Navy Seizes Tanker", "Chad Mayor Quits"]
    assert {r["half"] for r in rows} <= {"tune", "check"}
    assert rows[0]["half"] == battery.half_of_title("{c} Navy Seizes Tanker")


def test_only_events_in_the_headline_line_count(battery):
    headline = "Oman Navy Seizes Tanker"
    found = battery.run(
        [{"headline": headline}], lambda texts: [[_event("COERCE", 5, 0.9), _event("ASSAULT", 40, 0.9)]]
    )
    assert [e["plover"]["type"] for e in found[0]] == ["COERCE"]


def test_figures_per_half(battery):
    items = [
        {"half": "tune", "label": "COERCE"},
        {"half": "tune", "label": "RETREAT"},
        {"half": "tune", "label": "PROTEST"},
        {"half": "check", "label": "AID"},
    ]
    events = [
        [_event("COERCE", 0, 0.9)],  # found, confident
        [
            _event("RETREAT", 0, 0.35),
            _event("ASSAULT", 0, 0.8),
        ],  # below the threshold; another type confident
        [],
        [_event("AID", 0, 0.7)],
    ]
    figures = battery.score(items, events, 0.7)
    assert figures["tune"] == {"headlines": 3, "recall": 0.333, "recall_any": 0.667, "other_only": 0.333}
    assert figures["check"]["recall"] == 1.0
