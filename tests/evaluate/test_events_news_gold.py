"""The events-news gold files agree with each other (no shared data: ids, offsets and codes only)."""

import csv
import json
from pathlib import Path

import pytest

from dateline.ontology.cameo import plover_types

GOLD = Path(__file__).resolve().parents[2] / "src" / "dateline" / "evaluate" / "gold"
ANNOTATORS = ("A", "B", "C", "D", "E", "F")
TYPES = set(plover_types())  # pinned to the 16 types in tests/ontology/test_cameo.py
MODALITIES = {"asserted", "reported", "planned", "hypothetical", "negated"}


def _records(name: str) -> list[dict]:
    path = GOLD / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def selection() -> list[dict[str, str]]:
    with (GOLD / "events-news.articles.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_selection_numbers_and_ids_are_unique(selection):
    assert [int(row["n"]) for row in selection] == list(range(1, len(selection) + 1))
    assert len({row["id"] for row in selection}) == len(selection)


def test_each_annotator_codes_only_the_articles_the_selection_gives_them(selection):
    listed = {row["id"]: row["annotators"] for row in selection}
    for annotator in ANNOTATORS:
        for record in _records(f"events-news.{annotator}.jsonl"):
            assert record["annotator"] == annotator
            assert annotator in listed[record["id"]].split("+"), record["id"]


def test_merged_gold_is_the_first_annotator_of_each_article_in_selection_order(selection):
    coded = {name: {r["id"]: r for r in _records(f"events-news.{name}.jsonl")} for name in ANNOTATORS}
    expected = []
    for row in selection:
        first = next((coded[name][row["id"]] for name in ANNOTATORS if row["id"] in coded[name]), None)
        if first is not None:
            expected.append(first)
    assert _records("events-news.jsonl") == expected


def test_merged_gold_is_well_formed():
    for record in _records("events-news.jsonl"):
        previous = 0
        for sentence in record["sentences"]:
            assert previous <= sentence["start"] < sentence["end"], record["id"]
            previous = sentence["end"]
            for event in sentence["events"]:
                assert event["type"] in TYPES and event["modality"] in MODALITIES
                assert not event["main"] or sentence["end"] <= record["lead"]["end"]
                trigger = event["trigger"]
                assert sentence["start"] <= trigger["start"] < trigger["end"] <= sentence["end"]
                for span in [trigger, *event["source"], *event["target"]]:
                    assert span["end"] - span["start"] == len(span["text"])
