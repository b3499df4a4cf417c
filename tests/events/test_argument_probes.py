"""Sources and targets the sentence does or does not give as arguments of its event
(``probes/arguments_unnamed.tsv``, sentences written for this probe in the style of wire news): the
clear-cut lines hold, a known miss is a strict xfail, and the share right over the clear-cut lines
stays above a floor."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from lead_probe_kit import clear_params, load_probes

from dateline.evaluate.events_news import actor_key
from dateline.nlp import get_nlp

PROBES = Path(__file__).parent / "probes" / "arguments_unnamed.tsv"
# the stories these sentences could come from; people are resolved at this date
STORY_DATE = "2018-06-01"
# share of the clear-cut lines (known misses included) judged right
FLOOR = 0.8


@cache
def _events(sentence: str) -> tuple[dict, ...]:
    nlp = get_nlp()
    doc = nlp.make_doc(sentence)
    doc._.published = STORY_DATE
    for _, component in nlp.pipeline:
        doc = component(doc)
    return tuple(doc._.events or [])


def _fits(want: str, got: str | None) -> bool:
    """Whether an actor key is the one a probe wants ("-" none, "*" any, "!X" any but X)."""
    if want == "*":
        return True
    if want.startswith("!"):
        return got != want[1:]
    return got is None if want == "-" else got is not None and got.startswith(want)


def _coded(probe: dict[str, str]) -> list[tuple[str | None, str | None]]:
    """The source and target keys of the probe sentence's events of the probe's type."""
    events = [e for e in _events(probe["sentence"]) if e["plover"]["type"] == probe["type"]]
    return [(actor_key(e.get("source")), actor_key(e.get("target"))) for e in events]


def right(probe: dict[str, str]) -> bool:
    """Whether the sentence has an event of the probe's type and every such event has one of the
    source-target pairs the probe lists."""
    got = _coded(probe)
    pairs = [(s, t) for s in probe["source"].split(",") for t in probe["target"].split(",")]
    return bool(got) and all(any(_fits(s, a) and _fits(t, b) for s, t in pairs) for a, b in got)


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
