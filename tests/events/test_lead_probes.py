"""Lead shapes of accusations, requests and threats in wire news (`probes/lead_accuse.tsv`, sentences
written for these probes): the clear-cut lines hold; the share right over all lines is reported."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dateline.nlp import get_nlp

PROBES = Path(__file__).parent / "probes" / "lead_accuse.tsv"
TYPES = ("ACCUSE", "REQUEST", "THREATEN")
THRESHOLD = 0.7


def load_probes() -> list[dict[str, str]]:
    """The probe lines, one dict per sentence."""
    lines = [line for line in PROBES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _agrees(expected: str, side: dict | None) -> bool:
    if not expected:
        return True
    code = (side or {}).get("code") or ""
    return code[:3] == expected[:3]


def judge(probe: dict[str, str], events: list[dict]) -> bool:
    """Whether the events coded above the default threshold give the probe's reading."""
    kept = [e for e in events if e["plover"]["type"] in TYPES and e.get("confidence", 1.0) >= THRESHOLD]
    if probe["type"] == "NONE":
        return not kept
    return any(
        e["plover"]["type"] == probe["type"]
        and _agrees(probe["source"], e.get("source"))
        and _agrees(probe["target"], e.get("target"))
        for e in kept
    )


def share_right(probes: list[dict[str, str]]) -> float:
    """The share of probes judged right."""
    nlp = get_nlp()
    right = sum(judge(p, list(nlp(p["sentence"])._.events or [])) for p in probes)
    return right / len(probes)


def _param(probe: dict[str, str]):
    if probe["clear"] == "x":
        return pytest.param(probe, id=probe["id"], marks=pytest.mark.xfail(reason="known miss", strict=True))
    return pytest.param(probe, id=probe["id"])


CLEAR = [_param(p) for p in load_probes() if p["clear"] in ("y", "x")]


def test_the_probes_are_well_formed():
    probes = load_probes()
    assert len(probes) >= 80
    assert len({p["id"] for p in probes}) == len(probes)
    assert all(p["type"] in (*TYPES, "NONE") and p["clear"] in ("y", "x", "n") for p in probes)


@pytest.mark.parametrize("probe", CLEAR)
def test_clear_cut_probe(probe):
    events = list(get_nlp()(probe["sentence"])._.events or [])
    coded = [
        (e["plover"]["type"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"))
        for e in events
    ]
    assert judge(probe, events), coded


# the share right over all lines, clear-cut or not, stays above this floor
SHARE_FLOOR = 0.8


def test_share_right_over_all_lines():
    share = share_right(load_probes())
    print(f"probes right: {share:.3f}")
    assert share >= SHARE_FLOOR
