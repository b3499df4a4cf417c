"""Lead shapes of judgements in wire news (`probes/lead_judgements.tsv`, sentences written for these
probes): criticism and praise told without a textbook verb, allegations without "accuse",
investigations, and controls where no one is judged. The clear-cut lines hold; the share right over
all lines is reported and held above a floor."""

from __future__ import annotations

from pathlib import Path

import pytest
from lead_probe_kit import clear_params, events_of, reading_found, share_right
from lead_probe_kit import load_probes as read_probes

PROBES = Path(__file__).parent / "probes" / "lead_judgements.tsv"
TYPES = ("ACCUSE", "SUPPORT")
THRESHOLD = 0.7


def load_probes() -> list[dict[str, str]]:
    """The probe lines, one dict per sentence."""
    return read_probes(PROBES)


def judge(probe: dict[str, str], events: list[dict]) -> bool:
    """Whether the events coded above the default threshold give the probe's reading."""
    return reading_found(probe, events, TYPES, THRESHOLD)


CLEAR = clear_params(load_probes())


def test_the_probes_are_well_formed():
    probes = load_probes()
    assert len(probes) >= 120
    assert len({p["id"] for p in probes}) == len(probes)
    assert all(p["type"] in (*TYPES, "NONE") and p["clear"] in ("y", "x", "n") for p in probes)


@pytest.mark.parametrize("probe", CLEAR)
def test_clear_cut_probe(probe):
    events = events_of(probe["sentence"])
    coded = [
        (e["plover"]["type"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"))
        for e in events
    ]
    assert judge(probe, events), coded


# the share right over all lines, clear-cut or not, stays above this floor (.728 at its writing; .483
# before the shapes it tests were read)
SHARE_FLOOR = 0.71


def test_share_right_over_all_lines():
    share = share_right(load_probes(), judge)
    print(f"probes right: {share:.3f}")
    assert share >= SHARE_FLOOR
