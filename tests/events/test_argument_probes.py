"""Sources and targets the sentence does or does not give as arguments of its event
(``probes/arguments_unnamed.tsv``, sentences written for this probe in the style of wire news): the
clear-cut lines hold, a known miss is a strict xfail, and the share right over the clear-cut lines
stays above a floor."""

from __future__ import annotations

from pathlib import Path

import pytest
from lead_probe_kit import clear_params, dated_events, key_fits, load_probes

from dateline.evaluate.events_news import actor_key

PROBES = Path(__file__).parent / "probes" / "arguments_unnamed.tsv"
# share of the clear-cut lines (known misses included) judged right
FLOOR = 0.8


def _coded(probe: dict[str, str]) -> list[tuple[str | None, str | None]]:
    """The source and target keys of the probe sentence's events of the probe's type."""
    events = [e for e in dated_events(probe["sentence"]) if e["plover"]["type"] == probe["type"]]
    return [(actor_key(e.get("source")), actor_key(e.get("target"))) for e in events]


def right(probe: dict[str, str]) -> bool:
    """Whether the sentence has an event of the probe's type and every such event has one of the
    source-target pairs the probe lists."""
    got = _coded(probe)
    pairs = [(s, t) for s in probe["source"].split(",") for t in probe["target"].split(",")]
    return bool(got) and all(any(key_fits(s, a) and key_fits(t, b) for s, t in pairs) for a, b in got)


def test_the_probe_file_is_well_formed():
    probes = load_probes(PROBES)
    assert len(probes) >= 100
    assert len({p["id"] for p in probes}) == len(probes)
    assert all(p["clear"] in ("y", "x", "n") and p["type"].isupper() for p in probes)
    assert all(p["source"] and p["target"] for p in probes)


@pytest.mark.parametrize("probe", clear_params(load_probes(PROBES)))
def test_clear_cut_probe(probe):
    assert right(probe), _coded(probe)


def test_share_right_over_clear_cut_lines():
    clear = [p for p in load_probes(PROBES) if p["clear"] in ("y", "x")]
    share = sum(right(p) for p in clear) / len(clear)
    print(f"clear-cut probes right: {share:.3f}")
    assert share >= FLOOR
