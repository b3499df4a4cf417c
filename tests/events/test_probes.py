"""Probe sentences of conflict and diplomacy news (``probes/nonevents.tsv``, written for these tests):
questions, generic and opinion prose, word senses, statistics, travel lists, modality and background
that must give no event or a specific type at the default threshold."""

import csv
from pathlib import Path

import pytest

from dateline.events.confidence import default_threshold
from dateline.nlp import get_nlp

PROBES = Path(__file__).parent / "probes" / "nonevents.tsv"


def _probes() -> list[dict[str, str]]:
    with PROBES.open(encoding="utf-8") as handle:
        rows = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(rows, delimiter="\t"))


def _coded(rows: list[dict[str, str]]) -> list[list[dict]]:
    nlp = get_nlp()
    docs = []
    for row in rows:
        doc = nlp.make_doc(row["sentence"])
        doc._.published = row["published"]
        docs.append(doc)
    floor = default_threshold()
    return [[e for e in doc._.events or [] if (e.get("confidence") or 0) >= floor] for doc in nlp.pipe(docs)]


def _holds(expect: str, events: list[dict]) -> bool:
    """NONE: no event; else at least one event, each of one of the expected types (and modality)."""
    if expect == "NONE":
        return not events
    wanted = [item.split(":") for item in expect.split("|")]
    return bool(events) and all(
        any(e["plover"]["type"] == w[0] and (len(w) == 1 or e["modality"] == w[1]) for w in wanted)
        for e in events
    )


@pytest.fixture(scope="module")
def results() -> list[tuple[dict[str, str], bool]]:
    rows = _probes()
    return [(row, _holds(row["expect"], events)) for row, events in zip(rows, _coded(rows), strict=True)]


def test_the_probe_file_is_well_formed():
    rows = _probes()
    assert len(rows) >= 80
    for row in rows:
        assert row["clear"] in ("0", "1") and row["open"] in ("", "1"), row["sentence"]
        assert row["expect"] == "NONE" or all(w.split(":")[0].isupper() for w in row["expect"].split("|"))


def test_clear_probes_hold(results):
    failed = [row["sentence"] for row, ok in results if row["clear"] == "1" and not row["open"] and not ok]
    assert failed == []


def test_probe_share(results):
    share = sum(ok for _, ok in results) / len(results)
    clear = [ok for row, ok in results if row["clear"] == "1"]
    print(f"probes right: {share:.3f} of {len(results)}; clear lines {sum(clear)}/{len(clear)}")
    assert share >= 0.9
