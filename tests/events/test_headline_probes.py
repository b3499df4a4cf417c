"""Headline lines of political news (`probes/headlines.tsv`, headlines and ledes written for these
probes): colon speakers, quoted labels and verdicts, denied fitness, inverted "..., says X" tails,
headline present tense and plans, lines in capitals, and controls where the headline codes no
judgement or demand. Only the events of the headline line count. The clear-cut lines hold (type
and source); the share right over all lines (type, source and target) is reported and held above a
floor."""

from __future__ import annotations

from pathlib import Path

import pytest
from lead_probe_kit import clear_params, events_of, reading_found
from lead_probe_kit import load_probes as read_probes

PROBES = Path(__file__).parent / "probes" / "headlines.tsv"
TYPES = ("ACCUSE", "SUPPORT", "REQUEST")
THRESHOLD = 0.7


def load_probes() -> list[dict[str, str]]:
    """The probe lines, one dict per headline."""
    return read_probes(PROBES)


def headline_events(probe: dict[str, str]) -> list[dict]:
    """The events coded in the probe's headline line, the lede after it as the story."""
    headline = probe["headline"]
    events = events_of(f"{headline}\n\n{probe['lede']}")
    return [e for e in events if e["evidence"]["start"] < len(headline)]


def judge(probe: dict[str, str], events: list[dict], target: bool = True) -> bool:
    """Whether the headline's events coded above the default threshold give the probe's reading
    (its type and source, and with ``target`` its target)."""
    return reading_found(probe, events, TYPES, THRESHOLD, target)


CLEAR = clear_params(load_probes())


def test_the_probes_are_well_formed():
    probes = load_probes()
    assert len(probes) >= 40
    assert len({p["id"] for p in probes}) == len(probes)
    assert all(p["type"] in (*TYPES, "NONE") and p["clear"] in ("y", "x", "n") for p in probes)
    assert all("\n" not in p["headline"] and p["lede"] for p in probes)


@pytest.mark.parametrize("probe", CLEAR)
def test_clear_cut_probe(probe):
    # the headline's act and its speaker; whom a surname alone names (the target) is counted in the share
    events = headline_events(probe)
    coded = [
        (e["plover"]["type"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"))
        for e in events
    ]
    assert judge(probe, events, target=False), coded


# the share right over all lines, clear-cut or not, stays above this floor (.688 at its writing)
SHARE_FLOOR = 0.65


def test_share_right_over_all_lines():
    probes = load_probes()
    share = sum(judge(p, headline_events(p)) for p in probes) / len(probes)
    print(f"headline probes right: {share:.3f}")
    assert share >= SHARE_FLOOR
