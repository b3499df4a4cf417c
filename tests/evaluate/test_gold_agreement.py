"""scripts/gold_agreement.py and annotator G, the second coder of a sample of E's and F's articles."""

import csv
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "src" / "dateline" / "evaluate" / "gold"


@pytest.fixture(scope="module")
def agreement_script():
    spec = importlib.util.spec_from_file_location("gold_agreement", ROOT / "scripts" / "gold_agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _selection() -> dict[str, list[str]]:
    with (GOLD / "events-news.articles.tsv").open(encoding="utf-8") as handle:
        return {row["id"]: row["annotators"].split("+") for row in csv.DictReader(handle, delimiter="\t")}


def test_g_codes_only_articles_that_e_or_f_coded_first(agreement_script):
    records = agreement_script.load(GOLD / "events-news.G.jsonl")
    listed = _selection()
    assert len(records) == 12
    for article_id, record in records.items():
        assert record["annotator"] == "G"
        assert "G" in listed[article_id] and listed[article_id][0] in ("E", "F")
        for sentence in record["sentences"]:
            for event in sentence["events"]:
                assert event["modality"] and event["trigger"]["end"] > event["trigger"]["start"]
                assert not event["main"] or sentence["end"] <= record["lead"]["end"]
    assert {article_id for article_id, annotators in listed.items() if "G" in annotators} == set(records)


def test_write_merges_a_to_f_and_leaves_g_out(agreement_script):
    assert "G" in agreement_script.ANNOTATORS and "G" not in agreement_script.MERGED
    coded = [agreement_script.load(GOLD / f"events-news.{name}.jsonl") for name in agreement_script.MERGED]
    merged = agreement_script.merged(*coded)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in merged)
    assert text == (GOLD / "events-news.jsonl").read_text(encoding="utf-8")
    assert all(record["annotator"] != "G" for record in merged)


def test_agreement_of_g_with_e_and_f_covers_the_twelve_articles(agreement_script):
    e, f, g = (agreement_script.load(GOLD / f"events-news.{name}.jsonl") for name in "EFG")
    ef = {record["id"]: record for record in agreement_script.merged(e, f)}
    figures = agreement_script.agreement(ef, g)
    assert figures["articles"] == 12
    assert figures["matched"] <= min(figures["events_a"], figures["events_b"])
    assert figures["main_matched"] <= min(figures["main_events_a"], figures["main_events_b"])
