"""Reading of the lead probe files (``probes/lead_*.tsv``, sentences written for these probes): the probe
lines, the agreement of an actor code, the share judged right, and the clear-cut lines as test parameters,
a known miss (clear "x") a strict xfail."""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from dateline.nlp import get_nlp

# the publication date the probe sentences are read under
STORY_DATE = "2018-06-01"


def load_probes(path: Path) -> list[dict[str, str]]:
    """The probe lines of a file, one dict per sentence."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def agrees(expected: str, side: dict | None) -> bool:
    """Whether an actor has the probe's code, by its first three letters (empty: any actor)."""
    if not expected:
        return True
    code = (side or {}).get("code") or ""
    return code[:3] == expected[:3]


def reading_found(
    probe: dict[str, str], events: list[dict], types: tuple[str, ...], threshold: float, target: bool = True
) -> bool:
    """Whether the events of ``types`` coded at ``threshold`` or above give the probe's reading (its type
    and source, and with ``target`` its target); a probe of type NONE wants none of them."""
    kept = [e for e in events if e["plover"]["type"] in types and e.get("confidence", 1.0) >= threshold]
    if probe["type"] == "NONE":
        return not kept
    return any(
        e["plover"]["type"] == probe["type"]
        and agrees(probe["source"], e.get("source"))
        and (not target or agrees(probe["target"], e.get("target")))
        for e in kept
    )


@cache
def events_of(sentence: str) -> list[dict]:
    """The events coded for a probe sentence (parsed once for the clear-cut test and the share)."""
    return list(get_nlp()(sentence)._.events or [])


def share_right(probes: list[dict[str, str]], judge: Callable[[dict[str, str], list[dict]], bool]) -> float:
    """The share of probes ``judge`` finds right on the events coded for their sentences."""
    return sum(judge(p, events_of(p["sentence"])) for p in probes) / len(probes)


def clear_params(probes: list[dict[str, str]]) -> list:
    """The clear-cut probes as test parameters; a known miss is expected to fail, strictly."""
    known_miss = pytest.mark.xfail(reason="known miss", strict=True)
    return [
        pytest.param(p, id=p["id"], marks=known_miss if p["clear"] == "x" else ())
        for p in probes
        if p["clear"] in ("y", "x")
    ]


@cache
def dated_events(sentence: str) -> tuple[dict, ...]:
    """The events coded for a probe sentence read as a story published on ``STORY_DATE``."""
    nlp = get_nlp()
    doc = nlp.make_doc(sentence)
    doc._.published = STORY_DATE
    for _, component in nlp.pipeline:
        doc = component(doc)
    return tuple(doc._.events or [])


def key_fits(want: str, got: str | None) -> bool:
    """Whether an actor key is the one a probe wants ("-" none, "*" any, "!X" any but X, "X" a key
    beginning with X)."""
    if want == "*":
        return True
    if want.startswith("!"):
        return got != want[1:]
    return got is None if want == "-" else got is not None and got.startswith(want)
