"""Lead main events told in subordinate clauses, nouns, second verbs and "according to" reports in
wire news (`probes/lead_clauses.tsv`, sentences written for these probes): the clear-cut lines hold;
the share right over all lines is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from lead_probe_kit import agrees, clear_params, events_of, share_right
from lead_probe_kit import load_probes as read_probes

PROBES = Path(__file__).parent / "probes" / "lead_clauses.tsv"
TYPES = ("ASSAULT", "COERCE", "SANCTION", "ACCUSE", "REQUEST", "SUPPORT", "CONSULT", "CONCEDE")
MODALITIES = ("asserted", "reported", "planned", "hypothetical", "negated")
THRESHOLD = 0.7


def load_probes() -> list[dict[str, str]]:
    """The probe lines, one dict per sentence."""
    return read_probes(PROBES)


def judge(probe: dict[str, str], events: list[dict]) -> bool:
    """Whether the events coded above the default threshold give the probe's reading, with its
    modality."""
    kept = [e for e in events if e.get("confidence", 1.0) >= THRESHOLD]
    if probe["type"] == "NONE":
        return not any(e["plover"]["type"] == probe["mode"] for e in kept)
    return any(
        e["plover"]["type"] == probe["type"]
        and agrees(probe["source"], e.get("source"))
        and agrees(probe["target"], e.get("target"))
        and e["modality"] == probe["modality"]
        for e in kept
    )


CLEAR = clear_params(load_probes())


def test_the_probes_are_well_formed():
    probes = load_probes()
    assert len(probes) >= 90
    assert len({p["id"] for p in probes}) == len(probes)
    assert all(p["type"] in (*TYPES, "NONE") and p["clear"] in ("y", "x", "n") for p in probes)
    assert all(p["mode"] in TYPES and p["modality"] == "-" for p in probes if p["type"] == "NONE")
    assert all(p["modality"] in MODALITIES for p in probes if p["type"] != "NONE")


@pytest.mark.parametrize("probe", CLEAR)
def test_clear_cut_probe(probe):
    events = events_of(probe["sentence"])
    coded = [
        (
            e["plover"]["type"],
            (e.get("source") or {}).get("code"),
            (e.get("target") or {}).get("code"),
            e["modality"],
            round(e.get("confidence", 1.0), 2),
        )
        for e in events
    ]
    assert judge(probe, events), coded


# the share right over all lines, clear-cut or not, stays above this floor
SHARE_FLOOR = 0.81


def test_share_right_over_all_lines():
    share = share_right(load_probes(), judge)
    print(f"probes right: {share:.3f}")
    assert share >= SHARE_FLOOR
